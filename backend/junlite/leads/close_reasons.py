"""Close reasons (关闭原因): a list per organisation that admins keep ("setting" grant). The
built-in seven are written the first time an organisation needs its list; admins add their own,
rename any, and archive those no longer wanted. A reason some lead carries is archived, never
deleted: closed leads keep saying why, and the conversion analysis keeps counting them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, exists, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import errors_core as _errors  # noqa: F401  (registers the messages)
from junlite.leads.core_models import LeadCloseReason
from junlite.leads.models import Lead

MAX_LABEL = 50
BUILTIN_REASONS: tuple[tuple[str, str], ...] = (
    ("invalid_info", "无效信息"),
    ("no_need", "无购买需求"),
    ("chose_competitor", "已选择竞品"),
    ("no_budget", "预算不足"),
    ("unreachable", "多次联系不上"),
    ("duplicate", "重复线索"),
    ("other", "其他"),
)


async def ensure_defaults(session: AsyncSession, org_id: uuid.UUID) -> None:
    """The built-in reasons, once per organisation; safe when two requests do it at once."""
    present = await session.scalar(
        select(exists().where(LeadCloseReason.org_id == org_id, LeadCloseReason.builtin.is_(True)))
    )
    if present:
        return
    await session.execute(
        insert(LeadCloseReason)
        .values(
            [
                {
                    "id": uuid7(),
                    "org_id": org_id,
                    "key": key,
                    "label": label,
                    "position": position,
                    "archived": False,
                    "builtin": True,
                }
                for position, (key, label) in enumerate(BUILTIN_REASONS)
            ]
        )
        .on_conflict_do_nothing()
    )


async def ensure_defaults_committed(database: Database, org_id: uuid.UUID) -> None:
    """For read requests, which never commit: the defaults in a short transaction of their own."""
    async with database.transaction() as session:
        await bind_org(session, org_id)
        await ensure_defaults(session, org_id)


async def close_reasons(
    session: AsyncSession, org_id: uuid.UUID, *, include_archived: bool = False
) -> list[LeadCloseReason]:
    stmt = select(LeadCloseReason).where(LeadCloseReason.org_id == org_id)
    if not include_archived:
        stmt = stmt.where(LeadCloseReason.archived.is_(False))
    stmt = stmt.order_by(LeadCloseReason.position, LeadCloseReason.id)
    return list((await session.execute(stmt)).scalars())


async def labels(session: AsyncSession, org_id: uuid.UUID) -> dict[str, str]:
    """Every reason's label by key, archived ones too (old leads still carry them)."""
    rows = await session.execute(
        select(LeadCloseReason.key, LeadCloseReason.label).where(LeadCloseReason.org_id == org_id)
    )
    return {row.key: row.label for row in rows}


async def usable_reason(session: AsyncSession, org_id: uuid.UUID, key: str) -> LeadCloseReason:
    """A reason a lead may be closed with now: known to the organisation, not archived."""
    await ensure_defaults(session, org_id)
    found: LeadCloseReason | None = await session.scalar(
        select(LeadCloseReason).where(
            LeadCloseReason.org_id == org_id,
            LeadCloseReason.key == key,
            LeadCloseReason.archived.is_(False),
        )
    )
    if found is None:
        raise ServiceError("UNKNOWN_CLOSE_REASON", "reason")
    return found


async def create_reason(session: AsyncSession, user: CurrentUser, label: str) -> LeadCloseReason:
    policy.grant_for(user, SETTING, "create")
    await ensure_defaults(session, user.org_id)
    clean = await _checked_label(session, user.org_id, label, None)
    last = await session.scalar(
        select(func.max(LeadCloseReason.position)).where(LeadCloseReason.org_id == user.org_id)
    )
    reason = LeadCloseReason(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        key=f"custom_{uuid7().hex[-12:]}",
        label=clean,
        position=(last or 0) + 1,
        archived=False,
        builtin=False,
    )
    session.add(reason)
    await session.flush()
    _record(session, user, "lead_close_reason.created", reason, {"label": (None, clean)})
    return reason


async def update_reason(
    session: AsyncSession,
    user: CurrentUser,
    reason_id: uuid.UUID,
    *,
    label: str | None = None,
    archived: bool | None = None,
    position: int | None = None,
) -> LeadCloseReason:
    """Rename, archive or bring back, move in the list. Leads closed with it show the new
    label: a rename corrects the wording, it does not change why they were closed."""
    policy.grant_for(user, SETTING, "update")
    reason = await _reason(session, user, reason_id)
    changes: dict[str, tuple[object, object]] = {}
    if label is not None:
        clean = await _checked_label(session, user.org_id, label, reason.id)
        if clean != reason.label:
            changes["label"] = (reason.label, clean)
            reason.label = clean
    if archived is not None and archived != reason.archived:
        changes["archived"] = (reason.archived, archived)
        reason.archived = archived
    if position is not None and position != reason.position:
        if not 0 <= position <= 10_000:
            raise ServiceError("OUT_OF_RANGE", "position", min=0, max=10_000)
        changes["position"] = (reason.position, position)
        reason.position = position
    await session.flush()
    if changes:
        _record(session, user, "lead_close_reason.updated", reason, changes)
    return reason


async def delete_reason(
    session: AsyncSession, user: CurrentUser, reason_id: uuid.UUID
) -> LeadCloseReason | None:
    """Gone when nothing refers to it; a built-in reason, or one some lead carries, is archived
    instead (and returned)."""
    policy.grant_for(user, SETTING, "update")
    reason = await _reason(session, user, reason_id)
    in_use = await session.scalar(
        select(exists().where(Lead.org_id == user.org_id, Lead.close_reason == reason.key))
    )
    if reason.builtin or in_use:
        if not reason.archived:
            reason.archived = True
            await session.flush()
            _record(session, user, "lead_close_reason.updated", reason, {"archived": (False, True)})
        return reason
    await session.execute(delete(LeadCloseReason).where(LeadCloseReason.id == reason.id))
    _record(session, user, "lead_close_reason.deleted", reason, {"label": (reason.label, None)})
    return None


async def _reason(
    session: AsyncSession, user: CurrentUser, reason_id: uuid.UUID
) -> LeadCloseReason:
    reason: LeadCloseReason | None = await session.scalar(
        select(LeadCloseReason)
        .where(LeadCloseReason.org_id == user.org_id, LeadCloseReason.id == reason_id)
        .with_for_update()
    )
    if reason is None:
        raise ServiceError("NOT_FOUND", "id")
    return reason


async def _checked_label(
    session: AsyncSession, org_id: uuid.UUID, raw: str, own_id: uuid.UUID | None
) -> str:
    clean = (raw or "").strip()
    problems: list[ServiceError] = []
    if not clean:
        problems.append(ServiceError("REQUIRED", "label"))
    elif len(clean) > MAX_LABEL:
        problems.append(ServiceError("TOO_LONG", "label", max=MAX_LABEL))
    else:
        taken = select(LeadCloseReason.id).where(
            LeadCloseReason.org_id == org_id,
            func.lower(LeadCloseReason.label) == clean.lower(),
        )
        if own_id is not None:
            taken = taken.where(LeadCloseReason.id != own_id)
        if await session.scalar(select(exists(taken))):
            problems.append(ServiceError("CLOSE_REASON_LABEL_TAKEN", "label"))
    if problems:
        raise InvalidInputError(problems)
    return clean


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    reason: LeadCloseReason,
    changes: dict[str, tuple[object, object]],
) -> None:
    audit.record_data_change(
        session,
        user,
        action,
        SETTING,
        reason.id,
        changes={name: audit.FieldChange(*pair) for name, pair in changes.items()},
        details={"key": reason.key},
    )


def keys_of(reasons: Sequence[LeadCloseReason]) -> list[str]:
    return [reason.key for reason in reasons]
