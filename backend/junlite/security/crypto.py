"""Field encryption (AES-256-GCM bound to its row) and blind indexes for personal data.

Ciphertexts and blind-index digests live in the database; the keys never do. A copy of the
database without the key file therefore yields neither plaintext nor a way to test guesses.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import tempfile
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
FORMAT_VERSION = "v1"

# No colon: the key id sits between colons in a token. Short: it is stored with every value.
_KEY_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,32}")
_B64_RE = re.compile(r"[A-Za-z0-9+/_-]*={0,2}")
_B64URL_RE = re.compile(r"[A-Za-z0-9_-]+")


class KeyConfigError(ValueError):
    """The key configuration is unusable. Messages name key ids, never key material."""


class DecryptionError(Exception):
    """A stored value cannot be decrypted. Messages name the key id and column, never the value."""


def _describe_id(key_id: str) -> str:
    # A malformed "id" may be a pasted key; only echo what could plausibly be an id.
    return repr(key_id) if len(key_id) <= 32 and key_id.isprintable() else "(not shown)"


def _check_key_id(key_id: str) -> None:
    if not _KEY_ID_RE.fullmatch(key_id):
        raise KeyConfigError(
            f"key id {_describe_id(key_id)} is invalid: use 1-32 of A-Z a-z 0-9 _ -"
        )


def _decode_key(key_id: str, encoded: str) -> bytes:
    """Standard or URL-safe base64, padding optional, exactly 32 bytes."""
    text = encoded.strip()
    if not _B64_RE.fullmatch(text):
        raise KeyConfigError(f"key {key_id!r} is not valid base64")
    text = text.rstrip("=").replace("-", "+").replace("_", "/")
    try:
        raw = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise KeyConfigError(f"key {key_id!r} is not valid base64") from None
    if len(raw) != KEY_BYTES:
        raise KeyConfigError(f"key {key_id!r} is {len(raw)} bytes, expected {KEY_BYTES}")
    return raw


def _encode_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


@dataclass(frozen=True)
class KeyRing:
    """Field-encryption keys by id; new values use the active one, old ones stay readable."""

    keys: Mapping[str, bytes] = field(repr=False)
    active_key_id: str

    def __post_init__(self) -> None:
        for key_id, key in self.keys.items():
            _check_key_id(key_id)
            if len(key) != KEY_BYTES:
                raise KeyConfigError(f"key {key_id!r} is {len(key)} bytes, expected {KEY_BYTES}")
        if self.active_key_id not in self.keys:
            raise KeyConfigError(
                f"active key {_describe_id(self.active_key_id)} is not among the configured keys"
            )
        # A private read-only copy: later changes to the caller's dict must not swap keys.
        object.__setattr__(self, "keys", MappingProxyType(dict(self.keys)))

    @property
    def active_key(self) -> bytes:
        return self.keys[self.active_key_id]


@dataclass(frozen=True)
class KeyMaterial:
    """Everything the key file holds."""

    ring: KeyRing
    blind_index_key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.blind_index_key) != KEY_BYTES:
            raise KeyConfigError(
                f"blind index key is {len(self.blind_index_key)} bytes, expected {KEY_BYTES}"
            )
        # One key serving both purposes would tie the blind index to field-key rotation.
        if any(hmac.compare_digest(self.blind_index_key, k) for k in self.ring.keys.values()):
            raise KeyConfigError("blind index key must differ from every field key")


def parse_keys(text: str) -> dict[str, bytes]:
    """Keys from `{"id": "<b64>", ...}` or `id:<b64>,id:<b64>`."""
    stripped = text.strip()
    if not stripped:
        raise KeyConfigError("no keys given")
    if stripped.startswith(("{", "[")):
        return _parse_json_keys(stripped)
    keys: dict[str, bytes] = {}
    for position, entry in enumerate(stripped.split(","), start=1):
        key_id, colon, encoded = entry.strip().partition(":")
        if not colon:
            raise KeyConfigError(f"key entry {position} has no id: expected <id>:<base64>")
        key_id = key_id.strip()
        _check_key_id(key_id)
        if key_id in keys:
            raise KeyConfigError(f"key {key_id!r} is given more than once")
        keys[key_id] = _decode_key(key_id, encoded)
    return keys


def _parse_json_keys(text: str) -> dict[str, bytes]:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_id, value in pairs:
            if key_id in result:
                raise KeyConfigError(f"key {_describe_id(key_id)} is given more than once")
            result[key_id] = value
        return result

    try:
        data = json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        # The decoder's message carries a position only; the document itself is key material.
        raise KeyConfigError(f"keys are not valid JSON ({exc.msg} at char {exc.pos})") from None
    if not isinstance(data, dict) or not data:
        raise KeyConfigError('keys JSON must be a non-empty object {"<id>": "<base64>"}')
    return _keys_from_object(data)


def _keys_from_object(data: Mapping[str, object]) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for key_id, encoded in data.items():
        _check_key_id(key_id)
        if not isinstance(encoded, str):
            raise KeyConfigError(f"key {key_id!r} must be a base64 string")
        keys[key_id] = _decode_key(key_id, encoded)
    return keys


# --- key file -----------------------------------------------------------------------------


def generate_key_id() -> str:
    """`k` + UTC date + 4 hex: sortable by creation, unique enough for a handful of keys."""
    return f"k{datetime.now(UTC):%Y%m%d}{secrets.token_hex(2)}"


def load_key_file(path: str | os.PathLike[str]) -> KeyMaterial:
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise KeyConfigError(f"cannot read key file {file}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KeyConfigError(f"key file {file} is not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise KeyConfigError(f"key file {file} must hold a JSON object")
    field_keys = data.get("field_keys")
    active = data.get("active_field_key")
    blind = data.get("blind_index_key")
    if not isinstance(field_keys, dict) or not field_keys:
        raise KeyConfigError(f"key file {file}: field_keys must be a non-empty object")
    if not isinstance(active, str):
        raise KeyConfigError(f"key file {file}: active_field_key must be a key id")
    if not isinstance(blind, str):
        raise KeyConfigError(f"key file {file}: blind_index_key must be a base64 string")
    keys = _keys_from_object(field_keys)
    return KeyMaterial(
        ring=KeyRing(keys=keys, active_key_id=active),
        blind_index_key=_decode_key("blind_index_key", blind),
    )


def create_key_file(path: str | os.PathLike[str]) -> KeyMaterial:
    """A fresh key file, readable by its owner only. Never overwrites: that would lose data."""
    key_id = generate_key_id()
    material = KeyMaterial(
        ring=KeyRing(keys={key_id: AESGCM.generate_key(256)}, active_key_id=key_id),
        blind_index_key=secrets.token_bytes(KEY_BYTES),
    )
    _write_key_file(Path(path), material, overwrite=False)
    return material


def load_or_create_key_file(path: str | os.PathLike[str]) -> KeyMaterial:
    """For development: keys appear on first run. Production should provision the file."""
    file = Path(path)
    if file.exists():
        return load_key_file(file)
    try:
        return create_key_file(file)
    except FileExistsError:
        # Another process (the worker next to the API server) created it first; use theirs.
        return load_key_file(file)


def add_key_to_file(path: str | os.PathLike[str]) -> str:
    """Rotate: a new active field key; old keys stay so existing values still decrypt."""
    file = Path(path)
    material = load_key_file(file)
    key_id = generate_key_id()
    while key_id in material.ring.keys:
        key_id = generate_key_id()
    keys = {**material.ring.keys, key_id: AESGCM.generate_key(256)}
    rotated = KeyMaterial(
        ring=KeyRing(keys=keys, active_key_id=key_id), blind_index_key=material.blind_index_key
    )
    _write_key_file(file, rotated, overwrite=True)
    return key_id


def _write_key_file(file: Path, material: KeyMaterial, *, overwrite: bool) -> None:
    document = {
        "field_keys": {key_id: _encode_key(key) for key_id, key in material.ring.keys.items()},
        "active_field_key": material.ring.active_key_id,
        "blind_index_key": _encode_key(material.blind_index_key),
    }
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not overwrite and file.exists():
        raise FileExistsError(f"key file {file} already exists; refusing to overwrite it")
    # mkstemp creates the file 0600 before any key byte is written, whatever the umask.
    fd, temp_name = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp, file)
        else:
            _publish_new(temp, file)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    _sync_directory(file.parent)


def _publish_new(temp: Path, file: Path) -> None:
    # link() fails if the target exists, so two processes creating keys at once cannot both
    # win and leave one of them encrypting with a key that is no longer on disk.
    try:
        os.link(temp, file)
    except FileExistsError:
        raise FileExistsError(f"key file {file} already exists; refusing to overwrite it") from None
    except OSError:
        # Filesystems without hard links: the exists() check above is the best available.
        os.replace(temp, file)


def _sync_directory(directory: Path) -> None:
    # Without this a crash right after writing could lose the new name, and with it the keys.
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        fd = os.open(directory, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


# --- field encryption ---------------------------------------------------------------------


@dataclass(frozen=True)
class CipherContext:
    """Where a value lives. Bound into the ciphertext so it cannot be moved elsewhere."""

    table: str
    column: str
    org_id: uuid.UUID
    row_id: uuid.UUID

    def __post_init__(self) -> None:
        # A "|" inside a name would let two different places produce the same AAD.
        if not self.table or not self.column or "|" in self.table or "|" in self.column:
            raise ValueError("table and column must be non-empty and must not contain '|'")

    @property
    def aad(self) -> bytes:
        return (
            f"junlite:{FORMAT_VERSION}|{self.table}|{self.column}|{self.org_id}|{self.row_id}"
        ).encode()

    def describe(self) -> str:
        return f"{self.table}.{self.column} (row {self.row_id})"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _split_token(token: str) -> tuple[str, str]:
    """The key id and body of `v1:<key-id>:<body>`; ValueError naming what is wrong."""
    version, sep1, rest = token.partition(":")
    key_id, sep2, body = rest.partition(":")
    if not (sep1 and sep2) or version != FORMAT_VERSION:
        raise ValueError(f"not a {FORMAT_VERSION} token")
    if not _KEY_ID_RE.fullmatch(key_id):
        raise ValueError("malformed key id")
    return key_id, body


class FieldCipher:
    """AES-256-GCM per value: `v1:<key-id>:<base64url(nonce | ciphertext | tag)>`.

    The nonce is random per value. With 96-bit random nonces one key should seal fewer than
    2^32 values (NIST SP 800-38D); rotate long before that, which rotation policy does anyway.
    """

    def __init__(self, ring: KeyRing) -> None:
        self._ring = ring
        self._aeads = {key_id: AESGCM(key) for key_id, key in ring.keys.items()}

    @property
    def active_key_id(self) -> str:
        return self._ring.active_key_id

    def encrypt(self, plaintext: str, context: CipherContext) -> str:
        key_id = self._ring.active_key_id
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aeads[key_id].encrypt(nonce, plaintext.encode("utf-8"), context.aad)
        return f"{FORMAT_VERSION}:{key_id}:{_b64url(nonce + sealed)}"

    def decrypt(self, token: str, context: CipherContext) -> str:
        try:
            key_id, body = _split_token(token)
        except ValueError as exc:
            raise DecryptionError(f"cannot decrypt {context.describe()}: {exc}") from None
        where = f"{context.describe()} with key {key_id!r}"
        aead = self._aeads.get(key_id)
        if aead is None:
            raise DecryptionError(f"cannot decrypt {where}: key id not in the key ring")
        raw = _b64url_decode(body)
        if raw is None or len(raw) < NONCE_BYTES + TAG_BYTES:
            raise DecryptionError(f"cannot decrypt {where}: malformed ciphertext")
        try:
            plain = aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.aad)
        except InvalidTag:
            raise DecryptionError(
                f"cannot decrypt {where}: authentication failed "
                "(wrong key, tampered, or copied from another row, column or organisation)"
            ) from None
        try:
            return plain.decode("utf-8")
        except UnicodeDecodeError:
            raise DecryptionError(f"cannot decrypt {where}: plaintext is not UTF-8") from None

    def key_id_of(self, token: str) -> str:
        try:
            return _split_token(token)[0]
        except ValueError as exc:
            raise DecryptionError(f"cannot read the key id: {exc}") from None

    def needs_rotation(self, token: str) -> bool:
        return self.key_id_of(token) != self._ring.active_key_id

    def reencrypt(self, token: str, context: CipherContext) -> str:
        return self.encrypt(self.decrypt(token, context), context)


def _b64url_decode(body: str) -> bytes | None:
    # Checked against the alphabet first: the stdlib decoder silently skips stray characters.
    if not _B64URL_RE.fullmatch(body):
        return None
    try:
        return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except (binascii.Error, ValueError):
        return None


# --- blind index --------------------------------------------------------------------------


class BlindIndex:
    """Keyed digests for finding rows by exact value without decrypting every row.

    HMAC-SHA256 over `org_id|kind|value`: the org id keeps equal values in two organisations
    from correlating, the kind keeps a phone number and a bank card with the same digits apart.
    The key lives only in the key file, never in the database: an unkeyed hash of every mainland
    mobile number (1[3-9] + 9 digits, 7e9 values) takes about 18 core-minutes to enumerate, so
    a plain digest would be no protection at all.
    """

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if len(key) < KEY_BYTES:
            raise KeyConfigError(f"blind index key is {len(key)} bytes, need at least {KEY_BYTES}")
        self._key = key

    def __repr__(self) -> str:
        return "BlindIndex(<key hidden>)"

    def digest(self, org_id: uuid.UUID, kind: str, normalised_value: str) -> bytes:
        if not kind or "|" in kind:
            raise ValueError("kind must be non-empty and must not contain '|'")
        message = f"{org_id}|{kind}|{normalised_value}".encode()
        return hmac.new(self._key, message, hashlib.sha256).digest()
