"""What a routing call reads, once for its whole batch: the enabled rules, and for the rules
that matched, their members with whether each is active, absent today, and how many open leads
they hold. A handful of statements whatever the number of leads."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, and_, cast, exists, false, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Organization, Team, User
from junlite.leads.assignment.models import (
    RepAbsence,
    RoutingAction,
    RoutingRule,
    RoutingRuleMember,
)
from junlite.leads.assignment.routing_engine import Rep, RuleRun, Seat
from junlite.leads.models import OPEN_STATUSES, Lead

OPEN = [status.value for status in OPEN_STATUSES]


async def enabled_rules(session: AsyncSession, org_id: uuid.UUID) -> list[RoutingRule]:
    stmt = (
        select(RoutingRule)
        .where(RoutingRule.org_id == org_id, RoutingRule.is_enabled.is_(True))
        .order_by(RoutingRule.position, RoutingRule.id)
    )
    return list((await session.scalars(stmt)).all())


async def lock_rules(
    session: AsyncSession, org_id: uuid.UUID, rule_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, RoutingRule]:
    """The rules' rows locked (in id order, so two callers never wait on each other) and read
    afresh: whoever held them committed a cursor this call must continue from."""
    stmt = (
        select(RoutingRule)
        .where(RoutingRule.org_id == org_id, RoutingRule.id.in_(list(rule_ids)))
        .order_by(RoutingRule.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {rule.id: rule for rule in (await session.scalars(stmt)).all()}


def today_in_org(org_id: uuid.UUID) -> Any:
    zone = select(Organization.timezone).where(Organization.id == org_id).scalar_subquery()
    return cast(func.timezone(zone, func.now()), Date)


def absent_today(org_id: uuid.UUID, user_id: Any) -> Any:
    today = today_in_org(org_id)
    return exists().where(
        RepAbsence.org_id == org_id,
        RepAbsence.user_id == user_id,
        RepAbsence.starts_on <= today,
        RepAbsence.ends_on >= today,
    )


def open_leads_of(org_id: uuid.UUID, user_id: Any) -> Any:
    return (
        select(func.count())
        .where(
            Lead.org_id == org_id,
            Lead.owner_id == user_id,
            Lead.status.in_(OPEN),
            Lead.deleted_at.is_(None),
        )
        .scalar_subquery()
    )


async def rule_runs(
    session: AsyncSession, org_id: uuid.UUID, rules: Sequence[RoutingRule]
) -> list[RuleRun]:
    """Each rule with its members in round-robin order: the listed ones as listed, a team's
    active users by name (pinyin), the rule's rep alone. One Rep per person, shared by every
    rule, so a lead handed out through one rule counts against their capacity in the others."""
    rule_ids = [rule.id for rule in rules]
    listed: dict[uuid.UUID, list[RoutingRuleMember]] = {rule_id: [] for rule_id in rule_ids}
    if any(rule.team_id is None and rule.action != RoutingAction.USER for rule in rules):
        members = await session.scalars(
            select(RoutingRuleMember)
            .where(RoutingRuleMember.org_id == org_id, RoutingRuleMember.rule_id.in_(rule_ids))
            .order_by(RoutingRuleMember.rule_id, RoutingRuleMember.position)
        )
        for member in members:
            listed[member.rule_id].append(member)
    named = {m.user_id for group in listed.values() for m in group}
    named |= {rule.user_id for rule in rules if rule.action == RoutingAction.USER and rule.user_id}
    team_rules = [r for r in rules if r.action != RoutingAction.USER and r.team_id is not None]
    paths: dict[uuid.UUID, str] = {}
    if any(rule.include_sub_teams for rule in team_rules):
        wanted = [rule.team_id for rule in team_rules if rule.include_sub_teams]
        rows = await session.execute(select(Team.id, Team.path).where(Team.id.in_(wanted)))
        paths = {row.id: row.path for row in rows}
    in_teams = [
        Team.path.startswith(paths[rule.team_id], autoescape=True)
        if rule.include_sub_teams and rule.team_id in paths
        else User.team_id == rule.team_id
        for rule in team_rules
    ]
    # Counting a rep's open leads reads their part of the leads index; only load balancing and
    # capacities need the count (a plain rotation does not).
    counted = any(
        rule.action == RoutingAction.LOAD_BALANCE
        or rule.member_capacity is not None
        or any(member.capacity is not None for member in listed[rule.id])
        for rule in rules
    )
    if not named and not in_teams:
        people: list[Any] = []
    else:
        stmt = (
            select(
                User.id,
                User.display_name,
                User.team_id,
                User.is_active,
                Team.path,
                absent_today(org_id, User.id).label("absent"),
                (open_leads_of(org_id, User.id) if counted else literal(0)).label("open_leads"),
            )
            .outerjoin(Team, Team.id == User.team_id)
            .where(
                User.org_id == org_id,
                or_(
                    User.id.in_(named) if named else false(),
                    and_(User.is_active.is_(True), or_(*in_teams)) if in_teams else false(),
                ),
            )
            .order_by(User.name_sort_key, User.id)
        )
        people = list((await session.execute(stmt)).all())
    reps = {
        row.id: Rep(
            row.id, row.display_name, row.team_id, row.is_active, row.absent, row.open_leads
        )
        for row in people
    }
    runs = []
    for rule in rules:
        seats: list[Seat] = []
        if rule.action == RoutingAction.USER:
            if rule.user_id in reps:
                seats = [Seat(reps[rule.user_id], rule.member_capacity)]
        elif rule.team_id is not None:
            prefix = paths.get(rule.team_id) if rule.include_sub_teams else None
            seats = [
                Seat(reps[row.id], rule.member_capacity)
                for row in people
                if row.is_active
                and (
                    (prefix is not None and (row.path or "").startswith(prefix))
                    or row.team_id == rule.team_id
                )
            ]
        else:
            seats = [
                Seat(
                    reps[m.user_id], m.capacity if m.capacity is not None else rule.member_capacity
                )
                for m in listed[rule.id]
                if m.user_id in reps
            ]
        runs.append(RuleRun(rule, seats, rule.cursor_position, rule.cursor_user_id))
    return runs
