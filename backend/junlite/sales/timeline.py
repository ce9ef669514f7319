"""The sales domain's entries in a customer's timeline: each deal's creation, stage moves,
wins, losses and reopenings, for deals the user may read."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, case, func, literal, select

from junlite.auth import policy
from junlite.customers.timeline import TimelineSource, register_source
from junlite.sales.models import OpportunityStageChange
from junlite.sales.object_types import OPPORTUNITY


def opportunity_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    if not user.policy.can(OPPORTUNITY.name, "read"):
        return None
    change = OpportunityStageChange
    visible = policy.readable(user, OPPORTUNITY.name).subquery()
    deal = visible.c.name
    summary = case(
        (change.kind == "created", func.concat("新建商机「", deal, "」：", change.to_stage_name)),
        (change.kind == "won", func.concat("商机「", deal, "」赢单")),
        (
            change.kind == "lost",
            func.concat("商机「", deal, "」输单：", func.coalesce(change.reason_label, "")),
        ),
        (
            change.kind == "reopened",
            func.concat("商机「", deal, "」重新打开：", change.to_stage_name),
        ),
        else_=func.concat(
            "商机「",
            deal,
            "」：",
            func.coalesce(change.from_stage_name, ""),
            " → ",
            change.to_stage_name,
        ),
    )
    kind = func.concat(
        "opportunity.", case((change.kind == "moved", literal("stage_changed")), else_=change.kind)
    )
    details = func.jsonb_build_object(
        "opportunityId",
        change.opportunity_id,
        "fromStage",
        change.from_stage_name,
        "toStage",
        change.to_stage_name,
        "reason",
        change.reason_label,
        "secondsInPreviousStage",
        change.seconds_in_previous,
    )
    return (
        select(
            change.id.label("id"),
            change.moved_at.label("occurred_at"),
            kind.label("kind"),
            summary.label("summary"),
            details.label("details"),
            change.moved_by.label("actor_id"),
        )
        .join(visible, visible.c.id == change.opportunity_id)
        .where(change.org_id == user.org_id, change.customer_id == customer_id)
    )


OPPORTUNITY_SOURCE = register_source(TimelineSource("opportunity", opportunity_entries))
