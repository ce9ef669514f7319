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
from junlite.customers.models import Contact, Customer
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
    # Customers to show on every screen: each rep's own, the pool, the recycle bin.
    rep1 = await app_client.token_for("rep1@demo.junlite.cn", "junlite-demo")
    mine = await app_client.gql(
        "{ customers(first: 50, orderBy: NAME) { edges { node { name level"
        " primaryContact { name mobile } } } } }",
        token=rep1,
    )
    assert [e["node"]["name"] for e in mine["data"]["customers"]["edges"]] == [
        "杭州云帆网络科技有限公司",
        "上海浦江贸易有限公司",
        "深圳华信科技",
        "苏州精工机械有限公司",
        "张先生",
    ]
    pool = await app_client.gql("{ publicPool { edges { node { name } } } }", token=rep1)
    assert sorted(e["node"]["name"] for e in pool["data"]["publicPool"]["edges"]) == [
        "成都天府餐饮管理有限公司",
        "武汉长江建材有限公司",
    ]
    # A second run changes nothing.
    assert await seed_demo(database, settings) is False
    assert await count_rows(database, User) == 6
    assert await count_rows(database, Customer) == 12


async def test_scale_seed_tops_up_bulk_reps_customers_and_contacts(
    settings: Settings, database: Database, app_client: ApiClient
) -> None:
    bulk = ("users", "customers")
    assert await seed_scale(database, settings, 500, only=bulk) == {"users": 5, "customers": 500}
    assert await count_rows(database, User) == 11
    assert await seed_scale(database, settings, 300, only=bulk) == {"users": 0, "customers": 0}
    assert await seed_scale(database, settings, 800, only=bulk) == {"users": 3, "customers": 300}
    assert await count_rows(database, Customer) == 12 + 800  # the showcase and the bulk
    # Every other customer has a second contact; the showcase has 10.
    assert await count_rows(database, Contact) == 10 + 1200
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
    # Loaded with COPY, yet encrypted, indexed and searchable as if entered by hand. The seed
    # puts a few customers in the pool or the recycle bin at random, so take the first one the
    # list shows that has a single contact (odd numbers have one).
    number = await _first_listed_bulk_customer(database, odd=True)
    phone = f"138{number:08d}"
    admin = await app_client.token_for("admin@demo.junlite.cn", "junlite-demo")
    found = await app_client.gql(
        "query($f: CustomerFilter) { customers(filter: $f)"
        " { edges { node { id name phone contacts { mobile } } } } }",
        {"f": {"search": f"{phone[:3]} {phone[3:7]} {phone[7:]}"}},
        token=admin,
    )
    [node] = [e["node"] for e in found["data"]["customers"]["edges"]]
    assert node["phone"] == f"138****{phone[-4:]}"
    mobile = f"139{number:07d}0"
    assert node["contacts"] == [{"mobile": f"139****{mobile[-4:]}"}]
    revealed = await app_client.gql(
        "mutation($i: RevealPersonalDataInput!) { revealPersonalData(input: $i) { value } }",
        {"i": {"id": node["id"], "field": "phone"}},
        token=admin,
    )
    assert revealed["data"]["revealPersonalData"]["value"] == f"+86{phone}"
    assert node["name"].endswith(f"有限公司{number:07d}")
    by_word = await app_client.gql(
        "query($f: CustomerFilter) { customers(filter: $f) { edges { node { name } } } }",
        {"f": {"search": f"有限公司{number:07d}"}},
        token=admin,
    )
    assert [e["node"]["name"] for e in by_word["data"]["customers"]["edges"]] == [node["name"]]


async def _first_listed_bulk_customer(database: Database, *, odd: bool) -> int:
    """The lowest seed number of a bulk customer that is owned and not deleted."""
    async with database.sessionmaker() as session:
        names = (
            await session.execute(
                select(Customer.name).where(
                    Customer.name.like("%有限公司_______"),
                    Customer.owner_id.is_not(None),
                    Customer.deleted_at.is_(None),
                )
            )
        ).scalars()
        numbers = sorted(int(name[-7:]) for name in names)
    return next(n for n in numbers if n % 2 == odd)


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


async def test_bench_runs_a_scenario_beside_its_baseline_and_counts_statements(
    settings: Settings, database: Database
) -> None:
    import httpx

    from junlite.app import create_app
    from junlite.bench.runner import format_report, run_scenario
    from junlite.bench.scenarios import SCENARIOS

    # 600 customers, each with 25 behaviour events: full pages, full profiles.
    await seed_scale(database, settings, 600)
    app = create_app(settings.model_copy(update={"bench_endpoints": True}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            report = await run_scenario(
                client,
                SCENARIOS["customers"],
                password=settings.demo_password.get_secret_value(),
                concurrency=2,
                duration=0.5,
                warmup=0.1,
                baseline=True,
            )
            profile = await run_scenario(
                client,
                SCENARIOS["customer-profile"],
                password=settings.demo_password.get_secret_value(),
                duration=0.5,
                warmup=0.1,
                baseline=True,
            )
    assert [run.errors for run in profile.runs] == [0, 0]
    assert all(run.requests > 0 for run in profile.runs)
    graphql, baseline = report.runs
    assert (graphql.name, baseline.name) == ("graphql", "baseline")
    assert graphql.errors == baseline.errors == 0
    assert graphql.requests > 0
    assert baseline.requests > 0
    # Statements per request do not depend on how many requests ran: whole numbers.
    assert graphql.statements_per_request == int(graphql.statements_per_request) > 0
    lines = format_report(report).splitlines()
    assert lines[1].split() == [
        "run",
        "req/s",
        "p50",
        "ms",
        "p99",
        "ms",
        "SQL/req",
        "requests",
        "errors",
        "ratio",
    ]
    assert [line.split()[0] for line in lines[2:]] == ["graphql", "baseline"]


def test_bench_lists_its_scenarios(settings: Settings) -> None:
    result = run_cli(settings, "bench")
    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()][:2] == ["users", "customers"]
