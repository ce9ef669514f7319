"""WeChat Official Accounts marketing connects: AppID, the callback token (kept encrypted), and
what each parametric QR code's scene value means."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.auth import policy
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.leads.capture import errors as _errors  # noqa: F401  (registers the messages)
from junlite.leads.capture.forms import CAMPAIGN, trimmed_text
from junlite.leads.capture.models import OfflineEvent, WechatAccount
from junlite.security.vault import Vault

_APP_ID = re.compile(r"^wx[0-9a-f]{16}$")
_TOKEN = re.compile(r"^[A-Za-z0-9]{3,32}$")
_SCENE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


@dataclass(frozen=True)
class Scene:
    """What a parametric QR code (带参数二维码) means: its scene value, in words, and the
    campaign or offline event it was printed for."""

    scene: str
    label: str
    campaign: str | None = None
    event_id: uuid.UUID | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "scene": self.scene,
            "label": self.label,
            "campaign": self.campaign,
            "eventId": str(self.event_id) if self.event_id else None,
        }


def scenes_of(account: WechatAccount) -> list[Scene]:
    return [
        Scene(
            raw["scene"],
            raw["label"],
            raw.get("campaign"),
            uuid.UUID(raw["eventId"]) if raw.get("eventId") else None,
        )
        for raw in account.scenes
    ]


async def _check_scenes(
    session: AsyncSession, org_id: uuid.UUID, scenes: Sequence[Scene], problems: list[ServiceError]
) -> list[dict[str, Any]]:
    seen: set[str] = set()
    clean = []
    event_ids = {s.event_id for s in scenes if s.event_id}
    known = set(
        (
            await session.scalars(
                select(OfflineEvent.id).where(
                    OfflineEvent.org_id == org_id, OfflineEvent.id.in_(list(event_ids))
                )
            )
        ).all()
        if event_ids
        else []
    )
    for index, item in enumerate(scenes):
        at = f"scenes.{index}"
        scene = item.scene.strip()
        if not _SCENE.match(scene):
            problems.append(ServiceError("WECHAT_SCENE_INVALID", f"{at}.scene"))
        elif scene in seen:
            problems.append(ServiceError("WECHAT_SCENE_TAKEN", f"{at}.scene"))
        seen.add(scene)
        label = trimmed_text(item.label, f"{at}.label", 50, problems, required=True) or ""
        campaign = trimmed_text(item.campaign, f"{at}.campaign", 100, problems)
        if item.event_id and item.event_id not in known:
            problems.append(ServiceError("FORM_EVENT_NOT_FOUND", f"{at}.eventId"))
        clean.append(Scene(scene, label, campaign, item.event_id).as_json())
    return clean


async def create_account(
    session: AsyncSession,
    vault: Vault,
    user: CurrentUser,
    *,
    name: str,
    app_id: str,
    token: str,
    scenes: Sequence[Scene] = (),
) -> WechatAccount:
    policy.grant_for(user, CAMPAIGN, "create")
    problems: list[ServiceError] = []
    account = WechatAccount(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=trimmed_text(name, "name", 100, problems, required=True) or "",
        app_id=app_id.strip(),
        public_key=secrets.token_urlsafe(18),
        is_active=True,
    )
    if not _APP_ID.match(account.app_id):
        problems.append(ServiceError("WECHAT_APP_ID_INVALID", "appId"))
    if not _TOKEN.match(token):
        problems.append(ServiceError("WECHAT_TOKEN_INVALID", "token"))
    account.scenes = await _check_scenes(session, user.org_id, scenes, problems)
    if problems:
        raise InvalidInputError(problems)
    account.token_encrypted = vault.seal(token, account, "token")
    session.add(account)
    await session.flush()
    audit.record_data_change(
        session, user, "wechat_account.created", "wechat_account", account.id,
        details={"name": account.name, "appId": account.app_id},
    )  # fmt: skip
    return account


async def update_account(
    session: AsyncSession,
    vault: Vault,
    user: CurrentUser,
    account_id: uuid.UUID,
    values: Mapping[str, Any],
) -> WechatAccount:
    """name, appId, token (a new one: WeChat's console must say the same), scenes, isActive."""
    policy.grant_for(user, CAMPAIGN, "update")
    account = await account_of(session, user, account_id)
    problems: list[ServiceError] = []
    if values.get("name") is not None:
        account.name = trimmed_text(values["name"], "name", 100, problems, required=True) or ""
    if values.get("appId") is not None:
        account.app_id = values["appId"].strip()
        if not _APP_ID.match(account.app_id):
            problems.append(ServiceError("WECHAT_APP_ID_INVALID", "appId"))
    if values.get("token") is not None:
        if _TOKEN.match(values["token"]):
            account.token_encrypted = vault.seal(values["token"], account, "token")
        else:
            problems.append(ServiceError("WECHAT_TOKEN_INVALID", "token"))
    if values.get("scenes") is not None:
        account.scenes = await _check_scenes(session, user.org_id, values["scenes"], problems)
    if values.get("isActive") is not None:
        account.is_active = bool(values["isActive"])
    if problems:
        raise InvalidInputError(problems)
    await session.flush()
    audit.record_data_change(
        session, user, "wechat_account.updated", "wechat_account", account.id,
        details={"fields": sorted(values)},
    )  # fmt: skip
    return account


async def account_of(
    session: AsyncSession, user: CurrentUser, account_id: uuid.UUID
) -> WechatAccount:
    account = await session.scalar(
        select(WechatAccount)
        .where(WechatAccount.org_id == user.org_id, WechatAccount.id == account_id)
        .with_for_update()
    )
    if account is None:
        raise ServiceError("NOT_FOUND", "id")
    return account


async def accounts(session: AsyncSession, user: CurrentUser) -> list[WechatAccount]:
    policy.grant_for(user, CAMPAIGN, "read")
    rows = await session.scalars(
        select(WechatAccount)
        .where(WechatAccount.org_id == user.org_id)
        .order_by(WechatAccount.created_at, WechatAccount.id)
    )
    return list(rows)
