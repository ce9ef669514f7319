"""Demo communications: the showcase customers of the demo users have some, and the scale
seeder tops communications up to three per customer with COPY, adding nothing the second time."""

from __future__ import annotations

from sqlalchemy import func, select

from junlite.comms.models import Communication
from junlite.config import Settings
from junlite.db.session import Database
from junlite.seed import seed_demo, seed_scale
from tests.conftest import ApiClient, count_rows


async def test_demo_and_scale_communications(
    settings: Settings, database: Database, app_client: ApiClient
) -> None:
    assert await seed_demo(database, settings) is True
    # Nine showcase customers have an owner: alternately two and three communications each.
    async with database.sessionmaker() as session:
        about_leads = (
            await session.execute(select(func.count()).where(Communication.subject_type == "lead"))
        ).scalar_one()
    assert await count_rows(database, Communication) == 22 + about_leads
    wanted = ("users", "customers", "communications")
    written = await seed_scale(database, settings, 50, only=wanted)
    assert written == {"users": 1, "customers": 50, "communications": 150 - 22}
    assert (await seed_scale(database, settings, 50, only=wanted))["communications"] == 0
    async with database.sessionmaker() as session:
        per_author = (
            await session.execute(
                select(func.count(), func.count(func.distinct(Communication.customer_id)))
                .select_from(Communication)
                .where(Communication.author_id.is_(None))
            )
        ).one()
    assert tuple(per_author) == (0, 0)  # every one is its customer owner's
    token = await app_client.token_for("admin@demo.junlite.cn", "junlite-demo")
    body = await app_client.gql("{ communications { totalCount } }", token=token)
    assert body["data"]["communications"]["totalCount"] == 150 + about_leads
