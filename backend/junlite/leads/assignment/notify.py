"""The words of "lead.assigned": written when sent, in the recipient's language, from what the
batch gave them and still is theirs (a lead moved on since is left out; none left, no message).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.db.ids import global_id
from junlite.leads.assignment.models import AssignmentKind, LeadAssignment
from junlite.leads.assignment.records import ASSIGNED_KIND
from junlite.leads.models import Lead
from junlite.notify.messages import RenderedMessage, register_renderer

MAX_IDS_IN_DATA = 20


def _who(row: Any) -> str:
    return f"{row.name}（{row.company}）" if row.company else str(row.name)


def _by(rows: list[Any], actor_name: str | None, english: bool) -> str:
    rules = list(dict.fromkeys(row.rule_name for row in rows if row.rule_name))
    if rows[0].kind == AssignmentKind.AUTO.value and rules:
        if english:
            return "by rule " + ", ".join(f"“{name}”" for name in rules[:2])
        return "由规则" + "、".join(f"「{name}」" for name in rules[:2]) + "自动分配"
    name = actor_name or ("a manager" if english else "管理员")
    if rows[0].kind == AssignmentKind.TRANSFER.value:
        return f"transferred by {name}" if english else f"{name} 转交"
    return f"by {name}" if english else f"{name} 分配"


async def render_assigned(
    session: AsyncSession, delivery: Any, locale: str
) -> RenderedMessage | None:
    stmt = (
        select(
            LeadAssignment.kind,
            LeadAssignment.rule_name,
            LeadAssignment.actor_id,
            LeadAssignment.reason,
            Lead.id,
            Lead.name,
            Lead.company,
        )
        .join(Lead, Lead.id == LeadAssignment.lead_id)
        .where(
            LeadAssignment.org_id == delivery.org_id,
            LeadAssignment.batch_id == delivery.source_id,
            LeadAssignment.to_owner_id == delivery.user_id,
            Lead.owner_id == delivery.user_id,
            Lead.deleted_at.is_(None),
        )
        .order_by(LeadAssignment.created_at, LeadAssignment.id)
    )
    rows = list((await session.execute(stmt)).all())
    if not rows:
        return None  # every lead of the batch has moved on (or was deleted) since
    actor_name = None
    if rows[0].actor_id is not None and rows[0].kind != AssignmentKind.AUTO.value:
        actor_name = await session.scalar(
            select(User.display_name).where(User.id == rows[0].actor_id)
        )
    english = locale.lower().startswith("en")
    first, count = rows[0], len(rows)
    by = _by(rows, actor_name, english)
    transfer = first.kind == AssignmentKind.TRANSFER.value
    if count == 1:
        if english:
            title = f"{'Lead transferred to you' if transfer else 'New lead'}: {_who(first)}"
        else:
            title = f"{'转交给您的线索' if transfer else '新线索'}：{_who(first)}"
        body = f"{by}: {first.reason}" if transfer else by
        if transfer and not english:
            body = f"{by}：{first.reason}"
        data: dict[str, Any] = {"leadId": global_id("Lead", first.id), "count": 1}
    else:
        if english:
            title = f"{count} new leads assigned to you"
            body = f"{_who(first)} and {count - 1} more · {by}"
        else:
            title = f"分配给您 {count} 条新线索"
            body = f"{_who(first)} 等 {count} 条 · {by}"
        data = {
            "leadIds": [global_id("Lead", row.id) for row in rows[:MAX_IDS_IN_DATA]],
            "count": count,
        }
    return RenderedMessage(title=title[:200], body=body, data=data)


register_renderer(ASSIGNED_KIND, render_assigned)
