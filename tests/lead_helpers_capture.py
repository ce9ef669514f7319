"""What the capture tests share: GraphQL documents, a marketing user, submit tokens of a chosen
age, and requests signed the way WeChat and webhook senders sign them."""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import func, select

from junlite.auth.models import User
from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.capture import tokens
from junlite.leads.models import Lead, LeadHistory
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory, OrgFixture

FORM_FIELDS = """
id name slug publicUrl embedSnippet tokenUrl consentText thankYouMessage campaign defaultTags
defaultProductInterests isActive submissionCount spamCount
fields { key label type required options mapsTo }
event { name }
"""
CREATE_FORM = f"""mutation($input: CreateLeadFormInput!) {{ createLeadForm(input: $input) {{
  form {{ {FORM_FIELDS} }} userErrors {{ field code message }} }} }}"""
UPDATE_FORM = f"""mutation($input: UpdateLeadFormInput!) {{ updateLeadForm(input: $input) {{
  form {{ {FORM_FIELDS} }} userErrors {{ field code message }} }} }}"""

CONSENT = "我已阅读并同意《隐私政策》，同意华信科技就产品咨询与我联系。"
SITE_FORM: dict[str, Any] = {
    "name": "官网咨询",
    "campaign": "2026春季推广",
    "defaultTags": ["官网"],
    "consentText": CONSENT,
    "thankYouMessage": "感谢咨询，顾问将在一个工作日内联系您。",
    "fields": [
        {"key": "name", "label": "姓名", "type": "TEXT", "required": True, "mapsTo": "name"},
        {"key": "mobile", "label": "手机号", "type": "PHONE", "required": True, "mapsTo": "phone"},
        {"key": "company", "label": "公司", "type": "TEXT", "mapsTo": "company"},
        {
            "key": "interest",
            "label": "感兴趣的产品",
            "type": "MULTISELECT",
            "options": ["CRM", "ERP", "呼叫中心"],
            "mapsTo": "productInterests",
        },
        {
            "key": "budget",
            "label": "预算",
            "type": "SELECT",
            "options": ["10万以下", "10-50万", "50万以上"],
        },
        {"key": "message", "label": "留言", "type": "TEXTAREA"},
        {"key": "newsletter", "label": "订阅产品资讯", "type": "CHECKBOX"},
    ],
}


async def marketing_user(
    factory: Factory, app: ApiClient, org: OrgFixture | None = None, role: str = "marketing"
) -> tuple[OrgFixture, User, str]:
    org = org or await factory.create_org()
    user = await factory.create_user(org, role=role)
    return org, user, await app.token_for(str(user.email))


async def create_form(app: ApiClient, token: str, **changes: Any) -> dict[str, Any]:
    body = await app.gql(CREATE_FORM, {"input": {**SITE_FORM, **changes}}, token=token)
    payload: dict[str, Any] = body["data"]["createLeadForm"]
    assert payload["userErrors"] == [], payload
    return payload["form"]  # type: ignore[no-any-return]


def aged_token(settings: Settings, form_id: str, age_seconds: int = 10) -> str:
    """A submit token as the page would have given `age_seconds` ago."""
    return tokens.issue(
        tokens.token_key(settings), uuid.UUID(node_id(form_id)), int(time.time()) - age_seconds
    )


def node_id(global_id: str) -> str:
    import base64

    return base64.b64decode(global_id).decode().split(":", 1)[1]


async def leads(database: Database) -> list[Lead]:
    async with database.sessionmaker() as session:
        return list((await session.scalars(select(Lead).order_by(Lead.created_at))).all())


async def history_of(database: Database, lead_id: uuid.UUID) -> list[LeadHistory]:
    async with database.sessionmaker() as session:
        rows = await session.scalars(
            select(LeadHistory)
            .where(LeadHistory.lead_id == lead_id)
            .order_by(LeadHistory.occurred_at, LeadHistory.id)
        )
        return list(rows.all())


async def count(database: Database, model: Any) -> int:
    async with database.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


def phone_of(vault: Vault, lead: Lead) -> str | None:
    return vault.read(lead, "phone")


# --- WeChat ----------------------------------------------------------------------------------

WECHAT_TOKEN = "JunLiteWx2026"
APP_ID = "wx1234567890abcdef"


def wechat_query(token: str = WECHAT_TOKEN, *, timestamp: int | None = None) -> dict[str, str]:
    """The query string WeChat adds to each callback, signed as WeChat signs it."""
    stamp = str(timestamp if timestamp is not None else int(time.time()))
    nonce = "1358652471"
    signature = hashlib.sha1("".join(sorted([token, stamp, nonce])).encode()).hexdigest()  # noqa: S324
    return {"signature": signature, "timestamp": stamp, "nonce": nonce}


def wechat_event(openid: str, event: str, create_time: int, event_key: str = "") -> bytes:
    key = f"<EventKey><![CDATA[{event_key}]]></EventKey>" if event_key else ""
    return (
        f"<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>"
        f"<FromUserName><![CDATA[{openid}]]></FromUserName><CreateTime>{create_time}</CreateTime>"
        f"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{event}]]></Event>{key}</xml>"
    ).encode()


def wechat_text(openid: str, content: str, msg_id: str, create_time: int) -> bytes:
    return (
        f"<xml><ToUserName><![CDATA[gh_7f083739789a]]></ToUserName>"
        f"<FromUserName><![CDATA[{openid}]]></FromUserName><CreateTime>{create_time}</CreateTime>"
        f"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content>"
        f"<MsgId>{msg_id}</MsgId></xml>"
    ).encode()


# --- signed webhooks -------------------------------------------------------------------------


def webhook_headers(
    secret: str, body: bytes, *, timestamp: int | None = None, delivery: str | None = None
) -> dict[str, str]:
    """Headers a sender computes, as docs/api.md tells integrators to."""
    stamp = str(timestamp if timestamp is not None else int(time.time()))
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    headers = {
        "Content-Type": "application/json",
        "X-JunLite-Timestamp": stamp,
        "X-JunLite-Signature": f"sha256={digest}",
    }
    if delivery is not None:
        headers["X-JunLite-Delivery"] = delivery
    return headers


async def in_chunks(body: bytes, size: int = 16 * 1024) -> AsyncIterator[bytes]:
    """A body sent without a Content-Length, as a stream of chunks."""
    for start in range(0, len(body), size):
        yield body[start : start + size]
