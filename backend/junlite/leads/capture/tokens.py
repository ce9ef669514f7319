"""Submit tokens of the public forms: HMAC(server secret, form id + issued-at), checked for age.

A person needs a few seconds to fill a form; a bot posts at once. A token younger than
MIN_AGE_SECONDS is refused as too fast, one older than MAX_AGE_SECONDS as expired; a token made
for another form, or by anyone without the server's secret, does not verify.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from junlite.config import Settings

MIN_AGE_SECONDS = 2
MAX_AGE_SECONDS = 24 * 3600
# A clock a little ahead of ours (another API replica) is not a forgery.
CLOCK_SKEW_SECONDS = 30


def token_key(settings: Settings) -> bytes:
    """Derived from the JWT secret under its own label, so the two never sign each other's data."""
    return hmac.new(
        settings.jwt_secret.get_secret_value().encode(),
        b"junlite.lead-form-submit-token.v1",
        hashlib.sha256,
    ).digest()


def _signature(key: bytes, form_id: uuid.UUID, issued_at: int) -> str:
    return hmac.new(key, f"{form_id}.{issued_at}".encode(), hashlib.sha256).hexdigest()


def issue(key: bytes, form_id: uuid.UUID, issued_at: int) -> str:
    return f"{issued_at}.{_signature(key, form_id, issued_at)}"


def problem(key: bytes, form_id: uuid.UUID, token: str | None, now: float) -> str | None:
    """The error code for this token, or None when it is good."""
    if not token:
        return "FORM_TOKEN_MISSING"
    issued_text, _, signature = token.partition(".")
    if not issued_text.isdigit() or len(issued_text) > 12:
        return "FORM_TOKEN_INVALID"
    issued_at = int(issued_text)
    if not hmac.compare_digest(signature, _signature(key, form_id, issued_at)):
        return "FORM_TOKEN_INVALID"
    age = now - issued_at
    if age < -CLOCK_SKEW_SECONDS:
        return "FORM_TOKEN_INVALID"
    if age < MIN_AGE_SECONDS:
        return "FORM_TOKEN_TOO_FAST"
    if age > MAX_AGE_SECONDS:
        return "FORM_TOKEN_EXPIRED"
    return None


def used_key(token: str) -> str:
    """The Redis key that marks a token as spent (one accepted submission per page view)."""
    return "lead_form:token_used:" + hashlib.sha256(token.encode()).hexdigest()[:32]
