"""Access tokens (JWT, one pinned algorithm) and opaque refresh tokens (stored only as hashes)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass

import jwt

ACCESS_TOKEN_TYPE = "access"  # noqa: S105
JWT_ALGORITHM = "HS256"


class InvalidTokenError(Exception):
    """The token is missing, malformed, forged, expired, of the wrong type or revoked."""


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    org_id: uuid.UUID
    session_id: uuid.UUID
    token_id: str
    expires_at: int


def issue_access_token(
    *,
    secret: str,
    issuer: str,
    audience: str,
    ttl_seconds: int,
    user_id: uuid.UUID,
    org_id: uuid.UUID,
    session_id: uuid.UUID,
    now: int | None = None,
) -> tuple[str, int]:
    issued_at = int(time.time()) if now is None else now
    expires_at = issued_at + ttl_seconds
    payload = {
        "iss": issuer,
        "aud": audience,
        "sub": str(user_id),
        "org": str(org_id),
        "sid": str(session_id),
        "typ": ACCESS_TOKEN_TYPE,
        "iat": issued_at,
        "nbf": issued_at,
        "exp": expires_at,
        "jti": secrets.token_urlsafe(12),
    }
    token = jwt.encode(payload, secret, algorithm=JWT_ALGORITHM, headers={"typ": "JWT"})
    return token, expires_at


def decode_access_token(token: str, *, secret: str, issuer: str, audience: str) -> AccessClaims:
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[JWT_ALGORITHM],
            audience=audience,
            issuer=issuer,
            options={"require": ["exp", "iat", "sub", "aud", "iss", "typ", "sid", "org"]},
            leeway=5,
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    if payload.get("typ") != ACCESS_TOKEN_TYPE:
        raise InvalidTokenError("not an access token")
    try:
        return AccessClaims(
            user_id=uuid.UUID(payload["sub"]),
            org_id=uuid.UUID(payload["org"]),
            session_id=uuid.UUID(payload["sid"]),
            token_id=str(payload.get("jti", "")),
            expires_at=int(payload["exp"]),
        )
    except (ValueError, TypeError) as exc:
        raise InvalidTokenError("malformed claims") from exc


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def refresh_token_digest(token: str, pepper: str) -> bytes:
    """What the database stores: a keyed hash, so a leaked table yields no usable token."""
    return hmac.new(pepper.encode(), token.encode(), hashlib.sha256).digest()


def successor_refresh_token(previous_token: str, successor_id: uuid.UUID, pepper: str) -> str:
    """The token that replaces `previous_token`, derivable again during the grace window.

    Two tabs presenting the same token within seconds both receive this same successor, so
    neither is logged out; nothing but its hash is ever stored.
    """
    mac = hmac.new(
        pepper.encode(),
        b"successor|" + previous_token.encode() + b"|" + successor_id.bytes,
        hashlib.sha256,
    ).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()
