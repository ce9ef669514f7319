"""Sign-in, sessions and the acting user. Async functions taking a session; they never commit."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import NoReturn
from zoneinfo import ZoneInfo

from redis.asyncio import Redis
from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category, Result, Severity
from junlite.auth import policy, repository
from junlite.auth.models import (
    Disclosure,
    FieldAccess,
    Organization,
    RefreshToken,
    Role,
    RoleFieldRule,
    RolePermission,
    RowScope,
    Team,
    User,
)
from junlite.auth.object_types import TEAM, USER
from junlite.auth.policy import FieldRule, Grant, Policy
from junlite.config import Settings
from junlite.db.ids import uuid7
from junlite.db.tenancy import bind_org, system_scope
from junlite.db.text import name_sort_key
from junlite.errors import AccessError, ServiceError
from junlite.runtime.pubsub import publish, session_topic
from junlite.security import passwords, personal, tokens
from junlite.security.masking import mask
from junlite.security.ratelimit import count_in_window, read_counter
from junlite.security.vault import Vault

# Logins are normalised as personal data is (full-width digits, +86, spaces and dashes).
normalise_email = personal.normalise_email
normalise_phone = personal.normalise_phone


# --- the acting user ------------------------------------------------------------------------


@dataclass
class CurrentUser:
    id: uuid.UUID
    org_id: uuid.UUID
    display_name: str
    role_id: uuid.UUID
    role_key: str
    team_id: uuid.UUID | None
    team_path: str | None
    locale: str
    timezone: str
    session_id: uuid.UUID
    token_expires_at: int  # Unix time the access token that named this user expires
    # The role's grants and field rules, read with the user once per request.
    policy: Policy = field(repr=False)


async def authenticate_access_token(
    session: AsyncSession, redis: Redis, settings: Settings, token: str
) -> CurrentUser:
    """The user an access token speaks for, or AccessError(UNAUTHENTICATED / TOKEN_EXPIRED)."""
    try:
        claims = tokens.decode_access_token(
            token,
            secret=settings.jwt_secret.get_secret_value(),
            issuer=settings.jwt_issuer,
            audience=settings.jwt_audience,
        )
    except tokens.InvalidTokenError as exc:
        code = "TOKEN_EXPIRED" if "expired" in str(exc).lower() else "UNAUTHENTICATED"
        raise AccessError(code) from exc
    if await session_is_revoked(redis, claims.session_id):
        raise AccessError("UNAUTHENTICATED")
    await bind_org(session, claims.org_id)
    return await load_current_user(
        session, claims.user_id, claims.org_id, claims.session_id, claims.expires_at
    )


async def load_current_user(
    session: AsyncSession,
    user_id: uuid.UUID,
    org_id: uuid.UUID,
    session_id: uuid.UUID,
    token_expires_at: int,
) -> CurrentUser:
    row = await repository.load_identity_row(session, user_id)
    if row is None or not row.is_active or row.org_id != org_id:
        raise AccessError("UNAUTHENTICATED")
    return CurrentUser(
        id=row.id,
        org_id=row.org_id,
        display_name=row.display_name,
        role_id=row.role_id,
        role_key=row.role_key,
        team_id=row.team_id,
        team_path=row.team_path,
        locale=row.locale,
        timezone=row.timezone,
        session_id=session_id,
        token_expires_at=token_expires_at,
        policy=Policy(
            grants={
                object_type: Grant(frozenset(actions), RowScope(row_scope))
                for object_type, actions, row_scope in row.grants
            },
            field_rules={
                (object_type, name): FieldRule(
                    FieldAccess(access), Disclosure(disclosure) if disclosure else None
                )
                for object_type, name, access, disclosure in row.field_rules
            },
            personal_data=Disclosure(row.personal_data),
        ),
    )


def can(user: CurrentUser, object_type: str, action: str) -> bool:
    return user.policy.can(object_type, action)


def revoked_session_key(session_id: uuid.UUID) -> str:
    return f"junlite:revoked-session:{session_id}"


# --- sign-in --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionTokens:
    access_token: str
    access_token_expires_at: datetime
    refresh_token: str
    refresh_token_expires_at: datetime
    user_id: uuid.UUID
    org_id: uuid.UUID
    session_id: uuid.UUID


@dataclass(frozen=True)
class RequestOrigin:
    ip_address: str
    user_agent: str


def _identifier_key(identifier: str) -> str:
    digest = hashlib.sha256(identifier.encode()).hexdigest()[:32]
    return f"junlite:login-failures:login:{digest}"


def _user_key(user_id: uuid.UUID) -> str:
    return f"junlite:login-failures:user:{user_id}"


def _ip_key(ip_address: str) -> str:
    return f"junlite:login-failures:ip:{ip_address}"


def normalise_login(identifier: str) -> str:
    identifier = identifier.strip()
    if "@" in identifier:
        return normalise_email(identifier) or identifier.lower()
    return normalise_phone(identifier) or identifier


async def login(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    vault: Vault,
    identifier: str,
    password: str,
    origin: RequestOrigin,
) -> SessionTokens:
    """Email or mobile number plus password. Throttled before any hashing; no user enumeration.

    Failures count three ways: per typed login (so unknown logins lock like real ones), per
    account (so its email and its mobile number share one allowance) and per client address.
    Every attempt is audited, refused ones included.
    """
    login_id = normalise_login(identifier)
    login_key, ip_key = _identifier_key(login_id), _ip_key(origin.ip_address)
    attempt = _LoginAttempt(session, redis, settings, login_id, login_key, ip_key)
    # A login names no organisation: finding its account is one of the few cross-tenant reads.
    # It comes before the throttle only to file a refusal under the account's organisation.
    async with system_scope(session):
        if "@" in login_id:
            user = await repository.find_user_by_email(session, login_id)
        else:
            user = await repository.find_user_by_phone_index(session, vault.login_index(login_id))
    if user is not None:
        await bind_org(session, user.org_id)
    await attempt.refuse_when_spent(user)
    if user is None or not user.is_active:
        await asyncio.to_thread(passwords.burn_dummy_verification, password)
        await attempt.failed(user, "unknown_login" if user is None else "inactive")
    assert user is not None
    user_key = _user_key(user.id)
    account_failures, _ = await read_counter(redis, user_key)
    if account_failures >= settings.login_max_failures_per_account:
        # Locked through the account's other login. Saying "locked" here would tell which
        # email and mobile number belong together, so this answers like a wrong password, and
        # costs the same time, without ever checking this one.
        await asyncio.to_thread(passwords.burn_dummy_verification, password)
        await attempt.failed(user, "account_locked")
    check = await asyncio.to_thread(passwords.verify_password, user.password_hash, password)
    if not check.ok:
        await attempt.failed(user, "wrong_password", user_key)

    phone = vault.read(user, "phone")
    own_logins = [login for login in (user.email and user.email.lower(), phone) if login]
    await redis.delete(login_key, user_key, *(_identifier_key(login) for login in own_logins))
    now = datetime.now(UTC)
    if check.needs_rehash:
        user.password_hash = await asyncio.to_thread(passwords.hash_password, password)
    user.last_login_at = now
    tokens_ = await start_session(session, settings, user, origin, now)
    audit.record(
        session,
        category=Category.LOGIN,
        action="login.succeeded",
        actor=user,
        details={"sessionId": str(tokens_.session_id)},
    )
    await _flag_unusual_hour(session, user, now)
    return tokens_


class _LoginAttempt:
    """One sign-in attempt's throttles and audit events."""

    def __init__(
        self,
        session: AsyncSession,
        redis: Redis,
        settings: Settings,
        login_id: str,
        login_key: str,
        ip_key: str,
    ) -> None:
        self.session, self.redis, self.settings = session, redis, settings
        self.login_key, self.ip_key = login_key, ip_key
        # The login as typed is personal data: the trail keeps it masked.
        self.masked_login = mask("email" if "@" in login_id else "phone", login_id)

    async def refuse_when_spent(self, user: User | None) -> None:
        for key, limit, code in (
            (self.login_key, self.settings.login_max_failures_per_account, "ACCOUNT_LOCKED"),
            (self.ip_key, self.settings.login_max_failures_per_ip, "LOGIN_THROTTLED"),
        ):
            failures, retry_after = await read_counter(self.redis, key)
            if failures >= limit:
                self._record("login.refused", user, code.lower(), Severity.NOTICE)
                raise ServiceError(code, "login", retry_after=retry_after)

    async def failed(self, user: User | None, reason: str, *extra_keys: str) -> NoReturn:
        self._record("login.failed", user, reason, Severity.NOTICE)
        counts = {}
        for key in (self.login_key, self.ip_key, *extra_keys):
            counts[key] = await count_in_window(
                self.redis, key, self.settings.login_failure_window_seconds
            )
        account_limit = self.settings.login_max_failures_per_account
        if any(counts.get(k) == account_limit for k in (self.login_key, *extra_keys)):
            self._record("login.locked_out", user, reason, Severity.WARNING, Category.ANOMALY)
        if counts[self.ip_key] == self.settings.login_max_failures_per_ip:
            self._record("login.failure_burst", user, reason, Severity.WARNING, Category.ANOMALY)
        raise ServiceError("INVALID_CREDENTIALS", "login")

    def _record(
        self,
        action: str,
        user: User | None,
        reason: str,
        severity: Severity,
        category: Category = Category.LOGIN,
    ) -> None:
        audit.record(
            self.session,
            category=category,
            action=action,
            actor=user,
            severity=severity,
            result=Result.DENIED if action != "login.failed" else Result.FAILURE,
            details={"login": self.masked_login, "reason": reason},
            keep_on_rollback=True,
        )


async def _flag_unusual_hour(session: AsyncSession, user: User, now: datetime) -> None:
    org = await repository.get_organization(session, user.org_id)
    if org is None or org.usual_hours_start == org.usual_hours_end:
        return
    local = now.astimezone(ZoneInfo(org.timezone))
    start, end = org.usual_hours_start, org.usual_hours_end
    usual = start <= local.hour < end if start < end else local.hour >= start or local.hour < end
    if not usual:
        audit.record(
            session,
            category=Category.ANOMALY,
            action="login.unusual_hour",
            actor=user,
            severity=Severity.NOTICE,
            details={"localTime": local.strftime("%H:%M"), "usualHours": f"{start}-{end}"},
        )


async def start_session(
    session: AsyncSession, settings: Settings, user: User, origin: RequestOrigin, now: datetime
) -> SessionTokens:
    family_id = uuid7()
    raw = tokens.new_refresh_token()
    row = _new_refresh_row(settings, user.id, user.org_id, family_id, raw, origin, now)
    session.add(row)
    await session.flush()
    return _session_tokens(settings, user.id, user.org_id, family_id, raw, row.expires_at, now)


def _new_refresh_row(
    settings: Settings,
    user_id: uuid.UUID,
    org_id: uuid.UUID,
    family_id: uuid.UUID,
    raw: str,
    origin: RequestOrigin,
    now: datetime,
    row_id: uuid.UUID | None = None,
) -> RefreshToken:
    return RefreshToken(
        id=row_id or uuid7(),
        org_id=org_id,
        user_id=user_id,
        family_id=family_id,
        token_hash=tokens.refresh_token_digest(
            raw, settings.refresh_token_pepper.get_secret_value()
        ),
        created_at=now,
        expires_at=now + timedelta(days=settings.refresh_token_ttl_days),
        user_agent=origin.user_agent[:255],
        ip_address=origin.ip_address[:64],
    )


def _session_tokens(
    settings: Settings,
    user_id: uuid.UUID,
    org_id: uuid.UUID,
    family_id: uuid.UUID,
    refresh_raw: str,
    refresh_expires_at: datetime,
    now: datetime,
) -> SessionTokens:
    access, access_exp = tokens.issue_access_token(
        secret=settings.jwt_secret.get_secret_value(),
        issuer=settings.jwt_issuer,
        audience=settings.jwt_audience,
        ttl_seconds=settings.access_token_ttl_seconds,
        user_id=user_id,
        org_id=org_id,
        session_id=family_id,
        now=int(now.timestamp()),
    )
    return SessionTokens(
        access_token=access,
        access_token_expires_at=datetime.fromtimestamp(access_exp, UTC),
        refresh_token=refresh_raw,
        refresh_token_expires_at=refresh_expires_at,
        user_id=user_id,
        org_id=org_id,
        session_id=family_id,
    )


@dataclass(frozen=True)
class RefreshOutcome:
    # None when the token was presented again after its grace window: the family is then
    # revoked, which must be committed even though the caller reports a failure.
    tokens: SessionTokens | None = None


async def refresh_session(
    session: AsyncSession, redis: Redis, settings: Settings, raw: str, origin: RequestOrigin
) -> RefreshOutcome:
    pepper = settings.refresh_token_pepper.get_secret_value()
    # The token is the only thing presented: which organisation it belongs to comes from it.
    async with system_scope(session):
        row = await repository.lock_refresh_token(session, tokens.refresh_token_digest(raw, pepper))
    now = datetime.now(UTC)
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        raise ServiceError("INVALID_REFRESH_TOKEN", "refreshToken")
    await bind_org(session, row.org_id)
    identity = await repository.load_identity_row(session, row.user_id)
    if identity is None or not identity.is_active:
        raise ServiceError("INVALID_REFRESH_TOKEN", "refreshToken")

    def reissue(successor: RefreshToken, successor_raw: str) -> RefreshOutcome:
        return RefreshOutcome(
            tokens=_session_tokens(
                settings,
                row.user_id,
                row.org_id,
                row.family_id,
                successor_raw,
                successor.expires_at,
                now,
            )
        )

    if row.used_at is not None:
        successor = (
            await repository.get_refresh_token(session, row.replaced_by_id)
            if row.replaced_by_id
            else None
        )
        in_grace = now - row.used_at <= timedelta(seconds=settings.refresh_grace_seconds)
        if in_grace and successor is not None and successor.revoked_at is None:
            return reissue(successor, tokens.successor_refresh_token(raw, successor.id, pepper))
        await repository.revoke_family(session, row.family_id, "reuse", now)
        await mark_sessions_revoked(redis, settings, [row.family_id], "reuse")
        # A retired token came back after its grace window: copied, or stolen.
        audit.record(
            session,
            category=Category.ANOMALY,
            action="session.refresh_token_reused",
            actor=identity,
            severity=Severity.WARNING,
            result=Result.DENIED,
            details={"sessionId": str(row.family_id)},
        )
        return RefreshOutcome(tokens=None)

    successor_id = uuid7()
    successor_raw = tokens.successor_refresh_token(raw, successor_id, pepper)
    successor = _new_refresh_row(
        settings, row.user_id, row.org_id, row.family_id, successor_raw, origin, now, successor_id
    )
    session.add(successor)
    row.used_at = now
    row.replaced_by_id = successor_id
    await session.flush()
    return reissue(successor, successor_raw)


async def logout(
    session: AsyncSession,
    redis: Redis,
    settings: Settings,
    user: CurrentUser,
    *,
    all_sessions: bool = False,
) -> int:
    """Ends this session (or every session of the user); returns how many sessions ended."""
    now = datetime.now(UTC)
    if all_sessions:
        families = await repository.revoke_user_families(session, user.id, "logout_all", now)
        if user.session_id not in families:
            families.append(user.session_id)
    else:
        await repository.revoke_family(session, user.session_id, "logout", now)
        families = [user.session_id]
    await mark_sessions_revoked(redis, settings, families, "logout")
    return len(families)


async def mark_sessions_revoked(
    redis: Redis, settings: Settings, families: Sequence[uuid.UUID], reason: str
) -> None:
    """Access tokens of these sessions stop working now, not when they expire, and live
    subscriptions opened with them end."""
    ttl = settings.access_token_ttl_seconds + 60
    async with redis.pipeline(transaction=False) as pipe:
        for family_id in families:
            pipe.set(revoked_session_key(family_id), reason, ex=ttl)
        await pipe.execute()
    for family_id in families:
        await publish(redis, session_topic(family_id), {"revoked": reason})


async def session_is_revoked(redis: Redis, session_id: uuid.UUID) -> bool:
    return bool(await redis.exists(revoked_session_key(session_id)))


async def purge_expired_refresh_tokens(session: AsyncSession, older_than_days: int = 7) -> int:
    cutoff = datetime.now(UTC) - timedelta(days=older_than_days)
    return await repository.delete_refresh_tokens_expired_before(session, cutoff)


# --- reading users and teams, within the caller's row scope ---------------------------------


def readable_users(user: CurrentUser) -> Select[User]:
    return policy.readable(user, USER.name)


def readable_teams(user: CurrentUser) -> Select[Team]:
    return policy.readable(user, TEAM.name)


async def users_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, User]:
    return await policy.rows_by_ids(session, user, USER.name, ids)


async def teams_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Team]:
    return await policy.rows_by_ids(session, user, TEAM.name, ids)


async def roles_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Role]:
    """Roles the caller may read; everyone may see their own role."""
    if user.policy.can("role", "read"):
        return await policy.rows_by_ids(session, user, "role", ids)
    own = [role_id for role_id in ids if role_id == user.role_id]
    return await repository.rows_by_ids(session, Role, user.org_id, own)


async def role_policies(
    session: AsyncSession, user: CurrentUser, role_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[list[RolePermission], list[RoleFieldRule]]]:
    """Grants and field rules of these roles, for callers who may read roles (else none)."""
    if not user.policy.can("role", "read") or not role_ids:
        return {}
    grants, rules = await repository.role_policies(session, user.org_id, role_ids)
    found: dict[uuid.UUID, tuple[list[RolePermission], list[RoleFieldRule]]] = {
        role_id: ([], []) for role_id in role_ids
    }
    for grant in grants:
        found[grant.role_id][0].append(grant)
    for rule in rules:
        found[rule.role_id][1].append(rule)
    return found


async def get_user(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def list_roles(session: AsyncSession, user: CurrentUser) -> Sequence[Role]:
    rows = (await session.execute(repository.roles_in_org(user.org_id))).scalars().all()
    # Built-in first, then by name in pinyin order (roles are few: sorted here).
    return sorted(rows, key=lambda role: (not role.is_builtin, name_sort_key(role.name)))


async def get_organization(session: AsyncSession, org_id: uuid.UUID) -> Organization | None:
    return await repository.get_organization(session, org_id)
