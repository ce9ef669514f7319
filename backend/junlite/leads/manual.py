"""Leads a user enters or changes by hand: create (a person who already has a lead is refused,
or merged on request), update within the role's field rules, delete to the recycle bin and
restore from it."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.auth.teams import owner_team
from junlite.customers.fields import apply_values
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads import errors_core as _errors  # noqa: F401  (registers the messages)
from junlite.leads import history, repository, service
from junlite.leads.lifecycle import live_lead
from junlite.leads.models import Lead, LeadSource
from junlite.leads.object_types import LEAD
from junlite.security.vault import Vault

MAX_DUPLICATES = 20


class OnDuplicate(enum.Enum):
    REFUSE = "refuse"
    MERGE = "merge"


@dataclass
class ManualCreate:
    lead: Lead | None  # None when refused as a duplicate, or merged into a lead out of sight
    merged: bool = False
    duplicate_ids: list[uuid.UUID] = field(default_factory=list)
    duplicate_field: str | None = None  # what the newest duplicate shares: phone, email, wechatId


async def create_lead(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    values: Mapping[str, Any],
    *,
    owner_id: uuid.UUID | None = None,
    lead_id: uuid.UUID | None = None,
    on_duplicate: OnDuplicate = OnDuplicate.REFUSE,
) -> ManualCreate:
    """A lead entered by hand (source 手工录入). A rep's lead is theirs; whoever may assign
    leads names the owner, or leaves it to the routing rules. `values` are keyed as
    PLAIN_FIELDS / PERSONAL_FIELDS name them. Every problem of the input at once."""
    policy.grant_for(user, LEAD.name, "create")
    problems = policy.refuse_unwritable(user, LEAD.name, list(values))
    if owner_id is None:
        # Whoever may assign leaves an unnamed owner to the routing rules; a rep's lead is theirs.
        owner = None if user.policy.can(LEAD.name, "assign") else user.id
    else:
        owner = owner_id
        if owner != user.id:
            problems.extend(_as_owner_id(policy.refuse_unwritable(user, LEAD.name, ["owner"])))
    team_id = None
    if owner is not None:
        team_id = await owner_team(session, user, owner, problems)
    if lead_id is not None and await _id_taken(session, lead_id):
        problems.append(ServiceError("ID_TAKEN", "id"))
    probe = Lead(id=lead_id or uuid7(), org_id=user.org_id, name="", company=None)
    apply_values(
        vault,
        probe,
        {"name": None, **values},
        personal_fields=service.PERSONAL_FIELDS,
        plain_fields=service.PLAIN_FIELDS,
        problems=problems,
    )
    if problems:
        raise InvalidInputError(problems)
    same, shared = await same_person(session, user.org_id, probe)
    if same and on_duplicate is OnDuplicate.REFUSE:
        return ManualCreate(lead=None, duplicate_ids=same, duplicate_field=shared)
    captured = await service.capture_lead(
        session,
        vault,
        user.org_id,
        service.LeadDraft(values=dict(values), source=LeadSource.MANUAL),
        actor=user,
        owner_id=owner,
        team_id=team_id,
        lead_id=lead_id,
    )
    lead: Lead | None = captured.lead
    if captured.merged:
        visible = await service.leads_by_ids(session, user, [captured.lead.id])
        lead = visible.get(captured.lead.id)
    return ManualCreate(
        lead=lead, merged=captured.merged, duplicate_ids=same, duplicate_field=shared
    )


async def same_person(
    session: AsyncSession, org_id: uuid.UUID, probe: Lead
) -> tuple[list[uuid.UUID], str | None]:
    """The live leads with the probe's phone, e-mail or WeChat ID, newest first (those capture
    would merge into), and which of the three the newest one shares."""
    matches = repository.same_person_conditions(
        probe.phone_index, probe.email_index, probe.wechat_id
    )
    if not matches:
        return [], None
    stmt = (
        select(Lead.id, Lead.phone_index, Lead.email_index, Lead.wechat_id)
        .where(Lead.org_id == org_id, Lead.deleted_at.is_(None), or_(*matches))
        .order_by(Lead.created_at.desc(), Lead.id.desc())
        .limit(MAX_DUPLICATES)
    )
    rows = (await session.execute(stmt)).all()
    if not rows:
        return [], None
    newest = rows[0]
    shared = next(
        name
        for name, theirs, ours in (
            ("phone", newest.phone_index, probe.phone_index),
            ("email", newest.email_index, probe.email_index),
            ("wechatId", newest.wechat_id, probe.wechat_id),
        )
        if ours is not None and theirs == ours
    )
    return [row.id for row in rows], shared


async def update_lead(
    session: AsyncSession,
    user: CurrentUser,
    vault: Vault,
    lead_id: uuid.UUID,
    values: Mapping[str, Any],
) -> Lead:
    """Changes the fields `values` sets, each within the role's field rules; the lead must stay
    reachable (a phone, an e-mail or a WeChat ID)."""
    lead = await live_lead(session, user, "update", lead_id)
    problems = policy.refuse_unwritable(user, LEAD.name, list(values))
    allowed = {key: value for key, value in values.items() if not _refused(problems, key)}
    changes = apply_values(
        vault,
        lead,
        allowed,
        personal_fields=service.PERSONAL_FIELDS,
        plain_fields=service.PLAIN_FIELDS,
        problems=problems,
    )
    if not problems and not (lead.phone_index or lead.email_index or lead.wechat_id):
        problems.append(ServiceError("LEAD_UNREACHABLE", "phone"))
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    if changes:
        audit.record_data_change(
            session,
            user,
            "lead.updated",
            LEAD.name,
            lead.id,
            changes=changes,
            details={"name": lead.name},
        )
        # In the order the lead's form shows its fields.
        labels = {spec.name: spec.label for spec in LEAD.fields}
        shown = [name for name in labels if name in changes]
        history.add(
            session,
            lead,
            history.Kind.UPDATED,
            "修改了" + "、".join(labels[name] for name in shown),
            actor_id=user.id,
            details={
                name: {"from": change.before, "to": change.after}
                for name, change in changes.items()
            },
        )
    return lead


def _as_owner_id(problems: list[ServiceError]) -> list[ServiceError]:
    for problem in problems:
        problem.field = "ownerId"
    return problems


def _refused(problems: list[ServiceError], key: str) -> bool:
    return any(problem.field == key for problem in problems)


async def delete_lead(session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID) -> Lead:
    """To the recycle bin: hidden from every list and search, restorable."""
    lead = await live_lead(session, user, "delete", lead_id)
    lead.deleted_at = datetime.now(UTC)
    await session.flush()
    _record(session, user, "lead.deleted", lead, None, lead.deleted_at)
    history.add(session, lead, history.Kind.DELETED, "移入回收站", actor_id=user.id)
    return lead


async def restore_lead(session: AsyncSession, user: CurrentUser, lead_id: uuid.UUID) -> Lead:
    """Out of the recycle bin, as it was. Whoever may delete a lead may restore it."""
    lead: Lead = await policy.require_row(session, user, LEAD.name, "delete", lead_id, lock=True)
    if lead.deleted_at is None:
        raise ServiceError("LEAD_NOT_DELETED", "id")
    deleted_at, lead.deleted_at = lead.deleted_at, None
    await session.flush()
    _record(session, user, "lead.restored", lead, deleted_at, None)
    history.add(session, lead, history.Kind.RESTORED, "从回收站恢复", actor_id=user.id)
    return lead


def recycle_bin(user: CurrentUser) -> Select[Any]:
    """Deleted leads the user could restore."""
    return policy.readable(user, LEAD.name, "delete").where(Lead.deleted_at.is_not(None))


def _record(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    lead: Lead,
    before: datetime | None,
    after: datetime | None,
) -> None:
    audit.record_data_change(
        session,
        user,
        action,
        LEAD.name,
        lead.id,
        changes={"deletedAt": audit.FieldChange(_iso(before), _iso(after))},
        details={"name": lead.name},
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


async def _id_taken(session: AsyncSession, lead_id: uuid.UUID) -> bool:
    # Row-level security keeps this to the caller's organisation; ids are random, so another
    # organisation's collision is left to the primary key.
    return bool(await session.scalar(select(func.count()).where(Lead.id == lead_id)))
