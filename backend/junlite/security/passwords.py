"""Password hashing: Argon2id for new hashes; bcrypt hashes (JunLite 5) verify and get upgraded."""

from __future__ import annotations

from dataclasses import dataclass

import bcrypt
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# OWASP Password Storage Cheat Sheet minimum for Argon2id: m=19 MiB, t=2, p=1.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
_BCRYPT_PREFIXES = ("$2a$", "$2b$", "$2y$")
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256

# Verified against when the account does not exist, so an unknown login costs the same time
# as a wrong password and does not reveal which accounts exist.
_DUMMY_HASH = _hasher.hash("junlite-no-such-user-placeholder")


@dataclass(frozen=True)
class PasswordCheck:
    ok: bool
    needs_rehash: bool = False


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> PasswordCheck:
    if stored_hash.startswith(_BCRYPT_PREFIXES):
        encoded = password.encode()
        if len(encoded) > 72:
            # bcrypt only ever saw 72 bytes; bcrypt 5 raises rather than truncating.
            return PasswordCheck(ok=False)
        try:
            ok = bcrypt.checkpw(encoded, stored_hash.encode())
        except ValueError:
            return PasswordCheck(ok=False)
        return PasswordCheck(ok=ok, needs_rehash=ok)
    try:
        _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return PasswordCheck(ok=False)
    return PasswordCheck(ok=True, needs_rehash=_hasher.check_needs_rehash(stored_hash))


def burn_dummy_verification(password: str) -> None:
    verify_password(_DUMMY_HASH, password)


def password_problem(password: str) -> str | None:
    """A stable error code when a new password is unacceptable, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "PASSWORD_TOO_SHORT"
    if len(password) > MAX_PASSWORD_LENGTH:
        return "PASSWORD_TOO_LONG"
    return None
