"""The organisation's scoring settings: the floor no score goes below, and decay for inactivity
(after how many days, how many points, how often). Changing the floor, like changing a field
rule, bumps the rules version the background rescore catches up with."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError, camel
from junlite.leads.object_types import LEAD
from junlite.leads.scoring.models import LeadScoreSettings

MAX_POINTS = 1000


@dataclass(frozen=True)
class ScoreSettings:
    floor: int = 0
    decay_enabled: bool = False
    decay_after_days: int = 14
    decay_points: int = 5
    decay_every_days: int = 7
    rules_version: int = 0
    rescored_version: int = 0


DEFAULT_SETTINGS = ScoreSettings()
_SETTING_COLUMNS = (
    "floor",
    "decay_enabled",
    "decay_after_days",
    "decay_points",
    "decay_every_days",
    "rules_version",
    "rescored_version",
)


def _as_settings(row: LeadScoreSettings | None) -> ScoreSettings:
    if row is None:
        return DEFAULT_SETTINGS
    return ScoreSettings(**{name: getattr(row, name) for name in _SETTING_COLUMNS})


async def settings_of(session: AsyncSession, org_id: uuid.UUID) -> ScoreSettings:
    row = await session.scalar(select(LeadScoreSettings).where(LeadScoreSettings.org_id == org_id))
    return _as_settings(row)


async def lock_settings(
    session: AsyncSession, org_id: uuid.UUID, actor_id: uuid.UUID | None = None
) -> LeadScoreSettings:
    """The organisation's settings row, created with the defaults if need be, locked: rule
    changes and the rescore's chunks take their turns on it."""
    await session.execute(
        pg_insert(LeadScoreSettings)
        .values(id=uuid7(), org_id=org_id, created_by=actor_id)
        .on_conflict_do_nothing(index_elements=["org_id"])
    )
    row: LeadScoreSettings = (
        await session.execute(
            select(LeadScoreSettings)
            .where(LeadScoreSettings.org_id == org_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    return row


async def read_settings(session: AsyncSession, user: CurrentUser) -> ScoreSettings:
    policy.grant_for(user, LEAD.name, "read")
    return await settings_of(session, user.org_id)


SETTING_RANGES = {
    "floor": (0, MAX_POINTS),
    "decay_after_days": (1, 3650),
    "decay_points": (1, MAX_POINTS),
    "decay_every_days": (1, 3650),
}


async def update_settings(
    session: AsyncSession, user: CurrentUser, values: Mapping[str, Any]
) -> ScoreSettings:
    """Floor and decay (`decay_enabled` and SETTING_RANGES' names). A new floor rescores."""
    policy.grant_for(user, SETTING, "update")
    row = await lock_settings(session, user.org_id, user.id)
    problems = []
    for name, value in values.items():
        if name in SETTING_RANGES:
            low, high = SETTING_RANGES[name]
            if not low <= value <= high:
                field = camel(name)
                problems.append(
                    ServiceError("SCORE_SETTING_OUT_OF_RANGE", field, min=low, max=high)
                )
    if problems:
        raise InvalidInputError(problems)
    changes = {}
    for name, value in values.items():
        if getattr(row, name) != value:
            changes[camel(name)] = audit.FieldChange(getattr(row, name), value)
            setattr(row, name, value)
    if "floor" in changes:
        rules_changed(row)
    await session.flush()
    if changes:
        audit.record_data_change(
            session, user, "lead_score_settings.updated", SETTING, row.id, changes=changes
        )
    return _as_settings(row)


def rules_changed(settings: LeadScoreSettings) -> None:
    settings.rules_version += 1
    settings.rescore_cursor = None
