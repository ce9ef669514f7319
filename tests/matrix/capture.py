"""Cases of the lead capture channels: web forms and submissions, offline events, WeChat
accounts and webhook sources (marketing's configuration, under the "campaign" grant), and the
batch entry of an event's leads (lead: create)."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

from sqlalchemy import text

from junlite.db.ids import uuid7
from junlite.leads.capture.models import (
    LeadForm,
    LeadFormSubmission,
    LeadWebhookSource,
    OfflineEvent,
    WechatAccount,
)
from tests.matrix.harness import Case, _call, _org_wide, allowed, gid, payload
from tests.matrix.sales_targets import _listed_new
from tests.matrix.world import World, has

# Beside the world's own guarded tables: what these operations could change.
CAPTURE_TABLES = (
    "offline_events",
    "lead_forms",
    "lead_form_submissions",
    "wechat_accounts",
    "lead_webhook_sources",
    "leads",
    "lead_history",
)
FIELDS = [
    {"key": "name", "label": "姓名", "type": "TEXT", "required": True, "mapsTo": "name"},
    {"key": "phone", "label": "手机", "type": "PHONE", "required": True, "mapsTo": "phone"},
]
STORED_FIELDS = [dict(f, type=str(f["type"]).lower(), options=[]) for f in FIELDS]
MAPPING = [{"path": "nick", "field": "name"}, {"path": "mobile", "field": "phone"}]


async def _add(world: World, row: Any) -> Any:
    async with world.database.transaction() as session:
        session.add(row)
    return row


async def _event(world: World, role: str, relation: str) -> uuid.UUID:
    event = OfflineEvent(
        id=uuid7(), org_id=world.org_of(relation), name=f"矩阵活动-{role}-{relation}",
        event_date=date(2026, 6, 1), place="", notes="",
    )  # fmt: skip
    return (await _add(world, event)).id  # type: ignore[no-any-return]


async def _form(world: World, role: str, relation: str) -> uuid.UUID:
    form = LeadForm(
        id=uuid7(), org_id=world.org_of(relation), name=f"矩阵表单-{role}-{relation}",
        slug=uuid7().hex[:16], fields=STORED_FIELDS, thank_you_message="谢谢", default_tags=[],
        default_product_interests=[], is_active=True, submission_count=0, spam_count=0,
    )  # fmt: skip
    return (await _add(world, form)).id  # type: ignore[no-any-return]


async def _submission(world: World, role: str, relation: str) -> uuid.UUID:
    submission = LeadFormSubmission(
        id=uuid7(), org_id=world.org_of(relation), form_id=await _form(world, role, relation),
        merged=False, answers={"name": "矩阵"}, ip_address="", user_agent="",
    )  # fmt: skip
    return (await _add(world, submission)).id  # type: ignore[no-any-return]


async def _account(world: World, role: str, relation: str) -> uuid.UUID:
    account = WechatAccount(
        id=uuid7(), org_id=world.org_of(relation), name=f"矩阵公众号-{role}-{relation}",
        app_id="wx1234567890abcdef", public_key=uuid7().hex, scenes=[], is_active=True,
    )  # fmt: skip
    account.token_encrypted = world.vault.seal("MatrixToken1", account, "token")
    return (await _add(world, account)).id  # type: ignore[no-any-return]


async def _source(world: World, role: str, relation: str) -> uuid.UUID:
    source = LeadWebhookSource(
        id=uuid7(), org_id=world.org_of(relation), name=f"矩阵接入-{role}-{relation}",
        channel="weibo", public_key=uuid7().hex, field_mapping=MAPPING,
        replay_window_seconds=300, is_active=True, delivery_count=0,
    )  # fmt: skip
    source.secret_encrypted = world.vault.seal("whsec_matrix", source, "secret")
    return (await _add(world, source)).id  # type: ignore[no-any-return]


def _plain_list(query: str, field_name: str, type_name: str, make: Any) -> Any:
    """A list without pages holds a record just made for (role, relation) when it should."""

    async def run(world: World, role: str, relation: str) -> bool:
        wanted = gid(type_name, await make(world, role, relation))
        body = await _call(world, role, query, {})
        if body.get("errors"):
            assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
            return False
        return wanted in {row["id"] for row in body["data"][field_name]}

    return run


async def _capture_snapshot(world: World) -> list[str]:
    async with world.database.sessionmaker() as session:
        return [
            str(
                (
                    await session.execute(
                        text(
                            "SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))"  # noqa: S608
                            f" FROM {table} t"
                        )
                    )
                ).scalar_one()
            )
            for table in CAPTURE_TABLES
        ]


def _capture_mutation(
    name: str, input_type: str, inner: str, variables: Callable[..., Awaitable[Any]]
) -> Any:
    """As the harness's mutations, with these tables (and leads) checked too when refused."""
    query = f"mutation($input: {input_type}!) " + payload(name, inner)

    async def run(world: World, role: str, relation: str) -> bool:
        prepared = await variables(world, role, relation)
        before = (await world.snapshot(), await _capture_snapshot(world))
        ok = allowed(await _call(world, role, query, prepared), name)
        if not ok:
            after = (await world.snapshot(), await _capture_snapshot(world))
            assert after == before, f"{name} refused, yet changed: {role} {relation}"
        return ok

    return run


def _target(type_name: str, make: Any, **extra: Any) -> Callable[..., Awaitable[Any]]:
    async def build(world: World, role: str, relation: str) -> dict[str, Any]:
        return {"input": {"id": gid(type_name, await make(world, role, relation)), **extra}}

    return build


def _constant(values: dict[str, Any]) -> Callable[..., Awaitable[Any]]:
    async def build(world: World, role: str, relation: str) -> dict[str, Any]:
        return {"input": values}

    return build


def _on_event(**extra: Any) -> Callable[..., Awaitable[Any]]:
    async def build(world: World, role: str, relation: str) -> dict[str, Any]:
        event_id = gid("OfflineEvent", await _event(world, role, relation))
        return {"input": {"eventId": event_id, **extra}}

    return build


def _creates(role: str, relation: str) -> bool:
    return has(role, "campaign", "create")


ROW = {"name": "矩阵线索", "phone": "13700001111"}
CAPTURE_CASES: dict[str, Case] = {
    "leadForms": Case(
        run=_listed_new("{ leadForms(first: 100) { edges { node { id } } } }",
                        "leadForms", "LeadForm", _form),
        expect=_org_wide("campaign", "read"),
    ),
    "leadFormSubmissions": Case(
        run=_listed_new("{ leadFormSubmissions(first: 100) { edges { node { id } } } }",
                        "leadFormSubmissions", "LeadFormSubmission", _submission),
        expect=_org_wide("campaign", "read"),
    ),
    "offlineEvents": Case(
        run=_listed_new("{ offlineEvents(first: 100) { edges { node { id } } } }",
                        "offlineEvents", "OfflineEvent", _event),
        expect=_org_wide("campaign", "read"),
    ),
    "wechatAccounts": Case(
        run=_plain_list("{ wechatAccounts { id } }", "wechatAccounts", "WechatAccount", _account),
        expect=_org_wide("campaign", "read"),
    ),
    "leadWebhookSources": Case(
        run=_plain_list("{ leadWebhookSources { id } }", "leadWebhookSources",
                        "LeadWebhookSource", _source),
        expect=_org_wide("campaign", "read"),
    ),
    "createLeadForm": Case(
        run=_capture_mutation("createLeadForm", "CreateLeadFormInput", "form { id }",
                              _constant({"name": "矩阵新表单", "fields": FIELDS})),
        expect=_creates,
    ),
    "updateLeadForm": Case(
        run=_capture_mutation("updateLeadForm", "UpdateLeadFormInput", "form { id }",
                              _target("LeadForm", _form, name="改名")),
        expect=_org_wide("campaign", "update"),
    ),
    "deleteLeadForm": Case(
        run=_capture_mutation("deleteLeadForm", "LeadCaptureIdInput", "deletedId",
                              _target("LeadForm", _form)),
        expect=_org_wide("campaign", "delete"),
    ),
    "createOfflineEvent": Case(
        run=_capture_mutation("createOfflineEvent", "CreateOfflineEventInput", "event { id }",
                              _constant({"name": "矩阵新活动", "date": "2026-06-01"})),
        expect=_creates,
    ),
    "updateOfflineEvent": Case(
        run=_capture_mutation("updateOfflineEvent", "UpdateOfflineEventInput", "event { id }",
                              _target("OfflineEvent", _event, place="北京")),
        expect=_org_wide("campaign", "update"),
    ),
    "deleteOfflineEvent": Case(
        run=_capture_mutation("deleteOfflineEvent", "LeadCaptureIdInput", "deletedId",
                              _target("OfflineEvent", _event)),
        expect=_org_wide("campaign", "delete"),
    ),
    "addEventLeads": Case(
        run=_capture_mutation("addEventLeads", "AddEventLeadsInput", "created",
                              _on_event(rows=[ROW])),
        expect=lambda r, rel: has(r, "lead", "create") and rel != "other_org",
    ),
    "createEventSignUpForm": Case(
        run=_capture_mutation("createEventSignUpForm", "OfflineEventIdInput", "form { id }",
                              _on_event()),
        expect=_org_wide("campaign", "create"),
    ),
    "createWechatAccount": Case(
        run=_capture_mutation(
            "createWechatAccount", "CreateWechatAccountInput", "account { id }",
            _constant({"name": "矩阵号", "appId": "wx1234567890abcdef", "token": "Matrix1"}),
        ),
        expect=_creates,
    ),
    "updateWechatAccount": Case(
        run=_capture_mutation("updateWechatAccount", "UpdateWechatAccountInput",
                              "account { id }", _target("WechatAccount", _account, name="改")),
        expect=_org_wide("campaign", "update"),
    ),
    "createLeadWebhookSource": Case(
        run=_capture_mutation(
            "createLeadWebhookSource", "CreateLeadWebhookSourceInput", "source { id }",
            _constant({"name": "矩阵源", "channel": "SOCIAL", "fieldMapping": MAPPING}),
        ),
        expect=_creates,
    ),
    "updateLeadWebhookSource": Case(
        run=_capture_mutation("updateLeadWebhookSource", "UpdateLeadWebhookSourceInput",
                              "source { id }", _target("LeadWebhookSource", _source, name="改")),
        expect=_org_wide("campaign", "update"),
    ),
    "rotateWebhookSecret": Case(
        run=_capture_mutation("rotateWebhookSecret", "LeadCaptureIdInput", "secret",
                              _target("LeadWebhookSource", _source)),
        expect=_org_wide("campaign", "update"),
    ),
    "deleteLeadWebhookSource": Case(
        run=_capture_mutation("deleteLeadWebhookSource", "LeadCaptureIdInput", "deletedId",
                              _target("LeadWebhookSource", _source)),
        expect=_org_wide("campaign", "delete"),
    ),
}  # fmt: skip
