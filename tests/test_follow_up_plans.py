"""Follow-up plans: templates kept by managers, a run's tasks and reminders, adjusting a running
plan without touching what was done, completion and success rates."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from junlite.auth.service import load_current_user
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.subjects import SUBJECT_TYPES, SubjectRef
from junlite.tasks import plan_templates, plans
from junlite.tasks.models import FollowUpMethod, Task
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company, table_digest
from tests.task_helpers import COMPLETE, TASK_TABLES, outbox

TEMPLATE_FIELDS = """
id name steps { dayOffset method outline goal timeOfDay }
stats { runs active completed cancelled successful completionRate successRate }
"""
CREATE_TEMPLATE = f"""
mutation($input: CreateFollowUpPlanTemplateInput!) {{
  createFollowUpPlanTemplate(input: $input) {{
    template {{ {TEMPLATE_FIELDS} }} userErrors {{ field code }}
  }}
}}
"""
TEMPLATES = f"{{ followUpPlanTemplates {{ {TEMPLATE_FIELDS} }} }}"
RUN_FIELDS = """
id name status goalAchieved startAt subject { ... on Customer { name } }
steps { id position dayOffset method status outcome goalAchieved
  task { id title dueAt status reminders { minutesBefore } } }
"""


def run_mutation(name: str, input_type: str) -> str:
    return f"""
mutation($input: {input_type}!) {{
  {name}(input: $input) {{ run {{ {RUN_FIELDS} }} userErrors {{ field code }} }}
}}
"""


APPLY = run_mutation("applyFollowUpPlan", "ApplyFollowUpPlanInput")
SKIP = run_mutation("skipFollowUpPlanStep", "SkipFollowUpPlanStepInput")
RESCHEDULE = run_mutation("rescheduleFollowUpPlanStep", "RescheduleFollowUpPlanStepInput")
ADD = run_mutation("addFollowUpPlanStep", "AddFollowUpPlanStepInput")
CANCEL = run_mutation("cancelFollowUpPlan", "CancelFollowUpPlanInput")
RUNS = """
query($filter: FollowUpPlanRunFilter) {
  followUpPlanRuns(first: 10, filter: $filter) { edges { node { name status goalAchieved } } }
}
"""
STEPS = [
    {"dayOffset": 0, "method": "PHONE", "outline": "介绍新品", "goal": "约到拜访"},
    {"dayOffset": 2, "method": "VISIT", "outline": "上门演示", "timeOfDay": "14:00:00"},
    {"dayOffset": 5, "method": "WECHAT", "outline": "发送报价"},
]
START = "2026-12-01T08:00:00+08:00"


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def customer(factory: Factory, company: Company) -> Any:
    return await factory.create_customer(company.people["rep"], "华信科技")


@pytest.fixture
async def template(app_client: ApiClient, company: Company) -> dict[str, Any]:
    manager = await app_client.token_for("manager@x.cn")
    created = await call(
        app_client,
        manager,
        CREATE_TEMPLATE,
        {"input": {"name": "新客户三步跟进", "description": "一周内", "steps": STEPS}},
    )
    assert created["userErrors"] == []
    return dict(created["template"])


async def _apply(app: ApiClient, token: str, template: dict[str, Any], customer: Any) -> Any:
    return await call(
        app,
        token,
        APPLY,
        {
            "input": {
                "templateId": template["id"],
                "subjectId": gid("Customer", customer),
                "startAt": START,
            }
        },
    )


async def test_managers_keep_templates_and_bad_ones_change_nothing(
    app_client: ApiClient, company: Company, template: dict[str, Any], database: Database
) -> None:
    assert template["steps"] == [
        {
            "dayOffset": 0,
            "method": "PHONE",
            "outline": "介绍新品",
            "goal": "约到拜访",
            "timeOfDay": None,
        },
        {
            "dayOffset": 2,
            "method": "VISIT",
            "outline": "上门演示",
            "goal": "",
            "timeOfDay": "14:00:00",
        },
        {"dayOffset": 5, "method": "WECHAT", "outline": "发送报价", "goal": "", "timeOfDay": None},
    ]
    assert template["stats"] == {
        "runs": 0,
        "active": 0,
        "completed": 0,
        "cancelled": 0,
        "successful": 0,
        "completionRate": None,
        "successRate": None,
    }
    rep = await app_client.token_for("rep@x.cn")
    refused = await app_client.gql(
        CREATE_TEMPLATE, {"input": {"name": "我的计划", "steps": STEPS}}, token=rep
    )
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    manager = await app_client.token_for("manager@x.cn")
    before = await table_digest(database, "follow_up_plan_templates")
    empty = await call(app_client, manager, CREATE_TEMPLATE, {"input": {"name": "空", "steps": []}})
    assert empty["userErrors"] == [{"field": ["input", "steps"], "code": "PLAN_STEPS_REQUIRED"}]
    far = await call(
        app_client,
        manager,
        CREATE_TEMPLATE,
        {"input": {"name": "太远", "steps": [{"dayOffset": 400, "method": "SMS"}]}},
    )
    assert far["userErrors"] == [
        {"field": ["input", "steps", "0", "dayOffset"], "code": "DAY_OFFSET_INVALID"}
    ]
    assert await table_digest(database, "follow_up_plan_templates") == before
    assert [t["name"] for t in await call(app_client, rep, TEMPLATES)] == ["新客户三步跟进"]


async def test_applying_a_plan_creates_a_task_with_reminders_per_step_in_local_time(
    app_client: ApiClient,
    company: Company,
    template: dict[str, Any],
    customer: Any,
    database: Database,
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    applied = await _apply(app_client, rep, template, customer)
    assert applied["userErrors"] == []
    run = applied["run"]
    assert (run["name"], run["status"], run["subject"]) == (
        "新客户三步跟进",
        "ACTIVE",
        {"name": "华信科技"},
    )
    assert run["startAt"] == "2026-11-30T16:00:00+00:00"  # 2026-12-01 00:00 in Shanghai
    assert [
        (s["status"], s["task"]["title"], s["task"]["dueAt"], len(s["task"]["reminders"]))
        for s in run["steps"]
    ] == [
        ("PENDING", "新客户三步跟进 · 第 1 步：电话", "2026-12-01T01:30:00+00:00", 2),
        ("PENDING", "新客户三步跟进 · 第 2 步：拜访", "2026-12-03T06:00:00+00:00", 2),
        ("PENDING", "新客户三步跟进 · 第 3 步：微信", "2026-12-06T01:30:00+00:00", 2),
    ]
    assert len(await outbox(database)) == 12
    other = await applied_elsewhere(app_client, template, company)
    assert other["userErrors"] == [{"field": ["input", "subjectId"], "code": "NOT_FOUND"}]


async def applied_elsewhere(app: ApiClient, template: dict[str, Any], company: Company) -> Any:
    """A rep applying a plan to a customer they may not see."""
    south = await app.token_for("south@x.cn")
    return await call(
        app,
        south,
        APPLY,
        {
            "input": {
                "templateId": template["id"],
                "subjectId": gid("Customer", company.people["rep"].id),
            }
        },
    )


async def test_adjusting_a_running_plan_keeps_what_was_done(
    app_client: ApiClient,
    company: Company,
    template: dict[str, Any],
    customer: Any,
    database: Database,
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    run = (await _apply(app_client, rep, template, customer))["run"]
    first, second, third = run["steps"]
    done = await call(
        app_client,
        rep,
        COMPLETE,
        {"input": {"id": first["task"]["id"], "outcome": "约在周三", "goalAchieved": True}},
    )
    assert done["userErrors"] == []
    skipped = await call(
        app_client,
        rep,
        SKIP,
        {"input": {"runId": run["id"], "stepId": second["id"], "reason": "客户不方便见面"}},
    )
    assert skipped["userErrors"] == []
    moved = await call(
        app_client,
        rep,
        RESCHEDULE,
        {
            "input": {
                "runId": run["id"],
                "stepId": third["id"],
                "dueAt": "2026-12-08T10:00:00+08:00",
            }
        },
    )
    assert moved["userErrors"] == []
    added = await call(
        app_client,
        rep,
        ADD,
        {"input": {"runId": run["id"], "step": {"dayOffset": 10, "method": "EMAIL"}}},
    )
    steps = added["run"]["steps"]
    assert [(s["position"], s["status"], s["outcome"], s["goalAchieved"]) for s in steps] == [
        (0, "DONE", "约在周三", True),
        (1, "SKIPPED", "客户不方便见面", False),
        (2, "PENDING", "", False),
        (3, "PENDING", "", False),
    ]
    assert steps[1]["task"]["status"] == "CANCELLED"
    assert steps[2]["task"]["dueAt"] == "2026-12-08T02:00:00+00:00"
    assert steps[3]["task"]["dueAt"] == "2026-12-11T01:30:00+00:00"
    third_reminders = [r for r in await outbox(database) if r[3] == "pending"]
    assert {r[4] for r in third_reminders} >= {
        datetime(2026, 12, 7, 2, 0, tzinfo=UTC),
        datetime(2026, 12, 8, 1, 45, tzinfo=UTC),
    }
    before = await table_digest(database, *TASK_TABLES)
    again = await call(
        app_client,
        rep,
        RESCHEDULE,
        {
            "input": {
                "runId": run["id"],
                "stepId": first["id"],
                "dueAt": "2026-12-09T10:00:00+08:00",
            }
        },
    )
    assert again["userErrors"] == [{"field": ["input", "stepId"], "code": "STEP_NOT_PENDING"}]
    assert await table_digest(database, *TASK_TABLES) == before
    for step in steps[2:]:
        await call(app_client, rep, COMPLETE, {"input": {"id": step["task"]["id"]}})
    finished = await call(app_client, rep, RUNS, {"filter": {"status": "COMPLETED"}})
    assert finished["edges"] == [
        {"node": {"name": "新客户三步跟进", "status": "COMPLETED", "goalAchieved": True}}
    ]
    late = await call(
        app_client,
        rep,
        ADD,
        {"input": {"runId": run["id"], "step": {"dayOffset": 12, "method": "SMS"}}},
    )
    assert late["userErrors"] == [{"field": ["input", "runId"], "code": "PLAN_NOT_ACTIVE"}]


async def test_completion_and_success_rates_of_a_template(
    app_client: ApiClient,
    company: Company,
    template: dict[str, Any],
    customer: Any,
    database: Database,
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    succeeded = (await _apply(app_client, rep, template, customer))["run"]
    for index, step in enumerate(succeeded["steps"]):
        await call(
            app_client,
            rep,
            COMPLETE,
            {"input": {"id": step["task"]["id"], "goalAchieved": index == 1}},
        )
    plain = (await _apply(app_client, rep, template, customer))["run"]
    for step in plain["steps"]:
        await call(app_client, rep, COMPLETE, {"input": {"id": step["task"]["id"]}})
    stopped = (await _apply(app_client, rep, template, customer))["run"]
    await call(app_client, rep, COMPLETE, {"input": {"id": stopped["steps"][0]["task"]["id"]}})
    cancelled = await call(
        app_client, rep, CANCEL, {"input": {"runId": stopped["id"], "reason": "客户已签约"}}
    )
    assert cancelled["run"]["status"] == "CANCELLED"
    assert [s["status"] for s in cancelled["run"]["steps"]] == ["DONE", "SKIPPED", "SKIPPED"]
    await _apply(app_client, rep, template, customer)  # still running
    manager = await app_client.token_for("manager@x.cn")
    (stats,) = [t["stats"] for t in await call(app_client, manager, TEMPLATES)]
    assert stats == {
        "runs": 4,
        "active": 1,
        "completed": 2,
        "cancelled": 1,
        "successful": 1,
        "completionRate": pytest.approx(2 / 3),
        "successRate": 0.5,
    }
    # Reps see only their own runs' figures; another rep sees none of these.
    south = await app_client.token_for("south@x.cn")
    (theirs,) = [t["stats"] for t in await call(app_client, south, TEMPLATES)]
    assert theirs["runs"] == 0


async def test_a_step_whose_time_has_passed_today_is_due_an_hour_from_now(
    company: Company, customer: Any, database: Database
) -> None:
    rep = company.people["rep"]
    now = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai, after 09:30
    async with database.transaction() as session:
        manager = await load_current_user(
            session, company.people["manager"].id, company.org.id, uuid7(), 0
        )
        template = await plan_templates.create_template(
            session,
            manager,
            "两步",
            "",
            [
                plan_templates.StepDraft(0, FollowUpMethod.PHONE),
                plan_templates.StepDraft(1, FollowUpMethod.SMS, time_of_day=time(8, 0)),
            ],
        )
        user = await load_current_user(session, rep.id, company.org.id, uuid7(), 0)
        run = await plans.apply_plan(
            session, user, template.id, SubjectRef(SUBJECT_TYPES["customer"], customer.id), now=now
        )
        steps = (await plans.steps_of_runs(session, user, [run.id]))[run.id]
        dues = [
            (await session.execute(select(Task.due_at).where(Task.id == s.task_id))).scalar_one()
            for s in steps
        ]
    assert dues == [now + timedelta(hours=1), datetime(2026, 12, 2, 0, 0, tzinfo=UTC)]


async def test_a_plan_applied_for_a_rep_tells_the_rep_once(
    app_client: ApiClient,
    company: Company,
    template: dict[str, Any],
    customer: Any,
    database: Database,
) -> None:
    manager = await app_client.token_for("manager@x.cn")
    applied = await call(
        app_client,
        manager,
        APPLY,
        {
            "input": {
                "templateId": template["id"],
                "subjectId": gid("Customer", customer),
                "assigneeId": gid("User", company.people["rep"]),
                "startAt": START,
            }
        },
    )
    assert applied["userErrors"] == []
    assert len(applied["run"]["steps"]) == 3
    told = await outbox(database, "task")
    assert [(r[0], r[1], r[2]) for r in told] == [
        (company.people["rep"].id, "task.assigned", "in_app"),
        (company.people["rep"].id, "task.assigned", "push"),
    ]
