"""The WeChat Official Account callback: signed by WeChat, XML parsed safely, followers and their
messages turned into leads and history, every retried delivery applied once."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from junlite.db.session import Database
from junlite.leads.capture.models import WechatAccount, WechatInboundMessage
from junlite.leads.models import Lead, LeadHistory
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_capture import (
    APP_ID,
    WECHAT_TOKEN,
    count,
    history_of,
    in_chunks,
    leads,
    marketing_user,
    node_id,
    phone_of,
    wechat_event,
    wechat_query,
    wechat_text,
)
from tests.lead_helpers_core import insert_lead
from tests.test_users_and_relay import count_statements

OPENID = "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"
CREATE_ACCOUNT = """mutation($input: CreateWechatAccountInput!) {
  createWechatAccount(input: $input) {
  account { id name appId callbackUrl isActive scenes { scene label campaign event { name } } }
  userErrors { field code } } }"""
CREATE_EVENT = """mutation($input: CreateOfflineEventInput!) { createOfflineEvent(input: $input) {
  event { id name } userErrors { field code } } }"""


async def _account(app: ApiClient, factory: Factory) -> tuple[str, dict[str, Any]]:
    _, _, token = await marketing_user(factory, app)
    event = await app.gql(
        CREATE_EVENT,
        {"input": {"name": "深圳高交会", "date": "2026-11-16", "campaign": "高交会2026"}},
        token=token,
    )
    event_id = event["data"]["createOfflineEvent"]["event"]["id"]
    body = await app.gql(
        CREATE_ACCOUNT,
        {
            "input": {
                "name": "华信科技服务号",
                "appId": APP_ID,
                "token": WECHAT_TOKEN,
                "scenes": [
                    {"scene": "expo2026", "label": "高交会展台海报", "eventId": event_id},
                    {"scene": "1001", "label": "官网底部二维码", "campaign": "官网引流"},
                ],
            }
        },
        token=token,
    )
    payload = body["data"]["createWechatAccount"]
    assert payload["userErrors"] == [], payload
    return token, payload["account"]


async def _post(
    app: ApiClient, account: dict[str, Any], body: bytes | AsyncIterator[bytes], **query: Any
) -> Any:
    params = query or wechat_query()
    return await app.http.post(
        account["callbackUrl"], params=params, content=body, headers={"Content-Type": "text/xml"}
    )


async def test_the_account_is_listed_with_its_callback_url_and_no_token(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    token, account = await _account(app_client, factory)
    assert account["callbackUrl"].startswith("/webhooks/wechat/")
    assert account["scenes"][0] == {
        "scene": "expo2026",
        "label": "高交会展台海报",
        "campaign": None,
        "event": {"name": "深圳高交会"},
    }
    listed = await app_client.gql("{ wechatAccounts { name appId isActive } }", token=token)
    assert listed["data"]["wechatAccounts"] == [
        {"name": "华信科技服务号", "appId": APP_ID, "isActive": True}
    ]
    async with database.sessionmaker() as session:
        stored = await session.get(WechatAccount, uuid.UUID(node_id(account["id"])))
        assert stored is not None
        assert WECHAT_TOKEN not in stored.token_encrypted
        assert vault.open(stored.token_encrypted, stored, "token") == WECHAT_TOKEN
    bad = await app_client.gql(
        CREATE_ACCOUNT,
        {"input": {"name": "x", "appId": "wx123", "token": "有空格 的", "scenes": []}},
        token=token,
    )
    assert [e["code"] for e in bad["data"]["createWechatAccount"]["userErrors"]] == [
        "WECHAT_APP_ID_INVALID",
        "WECHAT_TOKEN_INVALID",
    ]


async def test_the_echostr_handshake_answers_only_a_correct_signature(
    factory: Factory, app_client: ApiClient
) -> None:
    _, account = await _account(app_client, factory)
    url = account["callbackUrl"]
    good = await app_client.http.get(url, params={**wechat_query(), "echostr": "5837397520"})
    assert (good.status_code, good.text) == (200, "5837397520")
    forged = await app_client.http.get(
        url, params={**wechat_query("SomeoneElsesToken"), "echostr": "5837397520"}
    )
    assert forged.status_code == 403
    assert forged.json()["errors"][0]["code"] == "WECHAT_SIGNATURE_INVALID"
    assert "5837397520" not in forged.text
    missing = await app_client.http.get(url, params={"echostr": "5837397520"})
    assert missing.status_code == 403
    stale = await app_client.http.get(
        url, params={**wechat_query(timestamp=int(time.time()) - 600), "echostr": "1"}
    )
    assert stale.json()["errors"][0]["code"] == "WECHAT_TIMESTAMP_STALE"
    unknown = await app_client.http.get(
        "/webhooks/wechat/AAAAAAAAAAAAAAAAAAAAAAAA", params=wechat_query()
    )
    assert unknown.status_code == 404


async def test_a_forged_message_is_refused_and_nothing_stored(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    body = wechat_event(OPENID, "subscribe", int(time.time()))
    response = await _post(app_client, account, body, **wechat_query("GuessedToken"))
    assert response.status_code == 403
    assert await count(database, Lead) == 0
    assert await count(database, WechatInboundMessage) == 0


async def test_a_new_follower_becomes_a_lead(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    response = await _post(app_client, account, wechat_event(OPENID, "subscribe", 1764000000))
    assert (response.status_code, response.text) == (200, "success")
    [lead] = await leads(database)
    assert (lead.name, lead.wechat_openid, lead.source, lead.source_detail) == (
        "微信用户eS6o",
        OPENID,
        "wechat",
        "关注公众号「华信科技服务号」",
    )
    assert [h.kind for h in await history_of(database, lead.id)] == ["lead.created"]


async def test_following_through_a_scene_code_carries_its_event_and_campaign(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    now = int(time.time())
    await _post(app_client, account, wechat_event(OPENID, "subscribe", now, "qrscene_expo2026"))
    other = "oUpF8uN95-other-follower-0001"
    await _post(app_client, account, wechat_event(other, "subscribe", now, "qrscene_1001"))
    first, second = await leads(database)
    assert first.source_detail == "扫码关注「华信科技服务号」：高交会展台海报"
    assert first.source_event_id is not None
    assert second.source_detail == "扫码关注「华信科技服务号」：官网底部二维码"
    assert (second.campaign, second.source_event_id) == ("官网引流", None)


async def test_a_follower_scanning_a_scene_code_is_recorded_on_their_lead(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    now = int(time.time())
    await _post(app_client, account, wechat_event(OPENID, "subscribe", now))
    await _post(app_client, account, wechat_event(OPENID, "SCAN", now + 60, "1001"))
    [lead] = await leads(database)
    assert lead.campaign == "官网引流"
    entries = await history_of(database, lead.id)
    assert [(e.kind, e.summary) for e in entries] == [
        ("lead.created", "关注公众号「华信科技服务号」"),
        ("lead.wechat_message", "扫描二维码「官网底部二维码」"),
    ]
    assert entries[1].details == {"msgType": "event", "event": "SCAN", "scene": "1001"}
    await _post(app_client, account, wechat_event(OPENID, "unsubscribe", now + 120))
    entries = await history_of(database, lead.id)
    assert entries[-1].summary == "取消关注公众号「华信科技服务号」"


async def test_a_text_message_goes_into_history_and_fills_the_phone(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    _, account = await _account(app_client, factory)
    now = int(time.time())
    await _post(app_client, account, wechat_event(OPENID, "subscribe", now))
    text = "你好，我想了解CRM报价，电话 139-1234-5678"
    await _post(app_client, account, wechat_text(OPENID, text, "23945678901234567", now + 5))
    [lead] = await leads(database)
    assert phone_of(vault, lead) == "+8613912345678"
    message = (await history_of(database, lead.id))[-1]
    assert message.kind == "lead.wechat_message"
    assert message.summary == "微信消息：你好，我想了解CRM报价，电话 139****5678"
    assert message.details["filled"] == ["phone"]
    assert message.details["msgId"] == "23945678901234567"


async def test_a_message_from_someone_unknown_creates_their_lead(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    _, account = await _account(app_client, factory)
    text = "合作请联系 li.lei@huaxin.cn"
    await _post(app_client, account, wechat_text(OPENID, text, "1", int(time.time())))
    [lead] = await leads(database)
    assert vault.read(lead, "email") == "li.lei@huaxin.cn"
    assert [h.summary for h in await history_of(database, lead.id)] == [
        "关注公众号「华信科技服务号」",
        "微信消息：合作请联系 l***@huaxin.cn",
    ]


async def test_the_same_message_delivered_three_times_is_stored_once(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    body = wechat_text(OPENID, "在吗", "6054768590064713728", int(time.time()))
    for _ in range(3):
        response = await _post(app_client, account, body)
        assert (response.status_code, response.text) == (200, "success")
    assert await count(database, WechatInboundMessage) == 1
    assert await count(database, Lead) == 1
    assert await count(database, LeadHistory) == 2  # created + the message, once
    event = wechat_event(OPENID, "subscribe", 1764000123)
    for _ in range(3):
        await _post(app_client, account, event)
    assert await count(database, WechatInboundMessage) == 2
    assert await count(database, LeadHistory) == 3  # one "followed again"


async def test_a_message_over_64_kb_is_refused_even_without_a_declared_length(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    body = wechat_text(OPENID, "长" * 30_000, "9", int(time.time()))
    for content in (body, in_chunks(body)):
        response = await _post(app_client, account, content)
        assert response.status_code == 413
        assert response.json()["errors"][0]["code"] == "BODY_TOO_LARGE"
    assert await count(database, WechatInboundMessage) == 0
    assert await count(database, Lead) == 0


async def test_malformed_xml_and_entity_payloads_are_refused(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, account = await _account(app_client, factory)
    malformed = await _post(app_client, account, b"<xml><FromUserName>oops</xml")
    assert malformed.status_code == 400
    assert malformed.json()["errors"][0]["code"] == "WECHAT_XML_INVALID"
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b"<xml><FromUserName>&c;</FromUserName><CreateTime>1</CreateTime>"
        b"<MsgType>text</MsgType><Content>&c;</Content><MsgId>9</MsgId></xml>"
    )
    refused = await _post(app_client, account, bomb)
    assert refused.status_code == 400
    assert refused.json()["errors"][0]["code"] == "WECHAT_XML_FORBIDDEN"
    external = (
        b'<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<xml><FromUserName>&x;</FromUserName></xml>"
    )
    assert (await _post(app_client, account, external)).status_code == 400
    assert await count(database, WechatInboundMessage) == 0
    assert await count(database, Lead) == 0


def _person_lookups(statements: list[str]) -> int:
    """Statements that look a lead up by its follower's openid."""
    return sum(
        s.lstrip().startswith("SELECT") and "FROM leads" in s and "leads.wechat_openid =" in s
        for s in statements
    )


async def test_each_message_looks_its_sender_up_once(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    _, account = await _account(app_client, factory)
    now = int(time.time())
    other = "oUpF8uN95-other-follower-0001"
    deliveries = [
        wechat_text(OPENID, "电话 139-1234-5678", "1", now),  # new: their lead is created
        wechat_text(OPENID, "邮箱 li.lei@huaxin.cn", "2", now + 5),  # known: the e-mail fills in
        wechat_event(other, "SCAN", now + 10, "1001"),  # new, through a scene code
        wechat_event(other, "SCAN", now + 15, "expo2026"),  # known
    ]
    lookups = []
    for body in deliveries:
        with count_statements(app_client) as statements:
            response = await _post(app_client, account, body)
        assert (response.status_code, response.text) == (200, "success")
        lookups.append(_person_lookups(statements))
    assert lookups == [1, 1, 1, 1]
    first, second = await leads(database)
    assert (first.wechat_openid, phone_of(vault, first)) == (OPENID, "+8613912345678")
    assert vault.read(first, "email") == "li.lei@huaxin.cn"
    assert (second.wechat_openid, second.campaign) == (other, "官网引流")


async def _org_of(database: Database, account: dict[str, Any]) -> uuid.UUID:
    async with database.sessionmaker() as session:
        stored = await session.get(WechatAccount, uuid.UUID(node_id(account["id"])))
        assert stored is not None
        return stored.org_id


async def test_a_new_follower_writing_a_known_phone_joins_that_lead(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    _, account = await _account(app_client, factory)
    org_id = await _org_of(database, account)
    known = await insert_lead(database, vault, None, org_id=org_id, phone="+8613912345678")
    text = "我是李雷，电话 13912345678"
    await _post(app_client, account, wechat_text(OPENID, text, "7", int(time.time())))
    [lead] = await leads(database)
    assert (lead.id, lead.name, lead.wechat_openid) == (known.id, known.name, OPENID)
    assert [(h.kind, h.summary) for h in await history_of(database, lead.id)] == [
        ("lead.submitted_again", "关注公众号「华信科技服务号」"),
        ("lead.wechat_message", "微信消息：我是李雷，电话 139****5678"),
    ]


async def test_a_followers_message_goes_to_their_own_lead_before_a_newer_one_with_the_phone(
    factory: Factory, app_client: ApiClient, database: Database, vault: Vault
) -> None:
    _, account = await _account(app_client, factory)
    now = int(time.time())
    await _post(app_client, account, wechat_event(OPENID, "subscribe", now))
    org_id = await _org_of(database, account)
    newer = await insert_lead(database, vault, None, org_id=org_id, phone="+8613912345678")
    await _post(app_client, account, wechat_text(OPENID, "电话 13912345678", "8", now + 5))
    own, other = await leads(database)
    assert (own.wechat_openid, phone_of(vault, own)) == (OPENID, "+8613912345678")
    assert (await history_of(database, own.id))[-1].details["filled"] == ["phone"]
    assert (other.id, other.wechat_openid) == (newer.id, None)
    assert await history_of(database, other.id) == []
