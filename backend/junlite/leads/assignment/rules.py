"""Routing rules as admins keep them (the "setting" grant): create, change, delete, reorder.
Sales managers (lead: assign) may read them, to understand where their team's leads come from.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.models import Team, User
from junlite.auth.service import CurrentUser
from junlite.customers.fields import province_as_stored
from junlite.db.ids import uuid7
from junlite.errors import AccessError, InvalidInputError, ServiceError
from junlite.leads.assignment import errors as _errors  # noqa: F401  (registers the codes)
from junlite.leads.assignment.models import RoutingAction, RoutingRule, RoutingRuleMember
from junlite.leads.models import LeadSource

OBJECT_TYPE = "lead_routing_rule"
MAX_RULES = 100
MAX_MEMBERS = 200
MAX_VALUES = 50
MAX_CAPACITY = 100_000
MAX_FOLLOW_UP_HOURS = 720  # 30 days
MAX_NAME = 100
VALUE_LENGTHS = {
    "sources": 20,
    "provinces": 30,
    "cities": 30,
    "productInterests": 50,
    "tags": 30,
    "campaigns": 100,
}


@dataclass(frozen=True)
class MemberDraft:
    user_id: uuid.UUID
    capacity: int | None = None


@dataclass(frozen=True)
class RuleDraft:
    """A whole rule as an editor submits it. Condition lists left empty match every lead."""

    name: str
    action: RoutingAction
    enabled: bool = True
    sources: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    product_interests: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()
    score_min: int | None = None
    score_max: int | None = None
    user_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    include_sub_teams: bool = False
    members: tuple[MemberDraft, ...] = field(default=())
    member_capacity: int | None = None
    follow_up_hours: int | None = None


def may_read(user: CurrentUser) -> bool:
    return user.policy.can("setting", "read") or user.policy.can("lead", "assign")


def require_read(user: CurrentUser) -> None:
    if not may_read(user):
        raise AccessError("FORBIDDEN")


async def list_rules(session: AsyncSession, user: CurrentUser) -> list[RoutingRule]:
    require_read(user)
    stmt = (
        select(RoutingRule)
        .where(RoutingRule.org_id == user.org_id)
        .order_by(RoutingRule.position, RoutingRule.id)
    )
    return list((await session.scalars(stmt)).all())


async def members_by_rule(
    session: AsyncSession, user: CurrentUser, rule_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[RoutingRuleMember]]:
    """Listed members of many rules in one statement (the GraphQL DataLoader's batch)."""
    require_read(user)
    stmt = (
        select(RoutingRuleMember)
        .where(RoutingRuleMember.org_id == user.org_id, RoutingRuleMember.rule_id.in_(rule_ids))
        .order_by(RoutingRuleMember.rule_id, RoutingRuleMember.position)
    )
    found: dict[uuid.UUID, list[RoutingRuleMember]] = {}
    for member in (await session.scalars(stmt)).all():
        found.setdefault(member.rule_id, []).append(member)
    return found


def _values(name: str, raw: Sequence[str], problems: list[ServiceError]) -> list[str]:
    values = list(dict.fromkeys(value.strip() for value in raw if value.strip()))
    if len(values) > MAX_VALUES:
        problems.append(
            ServiceError("ROUTING_TOO_MANY_VALUES", f"conditions.{name}", max=MAX_VALUES)
        )
    longest = VALUE_LENGTHS[name]
    if any(len(value) > longest for value in values):
        problems.append(ServiceError("TOO_LONG", f"conditions.{name}", max=longest))
    return values


def _capacity(value: int | None, at: str, problems: list[ServiceError]) -> None:
    if value is not None and not 1 <= value <= MAX_CAPACITY:
        problems.append(ServiceError("ROUTING_CAPACITY_INVALID", at, max=MAX_CAPACITY))


async def _active_user(
    session: AsyncSession,
    org_id: uuid.UUID,
    user_id: uuid.UUID,
    at: str,
    problems: list[ServiceError],
) -> None:
    row = (
        await session.execute(
            select(User.is_active).where(User.org_id == org_id, User.id == user_id)
        )
    ).one_or_none()
    if row is None:
        problems.append(ServiceError("NOT_FOUND", at))
    elif not row.is_active:
        problems.append(ServiceError("ROUTING_USER_INACTIVE", at))


async def _check(
    session: AsyncSession, user: CurrentUser, draft: RuleDraft, rule_id: uuid.UUID | None
) -> dict[str, object]:
    """The rule's column values, or InvalidInputError with every problem."""
    problems: list[ServiceError] = []
    name = draft.name.strip()
    if not name:
        problems.append(ServiceError("REQUIRED", "name"))
    elif len(name) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", "name", max=MAX_NAME))
    elif await _name_taken(session, user.org_id, name, rule_id):
        problems.append(ServiceError("ROUTING_RULE_NAME_TAKEN", "name"))
    sources = _values("sources", draft.sources, problems)
    known = [source.value for source in LeadSource]
    if any(source not in known for source in sources):
        problems.append(ServiceError("NOT_ONE_OF", "conditions.sources", allowed=", ".join(known)))
    values = {
        "sources": sources,
        "provinces": [
            province_as_stored(p) for p in _values("provinces", draft.provinces, problems)
        ],
        "cities": _values("cities", draft.cities, problems),
        "product_interests": _values("productInterests", draft.product_interests, problems),
        "tags": _values("tags", draft.tags, problems),
        "campaigns": _values("campaigns", draft.campaigns, problems),
    }
    low, high = draft.score_min, draft.score_max
    if low is not None and high is not None and low > high:
        problems.append(ServiceError("ROUTING_SCORE_RANGE_INVALID", "conditions.scoreMin"))
    _capacity(draft.member_capacity, "memberCapacity", problems)
    hours = draft.follow_up_hours
    if hours is not None and not 1 <= hours <= MAX_FOLLOW_UP_HOURS:
        problems.append(
            ServiceError(
                "ROUTING_FOLLOW_UP_HOURS_INVALID", "followUpHours", max=MAX_FOLLOW_UP_HOURS
            )
        )
    if draft.action == RoutingAction.USER:
        if draft.user_id is None:
            problems.append(ServiceError("ROUTING_USER_REQUIRED", "userId"))
        else:
            await _active_user(session, user.org_id, draft.user_id, "userId", problems)
    elif draft.team_id is not None and draft.members:
        problems.append(ServiceError("ROUTING_TEAM_OR_MEMBERS", "members"))
    elif draft.team_id is not None:
        await _team_with_members(session, user.org_id, draft, problems)
    elif not draft.members:
        problems.append(ServiceError("ROUTING_MEMBERS_REQUIRED", "members"))
    else:
        await _check_members(session, user.org_id, draft.members, problems)
    if problems:
        raise InvalidInputError(problems)
    keep_team = draft.action != RoutingAction.USER
    return {
        **values,
        "name": name,
        "action": draft.action.value,
        "is_enabled": draft.enabled,
        "score_min": draft.score_min,
        "score_max": draft.score_max,
        "user_id": draft.user_id if draft.action == RoutingAction.USER else None,
        "team_id": draft.team_id if keep_team else None,
        "include_sub_teams": draft.include_sub_teams and keep_team and draft.team_id is not None,
        "member_capacity": draft.member_capacity,
        "follow_up_hours": hours,
    }


async def _name_taken(
    session: AsyncSession, org_id: uuid.UUID, name: str, rule_id: uuid.UUID | None
) -> bool:
    stmt = select(RoutingRule.id).where(
        RoutingRule.org_id == org_id, func.lower(RoutingRule.name) == name.lower()
    )
    if rule_id is not None:
        stmt = stmt.where(RoutingRule.id != rule_id)
    return (await session.scalar(stmt.limit(1))) is not None


async def _team_with_members(
    session: AsyncSession, org_id: uuid.UUID, draft: RuleDraft, problems: list[ServiceError]
) -> None:
    team = (
        await session.execute(
            select(Team.path).where(Team.org_id == org_id, Team.id == draft.team_id)
        )
    ).one_or_none()
    if team is None:
        problems.append(ServiceError("NOT_FOUND", "teamId"))
        return
    in_team = (
        Team.path.startswith(team.path, autoescape=True)
        if draft.include_sub_teams
        else User.team_id == draft.team_id
    )
    stmt = (
        select(User.id)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.org_id == org_id, User.is_active.is_(True), in_team)
        .limit(1)
    )
    if await session.scalar(stmt) is None:
        problems.append(ServiceError("ROUTING_TEAM_EMPTY", "teamId"))


async def _check_members(
    session: AsyncSession,
    org_id: uuid.UUID,
    members: Sequence[MemberDraft],
    problems: list[ServiceError],
) -> None:
    if len(members) > MAX_MEMBERS:
        problems.append(ServiceError("ROUTING_TOO_MANY_MEMBERS", "members", max=MAX_MEMBERS))
        return
    ids = [member.user_id for member in members]
    rows = await session.execute(
        select(User.id, User.is_active).where(User.org_id == org_id, User.id.in_(ids))
    )
    active = {row.id: row.is_active for row in rows}
    seen: set[uuid.UUID] = set()
    for index, member in enumerate(members):
        at = f"members.{index}"
        if member.user_id in seen:
            problems.append(ServiceError("DUPLICATE_VALUE", f"{at}.userId", value=str(index + 1)))
        seen.add(member.user_id)
        if member.user_id not in active:
            problems.append(ServiceError("NOT_FOUND", f"{at}.userId"))
        elif not active[member.user_id]:
            problems.append(ServiceError("ROUTING_USER_INACTIVE", f"{at}.userId"))
        _capacity(member.capacity, f"{at}.capacity", problems)


def _member_rows(
    rule: RoutingRule, members: Sequence[MemberDraft], actor: uuid.UUID
) -> list[RoutingRuleMember]:
    return [
        RoutingRuleMember(
            id=uuid7(),
            org_id=rule.org_id,
            created_by=actor,
            rule_id=rule.id,
            user_id=member.user_id,
            position=index + 1,
            capacity=member.capacity,
        )
        for index, member in enumerate(members)
    ]


async def create_rule(session: AsyncSession, user: CurrentUser, draft: RuleDraft) -> RoutingRule:
    """Added last: it is tried after every existing rule until reordered."""
    policy.grant_for(user, "setting", "create")
    count, last = (
        await session.execute(
            select(func.count(), func.coalesce(func.max(RoutingRule.position), 0)).where(
                RoutingRule.org_id == user.org_id
            )
        )
    ).one()
    if count >= MAX_RULES:
        raise ServiceError("ROUTING_TOO_MANY_RULES", None, max=MAX_RULES)
    values = await _check(session, user, draft, None)
    rule = RoutingRule(id=uuid7(), org_id=user.org_id, created_by=user.id, position=last + 1)
    for key, value in values.items():
        setattr(rule, key, value)
    session.add(rule)
    await session.flush()
    if draft.action != RoutingAction.USER and draft.team_id is None:
        session.add_all(_member_rows(rule, draft.members, user.id))
        await session.flush()
    _audit(
        session,
        user,
        "lead_routing_rule.created",
        rule,
        {"name": audit.FieldChange(None, rule.name)},
    )
    return rule


async def _locked_rule(session: AsyncSession, user: CurrentUser, rule_id: uuid.UUID) -> RoutingRule:
    rule = await session.scalar(
        select(RoutingRule)
        .where(RoutingRule.org_id == user.org_id, RoutingRule.id == rule_id)
        .with_for_update()
    )
    if rule is None:
        raise ServiceError("NOT_FOUND", "id")
    return rule


async def update_rule(
    session: AsyncSession, user: CurrentUser, rule_id: uuid.UUID, draft: RuleDraft
) -> RoutingRule:
    """The rule becomes `draft` as a whole; its place in the order and its round-robin cursor
    stay (a member who left is passed over, the rotation carries on)."""
    policy.grant_for(user, "setting", "update")
    rule = await _locked_rule(session, user, rule_id)
    values = await _check(session, user, draft, rule.id)
    changes = {
        key: audit.FieldChange(_plain(getattr(rule, key)), _plain(value))
        for key, value in values.items()
        if getattr(rule, key) != value
    }
    for key, value in values.items():
        setattr(rule, key, value)
    old = await members_by_rule(session, user, [rule.id])
    old_members = [(m.user_id, m.capacity) for m in old.get(rule.id, [])]
    new_members = (
        [(m.user_id, m.capacity) for m in draft.members]
        if draft.action != RoutingAction.USER and draft.team_id is None
        else []
    )
    if old_members != new_members:
        for member in old.get(rule.id, []):
            await session.delete(member)
        await session.flush()
        kept = [MemberDraft(user_id, capacity) for user_id, capacity in new_members]
        session.add_all(_member_rows(rule, kept, user.id))
        changes["members"] = audit.FieldChange(
            [str(u) for u, _ in old_members], [str(u) for u, _ in new_members]
        )
    await session.flush()
    if changes:
        _audit(session, user, "lead_routing_rule.updated", rule, changes)
    return rule


async def delete_rule(session: AsyncSession, user: CurrentUser, rule_id: uuid.UUID) -> None:
    """Gone from the order (the rules after it move up); past assignments keep its name."""
    policy.grant_for(user, "setting", "delete")
    rule = await _locked_rule(session, user, rule_id)
    await session.delete(rule)
    await session.flush()
    await session.execute(
        update(RoutingRule)
        .where(RoutingRule.org_id == user.org_id, RoutingRule.position > rule.position)
        .values(position=RoutingRule.position - 1)
        .execution_options(synchronize_session=False)
    )
    _audit(
        session,
        user,
        "lead_routing_rule.deleted",
        rule,
        {"name": audit.FieldChange(rule.name, None)},
    )


async def reorder_rules(
    session: AsyncSession, user: CurrentUser, rule_ids: Sequence[uuid.UUID]
) -> list[RoutingRule]:
    """`rule_ids` lists every rule once, first tried first."""
    policy.grant_for(user, "setting", "update")
    rules = (
        await session.scalars(
            select(RoutingRule)
            .where(RoutingRule.org_id == user.org_id)
            .order_by(RoutingRule.id)
            .with_for_update()
        )
    ).all()
    by_id = {rule.id: rule for rule in rules}
    if len(rule_ids) != len(set(rule_ids)) or set(rule_ids) != set(by_id):
        raise ServiceError("ROUTING_ORDER_MISMATCH", "ids")
    before = [str(rule.id) for rule in sorted(rules, key=lambda r: (r.position, r.id))]
    for position, rule_id in enumerate(rule_ids, start=1):
        by_id[rule_id].position = position
    await session.flush()
    after = [str(rule_id) for rule_id in rule_ids]
    if before != after:
        audit.record_data_change(
            session,
            user,
            "lead_routing_rule.reordered",
            OBJECT_TYPE,
            rule_ids[0],
            changes={"order": audit.FieldChange(before, after)},
        )
    return [by_id[rule_id] for rule_id in rule_ids]


def _plain(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return value


def _audit(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    rule: RoutingRule,
    changes: dict[str, audit.FieldChange],
) -> None:
    audit.record_data_change(
        session, user, action, OBJECT_TYPE, rule.id, changes=changes, details={"name": rule.name}
    )
