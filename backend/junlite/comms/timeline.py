"""Where communications show beyond their own list: each one in its customer's timeline, and
a customer merge moving them to the survivor."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.comms import repository
from junlite.comms.models import Communication
from junlite.comms.object_types import COMMUNICATION
from junlite.customers.duplicates import register_merge_step
from junlite.customers.timeline import TimelineSource, register_source

CHANNEL_LABELS = {
    "phone": "电话",
    "email": "邮件",
    "sms": "短信",
    "wechat": "微信",
    "visit": "拜访",
}
RESULT_LABELS = {
    "reached": "已沟通",
    "not_reached": "未联系上",
    "interested": "有意向",
    "not_interested": "无意向",
    "follow_up_needed": "需再跟进",
    "other": "其他",
}
SUMMARY_CHARS = 60


def _label(column: Any, labels: dict[str, str]) -> Any:
    return case(*((column == key, literal(text)) for key, text in labels.items()), else_=column)


def communication_entries(user: Any, customer_id: uuid.UUID) -> Select[Any] | None:
    """Each communication the user may read: 「电话沟通（有意向）：<the content's start>」."""
    return _entries(user, lambda visible: visible.c.customer_id == customer_id)


def communication_entries_about(
    user: Any, subject_type: str, subject_id: uuid.UUID
) -> Select[Any] | None:
    """The same, for the communications about one subject (a lead's timeline)."""
    return _entries(
        user,
        lambda visible: and_(
            visible.c.subject_type == subject_type, visible.c.subject_id == subject_id
        ),
    )


def _entries(user: Any, about: Callable[[Any], Any]) -> Select[Any] | None:
    if not user.policy.can(COMMUNICATION.name, "read"):
        return None
    visible = repository.readable(user).subquery()
    outcome = case(
        (visible.c.result.is_(None), literal("")),
        else_=func.concat("（", _label(visible.c.result, RESULT_LABELS), "）"),
    )
    return select(
        visible.c.id.label("id"),
        visible.c.occurred_at.label("occurred_at"),
        literal("communication.logged").label("kind"),
        func.concat(
            _label(visible.c.channel, CHANNEL_LABELS),
            "沟通",
            outcome,
            "：",
            func.left(visible.c.content, SUMMARY_CHARS),
        ).label("summary"),
        func.jsonb_build_object(
            "communicationId",
            visible.c.id,
            "channel",
            visible.c.channel,
            "result",
            visible.c.result,
            "nextFollowUpAt",
            visible.c.next_follow_up_at,
        ).label("details"),
        visible.c.author_id.label("actor_id"),
    ).where(about(visible))


async def move_communications(
    session: AsyncSession, org_id: uuid.UUID, from_id: uuid.UUID, into_id: uuid.UUID
) -> int:
    """The merged customer's communications become the survivor's; those about the merged
    customer itself are about the survivor from now on (about its contacts and deals they
    stay, as those move too). Returns how many moved."""
    await session.execute(
        update(Communication)
        .where(
            Communication.org_id == org_id,
            Communication.subject_type == "customer",
            Communication.subject_id == from_id,
        )
        .values(subject_id=into_id)
        .execution_options(synchronize_session=False)
    )
    moved = await session.execute(
        update(Communication)
        .where(Communication.org_id == org_id, Communication.customer_id == from_id)
        .values(customer_id=into_id)
        .execution_options(synchronize_session=False)
    )
    return int(moved.rowcount or 0)  # type: ignore[attr-defined]


COMMUNICATION_SOURCE = register_source(TimelineSource("communication", communication_entries))
register_merge_step("communications", move_communications)
