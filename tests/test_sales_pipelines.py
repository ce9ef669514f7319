"""Pipelines, stages and reasons: the organisation's sales process, configured by admins."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from junlite.audit.models import AuditEvent
from junlite.db.session import Database
from junlite.sales.models import OpportunityStageChange, Pipeline, SalesReason
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.sales_helpers import SALES_TABLES, Company, call, gid, make_company, table_digest

PIPELINES = """
{ pipelines { id name isDefault stages { id name position probability kind } } }
"""
LOST_REASONS = "query($all: Boolean!) { lostReasons(includeInactive: $all) { id label isActive } }"
CREATE = """
mutation($input: CreatePipelineInput!) {
  createPipeline(input: $input) {
    pipeline { name isDefault stages { name probability kind } }
    userErrors { field code message }
  }
}
"""
ADD_STAGE = """
mutation($input: AddPipelineStageInput!) {
  addPipelineStage(input: $input) {
    stage { id name position probability } userErrors { field code }
  }
}
"""
UPDATE_STAGE = """
mutation($input: UpdatePipelineStageInput!) {
  updatePipelineStage(input: $input) { stage { name probability } userErrors { field code } }
}
"""
REORDER = """
mutation($input: ReorderPipelineStagesInput!) {
  reorderPipelineStages(input: $input) { pipeline { stages { name } } userErrors { field code } }
}
"""
DELETE_STAGE = """
mutation($input: DeletePipelineStageInput!) {
  deletePipelineStage(input: $input) {
    deletedStageId pipeline { stages { name position } } userErrors { field code message }
  }
}
"""
CREATE_REASON = """
mutation($input: CreateSalesReasonInput!) {
  createSalesReason(input: $input) { reason { id label kind } userErrors { field code } }
}
"""
UPDATE_REASON = """
mutation($input: UpdateSalesReasonInput!) {
  updateSalesReason(input: $input) { reason { label isActive } userErrors { field code } }
}
"""
UPDATE_PIPELINE = """
mutation($input: UpdatePipelineInput!) {
  updatePipeline(input: $input) { pipeline { name isDefault } userErrors { field code } }
}
"""


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


async def test_every_organisation_reads_a_default_pipeline_created_once(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    first = await call(app_client, rep, PIPELINES)
    assert [(p["name"], p["isDefault"]) for p in first] == [("默认销售流程", True)]
    assert [
        (s["name"], s["position"], s["probability"], s["kind"]) for s in first[0]["stages"]
    ] == [
        ("初步接洽", 0, 10, "OPEN"),
        ("需求确认", 1, 30, "OPEN"),
        ("方案报价", 2, 60, "OPEN"),
        ("商务谈判", 3, 80, "OPEN"),
        ("赢单", 4, 100, "WON"),
        ("输单", 5, 0, "LOST"),
    ]
    reasons = await call(app_client, rep, LOST_REASONS, {"all": False})
    assert [r["label"] for r in reasons] == [
        "价格过高",
        "选择了竞争对手",
        "需求变化",
        "预算不足",
        "联系不上客户",
    ]
    # Reading again (read-only roles too) creates nothing more.
    read_only = await app_client.token_for("ro@x.cn")
    assert await call(app_client, read_only, PIPELINES) == first
    assert await count_rows(database, Pipeline) == 1
    assert await count_rows(database, SalesReason) == 5


async def test_an_admin_creates_a_pipeline_and_bad_stages_are_all_reported(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    await call(app_client, admin, PIPELINES)
    before = await table_digest(database, *SALES_TABLES)
    refused = await call(
        app_client,
        admin,
        CREATE,
        {
            "input": {
                "name": "默认销售流程",
                "stages": [
                    {"name": " ", "probability": 10},
                    {"name": "签约", "probability": 120, "kind": "WON"},
                    {"name": "成交", "probability": 100, "kind": "WON"},
                ],
            }
        },
    )
    assert refused["pipeline"] is None
    assert [(e["field"], e["code"]) for e in refused["userErrors"]] == [
        (["input", "name"], "PIPELINE_NAME_TAKEN"),
        (["input", "stages", "0", "name"], "REQUIRED"),
        (["input", "stages", "1", "probability"], "PROBABILITY_INVALID"),
        (["input", "stages"], "STAGE_CLOSED_KIND_FIXED"),
    ]
    assert refused["userErrors"][3]["message"] == "每个销售流程须有且只有一个赢单阶段和一个输单阶段"
    assert await table_digest(database, *SALES_TABLES) == before

    created = await call(
        app_client,
        admin,
        CREATE,
        {
            "input": {
                "name": "渠道销售",
                "stages": [
                    {"name": "报备", "probability": 20},
                    {"name": "签约", "probability": 100, "kind": "WON"},
                    {"name": "放弃", "probability": 0, "kind": "LOST"},
                ],
            }
        },
    )
    assert created == {
        "pipeline": {
            "name": "渠道销售",
            "isDefault": False,
            "stages": [
                {"name": "报备", "probability": 20, "kind": "OPEN"},
                {"name": "签约", "probability": 100, "kind": "WON"},
                {"name": "放弃", "probability": 0, "kind": "LOST"},
            ],
        },
        "userErrors": [],
    }
    async with database.sessionmaker() as session:
        actions = (
            await session.execute(
                select(AuditEvent.action, AuditEvent.object_type).where(
                    AuditEvent.category == "data_change"
                )
            )
        ).all()
    assert [tuple(a) for a in actions] == [("pipeline.created", "setting")]


async def test_only_who_may_update_settings_changes_them(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    director = await app_client.token_for("director@x.cn")
    pipelines = await call(app_client, director, PIPELINES)
    stage = pipelines[0]["stages"][0]
    before = await table_digest(database, *SALES_TABLES)
    for query, variables in (
        (CREATE, {"input": {"name": "新流程"}}),
        (UPDATE_STAGE, {"input": {"id": stage["id"], "probability": 50}}),
        (CREATE_REASON, {"input": {"kind": "LOST", "label": "太贵"}}),
    ):
        body = await app_client.gql(query, variables, token=director)
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await table_digest(database, *SALES_TABLES) == before


async def test_stages_are_added_renamed_reprobabilised_and_reordered(
    app_client: ApiClient, company: Company
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    pipeline = (await call(app_client, admin, PIPELINES))[0]
    added = await call(
        app_client,
        admin,
        ADD_STAGE,
        {"input": {"pipelineId": pipeline["id"], "name": "合同审批", "probability": 90}},
    )
    assert added["stage"]["position"] == 4  # before the won and lost stages
    changed = await call(
        app_client,
        admin,
        UPDATE_STAGE,
        {"input": {"id": added["stage"]["id"], "name": "法务审批", "probability": 95}},
    )
    assert changed == {"stage": {"name": "法务审批", "probability": 95}, "userErrors": []}
    bad = await call(
        app_client,
        admin,
        UPDATE_STAGE,
        {"input": {"id": added["stage"]["id"], "name": "", "probability": 101}},
    )
    assert [(e["field"], e["code"]) for e in bad["userErrors"]] == [
        (["input", "name"], "REQUIRED"),
        (["input", "probability"], "PROBABILITY_INVALID"),
    ]
    stages = (await call(app_client, admin, PIPELINES))[0]["stages"]
    ids = [s["id"] for s in stages]
    reordered = await call(
        app_client,
        admin,
        REORDER,
        {"input": {"pipelineId": pipeline["id"], "stageIds": [ids[1], ids[0], *ids[2:]]}},
    )
    assert [s["name"] for s in reordered["pipeline"]["stages"]] == [
        "需求确认",
        "初步接洽",
        "方案报价",
        "商务谈判",
        "法务审批",
        "赢单",
        "输单",
    ]
    incomplete = await call(
        app_client, admin, REORDER, {"input": {"pipelineId": pipeline["id"], "stageIds": ids[1:]}}
    )
    assert incomplete["userErrors"] == [
        {"field": ["input", "stageIds"], "code": "STAGE_ORDER_INVALID"}
    ]


async def test_a_stage_with_deals_is_deleted_only_with_somewhere_to_move_them(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    _, stages = await factory.default_pipeline(company.org)
    rep = company.people["rep"]
    customer = await factory.create_customer(rep)
    for _ in range(2):
        await factory.create_opportunity(company.org, rep, customer, stages[1])
    admin = await app_client.token_for("admin@x.cn")
    before = await table_digest(database, *SALES_TABLES)
    refused = await call(
        app_client, admin, DELETE_STAGE, {"input": {"id": gid("PipelineStage", stages[1])}}
    )
    assert refused["userErrors"] == [
        {
            "field": ["input", "moveToStageId"],
            "code": "STAGE_HAS_OPPORTUNITIES",
            "message": "该阶段还有 2 个商机，请指定要移入的阶段",
        }
    ]
    won_target = await call(
        app_client,
        admin,
        DELETE_STAGE,
        {
            "input": {
                "id": gid("PipelineStage", stages[1]),
                "moveToStageId": gid("PipelineStage", stages[4]),
            }
        },
    )
    assert [e["code"] for e in won_target["userErrors"]] == ["STAGE_TARGET_INVALID"]
    closed = await call(
        app_client, admin, DELETE_STAGE, {"input": {"id": gid("PipelineStage", stages[5])}}
    )
    assert [e["code"] for e in closed["userErrors"]] == ["STAGE_CLOSED_KIND_FIXED"]
    assert await table_digest(database, *SALES_TABLES) == before

    deleted = await call(
        app_client,
        admin,
        DELETE_STAGE,
        {
            "input": {
                "id": gid("PipelineStage", stages[1]),
                "moveToStageId": gid("PipelineStage", stages[2]),
            }
        },
    )
    assert deleted["userErrors"] == []
    assert [(s["name"], s["position"]) for s in deleted["pipeline"]["stages"]] == [
        ("初步接洽", 0),
        ("方案报价", 1),
        ("商务谈判", 2),
        ("赢单", 3),
        ("输单", 4),
    ]
    async with database.sessionmaker() as session:
        moves = (
            await session.execute(
                select(
                    OpportunityStageChange.kind,
                    OpportunityStageChange.from_stage_name,
                    OpportunityStageChange.to_stage_name,
                    OpportunityStageChange.from_stage_id,
                ).where(OpportunityStageChange.kind == "moved")
            )
        ).all()
    # The history keeps the deleted stage's name; its id is gone with it.
    assert [tuple(m) for m in moves] == [("moved", "需求确认", "方案报价", None)] * 2


async def test_reasons_are_configured_and_retired(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    created = await call(
        app_client, admin, CREATE_REASON, {"input": {"kind": "LOST", "label": "交期太长"}}
    )
    assert created["reason"]["label"] == "交期太长"
    taken = await call(
        app_client, admin, CREATE_REASON, {"input": {"kind": "LOST", "label": "价格过高 "}}
    )
    assert taken["userErrors"] == [{"field": ["input", "label"], "code": "REASON_LABEL_TAKEN"}]
    won = await call(
        app_client, admin, CREATE_REASON, {"input": {"kind": "WON", "label": "价格过高"}}
    )
    assert won["userErrors"] == []  # a won reason may say the same words
    retired = await call(
        app_client,
        admin,
        UPDATE_REASON,
        {"input": {"id": created["reason"]["id"], "isActive": False}},
    )
    assert retired["reason"] == {"label": "交期太长", "isActive": False}
    active = await call(app_client, admin, LOST_REASONS, {"all": False})
    everything = await call(app_client, admin, LOST_REASONS, {"all": True})
    assert "交期太长" not in [r["label"] for r in active]
    assert [r["label"] for r in everything][-1] == "交期太长"
    async with database.sessionmaker() as session:
        count = (
            await session.execute(
                select(func.count()).select_from(SalesReason).where(SalesReason.kind == "won")
            )
        ).scalar_one()
    assert count == 1


async def test_the_default_pipeline_can_be_another_one(
    app_client: ApiClient, company: Company
) -> None:
    admin = await app_client.token_for("admin@x.cn")
    await call(app_client, admin, PIPELINES)
    await call(app_client, admin, CREATE, {"input": {"name": "大客户"}})
    pipelines = await call(app_client, admin, PIPELINES)
    other = next(p for p in pipelines if p["name"] == "大客户")
    assert [s["name"] for s in other["stages"]][-2:] == ["赢单", "输单"]
    switched = await call(
        app_client, admin, UPDATE_PIPELINE, {"input": {"id": other["id"], "isDefault": True}}
    )
    assert switched["pipeline"] == {"name": "大客户", "isDefault": True}
    assert [(p["name"], p["isDefault"]) for p in await call(app_client, admin, PIPELINES)] == [
        ("大客户", True),
        ("默认销售流程", False),
    ]
