"""Opportunities: what a deal needs, how it moves, wins, loses and reopens, and its products."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select, update

from junlite.audit.models import AuditEvent
from junlite.db.session import Database
from junlite.sales.models import Opportunity, OpportunityStageChange
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import SALES_TABLES, Company, call, gid, make_company, table_digest

FIELDS = """
id name amount currency expectedCloseDate status amountFromLineItems closedAt closeNote
customer { name } owner { displayName } team { name } stage { name } pipeline { name }
closeReason { label } weightedAmount
"""
CREATE = f"""
mutation($input: CreateOpportunityInput!) {{
  createOpportunity(input: $input) {{ opportunity {{ {FIELDS} }} userErrors {{ field code }} }}
}}
"""
UPDATE = f"""
mutation($input: UpdateOpportunityInput!) {{
  updateOpportunity(input: $input) {{ opportunity {{ {FIELDS} }} userErrors {{ field code }} }}
}}
"""
MOVE = """
mutation($input: MoveOpportunityStageInput!) {
  moveOpportunityStage(input: $input) {
    opportunity { status stage { name } closeReason { label } closeNote }
    userErrors { field code message }
  }
}
"""
WIN = """
mutation($input: WinOpportunityInput!) {
  winOpportunity(input: $input) { opportunity { status stage { name } } userErrors { field code } }
}
"""
LOSE = """
mutation($input: LoseOpportunityInput!) {
  loseOpportunity(input: $input) {
    opportunity { status stage { name } closeReason { label } } userErrors { field code }
  }
}
"""
REOPEN = """
mutation($input: ReopenOpportunityInput!) {
  reopenOpportunity(input: $input) {
    opportunity { status closedAt stage { name } closeReason { label } }
    userErrors { field code }
  }
}
"""
DELETE = """
mutation($input: DeleteOpportunityInput!) {
  deleteOpportunity(input: $input) { deletedOpportunityId userErrors { field code } }
}
"""
HISTORY = """
query($id: ID!) {
  node(id: $id) {
    ... on Opportunity {
      timeInStage
      stageHistory {
        kind fromStageName toStageName secondsInPreviousStage reason note movedBy { displayName }
      }
    }
  }
}
"""
REASONS = "{ lostReasons { id label } }"


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def stages(factory: Factory, company: Company) -> list[Any]:
    return (await factory.default_pipeline(company.org))[1]


async def _create(app: ApiClient, token: str, **values: Any) -> dict[str, Any]:
    return await call(app, token, CREATE, {"input": {"name": "ERP 项目", **values}})


async def test_a_deal_starts_in_the_first_open_stage_owned_by_its_creator(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    customer = await factory.create_customer(company.people["rep"], "华信科技")
    rep = await app_client.token_for("rep@x.cn")
    created = await _create(
        app_client,
        rep,
        customerId=gid("Customer", customer),
        amount="120000.005",
        currency="cny",
        expectedCloseDate="2026-12-31",
    )
    assert created["userErrors"] == []
    assert {k: v for k, v in created["opportunity"].items() if k != "id"} == {
        "name": "ERP 项目",
        "amount": "120000.01",  # rounded half up to the cent
        "currency": "CNY",
        "expectedCloseDate": "2026-12-31",
        "status": "OPEN",
        "amountFromLineItems": False,
        "closedAt": None,
        "closeNote": "",
        "customer": {"name": "华信科技"},
        "owner": {"displayName": "东区代表"},
        "team": {"name": "华东组"},
        "stage": {"name": "初步接洽"},
        "pipeline": {"name": "默认销售流程"},
        "closeReason": None,
        "weightedAmount": "12000.00",  # 10 %
    }
    history = await call(app_client, rep, HISTORY, {"id": created["opportunity"]["id"]})
    assert history["stageHistory"] == [
        {
            "kind": "created",
            "fromStageName": None,
            "toStageName": "初步接洽",
            "secondsInPreviousStage": None,
            "reason": None,
            "note": "",
            "movedBy": {"displayName": "东区代表"},
        }
    ]
    async with database.sessionmaker() as session:
        event = (
            await session.execute(
                select(AuditEvent.changes).where(AuditEvent.action == "opportunity.created")
            )
        ).scalar_one()
    assert event["amount"] == {"before": None, "after": "120000.01"}
    assert event["stage"] == {"before": None, "after": "初步接洽"}


async def test_bad_input_is_refused_field_by_field_and_nothing_is_stored(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    southern = await factory.create_customer(company.people["south_rep"])
    rep = await app_client.token_for("rep@x.cn")
    before = await table_digest(database, *SALES_TABLES)
    refused = await _create(
        app_client,
        rep,
        name=" ",
        customerId=gid("Customer", southern),  # another team's: as if it did not exist
        stageId=gid("PipelineStage", stages[4]),  # the won stage
        amount="-1",
        currency="RMB1",
        ownerId=gid("User", company.people["sub_rep"]),  # reps may not assign
    )
    assert refused["opportunity"] is None
    assert refused["userErrors"] == [
        {"field": ["input", "ownerId"], "code": "FIELD_NOT_WRITABLE"},
        {"field": ["input", "name"], "code": "REQUIRED"},
        {"field": ["input", "customerId"], "code": "NOT_FOUND"},
        {"field": ["input", "stageId"], "code": "STAGE_NOT_OPEN"},
        {"field": ["input", "amount"], "code": "AMOUNT_NEGATIVE"},
        {"field": ["input", "currency"], "code": "INVALID_CURRENCY"},
    ]
    assert await table_digest(database, *SALES_TABLES) == before


async def test_moving_through_stages_records_time_spent_and_losing_needs_a_reason(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user)
    deal = await factory.create_opportunity(company.org, rep_user, customer, stages[0])
    entered = datetime(2026, 1, 1, tzinfo=UTC)
    async with database.transaction() as session:
        await session.execute(
            update(Opportunity).where(Opportunity.id == deal.id).values(stage_entered_at=entered)
        )
    rep = await app_client.token_for("rep@x.cn")
    deal_id = gid("Opportunity", deal)
    moved = await call(
        app_client,
        rep,
        MOVE,
        {"input": {"id": deal_id, "stageId": gid("PipelineStage", stages[2])}},
    )
    assert moved["opportunity"]["stage"] == {"name": "方案报价"}
    async with database.sessionmaker() as session:
        change = (
            await session.execute(
                select(OpportunityStageChange).where(OpportunityStageChange.kind == "moved")
            )
        ).scalar_one()
    assert change.seconds_in_previous == int((change.moved_at - entered).total_seconds())
    assert (change.from_stage_name, change.to_stage_name) == ("初步接洽", "方案报价")

    before = await table_digest(database, *SALES_TABLES)
    no_reason = await call(
        app_client,
        rep,
        MOVE,
        {"input": {"id": deal_id, "stageId": gid("PipelineStage", stages[5])}},
    )
    assert no_reason["userErrors"] == [
        {
            "field": ["input", "lostReasonId"],
            "code": "LOST_REASON_REQUIRED",
            "message": "输单须选择原因",
        }
    ]
    assert await table_digest(database, *SALES_TABLES) == before

    reasons = await call(app_client, rep, REASONS)
    lost = await call(
        app_client,
        rep,
        MOVE,
        {
            "input": {
                "id": deal_id,
                "stageId": gid("PipelineStage", stages[5]),
                "lostReasonId": reasons[1]["id"],
                "note": "对方选了友商",
            }
        },
    )
    assert lost["opportunity"] == {
        "status": "LOST",
        "stage": {"name": "输单"},
        "closeReason": {"label": "选择了竞争对手"},
        "closeNote": "对方选了友商",
    }
    history = await call(app_client, rep, HISTORY, {"id": deal_id})
    assert [(h["kind"], h["toStageName"], h["reason"]) for h in history["stageHistory"]] == [
        ("created", "初步接洽", None),
        ("moved", "方案报价", None),
        ("lost", "输单", "选择了竞争对手"),
    ]


async def test_a_closed_deal_does_not_move_back_unless_a_manager_reopens_it(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user)
    deal = await factory.create_opportunity(company.org, rep_user, customer, stages[3])
    deal_id = gid("Opportunity", deal)
    rep = await app_client.token_for("rep@x.cn")
    won = await call(app_client, rep, WIN, {"input": {"id": deal_id}})
    assert won["opportunity"] == {"status": "WON", "stage": {"name": "赢单"}}

    before = await table_digest(database, *SALES_TABLES)
    back = await call(
        app_client,
        rep,
        MOVE,
        {"input": {"id": deal_id, "stageId": gid("PipelineStage", stages[1])}},
    )
    assert back["userErrors"][0]["code"] == "OPPORTUNITY_CLOSED"
    reasons = await call(app_client, rep, REASONS)
    again = await call(
        app_client, rep, LOSE, {"input": {"id": deal_id, "lostReasonId": reasons[0]["id"]}}
    )
    assert again["userErrors"] == [{"field": ["input", "id"], "code": "OPPORTUNITY_CLOSED"}]
    refused = await app_client.gql(REOPEN, {"input": {"id": deal_id}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await table_digest(database, *SALES_TABLES) == before

    manager = await app_client.token_for("manager@x.cn")
    reopened = await call(app_client, manager, REOPEN, {"input": {"id": deal_id}})
    assert reopened["opportunity"] == {
        "status": "OPEN",
        "closedAt": None,
        "stage": {"name": "商务谈判"},  # where it was won from
        "closeReason": None,
    }
    async with database.sessionmaker() as session:
        event = (
            await session.execute(
                select(AuditEvent.actor_name, AuditEvent.changes).where(
                    AuditEvent.action == "opportunity.reopened"
                )
            )
        ).one()
    assert tuple(event) == (
        "主管",
        {
            "status": {"before": "won", "after": "open"},
            "stage": {"before": "赢单", "after": "商务谈判"},
        },
    )
    still_open = await call(app_client, manager, REOPEN, {"input": {"id": deal_id}})
    assert still_open["userErrors"] == [
        {"field": ["input", "id"], "code": "OPPORTUNITY_NOT_CLOSED"}
    ]


async def test_a_stage_of_another_pipeline_is_refused(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    other = await call(
        app_client,
        admin,
        """mutation { createPipeline(input: {name: "渠道"}) {
             pipeline { stages { id } } userErrors { code } } }""",
    )
    foreign_stage = other["pipeline"]["stages"][1]["id"]
    customer = await factory.create_customer(company.people["admin"])
    deal = await factory.create_opportunity(
        company.org, company.people["admin"], customer, stages[0]
    )
    before = await table_digest(database, *SALES_TABLES)
    moved = await call(
        app_client,
        admin,
        MOVE,
        {"input": {"id": gid("Opportunity", deal), "stageId": foreign_stage}},
    )
    assert moved["userErrors"][0]["code"] == "STAGE_NOT_IN_PIPELINE"
    created = await _create(
        app_client, admin, customerId=gid("Customer", customer), stageId=foreign_stage
    )
    assert created["userErrors"] == [
        {"field": ["input", "stageId"], "code": "STAGE_NOT_IN_PIPELINE"}
    ]
    assert await table_digest(database, *SALES_TABLES) == before


async def test_updates_are_audited_and_owner_changes_need_assign(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user)
    deal = await factory.create_opportunity(
        company.org, rep_user, customer, stages[0], amount="10.00"
    )
    deal_id = gid("Opportunity", deal)
    rep = await app_client.token_for("rep@x.cn")
    before = await table_digest(database, *SALES_TABLES)
    refused = await call(
        app_client,
        rep,
        UPDATE,
        {
            "input": {
                "id": deal_id,
                "ownerId": gid("User", company.people["sub_rep"]),
                "name": "新名",
            }
        },
    )
    assert refused["userErrors"] == [{"field": ["input", "ownerId"], "code": "FIELD_NOT_WRITABLE"}]
    assert await table_digest(database, *SALES_TABLES) == before
    changed = await call(
        app_client,
        rep,
        UPDATE,
        {
            "input": {
                "id": deal_id,
                "amount": "99.9",
                "competitor": "友商",
                "expectedCloseDate": None,
            }
        },
    )
    assert changed["opportunity"]["amount"] == "99.90"
    manager = await app_client.token_for("manager@x.cn")
    moved = await call(
        app_client,
        manager,
        UPDATE,
        {"input": {"id": deal_id, "ownerId": gid("User", company.people["sub_rep"])}},
    )
    assert moved["opportunity"]["owner"] == {"displayName": "一组代表"}
    assert moved["opportunity"]["team"] == {"name": "华东一组"}
    async with database.sessionmaker() as session:
        changes = (
            (
                await session.execute(
                    select(AuditEvent.changes)
                    .where(AuditEvent.action == "opportunity.updated")
                    .order_by(AuditEvent.seq)
                )
            )
            .scalars()
            .all()
        )
    assert changes == [
        {
            "amount": {"before": "10.00", "after": "99.90"},
            "competitor": {"before": "", "after": "友商"},
        },
        {"owner": {"before": str(rep_user.id), "after": str(company.people["sub_rep"].id)}},
    ]
    # The rep lost it with the move.
    gone = await call(app_client, rep, UPDATE, {"input": {"id": deal_id, "name": "x"}})
    assert gone["userErrors"] == [{"field": ["input", "id"], "code": "NOT_FOUND"}]


async def test_deleting_needs_the_delete_action_and_takes_the_history_along(
    app_client: ApiClient, company: Company, factory: Factory, database: Database, stages: Any
) -> None:
    rep_user = company.people["rep"]
    customer = await factory.create_customer(rep_user)
    deal = await factory.create_opportunity(company.org, rep_user, customer, stages[0])
    rep = await app_client.token_for("rep@x.cn")
    before = await table_digest(database, *SALES_TABLES)
    refused = await app_client.gql(DELETE, {"input": {"id": gid("Opportunity", deal)}}, token=rep)
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await table_digest(database, *SALES_TABLES) == before
    manager = await app_client.token_for("manager@x.cn")
    deleted = await call(app_client, manager, DELETE, {"input": {"id": gid("Opportunity", deal)}})
    assert deleted == {"deletedOpportunityId": gid("Opportunity", deal), "userErrors": []}
    async with database.sessionmaker() as session:
        left = (await session.execute(select(OpportunityStageChange.id))).all()
        event = (
            await session.execute(
                select(AuditEvent.changes).where(AuditEvent.action == "opportunity.deleted")
            )
        ).scalar_one()
    assert left == []
    assert event["name"] == {"before": deal.name, "after": None}
