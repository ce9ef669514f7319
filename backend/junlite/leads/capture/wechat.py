"""The WeChat Official Account (微信公众号) channel: accounts marketing connects, and what the
server callback's messages and events do to leads.

WeChat signs each callback with sha1 of the sorted [token, timestamp, nonce] joined; a GET with
`echostr` is the handshake. Messages are XML. WeChat waits 5 s for an answer and retries three
times, so every delivery is recorded once under a unique key (MsgId for messages,
FromUserName + CreateTime for events) and a retry changes nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.db.ids import uuid7
from junlite.leads import history, repository
from junlite.leads.capture import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.capture.models import WechatAccount, WechatInboundMessage
from junlite.leads.capture.wechat_accounts import Scene, scenes_of
from junlite.leads.models import Lead, LeadSource
from junlite.leads.scoring import service as scoring
from junlite.leads.service import PERSONAL_FIELDS, LeadDraft, SamePerson, capture_lead
from junlite.security.masking import mask
from junlite.security.personal import normalise_email, normalise_phone
from junlite.security.vault import Vault

TIMESTAMP_WINDOW_SECONDS = 300
_PHONE_IN_TEXT = re.compile(r"(?<![\d+])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)")
_EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
MESSAGE_LABELS = {
    "image": "图片",
    "voice": "语音",
    "video": "视频",
    "shortvideo": "小视频",
    "location": "位置",
    "link": "链接",
}


def signature_of(token: str, timestamp: str, nonce: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()  # noqa: S324  (WeChat's algorithm)


def verify(
    vault: Vault,
    account: WechatAccount,
    *,
    signature: str | None,
    timestamp: str | None,
    nonce: str | None,
    now: float,
) -> str | None:
    """The error code, or None when WeChat (someone holding the token) signed this request."""
    if not (signature and timestamp and nonce):
        return "WECHAT_SIGNATURE_INVALID"
    token = vault.open(account.token_encrypted, account, "token")
    if not hmac.compare_digest(signature.lower(), signature_of(token, timestamp, nonce)):
        return "WECHAT_SIGNATURE_INVALID"
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TIMESTAMP_WINDOW_SECONDS:
        return "WECHAT_TIMESTAMP_STALE"
    return None


@dataclass(frozen=True)
class InboundMessage:
    openid: str  # FromUserName
    create_time: int
    msg_type: str
    event: str | None = None
    event_key: str | None = None
    content: str | None = None
    msg_id: str | None = None

    @property
    def dedupe_key(self) -> str:
        if self.msg_id:
            return f"msg:{self.msg_id}"
        return f"evt:{self.openid}:{self.create_time}"


class BadMessageError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def parse_message(body: bytes) -> InboundMessage:
    """The message in WeChat's XML; DTDs and entities are refused outright (no expansion)."""
    try:
        root = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise BadMessageError("WECHAT_XML_FORBIDDEN") from None
    except Exception:
        # ParseError, or a body that is not text at all.
        raise BadMessageError("WECHAT_XML_INVALID") from None
    values = {child.tag: (child.text or "").strip() for child in root}
    openid = values.get("FromUserName", "")
    create_time = values.get("CreateTime", "")
    msg_type = values.get("MsgType", "").lower()
    if root.tag != "xml" or not openid or len(openid) > 64 or not create_time.isdigit():
        raise BadMessageError("WECHAT_XML_INVALID")
    if not msg_type or len(msg_type) > 20:
        raise BadMessageError("WECHAT_XML_INVALID")
    return InboundMessage(
        openid=openid,
        create_time=int(create_time),
        msg_type=msg_type,
        event=(values.get("Event") or None),
        event_key=(values.get("EventKey") or None),
        content=values.get("Content"),
        msg_id=(values.get("MsgId") or None),
    )


def contacts_in(text: str) -> dict[str, str]:
    """A phone number and an e-mail address found in a message, normalised."""
    found: dict[str, str] = {}
    for match in _PHONE_IN_TEXT.finditer(text):
        phone = normalise_phone(match.group())
        if phone:
            found["phone"] = phone
            break
    for match in _EMAIL_IN_TEXT.finditer(text):
        email = normalise_email(match.group())
        if email:
            found["email"] = email
            break
    return found


def masked_text(text: str) -> str:
    """The message as the lead's history shows it: phone numbers and e-mail addresses masked,
    as personal data is everywhere else."""

    def phone(match: re.Match[str]) -> str:
        return mask("phone", normalise_phone(match.group()) or match.group())

    def email(match: re.Match[str]) -> str:
        return mask("email", match.group())

    return _EMAIL_IN_TEXT.sub(email, _PHONE_IN_TEXT.sub(phone, text))


async def handle(
    session: AsyncSession, vault: Vault, account: WechatAccount, message: InboundMessage
) -> None:
    """Apply a delivered message or event; one delivered before changes nothing."""
    inbound_id = uuid7()
    inserted = await session.scalar(
        insert(WechatInboundMessage)
        .values(
            id=inbound_id,
            org_id=account.org_id,
            account_id=account.id,
            dedupe_key=message.dedupe_key[:160],
            msg_type=message.msg_type,
            event=(message.event or "")[:30] or None,
            openid=message.openid,
        )
        .on_conflict_do_nothing(index_elements=["account_id", "dedupe_key"])
        .returning(WechatInboundMessage.id)
    )
    if inserted is None:
        return
    lead = await _apply(session, vault, account, message)
    if lead is not None:
        await session.execute(
            update(WechatInboundMessage)
            .where(WechatInboundMessage.id == inbound_id)
            .values(lead_id=lead.id)
        )


async def _apply(
    session: AsyncSession, vault: Vault, account: WechatAccount, message: InboundMessage
) -> Lead | None:
    at = datetime.fromtimestamp(message.create_time, UTC)
    reference = f"wechat:{account.id}:{message.dedupe_key}"
    event = (message.event or "").lower()
    if message.msg_type == "event" and event == "subscribe":
        key = message.event_key or ""
        scene = _scene(account, key.removeprefix("qrscene_")) if key else None
        lead = await _follower(session, vault, account, message, scene, {})
        if key:
            await scoring.record_lead_event(
                session, account.org_id, lead.id, scoring.WECHAT_SCAN,
                occurred_at=at, reference=reference,
            )  # fmt: skip
        return lead
    if message.msg_type == "event" and event == "scan":
        scene = _scene(account, message.event_key or "")
        existing = await _same_person(session, vault, account, message.openid, {})
        if existing is None:
            lead = await _follower(session, vault, account, message, scene, {}, same_person=None)
        else:
            lead = existing
            if scene.campaign and not lead.campaign:
                lead.campaign = scene.campaign
            _history(session, lead, f"扫描二维码「{scene.label}」", message, {"scene": scene.scene})
        await scoring.record_lead_event(
            session, account.org_id, lead.id, scoring.WECHAT_SCAN,
            occurred_at=at, reference=reference,
        )  # fmt: skip
        return lead
    if message.msg_type == "event" and event == "unsubscribe":
        lead_or_none = await _same_person(session, vault, account, message.openid, {})
        if lead_or_none is not None:
            _history(session, lead_or_none, f"取消关注公众号「{account.name}」", message, {})
        return lead_or_none
    if message.msg_type == "text":
        return await _text(session, vault, account, message, at, reference)
    if message.msg_type in MESSAGE_LABELS:
        lead_or_none = await _same_person(session, vault, account, message.openid, {})
        if lead_or_none is not None:
            _history(
                session, lead_or_none, f"发来{MESSAGE_LABELS[message.msg_type]}消息", message, {}
            )
            await scoring.record_lead_event(
                session, account.org_id, lead_or_none.id, scoring.WECHAT_MESSAGE,
                occurred_at=at, reference=reference,
            )  # fmt: skip
        return lead_or_none
    return None  # menu clicks, location reports, template receipts: recorded, nothing more


def _scene(account: WechatAccount, value: str) -> Scene:
    for scene in scenes_of(account):
        if scene.scene == value:
            return scene
    return Scene(value, f"场景 {value}"[:50])


async def _same_person(
    session: AsyncSession,
    vault: Vault,
    account: WechatAccount,
    openid: str,
    contacts: Mapping[str, str],
) -> Lead | None:
    """The follower's own lead, else the newest one with a phone or e-mail in `contacts`: the
    lead capture_lead would merge the follower into, found once for both."""

    def index(name: str) -> bytes | None:
        value = contacts.get(name)
        return vault.index(account.org_id, PERSONAL_FIELDS[name].kind, value) if value else None

    return await repository.find_same_person(
        session,
        account.org_id,
        phone_index=index("phone"),
        email_index=index("email"),
        wechat_openid=openid,
    )


async def _follower(
    session: AsyncSession,
    vault: Vault,
    account: WechatAccount,
    message: InboundMessage,
    scene: Scene | None,
    contacts: Mapping[str, str],
    *,
    same_person: Lead | SamePerson | None = SamePerson.LOOK_UP,
) -> Lead:
    """The follower's lead: new (named 微信用户 + the openid's last 4 until they say their
    name), or their existing one with this visit in its history. `same_person`: what
    _same_person found for the follower and `contacts`, when the caller looked."""
    if scene is not None:
        detail = f"扫码关注「{account.name}」：{scene.label}"
    else:
        detail = f"关注公众号「{account.name}」"
    values: dict[str, Any] = {"name": f"微信用户{message.openid[-4:]}", **contacts}
    if scene is not None and scene.campaign:
        values["campaign"] = scene.campaign
    draft = LeadDraft(
        values=values,
        source=LeadSource.WECHAT,
        source_detail=detail[:200],
        source_event_id=scene.event_id if scene else None,
        source_at=datetime.fromtimestamp(message.create_time, UTC),
        wechat_openid=message.openid,
        summary=detail,
    )
    captured = await capture_lead(
        session, vault, account.org_id, draft, actor=None, same_person=same_person
    )
    return captured.lead


def _history(
    session: AsyncSession,
    lead: Lead,
    summary: str,
    message: InboundMessage,
    details: dict[str, Any],
) -> None:
    history.add(
        session,
        lead,
        history.Kind.WECHAT_MESSAGE,
        summary,
        actor_id=None,
        details={"msgType": message.msg_type, "event": message.event, **details},
    )
    lead.last_activity_at = datetime.now(UTC)


async def _text(
    session: AsyncSession,
    vault: Vault,
    account: WechatAccount,
    message: InboundMessage,
    at: datetime,
    reference: str,
) -> Lead:
    content = (message.content or "")[:2000]
    found = contacts_in(content)
    lead = await _same_person(session, vault, account, message.openid, found)
    filled: list[str] = []
    if lead is None or lead.wechat_openid != message.openid:
        # Someone new, or known only by the phone or e-mail they just wrote.
        lead = await _follower(session, vault, account, message, None, found, same_person=lead)
        filled = sorted(found)
    else:
        changes = {}
        for name, value in found.items():
            spec = PERSONAL_FIELDS[name]
            if not vault.read(lead, spec.column):
                vault.write(lead, spec.column, spec.kind, value)
                filled.append(name)
                changes[name] = audit.FieldChange(None, mask(spec.kind, value))
        if changes:
            audit.record(
                session,
                category=Category.DATA_CHANGE,
                action="lead.updated",
                actor=None,
                org_id=account.org_id,
                object_type="lead",
                object_id=lead.id,
                changes=changes,
                details={"via": "wechat_message"},
                actor_name="微信公众号",
            )
    shown = masked_text(content)
    _history(
        session,
        lead,
        f"微信消息：{shown}"[:300],
        message,
        {"content": shown, "msgId": message.msg_id, "filled": filled},
    )
    await session.flush()
    await scoring.record_lead_event(
        session,
        account.org_id,
        lead.id,
        scoring.WECHAT_MESSAGE,
        occurred_at=at,
        reference=reference,
    )
    return lead
