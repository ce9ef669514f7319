"""Document numbers: SO-2026-000123 (orders), QT-… (quotes), CT-… (contracts).

Per organisation, series and year (in the organisation's time zone), from a counter row taken
under lock: no duplicates however many requests at once, and no gaps, since a rolled-back
document rolls its number back too.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import Organization
from junlite.sales.models import SalesCounter


async def next_number(session: AsyncSession, org_id: uuid.UUID, series: str) -> str:
    zone = (
        await session.execute(select(Organization.timezone).where(Organization.id == org_id))
    ).scalar_one()
    year = datetime.now(ZoneInfo(zone)).year
    value = (
        await session.execute(
            pg_insert(SalesCounter)
            .values(org_id=org_id, series=series, year=year, last_value=1)
            .on_conflict_do_update(
                index_elements=["org_id", "series", "year"],
                set_={"last_value": SalesCounter.last_value + 1},
            )
            .returning(SalesCounter.last_value)
        )
    ).scalar_one()
    return f"{series}-{year}-{value:06d}"
