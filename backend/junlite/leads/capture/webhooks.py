"""Signed webhooks: Weibo and other social channels (or any system) post leads as JSON.

The sender signs `<timestamp>.<raw body>` with HMAC-SHA256 under the source's secret and sends
`X-JunLite-Timestamp` and `X-JunLite-Signature: sha256=<hex>`; a timestamp outside the source's
replay window is refused, and an `X-JunLite-Delivery` id is accepted once. Each source maps JSON
paths to lead fields or named extra answers; whatever else the body holds is kept in the lead's
`extra` under its path, never dropped.
"""

from __future__ import annotations

import enum
import hashlib
import hmac
import re
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads.capture import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.capture.forms import CAMPAIGN, LIST_TARGETS, trimmed_text
from junlite.leads.capture.models import LeadWebhookDelivery, LeadWebhookSource
from junlite.leads.capture.submissions import normalised_personal
from junlite.leads.models import LeadSource
from junlite.leads.service import PERSONAL_FIELDS, PLAIN_FIELDS, LeadDraft, capture_lead
from junlite.security.vault import Vault

MIN_WINDOW, MAX_WINDOW, DEFAULT_WINDOW = 30, 3600, 300
MAX_MAPPINGS = 50
MAX_DELIVERY_ID = 100
_PATH = re.compile(r"^[^.\s]{1,64}(\.[^.\s]{1,64}){0,9}$")


class WebhookChannel(enum.StrEnum):
    WEIBO = "weibo"
    SOCIAL = "social"


CHANNEL_LABELS = {WebhookChannel.WEIBO: "微博", WebhookChannel.SOCIAL: "社交媒体"}


@dataclass(frozen=True)
class FieldMapping:
    """A JSON path (`user.name`, `contacts.0.phone`) and where its value goes: a lead field
    (`field`, as PLAIN_FIELDS / PERSONAL_FIELDS name it) or an extra answer (`extra_key`)."""

    path: str
    field: str | None = None
    extra_key: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"path": self.path, "field": self.field, "extraKey": self.extra_key}


def mappings_of(source: LeadWebhookSource) -> list[FieldMapping]:
    return [
        FieldMapping(m["path"], m.get("field"), m.get("extraKey")) for m in source.field_mapping
    ]


def _check_mapping(
    entries: Sequence[FieldMapping], problems: list[ServiceError]
) -> list[FieldMapping]:
    if not entries:
        problems.append(ServiceError("WEBHOOK_MAPPING_REQUIRED", "fieldMapping"))
    if len(entries) > MAX_MAPPINGS:
        problems.append(ServiceError("TOO_MANY_IDS", "fieldMapping", max=MAX_MAPPINGS))
    clean = []
    targets: set[str] = set()
    for index, entry in enumerate(entries):
        at = f"fieldMapping.{index}"
        path = entry.path.strip().removeprefix("$.")
        if not _PATH.match(path):
            problems.append(ServiceError("WEBHOOK_PATH_INVALID", f"{at}.path"))
        target = (entry.field or "").strip() or None
        extra_key = (entry.extra_key or "").strip() or None
        if (target is None) == (extra_key is None):
            problems.append(ServiceError("WEBHOOK_MAPPING_TARGET", at))
        elif target is not None:
            if target not in PLAIN_FIELDS and target not in PERSONAL_FIELDS:
                problems.append(
                    ServiceError("FORM_FIELD_TARGET_UNKNOWN", f"{at}.field", target=target)
                )
            elif target in targets:
                problems.append(ServiceError("FORM_FIELD_TARGET_TAKEN", f"{at}.field"))
            targets.add(target)
        elif extra_key is not None and len(extra_key) > 50:
            problems.append(ServiceError("TOO_LONG", f"{at}.extraKey", max=50))
        clean.append(FieldMapping(path, target, extra_key))
    return clean


def _window(value: int | None, problems: list[ServiceError]) -> int:
    window = DEFAULT_WINDOW if value is None else value
    if not MIN_WINDOW <= window <= MAX_WINDOW:
        problems.append(
            ServiceError(
                "REPLAY_WINDOW_INVALID", "replayWindowSeconds", min=MIN_WINDOW, max=MAX_WINDOW
            )
        )
    return window


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


async def create_source(
    session: AsyncSession,
    vault: Vault,
    user: CurrentUser,
    *,
    name: str,
    channel: WebhookChannel,
    field_mapping: Sequence[FieldMapping],
    campaign: str | None = None,
    replay_window_seconds: int | None = None,
) -> tuple[LeadWebhookSource, str]:
    """The source and its secret, which is shown this once."""
    policy.grant_for(user, CAMPAIGN, "create")
    problems: list[ServiceError] = []
    clean_name = trimmed_text(name, "name", 100, problems, required=True)
    source = LeadWebhookSource(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=clean_name or "",
        channel=channel.value,
        public_key=secrets.token_urlsafe(18),
        field_mapping=[m.as_json() for m in _check_mapping(field_mapping, problems)],
        campaign=trimmed_text(campaign, "campaign", 100, problems),
        replay_window_seconds=_window(replay_window_seconds, problems),
        is_active=True,
        delivery_count=0,
    )
    if problems:
        raise InvalidInputError(problems)
    secret = new_secret()
    source.secret_encrypted = vault.seal(secret, source, "secret")
    session.add(source)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_webhook_source.created", "lead_webhook_source", source.id,
        details={"name": source.name, "channel": source.channel},
    )  # fmt: skip
    return source, secret


async def update_source(
    session: AsyncSession, user: CurrentUser, source_id: uuid.UUID, values: Mapping[str, Any]
) -> LeadWebhookSource:
    policy.grant_for(user, CAMPAIGN, "update")
    source = await source_of(session, user, source_id)
    problems: list[ServiceError] = []
    if values.get("name") is not None:
        source.name = trimmed_text(values["name"], "name", 100, problems) or source.name
    if values.get("channel") is not None:
        source.channel = WebhookChannel(values["channel"]).value
    if values.get("fieldMapping") is not None:
        source.field_mapping = [
            m.as_json() for m in _check_mapping(values["fieldMapping"], problems)
        ]
    if values.get("campaign") is not None:
        source.campaign = trimmed_text(values["campaign"], "campaign", 100, problems)
    if values.get("replayWindowSeconds") is not None:
        source.replay_window_seconds = _window(values["replayWindowSeconds"], problems)
    if values.get("isActive") is not None:
        source.is_active = bool(values["isActive"])
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_webhook_source.updated", "lead_webhook_source", source.id,
        details={"fields": sorted(values)},
    )  # fmt: skip
    return source


async def rotate_secret(
    session: AsyncSession, vault: Vault, user: CurrentUser, source_id: uuid.UUID
) -> tuple[LeadWebhookSource, str]:
    """A new secret, shown this once; the old one stops verifying at once."""
    policy.grant_for(user, CAMPAIGN, "update")
    source = await source_of(session, user, source_id)
    secret = new_secret()
    source.secret_encrypted = vault.seal(secret, source, "secret")
    source.secret_rotated_at = datetime.now(UTC)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_webhook_source.secret_rotated", "lead_webhook_source", source.id
    )
    return source, secret


async def delete_source(
    session: AsyncSession, user: CurrentUser, source_id: uuid.UUID
) -> uuid.UUID:
    policy.grant_for(user, CAMPAIGN, "delete")
    source = await source_of(session, user, source_id)
    await session.delete(source)
    await session.flush()
    audit.record_data_change(
        session, user, "lead_webhook_source.deleted", "lead_webhook_source", source_id,
        details={"name": source.name},
    )  # fmt: skip
    return source_id


async def source_of(
    session: AsyncSession, user: CurrentUser, source_id: uuid.UUID
) -> LeadWebhookSource:
    source = await session.scalar(
        select(LeadWebhookSource)
        .where(LeadWebhookSource.org_id == user.org_id, LeadWebhookSource.id == source_id)
        .with_for_update()
    )
    if source is None:
        raise ServiceError("NOT_FOUND", "id")
    return source


async def sources(session: AsyncSession, user: CurrentUser) -> list[LeadWebhookSource]:
    policy.grant_for(user, CAMPAIGN, "read")
    rows = await session.scalars(
        select(LeadWebhookSource)
        .where(LeadWebhookSource.org_id == user.org_id)
        .order_by(LeadWebhookSource.created_at, LeadWebhookSource.id)
    )
    return list(rows)


# --- deliveries -----------------------------------------------------------------------------


def sign(secret: str, timestamp: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + digest.hexdigest()


def verify(
    vault: Vault,
    source: LeadWebhookSource,
    *,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    now: float,
) -> str | None:
    """The error code, or None when the source's secret signed this body recently enough."""
    if not timestamp or not signature or not timestamp.isdigit() or len(timestamp) > 12:
        return "WEBHOOK_SIGNATURE_INVALID"
    secret = vault.open(source.secret_encrypted, source, "secret")
    if not hmac.compare_digest(signature.strip().lower(), sign(secret, timestamp, body)):
        return "WEBHOOK_SIGNATURE_INVALID"
    if abs(now - int(timestamp)) > source.replay_window_seconds:
        return "WEBHOOK_TIMESTAMP_STALE"
    return None


_MISSING: Any = object()


def _at(payload: Any, path: str) -> Any:
    value = payload
    for part in path.split("."):
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _leaves(value: Any, prefix: str) -> dict[str, Any]:
    if isinstance(value, dict):
        found: dict[str, Any] = {}
        for key, item in value.items():
            found.update(_leaves(item, f"{prefix}.{key}" if prefix else str(key)))
        return found
    if isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        found = {}
        for index, item in enumerate(value):
            found.update(_leaves(item, f"{prefix}.{index}"))
        return found
    return {prefix: value} if value not in (None, "", []) else {}


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        return str(value)
    return value


def draft_of(
    source: LeadWebhookSource, payload: dict[str, Any]
) -> tuple[LeadDraft, dict[str, str]]:
    """The lead the payload describes, and which JSON path filled each lead field (errors are
    reported by path: the sender knows its own JSON)."""
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    origin: dict[str, str] = {}
    used: list[str] = []
    for entry in mappings_of(source):
        value = _at(payload, entry.path)
        if value is _MISSING or value is None:
            continue
        used.append(entry.path)
        if entry.field is not None:
            if entry.field in LIST_TARGETS:
                value = [_scalar(v) for v in value] if isinstance(value, list) else [_scalar(value)]
            values[entry.field] = _scalar(value)
            origin[entry.field] = entry.path
        elif entry.extra_key is not None:
            extra[entry.extra_key] = value
    for path, value in _leaves(payload, "").items():
        if not any(path == u or path.startswith(u + ".") for u in used):
            extra.setdefault(path, value)
    normalised_personal(values)
    if source.campaign and not values.get("campaign"):
        values["campaign"] = source.campaign
    label = CHANNEL_LABELS[WebhookChannel(source.channel)]
    draft = LeadDraft(
        values=values,
        source=LeadSource(source.channel),
        source_detail=f"{label}「{source.name}」"[:200],
        extra=extra,
        summary=f"{label}推送（{source.name}）",
    )
    return draft, origin


@dataclass(frozen=True)
class Delivered:
    lead_id: uuid.UUID | None
    merged: bool
    duplicate: bool


async def receive(
    session: AsyncSession,
    vault: Vault,
    source: LeadWebhookSource,
    payload: dict[str, Any],
    delivery_id: str | None,
) -> Delivered:
    """Capture the lead a verified delivery describes; a delivery id seen before is answered
    with the first delivery's lead and changes nothing. InvalidInputError (by JSON path)
    changes nothing."""
    delivery_row = uuid7()
    inserted = await session.scalar(
        insert(LeadWebhookDelivery)
        .values(
            id=delivery_row,
            org_id=source.org_id,
            source_id=source.id,
            delivery_id=delivery_id,
            merged=False,
        )
        .on_conflict_do_nothing(
            index_elements=["source_id", "delivery_id"],
            index_where=LeadWebhookDelivery.delivery_id.is_not(None),
        )
        .returning(LeadWebhookDelivery.id)
    )
    if inserted is None:
        first = await session.scalar(
            select(LeadWebhookDelivery).where(
                LeadWebhookDelivery.source_id == source.id,
                LeadWebhookDelivery.delivery_id == delivery_id,
            )
        )
        return Delivered(first.lead_id if first else None, bool(first and first.merged), True)
    draft, origin = draft_of(source, payload)
    try:
        captured = await capture_lead(session, vault, source.org_id, draft, actor=None)
    except InvalidInputError as refused:
        raise InvalidInputError(
            [
                ServiceError(p.code, origin.get(p.field or "", p.field), **p.params)
                for p in refused.errors
            ]
        ) from None
    await session.execute(
        update(LeadWebhookDelivery)
        .where(LeadWebhookDelivery.id == delivery_row)
        .values(lead_id=captured.lead.id, merged=captured.merged)
    )
    await session.execute(
        update(LeadWebhookSource)
        .where(LeadWebhookSource.id == source.id)
        .values(delivery_count=LeadWebhookSource.delivery_count + 1)
        .execution_options(synchronize_session=False)
    )
    return Delivered(captured.lead.id, captured.merged, False)
