"""The organisation's customer settings: levels (A/B/C/D...) and the public pool's rules.

Until an administrator saves them, an organisation works with the defaults below, so a new
organisation needs no set-up rows. Saving needs the `setting: update` action; reading needs
only a login (every form shows the levels).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.customers import history
from junlite.customers.models import Customer, CustomerLevel, PoolSettings
from junlite.errors import InvalidInputError, ServiceError, camel


@dataclass(frozen=True)
class Level:
    key: str
    name: str
    pool_after_days: int | None
    warn_days_before: int


DEFAULT_LEVELS = (
    Level("A", "重要客户", 90, 7),
    Level("B", "普通客户", 60, 5),
    Level("C", "一般客户", 30, 3),
    Level("D", "潜在客户", 15, 3),
)


@dataclass(frozen=True)
class PoolRules:
    recycling_enabled: bool = True
    default_pool_after_days: int | None = 30  # customers without a level
    max_claims_per_day: int | None = 10
    max_owned_customers: int | None = 500
    reclaim_after_days: int = 7  # the previous owner waits this long to claim it back
    default_warn_days_before: int = 3


DEFAULT_POOL_RULES = PoolRules()
MAX_DAYS = 3650
_KEY = re.compile(r"^[A-Za-z0-9_-]{1,20}$")


async def levels(session: AsyncSession, org_id: uuid.UUID) -> list[Level]:
    rows = (
        await session.execute(
            select(CustomerLevel)
            .where(CustomerLevel.org_id == org_id)
            .order_by(CustomerLevel.position)
        )
    ).scalars()
    saved = [Level(r.key, r.name, r.pool_after_days, r.warn_days_before) for r in rows]
    return saved or list(DEFAULT_LEVELS)


async def pool_rules(session: AsyncSession, org_id: uuid.UUID) -> PoolRules:
    row = await session.get(PoolSettings, org_id)
    if row is None:
        return DEFAULT_POOL_RULES
    return PoolRules(
        recycling_enabled=row.recycling_enabled,
        default_pool_after_days=row.default_pool_after_days,
        max_claims_per_day=row.max_claims_per_day,
        max_owned_customers=row.max_owned_customers,
        reclaim_after_days=row.reclaim_after_days,
    )


async def set_levels(
    session: AsyncSession,
    user: CurrentUser,
    wanted: list[Level],
    move_removed_to: str | None = None,
) -> list[Level]:
    """Replaces the organisation's levels, in the given order. A level customers still have
    can go only when `move_removed_to` names where they go."""
    policy.grant_for(user, "setting", "update")
    problems = _level_problems(wanted)
    keys = [level.key for level in wanted]
    before = await levels(session, user.org_id)
    removed = [level.key for level in before if level.key not in keys]
    if move_removed_to is not None and move_removed_to not in keys:
        problems.append(ServiceError("UNKNOWN_LEVEL", "moveRemovedTo"))
    if removed and move_removed_to is None:
        in_use = await _customers_at(session, user.org_id, removed)
        if in_use:
            problems.append(ServiceError("LEVEL_IN_USE", "levels", count=in_use))
    if problems:
        raise InvalidInputError(problems)
    if removed and move_removed_to is not None:
        await _move_customers(session, user, removed, move_removed_to)
    await session.execute(delete(CustomerLevel).where(CustomerLevel.org_id == user.org_id))
    for position, level in enumerate(wanted):
        session.add(
            CustomerLevel(
                org_id=user.org_id,
                created_by=user.id,
                key=level.key,
                name=level.name,
                position=position,
                pool_after_days=level.pool_after_days,
                warn_days_before=level.warn_days_before,
            )
        )
    await session.flush()
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="customer_levels.updated",
        actor=user,
        object_type="setting",
        changes={"levels": audit.FieldChange(_described(before), _described(wanted))},
        details={"movedTo": move_removed_to, "removed": removed},
    )
    return wanted


async def update_pool_rules(
    session: AsyncSession, user: CurrentUser, values: dict[str, Any]
) -> PoolRules:
    policy.grant_for(user, "setting", "update")
    before = await pool_rules(session, user.org_id)
    problems = []
    for field in ("default_pool_after_days", "max_claims_per_day", "max_owned_customers"):
        value = values.get(field)
        if value is not None and not 1 <= value <= (MAX_DAYS if "days" in field else 100_000):
            problems.append(ServiceError("OUT_OF_RANGE", camel(field)))
    reclaim = values.get("reclaim_after_days")
    if reclaim is not None and not 0 <= reclaim <= MAX_DAYS:
        problems.append(ServiceError("OUT_OF_RANGE", "reclaimAfterDays"))
    if "recycling_enabled" in values and values["recycling_enabled"] is None:
        problems.append(ServiceError("REQUIRED", "recyclingEnabled"))
    if problems:
        raise InvalidInputError(problems)
    if values.get("reclaim_after_days", 0) is None:
        values["reclaim_after_days"] = 0
    after = replace(before, **values)
    row = await session.get(PoolSettings, user.org_id)
    if row is None:
        row = PoolSettings(org_id=user.org_id)
        session.add(row)
    row.recycling_enabled = after.recycling_enabled
    row.default_pool_after_days = after.default_pool_after_days
    row.max_claims_per_day = after.max_claims_per_day
    row.max_owned_customers = after.max_owned_customers
    row.reclaim_after_days = after.reclaim_after_days
    row.updated_by = user.id
    await session.flush()
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action="customer_pool.settings_updated",
        actor=user,
        object_type="setting",
        changes={
            camel(name): audit.FieldChange(getattr(before, name), getattr(after, name))
            for name in values
            if getattr(before, name) != getattr(after, name)
        },
    )
    return after


async def _move_customers(
    session: AsyncSession, user: CurrentUser, removed: list[str], target: str
) -> None:
    """Customers at removed levels move to `target`, each with a line in its history."""
    moving = (
        await session.execute(
            select(Customer.id, Customer.level)
            .where(Customer.org_id == user.org_id, Customer.level.in_(removed))
            .with_for_update()
        )
    ).all()
    await session.execute(
        update(Customer)
        .where(Customer.org_id == user.org_id, Customer.level.in_(removed))
        .values(level=target)
        .execution_options(synchronize_session=False)
    )
    await history.add_many(
        session,
        user.org_id,
        [
            (
                row.id,
                f"客户等级 {row.level} → {target}（原等级已删除）",
                {"from": row.level, "to": target},
            )
            for row in moving
        ],
        history.Kind.LEVEL_CHANGED,
        actor_id=user.id,
        at=datetime.now(UTC),
    )


def _level_problems(wanted: list[Level]) -> list[ServiceError]:
    problems = []
    if not wanted:
        problems.append(ServiceError("REQUIRED", "levels"))
    seen: set[str] = set()
    for index, level in enumerate(wanted):
        at = f"levels.{index}"
        if not _KEY.match(level.key):
            problems.append(ServiceError("INVALID_LEVEL_KEY", f"{at}.key"))
        elif level.key in seen:
            problems.append(ServiceError("DUPLICATE_LEVEL_KEY", f"{at}.key"))
        seen.add(level.key)
        if not 1 <= len(level.name.strip()) <= 50:
            problems.append(ServiceError("REQUIRED", f"{at}.name"))
        days = level.pool_after_days
        if days is not None and not 1 <= days <= MAX_DAYS:
            problems.append(ServiceError("OUT_OF_RANGE", f"{at}.poolAfterDays"))
        elif not 0 <= level.warn_days_before < (days or MAX_DAYS):
            problems.append(ServiceError("OUT_OF_RANGE", f"{at}.warnDaysBefore"))
    return problems


async def _customers_at(session: AsyncSession, org_id: uuid.UUID, keys: list[str]) -> int:
    stmt = select(func.count()).where(
        Customer.org_id == org_id, Customer.level.in_(keys), Customer.deleted_at.is_(None)
    )
    return int((await session.execute(stmt)).scalar_one())


def _described(items: list[Level] | tuple[Level, ...]) -> list[str]:
    return [f"{level.key}:{level.name}:{level.pool_after_days}" for level in items]
