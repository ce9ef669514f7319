"""The public pool (公海): customers nobody follows up return to it; reps claim from it within
their caps; managers assign from it; every move is in the customer's history.

A customer is in the pool when `pool_entered_at` is set; it then has no owner and no team, and
everyone who may read customers sees it (so that someone picks it up), its contacts aside.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, case, func, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.models import Organization, User
from junlite.auth.service import CurrentUser, users_by_ids
from junlite.customers import history, repository, settings
from junlite.customers.models import Contact, Customer, CustomerHistory
from junlite.customers.object_types import CUSTOMER
from junlite.db.ids import global_id
from junlite.errors import InvalidInputError, ServiceError

MAX_BATCH = 100


def pool_customers(user: CurrentUser) -> Select[Any]:
    """The pool as everyone who may read customers sees it."""
    policy.grant_for(user, CUSTOMER.name, "read")
    return repository.live(
        select(Customer).where(Customer.org_id == user.org_id, repository.in_pool())
    )


async def claim(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID], now: datetime
) -> list[Customer]:
    """The rep takes customers from the pool: all of them or, with a reason per customer,
    none. Caps: customers held at once, claims per day; a previous owner waits a while."""
    policy.grant_for(user, CUSTOMER.name, "update")
    rules = await settings.pool_rules(session, user.org_id)
    rows = await _pool_rows(session, user, ids)
    problems = _batch_problems(ids, rows)
    cooldown = timedelta(days=rules.reclaim_after_days)
    for index, customer_id in enumerate(ids):
        row = rows.get(customer_id)
        if (
            row is not None
            and row.previous_owner_id == user.id
            and row.pool_entered_at is not None
            and now < row.pool_entered_at + cooldown
        ):
            problems.append(
                ServiceError("RECLAIM_TOO_SOON", f"ids.{index}", days=rules.reclaim_after_days)
            )
    await _lock_holder(session, user.id)
    if rules.max_claims_per_day is not None:
        claimed_today = await _claims_since(session, user, _start_of_day(now, user.timezone))
        if claimed_today + len(ids) > rules.max_claims_per_day:
            problems.append(
                ServiceError(
                    "CLAIM_LIMIT_DAILY", "ids", max=rules.max_claims_per_day, used=claimed_today
                )
            )
    await _check_holding_cap(session, user.org_id, user.id, len(ids), rules, problems)
    if problems:
        raise InvalidInputError(problems)
    claimed = [rows[i] for i in ids]
    await _take(session, claimed, user.id, user.team_id, now)
    await history.add_many(
        session,
        user.org_id,
        [(c.id, f"{user.display_name} 从公海领取", {}) for c in claimed],
        history.Kind.CLAIMED,
        actor_id=user.id,
        at=now,
    )
    _audit(session, user, "customer_pool.claimed", claimed)
    return claimed


async def assign_from_pool(
    session: AsyncSession,
    user: CurrentUser,
    ids: Sequence[uuid.UUID],
    owner_id: uuid.UUID,
    now: datetime,
) -> list[Customer]:
    """A manager hands pool customers to someone in their scope (holding cap applies)."""
    policy.grant_for(user, CUSTOMER.name, "assign")
    rules = await settings.pool_rules(session, user.org_id)
    rows = await _pool_rows(session, user, ids)
    problems = _batch_problems(ids, rows)
    owner = (await users_by_ids(session, user, [owner_id])).get(owner_id)
    if owner is None or not owner.is_active:
        raise InvalidInputError([*problems, ServiceError("NOT_FOUND", "ownerId")])
    await _lock_holder(session, owner.id)
    await _check_holding_cap(session, user.org_id, owner.id, len(ids), rules, problems)
    if problems:
        raise InvalidInputError(problems)
    assigned = [rows[i] for i in ids]
    await _take(session, assigned, owner.id, owner.team_id, now)
    await history.add_many(
        session,
        user.org_id,
        [(c.id, f"{user.display_name} 从公海分配给 {owner.display_name}", {}) for c in assigned],
        history.Kind.ASSIGNED_FROM_POOL,
        actor_id=user.id,
        at=now,
    )
    _audit(session, user, "customer_pool.assigned", assigned, owner=str(owner.id))
    return assigned


async def release(
    session: AsyncSession,
    user: CurrentUser,
    ids: Sequence[uuid.UUID],
    reason: str,
    now: datetime,
) -> list[Customer]:
    """The owner (or someone whose scope covers it) gives customers back to the pool."""
    reason = reason.strip()
    problems = []
    if not reason:
        problems.append(ServiceError("REQUIRED", "reason"))
    elif len(reason) > 200:
        problems.append(ServiceError("TOO_LONG", "reason", max=200))
    if not ids or len(ids) > MAX_BATCH:
        problems.append(ServiceError("BATCH_SIZE", "ids", max=MAX_BATCH))
    elif len(set(ids)) != len(ids):
        problems.append(ServiceError("DUPLICATE_ID", "ids"))
    stmt = (
        repository.live(policy.readable(user, CUSTOMER.name, "update"))
        .where(Customer.id.in_(list(ids)), Customer.pool_entered_at.is_(None))
        .with_for_update()
    )
    rows = {row.id: row for row in (await session.execute(stmt)).scalars()}
    problems.extend(
        ServiceError("NOT_FOUND", f"ids.{index}")
        for index, customer_id in enumerate(ids)
        if customer_id not in rows
    )
    if problems:
        raise InvalidInputError(problems)
    released = [rows[i] for i in ids]
    for customer in released:
        customer.previous_owner_id = customer.owner_id
        customer.pool_entered_at, customer.pool_warned_at = now, None
    await _set_owner(session, user.org_id, released, None, None)
    await history.add_many(
        session,
        user.org_id,
        [(c.id, f"{user.display_name} 退回公海：{reason}", {"reason": reason}) for c in released],
        history.Kind.RELEASED,
        actor_id=user.id,
        at=now,
    )
    _audit(session, user, "customer_pool.released", released, reason=reason)
    return released


# --- the recycling job ----------------------------------------------------------------------


@dataclass
class RecycleOutcome:
    # owner id -> [(customer id, name)] to tell them about
    recycled: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = field(default_factory=dict)
    warned: dict[uuid.UUID, list[tuple[uuid.UUID, str, datetime]]] = field(default_factory=dict)
    recycled_count: int = 0  # owners' and orphans' alike

    @property
    def warned_count(self) -> int:
        return sum(len(items) for items in self.warned.values())


async def recycle(session: AsyncSession, org_id: uuid.UUID, now: datetime) -> RecycleOutcome:
    """Customers past their level's days without a follow-up return to the pool; those within
    the warning days get one warning per cycle. Set-based and safe to run twice."""
    outcome = RecycleOutcome()
    rules = await settings.pool_rules(session, org_id)
    if not rules.recycling_enabled:
        return outcome
    by_key = {level.key: level for level in await settings.levels(session, org_id)}
    zone = await session.scalar(select(Organization.timezone).where(Organization.id == org_id))
    days = _per_level(by_key, lambda lv: lv.pool_after_days, rules.default_pool_after_days)
    warn = _per_level(by_key, lambda lv: lv.warn_days_before, rules.default_warn_days_before)
    held = and_(
        Customer.org_id == org_id,
        Customer.deleted_at.is_(None),
        Customer.pool_entered_at.is_(None),
    )
    due = Customer.last_followed_up_at <= literal(now) - func.make_interval(0, 0, 0, days)
    recycled = (
        await session.execute(
            update(Customer)
            .where(held, or_(Customer.owner_id.is_(None), due))
            .values(
                previous_owner_id=Customer.owner_id,
                owner_id=None,
                team_id=None,
                pool_entered_at=now,
                pool_warned_at=None,
            )
            .returning(Customer.id, Customer.previous_owner_id, Customer.name, days.label("days"))
            .execution_options(synchronize_session=False)
        )
    ).all()
    outcome.recycled_count = len(recycled)
    if recycled:
        await session.execute(
            update(Contact)
            .where(Contact.org_id == org_id, Contact.customer_id.in_([r.id for r in recycled]))
            .values(owner_id=None, team_id=None)
            .execution_options(synchronize_session=False)
        )
        await history.add_many(
            session,
            org_id,
            [
                (
                    r.id,
                    (
                        f"超过 {r.days} 天未跟进，自动退回公海"
                        if r.previous_owner_id
                        else "负责人已不在，退回公海"
                    ),
                    {
                        "days": r.days,
                        "previousOwnerId": global_id("User", r.previous_owner_id)
                        if r.previous_owner_id
                        else None,
                    },
                )
                for r in recycled
            ],
            history.Kind.RECYCLED,
            actor_id=None,
            at=now,
        )
        for r in recycled:
            if r.previous_owner_id is not None:
                outcome.recycled.setdefault(r.previous_owner_id, []).append((r.id, r.name))
    warn_from = literal(now) - func.make_interval(0, 0, 0, days - warn)
    warned = (
        await session.execute(
            update(Customer)
            .where(
                held,
                Customer.owner_id.is_not(None),
                Customer.pool_warned_at.is_(None),
                Customer.last_followed_up_at <= warn_from,
            )
            .values(pool_warned_at=now)
            .returning(
                Customer.id,
                Customer.owner_id,
                Customer.name,
                (Customer.last_followed_up_at + func.make_interval(0, 0, 0, days)).label("due"),
                days.label("days"),
            )
            .execution_options(synchronize_session=False)
        )
    ).all()
    await history.add_many(
        session,
        org_id,
        [
            (
                w.id,
                f"{w.days} 天未跟进将退回公海，预计 {_local(w.due, zone)}",
                {"due": w.due.isoformat()},
            )
            for w in warned
        ],
        history.Kind.POOL_WARNED,
        actor_id=None,
        at=now,
    )
    for w in warned:
        outcome.warned.setdefault(w.owner_id, []).append((w.id, w.name, w.due))
    if recycled or warned:
        audit.record(
            session,
            category=Category.OPERATION,
            action="customer_pool.recycled",
            actor=None,
            org_id=org_id,
            actor_name="公海回收任务",
            details={"recycled": len(recycled), "warned": len(warned)},
        )
    return outcome


# --- helpers --------------------------------------------------------------------------------


def _per_level(by_key: dict[str, settings.Level], pick: Any, default: int | None) -> Any:
    """A SQL expression: the level's number for each row, the default for other rows."""
    whens = {key: pick(level) for key, level in by_key.items()}
    if not whens:
        return literal(default)
    return case(whens, value=Customer.level, else_=literal(default))


async def _pool_rows(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Customer]:
    """The asked-for customers still in the pool, locked: two reps cannot both win one."""
    if not ids:
        return {}
    stmt = pool_customers(user).where(Customer.id.in_(list(ids))).with_for_update()
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


def _batch_problems(
    ids: Sequence[uuid.UUID], rows: dict[uuid.UUID, Customer]
) -> list[ServiceError]:
    if not ids or len(ids) > MAX_BATCH:
        return [ServiceError("BATCH_SIZE", "ids", max=MAX_BATCH)]
    if len(set(ids)) != len(ids):
        return [ServiceError("DUPLICATE_ID", "ids")]
    return [
        ServiceError("NOT_IN_POOL", f"ids.{index}")
        for index, customer_id in enumerate(ids)
        if customer_id not in rows
    ]


async def _lock_holder(session: AsyncSession, user_id: uuid.UUID) -> None:
    """One claim at a time per person, so two at once cannot both pass the caps."""
    await session.execute(select(User.id).where(User.id == user_id).with_for_update())


async def _check_holding_cap(
    session: AsyncSession,
    org_id: uuid.UUID,
    owner_id: uuid.UUID,
    adding: int,
    rules: settings.PoolRules,
    problems: list[ServiceError],
) -> None:
    if rules.max_owned_customers is None:
        return
    held = (
        await session.execute(
            select(func.count()).where(
                Customer.org_id == org_id,
                Customer.owner_id == owner_id,
                Customer.deleted_at.is_(None),
            )
        )
    ).scalar_one()
    if held + adding > rules.max_owned_customers:
        problems.append(
            ServiceError("OWNED_LIMIT", "ids", max=rules.max_owned_customers, held=held)
        )


async def _claims_since(session: AsyncSession, user: CurrentUser, since: datetime) -> int:
    stmt = select(func.count()).where(
        CustomerHistory.org_id == user.org_id,
        CustomerHistory.actor_id == user.id,
        CustomerHistory.kind == history.Kind.CLAIMED,
        CustomerHistory.occurred_at >= since,
    )
    return int((await session.execute(stmt)).scalar_one())


def _start_of_day(now: datetime, timezone: str) -> datetime:
    local = now.astimezone(ZoneInfo(timezone))
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def _local(moment: datetime, zone: str | None) -> str:
    """The day, as the organisation's calendar has it."""
    return moment.astimezone(ZoneInfo(zone or "Asia/Shanghai")).strftime("%Y-%m-%d")


async def _take(
    session: AsyncSession,
    customers: list[Customer],
    owner_id: uuid.UUID,
    team_id: uuid.UUID | None,
    now: datetime,
) -> None:
    for customer in customers:
        customer.pool_entered_at = customer.pool_warned_at = None
        customer.last_followed_up_at = now
    if customers:
        await _set_owner(session, customers[0].org_id, customers, owner_id, team_id)


async def _set_owner(
    session: AsyncSession,
    org_id: uuid.UUID,
    customers: list[Customer],
    owner_id: uuid.UUID | None,
    team_id: uuid.UUID | None,
) -> None:
    for customer in customers:
        customer.owner_id, customer.team_id = owner_id, team_id
    await session.execute(
        update(Contact)
        .where(Contact.org_id == org_id, Contact.customer_id.in_([c.id for c in customers]))
        .values(owner_id=owner_id, team_id=team_id)
        .execution_options(synchronize_session=False)
    )
    await session.flush()


def _audit(
    session: AsyncSession, user: CurrentUser, action: str, customers: list[Customer], **details: str
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=CUSTOMER.name,
        details={"customerIds": [str(c.id) for c in customers], "count": len(customers), **details},
    )
