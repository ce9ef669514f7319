"""Signed webhooks (Weibo and other social channels): HMAC over timestamp and body, a replay
window, delivery ids accepted once, a field mapping per source, nothing of the body dropped."""

from __future__ import annotations

import json
import time
from typing import Any

from junlite.db.session import Database
from junlite.leads.capture.models import LeadWebhookDelivery
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_capture import (
    count,
    history_of,
    leads,
    marketing_user,
    phone_of,
    webhook_headers,
)

SOURCE = """source { id name channel endpointUrl replayWindowSeconds deliveryCount
  fieldMapping { path field extraKey } }"""
CREATE = f"""mutation($input: CreateLeadWebhookSourceInput!) {{
  createLeadWebhookSource(input: $input) {{ {SOURCE} secret userErrors {{ field code }} }} }}"""
ROTATE = f"""mutation($input: LeadCaptureIdInput!) {{
  rotateWebhookSecret(input: $input) {{ {SOURCE} secret userErrors {{ field code }} }} }}"""
WEIBO_MAPPING = [
    {"path": "user.screen_name", "field": "name"},
    {"path": "form.mobile", "field": "phone"},
    {"path": "form.company", "field": "company"},
    {"path": "form.products", "field": "productInterests"},
    {"path": "form.question", "extraKey": "咨询内容"},
]
PAYLOAD: dict[str, Any] = {
    "user": {"screen_name": "深圳老王", "id": 1234567890},
    "form": {
        "mobile": "13800138000",
        "company": "华信科技",
        "products": ["CRM", "ERP"],
        "question": "支持企业微信吗？",
    },
    "ad": {"campaign_id": "wb-2026-03", "placement": "信息流"},
}


async def _source(app: ApiClient, factory: Factory) -> tuple[str, dict[str, Any], str]:
    _, _, token = await marketing_user(factory, app)
    body = await app.gql(
        CREATE,
        {
            "input": {
                "name": "微博粉丝通",
                "channel": "WEIBO",
                "campaign": "微博信息流3月",
                "fieldMapping": WEIBO_MAPPING,
            }
        },
        token=token,
    )
    payload = body["data"]["createLeadWebhookSource"]
    assert payload["userErrors"] == [], payload
    return token, payload["source"], payload["secret"]


async def _deliver(
    app: ApiClient, source: dict[str, Any], secret: str, payload: Any = PAYLOAD, **options: Any
) -> Any:
    body = json.dumps(payload, ensure_ascii=False).encode()
    return await app.http.post(
        source["endpointUrl"], content=body, headers=webhook_headers(secret, body, **options)
    )


async def test_a_signed_delivery_maps_fields_and_keeps_the_rest_in_extra(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    token, source, secret = await _source(app_client, factory)
    assert secret.startswith("whsec_")
    assert source["replayWindowSeconds"] == 300
    response = await _deliver(app_client, source, secret, delivery="wb-evt-1")
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["ok"], body["duplicate"], body["merged"]) == (True, False, False)
    [lead] = await leads(database)
    assert (lead.name, lead.company, lead.source, lead.source_detail, lead.campaign) == (
        "深圳老王", "华信科技", "weibo", "微博「微博粉丝通」", "微博信息流3月",
    )  # fmt: skip
    assert phone_of(vault, lead) == "+8613800138000"
    assert lead.product_interests == ["CRM", "ERP"]
    assert lead.extra == {
        "咨询内容": "支持企业微信吗？",
        "user.id": 1234567890,
        "ad.campaign_id": "wb-2026-03",
        "ad.placement": "信息流",
    }
    assert [h.summary for h in await history_of(database, lead.id)] == ["微博推送（微博粉丝通）"]
    listed = await app_client.gql("{ leadWebhookSources { name deliveryCount } }", token=token)
    assert listed["data"]["leadWebhookSources"] == [{"name": "微博粉丝通", "deliveryCount": 1}]


async def test_a_wrong_secret_or_a_tampered_body_is_refused(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, source, secret = await _source(app_client, factory)
    wrong = await _deliver(app_client, source, "whsec_someone-elses")
    assert wrong.status_code == 401
    assert wrong.json()["errors"][0]["code"] == "WEBHOOK_SIGNATURE_INVALID"
    body = json.dumps(PAYLOAD).encode()
    headers = webhook_headers(secret, body)
    tampered = body.replace(b"13800138000", b"13900000000")
    response = await app_client.http.post(source["endpointUrl"], content=tampered, headers=headers)
    assert response.status_code == 401
    unsigned = await app_client.http.post(source["endpointUrl"], content=body)
    assert unsigned.status_code == 401
    assert await count(database, Lead) == 0
    assert await count(database, LeadWebhookDelivery) == 0


async def test_a_body_over_64_kb_is_refused_before_its_signature_is_checked(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, source, secret = await _source(app_client, factory)
    response = await _deliver(app_client, source, secret, {**PAYLOAD, "pad": "x" * 64 * 1024})
    assert response.status_code == 413
    assert response.json()["errors"][0]["code"] == "BODY_TOO_LARGE"
    assert await count(database, Lead) == 0
    assert await count(database, LeadWebhookDelivery) == 0


async def test_a_stale_or_future_timestamp_is_refused_as_replayed(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, source, secret = await _source(app_client, factory)
    for moment in (int(time.time()) - 301, int(time.time()) + 400):
        response = await _deliver(app_client, source, secret, timestamp=moment)
        assert response.status_code == 401
        error = response.json()["errors"][0]
        assert error["code"] == "WEBHOOK_TIMESTAMP_STALE"
        assert error["message"] == "请求被重放或已过期：时间戳不在 300 秒的窗口内"
    assert await count(database, Lead) == 0


async def test_a_delivery_id_seen_before_changes_nothing(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, source, secret = await _source(app_client, factory)
    first = await _deliver(app_client, source, secret, delivery="wb-evt-42")
    changed = {**PAYLOAD, "form": {**PAYLOAD["form"], "company": "另一家公司"}}
    replay = await _deliver(app_client, source, secret, changed, delivery="wb-evt-42")
    assert replay.status_code == 200
    assert replay.json() == {
        "ok": True,
        "duplicate": True,
        "leadId": first.json()["leadId"],
        "merged": False,
    }
    [lead] = await leads(database)
    assert lead.company == "华信科技"
    assert await count(database, LeadWebhookDelivery) == 1
    assert len(await history_of(database, lead.id)) == 1


async def test_a_body_that_is_not_json_or_has_invalid_values_is_refused(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, source, secret = await _source(app_client, factory)
    body = b"screen_name=x"
    response = await app_client.http.post(
        source["endpointUrl"], content=body, headers=webhook_headers(secret, body)
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "WEBHOOK_BODY_NOT_JSON"
    bad = {"user": {"screen_name": ""}, "form": {"mobile": "12345"}}
    invalid = await _deliver(app_client, source, secret, bad, delivery="wb-evt-9")
    assert invalid.status_code == 422
    assert sorted((e["field"], e["code"]) for e in invalid.json()["errors"]) == [
        ("form.mobile", "INVALID_PHONE"),
        ("user.screen_name", "REQUIRED"),
    ]
    assert await count(database, Lead) == 0
    assert await count(database, LeadWebhookDelivery) == 0


async def test_a_repeated_person_is_merged_and_a_rotated_secret_replaces_the_old(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    token, source, secret = await _source(app_client, factory)
    await _deliver(app_client, source, secret)
    again = await _deliver(app_client, source, secret, {**PAYLOAD, "ad": {"placement": "热搜"}})
    assert again.json()["merged"] is True
    assert await count(database, Lead) == 1
    rotated = await app_client.gql(ROTATE, {"input": {"id": source["id"]}}, token=token)
    new_secret = rotated["data"]["rotateWebhookSecret"]["secret"]
    assert new_secret.startswith("whsec_")
    assert new_secret != secret
    assert (await _deliver(app_client, source, secret)).status_code == 401
    assert (await _deliver(app_client, source, new_secret)).status_code == 200
    listed = await app_client.gql("{ leadWebhookSources { deliveryCount } }", token=token)
    assert listed["data"]["leadWebhookSources"] == [{"deliveryCount": 3}]


async def test_a_bad_mapping_is_refused_with_every_problem(
    factory: Factory, app_client: ApiClient
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    body = await app_client.gql(
        CREATE,
        {
            "input": {
                "name": "抖音",
                "channel": "SOCIAL",
                "replayWindowSeconds": 5,
                "fieldMapping": [
                    {"path": "a..b", "field": "name"},
                    {"path": "x", "field": "name", "extraKey": "也要"},
                    {"path": "y", "field": "salary"},
                ],
            }
        },
        token=token,
    )
    errors = body["data"]["createLeadWebhookSource"]["userErrors"]
    assert [(".".join(e["field"][1:]), e["code"]) for e in errors] == [
        ("fieldMapping.0.path", "WEBHOOK_PATH_INVALID"),
        ("fieldMapping.1", "WEBHOOK_MAPPING_TARGET"),
        ("fieldMapping.2.field", "FORM_FIELD_TARGET_UNKNOWN"),
        ("replayWindowSeconds", "REPLAY_WINDOW_INVALID"),
    ]
