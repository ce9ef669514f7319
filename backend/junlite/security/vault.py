"""The process's personal-data keys, and reading and writing encrypted columns with them.

A personal field is stored as `<column>_encrypted` (AES-256-GCM, `v1:<key-id>:...`, bound to
its table, column, organisation and row) and, where it is searchable, `<column>_index` (an
HMAC of the normalised value under its own key, per organisation). Plain values never reach
the database, logs or job arguments.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from typing import Any

from junlite.config import Settings
from junlite.security.crypto import (
    BlindIndex,
    CipherContext,
    FieldCipher,
    KeyConfigError,
    KeyMaterial,
    KeyRing,
    load_key_file,
    load_or_create_key_file,
    parse_keys,
)

# The kind of a user's mobile number: a login, indexed across organisations.
LOGIN_PHONE = "login_phone"


@dataclass(frozen=True)
class RowRef:
    """Where an encrypted value lives, for code holding a row's ids rather than the row
    (bulk loads, hand-written queries)."""

    __tablename__: str
    id: uuid.UUID
    org_id: uuid.UUID


class Vault:
    def __init__(self, material: KeyMaterial) -> None:
        self.cipher = FieldCipher(material.ring)
        self.blind_index = BlindIndex(material.blind_index_key)

    @property
    def active_key_id(self) -> str:
        return self.cipher.active_key_id

    def seal(self, value: str, row: Any, column: str) -> str:
        return self.cipher.encrypt(value, _context(row, column))

    def open(self, token: str, row: Any, column: str) -> str:
        return self.cipher.decrypt(token, _context(row, column))

    def reseal(self, token: str, row: Any, column: str) -> str:
        return self.cipher.reencrypt(token, _context(row, column))

    def index(self, org_id: uuid.UUID, kind: str, normalised: str) -> bytes:
        return self.blind_index.digest(org_id, kind, normalised)

    def login_index(self, phone: str) -> bytes:
        """A mobile number used to sign in: one index across organisations, since a login
        names no organisation and must be unique everywhere."""
        return self.blind_index.digest(_NO_ORG, LOGIN_PHONE, phone)

    # --- a row's personal columns ---

    def write(self, row: Any, column: str, kind: str, normalised: str | None) -> None:
        """Store `normalised` (or nothing) in the row's encrypted column and its index."""
        setattr(
            row, f"{column}_encrypted", self.seal(normalised, row, column) if normalised else None
        )
        if hasattr(row, f"{column}_index"):
            digest = None
            if normalised:
                digest = (
                    self.login_index(normalised)
                    if kind == LOGIN_PHONE
                    else self.index(row.org_id, kind, normalised)
                )
            setattr(row, f"{column}_index", digest)

    def read(self, row: Any, column: str) -> str | None:
        token = getattr(row, f"{column}_encrypted")
        return self.open(token, row, column) if token else None


_NO_ORG = uuid.UUID(int=0)


def _context(row: Any, column: str) -> CipherContext:
    return CipherContext(table=row.__tablename__, column=column, org_id=row.org_id, row_id=row.id)


def load_vault(settings: Settings) -> Vault:
    """From the settings' keys, else the key file, else (development only) a key file created
    under the data folder on first use."""
    if settings.field_encryption_keys is not None:
        keys = parse_keys(settings.field_encryption_keys.get_secret_value())
        if settings.blind_index_key is None:
            raise KeyConfigError("JUNLITE_BLIND_INDEX_KEY is required with the field keys")
        active = settings.field_encryption_active_key
        if active is None:
            if len(keys) != 1:
                raise KeyConfigError(
                    "JUNLITE_FIELD_ENCRYPTION_ACTIVE_KEY must name the key for new values"
                )
            active = next(iter(keys))
        blind = _decode_blind_key(settings.blind_index_key.get_secret_value())
        return Vault(KeyMaterial(KeyRing(keys, active), blind))
    if settings.key_file is not None:
        return Vault(load_key_file(settings.key_file))
    if settings.is_production:
        raise KeyConfigError("production needs personal-data keys (see docs/deployment.md)")
    return Vault(load_or_create_key_file(settings.development_key_file))


def _decode_blind_key(text: str) -> bytes:
    padded = text.strip() + "=" * (-len(text.strip()) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
    except (binascii.Error, ValueError):
        raise KeyConfigError("JUNLITE_BLIND_INDEX_KEY is not base64") from None
    if len(raw) != 32:
        raise KeyConfigError("JUNLITE_BLIND_INDEX_KEY must be 32 bytes (base64)")
    return raw
