"""`junlite seed`, `seed --scale`, `create-admin` and `export-schema`, run as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from junlite.auth.models import Organization, Role, Team, User
from junlite.config import Settings
from junlite.customers.models import Customer
from junlite.db.session import Database
from junlite.seed import seed_demo, seed_scale
from tests.conftest import ApiClient, count_rows

ROOT = Path(__file__).resolve().parents[1]


def run_cli(
    settings: Settings, *args: str, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.update(
        JUNLITE_DATABASE_URL=settings.database_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_DATABASE_OWNER_URL=settings.database_owner_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_REDIS_URL=settings.redis_url.get_secret_value(),  # type: ignore[union-attr]
        JUNLITE_LOG_LEVEL="WARNING",
    )
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "junlite", *args],
        input=stdin,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


async def test_demo_organisation_has_the_documented_people(
    settings: Settings, database: Database, app_client: ApiClient
) -> None:
    assert await seed_demo(database, settings) is True
    async with database.sessionmaker() as session:
        rows = (
            await session.execute(
                select(User.email, User.display_name, Role.key, Team.name)
                .join(Role, Role.id == User.role_id)
                .outerjoin(Team, Team.id == User.team_id)
                .order_by(User.email)
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("admin@demo.junlite.cn", "王磊", "admin", None),
        ("director@demo.junlite.cn", "李娜", "sales_director", "销售部"),
        ("manager@demo.junlite.cn", "张伟", "sales_manager", "华东销售一组"),
        ("marketing@demo.junlite.cn", "赵敏", "marketing", "市场部"),
        ("rep1@demo.junlite.cn", "刘洋", "sales_rep", "华东销售一组"),
        ("rep2@demo.junlite.cn", "陈静", "sales_rep", "华南销售二组"),
    ]
    # The demo manager signs in with the demo password and sees herself.
    token = await app_client.token_for("manager@demo.junlite.cn", "junlite-demo")
    me = await app_client.gql(
        "{ me { displayName team { name manager { displayName } } } }", token=token
    )
    assert me["data"]["me"] == {
        "displayName": "张伟",
        "team": {"name": "华东销售一组", "manager": {"displayName": "张伟"}},
    }
    # A second run changes nothing.
    assert await seed_demo(database, settings) is False
    assert await count_rows(database, User) == 6


async def test_scale_seed_tops_up_bulk_reps_and_customers(
    settings: Settings, database: Database
) -> None:
    written = await seed_scale(database, settings, 5000)
    assert written == {"users": 5, "customers": 500, "opportunities": 125, "orders": 100}
    assert await count_rows(database, User) == 11
    assert await seed_scale(database, settings, 3000) == {
        "users": 0,
        "customers": 0,
        "opportunities": 0,
        "orders": 0,
    }
    more = await seed_scale(database, settings, 8000)
    assert more == {"users": 3, "customers": 300, "opportunities": 75, "orders": 60}
    assert await count_rows(database, Customer) == 800
    async with database.sessionmaker() as session:
        emails = (
            (
                await session.execute(
                    select(User.email).where(User.email.like("rep-%")).order_by(User.email)
                )
            )
            .scalars()
            .all()
        )
    assert emails == [f"rep-{n:07d}@demo.junlite.cn" for n in range(8)]


def test_seed_command_twice(settings: Settings) -> None:
    first = run_cli(settings, "seed")
    assert first.returncode == 0, first.stderr
    assert "demo organisation created" in first.stdout
    second = run_cli(settings, "seed")
    assert "demo organisation already present; nothing changed" in second.stdout


async def test_production_refuses_demo_data_and_changes_nothing(
    settings: Settings, database: Database
) -> None:
    result = run_cli(
        settings,
        "seed",
        JUNLITE_ENV="production",
        JUNLITE_JWT_SECRET="j" * 40,
        JUNLITE_REFRESH_TOKEN_PEPPER="p" * 40,
        JUNLITE_GRAPHIQL="false",
        JUNLITE_INTROSPECTION="false",
        JUNLITE_FIELD_SUGGESTIONS="false",
        JUNLITE_FIELD_ENCRYPTION_KEYS="k1:" + "a" * 43,
        JUNLITE_BLIND_INDEX_KEY="b" * 43,
    )
    assert result.returncode == 2
    assert "demo data is never loaded in production" in result.stderr
    assert await count_rows(database, Organization) == 0


def test_production_with_development_keys_refuses_to_start(settings: Settings) -> None:
    result = run_cli(settings, "migrate", JUNLITE_ENV="production")
    assert result.returncode == 2
    assert "refusing to start in production mode" in result.stderr
    assert "JUNLITE_JWT_SECRET is the development key" in result.stderr


async def test_create_admin_then_sign_in(
    settings: Settings, database: Database, app_client: ApiClient
) -> None:
    result = run_cli(
        settings,
        "create-admin",
        "--email",
        "Boss@Example.cn",
        "--org",
        "深圳华信科技有限公司",
        "--slug",
        "huaxin",
        "--name",
        "黄总",
        "--password-stdin",
        stdin="a-long-password\n",
    )
    assert result.returncode == 0, result.stderr
    assert (
        "administrator boss@example.cn created in organisation 深圳华信科技有限公司"
        in result.stdout
    )
    token = await app_client.token_for("boss@example.cn", "a-long-password")
    me = await app_client.gql(
        "{ me { displayName role { key } organization { name slug } } }", token=token
    )
    assert me["data"]["me"] == {
        "displayName": "黄总",
        "role": {"key": "admin"},
        "organization": {"name": "深圳华信科技有限公司", "slug": "huaxin"},
    }

    again = run_cli(
        settings,
        "create-admin",
        "--email",
        "boss@example.cn",
        "--org",
        "另一家",
        "--password-stdin",
        stdin="a-long-password\n",
    )
    assert again.returncode == 2
    assert "This email address is already in use (EMAIL_TAKEN); nothing changed" in again.stderr
    assert await count_rows(database, Organization) == 1


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["--email", "not-an-email", "--org", "X"], "a-long-password", "Invalid email address"),
        (["--email", "a@b.cn", "--org", "X"], "short", "at least 8 characters"),
        (
            ["--email", "a@b.cn", "--org", "X", "--slug", "Bad Slug"],
            "a-long-password",
            "only a-z, 0-9 and hyphens",
        ),
    ],
)
async def test_create_admin_refuses_bad_input(
    settings: Settings, database: Database, args: list[str], stdin: str, message: str
) -> None:
    result = run_cli(settings, "create-admin", *args, "--password-stdin", stdin=stdin + "\n")
    assert result.returncode == 2
    assert message in result.stderr
    assert await count_rows(database, User) == 0


def test_export_schema_writes_the_contract(settings: Settings, tmp_path: Path) -> None:
    target = tmp_path / "schema.graphql"
    result = run_cli(settings, "export-schema", "--output", str(target))
    assert result.returncode == 0
    assert target.read_text(encoding="utf-8") == (ROOT / "schema.graphql").read_text(
        encoding="utf-8"
    )


async def test_bench_measures_each_scenario_beside_its_baseline(
    settings: Settings, database: Database
) -> None:
    from junlite.bench import format_report, run_benchmarks

    # 6 demo people + 60 reps, 6,000 customers: a full page of 50 of each.
    await seed_scale(database, settings, 60_000)
    results = await run_benchmarks(settings, iterations=5)
    assert [(name, m.name, b.name) for name, m, b in results] == [
        ("users page: 50 users with team and role", "graphql", "asyncpg+orjson"),
        ("customers page: 50, phone + ID decrypted", "graphql", "asyncpg+orjson"),
        ("me (token check + one row)", "graphql", "/healthz"),
    ]
    assert all(len(m.samples_ms) == 5 and len(b.samples_ms) == 5 for _, m, b in results)
    report = format_report(results).splitlines()
    assert report[0].split() == ["scenario", "run", "median", "ms", "p99", "ms", "req/s", "ratio"]
    assert len(report) == 7
