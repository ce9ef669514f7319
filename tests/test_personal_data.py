"""Personal-data primitives: field encryption, key files, blind index, normalisation, masks."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import stat
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from junlite.security.crypto import (
    BlindIndex,
    CipherContext,
    DecryptionError,
    FieldCipher,
    KeyConfigError,
    KeyMaterial,
    KeyRing,
    add_key_to_file,
    create_key_file,
    load_key_file,
    load_or_create_key_file,
    parse_keys,
)
from junlite.security.masking import mask, mask_bank_card, mask_email, mask_id_card, mask_phone
from junlite.security.personal import (
    PersonalDataError,
    birth_date_from_id_card,
    gender_from_id_card,
    id_card_check_char,
    luhn_check_digit,
    luhn_valid,
    normalise_bank_card,
    normalise_email,
    normalise_id_card,
    normalise_phone,
)

KEY_A = bytes(range(32))
KEY_B = bytes(range(32, 64))
KEY_C = bytes(range(255, 223, -1))  # high bytes: its base64 needs "+" and "/", URL-safe "-" "_"
ORG = uuid.UUID("01900000-0000-7000-8000-000000000001")
OTHER_ORG = uuid.UUID("01900000-0000-7000-8000-000000000002")
ROW = uuid.UUID("01900000-0000-7000-8000-0000000000aa")
OTHER_ROW = uuid.UUID("01900000-0000-7000-8000-0000000000bb")
CONTEXT = CipherContext(table="customers", column="phone", org_id=ORG, row_id=ROW)
SECRET = "张三 +8613800138000"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _body(token: str) -> bytes:
    encoded = token.split(":", 2)[2]
    return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))


def _with_body(token: str, raw: bytes) -> str:
    prefix = token.rsplit(":", 1)[0]
    return f"{prefix}:{base64.urlsafe_b64encode(raw).rstrip(b'=').decode()}"


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(KeyRing(keys={"k1": KEY_A}, active_key_id="k1"))


# --- field encryption ---------------------------------------------------------------------


@pytest.mark.parametrize("plaintext", [SECRET, "", "a" * 1000])
def test_round_trip(cipher: FieldCipher, plaintext: str) -> None:
    assert cipher.decrypt(cipher.encrypt(plaintext, CONTEXT), CONTEXT) == plaintext


def test_token_format(cipher: FieldCipher) -> None:
    token = cipher.encrypt(SECRET, CONTEXT)
    assert token.startswith("v1:k1:")
    encoded = token.split(":", 2)[2]
    assert re.fullmatch(r"[A-Za-z0-9_-]+", encoded)
    assert len(_body(token)) == 12 + len(SECRET.encode()) + 16
    assert cipher.key_id_of(token) == "k1"
    assert SECRET not in token


def test_same_value_encrypts_differently(cipher: FieldCipher) -> None:
    first, second = cipher.encrypt(SECRET, CONTEXT), cipher.encrypt(SECRET, CONTEXT)
    assert first != second
    assert _body(first)[:12] != _body(second)[:12]


def test_aad_binds_table_column_org_and_row() -> None:
    assert CONTEXT.aad == (
        b"junlite:v1|customers|phone|01900000-0000-7000-8000-000000000001"
        b"|01900000-0000-7000-8000-0000000000aa"
    )
    with pytest.raises(ValueError, match="must not contain"):
        CipherContext(table="customers|x", column="phone", org_id=ORG, row_id=ROW)


@pytest.mark.parametrize(
    "moved",
    [
        CipherContext(table="customers", column="phone", org_id=ORG, row_id=OTHER_ROW),
        CipherContext(table="customers", column="mobile", org_id=ORG, row_id=ROW),
        CipherContext(table="customers", column="phone", org_id=OTHER_ORG, row_id=ROW),
        CipherContext(table="contacts", column="phone", org_id=ORG, row_id=ROW),
    ],
    ids=["row", "column", "org", "table"],
)
def test_token_moved_elsewhere_fails(cipher: FieldCipher, moved: CipherContext) -> None:
    token = cipher.encrypt(SECRET, CONTEXT)
    with pytest.raises(DecryptionError) as caught:
        cipher.decrypt(token, moved)
    message = str(caught.value)
    assert f"{moved.table}.{moved.column}" in message
    assert "'k1'" in message
    assert "authentication failed" in message
    assert SECRET not in message
    assert "13800138000" not in message


def test_unknown_key_id_fails(cipher: FieldCipher) -> None:
    other = FieldCipher(KeyRing(keys={"k9": KEY_B}, active_key_id="k9"))
    token = other.encrypt(SECRET, CONTEXT)
    with pytest.raises(DecryptionError, match=r"customers\.phone .*'k9'.*not in the key ring"):
        cipher.decrypt(token, CONTEXT)


def test_renamed_key_id_fails() -> None:
    # Same id, different key: the id in the token is not what protects the value.
    token = FieldCipher(KeyRing(keys={"k1": KEY_B}, active_key_id="k1")).encrypt(SECRET, CONTEXT)
    with pytest.raises(DecryptionError, match="authentication failed"):
        FieldCipher(KeyRing(keys={"k1": KEY_A}, active_key_id="k1")).decrypt(token, CONTEXT)


@pytest.mark.parametrize(
    "position", [0, 11, 12, -17, -1], ids=["nonce", "nonce-end", "ct", "ct-end", "tag"]
)
def test_tampered_byte_fails(cipher: FieldCipher, position: int) -> None:
    token = cipher.encrypt(SECRET, CONTEXT)
    raw = bytearray(_body(token))
    raw[position] ^= 0x01
    with pytest.raises(DecryptionError, match="authentication failed"):
        cipher.decrypt(_with_body(token, bytes(raw)), CONTEXT)


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("", "not a v1 token"),
        ("v2:k1:AAAA", "not a v1 token"),
        ("v1:k1", "not a v1 token"),
        ("v1:bad id:AAAA", "malformed key id"),
        ("v1::AAAA", "malformed key id"),
        ("v1:k1:", "malformed ciphertext"),
        ("v1:k1:" + "A" * 36, "malformed ciphertext"),  # 27 bytes: shorter than nonce + tag
        ("v1:k1:AAAA+AAA" + "A" * 40, "malformed ciphertext"),
        ("v1:k1:" + "A" * 41, "malformed ciphertext"),  # impossible base64 length
    ],
)
def test_malformed_token_fails(cipher: FieldCipher, token: str, reason: str) -> None:
    with pytest.raises(DecryptionError, match=reason):
        cipher.decrypt(token, CONTEXT)


def test_key_id_of_malformed_token_fails(cipher: FieldCipher) -> None:
    with pytest.raises(DecryptionError, match="not a v1 token"):
        cipher.key_id_of("plain text")


def test_rotation() -> None:
    old = FieldCipher(KeyRing(keys={"k2025a": KEY_A}, active_key_id="k2025a"))
    token = old.encrypt(SECRET, CONTEXT)
    both = FieldCipher(KeyRing(keys={"k2025a": KEY_A, "k2026a": KEY_B}, active_key_id="k2026a"))
    assert both.decrypt(token, CONTEXT) == SECRET
    assert both.needs_rotation(token) is True
    rotated = both.reencrypt(token, CONTEXT)
    assert rotated.startswith("v1:k2026a:")
    assert both.key_id_of(rotated) == "k2026a"
    assert both.needs_rotation(rotated) is False
    assert both.decrypt(rotated, CONTEXT) == SECRET
    new_only = FieldCipher(KeyRing(keys={"k2026a": KEY_B}, active_key_id="k2026a"))
    assert new_only.decrypt(rotated, CONTEXT) == SECRET
    with pytest.raises(DecryptionError, match="'k2025a'"):
        new_only.decrypt(token, CONTEXT)


def test_reencrypt_checks_the_context() -> None:
    both = FieldCipher(KeyRing(keys={"k1": KEY_A, "k2": KEY_B}, active_key_id="k2"))
    token = FieldCipher(KeyRing(keys={"k1": KEY_A}, active_key_id="k1")).encrypt(SECRET, CONTEXT)
    moved = CipherContext(table="customers", column="phone", org_id=ORG, row_id=OTHER_ROW)
    with pytest.raises(DecryptionError):
        both.reencrypt(token, moved)


# --- key ring and key parsing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("keys", "active", "message"),
    [
        ({"k1": KEY_A}, "k2", "active key 'k2' is not among the configured keys"),
        ({"k1": KEY_A[:31]}, "k1", "key 'k1' is 31 bytes, expected 32"),
        ({"k1": KEY_A + b"\x00"}, "k1", "key 'k1' is 33 bytes, expected 32"),
        ({"k:1": KEY_A}, "k:1", "key id 'k:1' is invalid"),
        ({"": KEY_A}, "", "key id '' is invalid"),
        ({"k" * 33: KEY_A}, "k" * 33, "is invalid"),
        ({}, "k1", "active key 'k1' is not among the configured keys"),
    ],
)
def test_key_ring_validation(keys: dict[str, bytes], active: str, message: str) -> None:
    with pytest.raises(KeyConfigError, match=re.escape(message)):
        KeyRing(keys=keys, active_key_id=active)


def test_key_ring_copies_and_hides_keys() -> None:
    source = {"k1": KEY_A}
    ring = KeyRing(keys=source, active_key_id="k1")
    source["k1"] = KEY_B
    assert ring.keys["k1"] == KEY_A
    assert ring.active_key == KEY_A
    assert "k1" in repr(ring)
    assert repr(KEY_A) not in repr(ring)
    material = KeyMaterial(ring=ring, blind_index_key=KEY_B)
    assert repr(KEY_B) not in repr(material)


def test_key_material_rejects_shared_or_short_blind_index_key() -> None:
    ring = KeyRing(keys={"k1": KEY_A}, active_key_id="k1")
    with pytest.raises(KeyConfigError, match="must differ from every field key"):
        KeyMaterial(ring=ring, blind_index_key=KEY_A)
    with pytest.raises(KeyConfigError, match="blind index key is 16 bytes, expected 32"):
        KeyMaterial(ring=ring, blind_index_key=KEY_B[:16])


def test_parse_keys_json() -> None:
    text = json.dumps({"k2026a": _b64(KEY_A), "k2026b": _b64(KEY_B)})
    assert parse_keys(text) == {"k2026a": KEY_A, "k2026b": KEY_B}


def test_parse_keys_compact_standard_and_urlsafe() -> None:
    urlsafe_unpadded = base64.urlsafe_b64encode(KEY_C).rstrip(b"=").decode()
    assert "=" not in urlsafe_unpadded
    assert "-" in urlsafe_unpadded
    assert "_" in urlsafe_unpadded
    standard = _b64(KEY_C)
    assert standard.endswith("=")
    assert "+" in standard
    assert "/" in standard
    text = f" k2026a:{standard} , k2026b:{urlsafe_unpadded}\n"
    assert parse_keys(text) == {"k2026a": KEY_C, "k2026b": KEY_C}
    assert parse_keys(f"only:{_b64(KEY_A)}") == {"only": KEY_A}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no keys given"),
        ("   ", "no keys given"),
        (f"{_b64(KEY_A)}", "key entry 1 has no id: expected <id>:<base64>"),
        (f"k1:{_b64(KEY_A)},{_b64(KEY_B)}", "key entry 2 has no id"),
        (f"k1:{_b64(KEY_A)},", "key entry 2 has no id"),
        (f"bad id:{_b64(KEY_A)}", "key id 'bad id' is invalid"),
        (f"k1:{_b64(KEY_A)},k1:{_b64(KEY_B)}", "key 'k1' is given more than once"),
        ("k1:not*base64", "key 'k1' is not valid base64"),
        ("k1:AAAAA", "key 'k1' is not valid base64"),
        (f"k1:{_b64(KEY_A[:16])}", "key 'k1' is 16 bytes, expected 32"),
        ("{", "keys are not valid JSON"),
        ("{}", "keys JSON must be a non-empty object"),
        ('{"k1": 5}', "key 'k1' must be a base64 string"),
        (json.dumps({"k:1": _b64(KEY_A)}), "key id 'k:1' is invalid"),
        (json.dumps({"k1": _b64(KEY_A[:20])}), "key 'k1' is 20 bytes, expected 32"),
        (f'{{"k1": "{_b64(KEY_A)}", "k1": "{_b64(KEY_B)}"}}', "key 'k1' is given more than once"),
    ],
)
def test_parse_keys_errors(text: str, message: str) -> None:
    with pytest.raises(KeyConfigError, match=re.escape(message)) as caught:
        parse_keys(text)
    for key in (KEY_A, KEY_B, KEY_A[:16], KEY_A[:20]):
        assert _b64(key) not in str(caught.value)


def test_parse_keys_json_array_rejected() -> None:
    with pytest.raises(KeyConfigError, match="non-empty object"):
        parse_keys(f'["{_b64(KEY_A)}"]')


# --- key file -----------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_key_file(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "dir" / "keys.json"
    material = create_key_file(path)
    assert _mode(path) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["keys.json"]
    document = json.loads(path.read_text())
    assert set(document) == {"field_keys", "active_field_key", "blind_index_key"}
    active = document["active_field_key"]
    assert list(document["field_keys"]) == [active]
    assert re.fullmatch(rf"k{datetime.now(UTC):%Y%m%d}[0-9a-f]{{4}}", active)
    assert material.ring.active_key_id == active
    assert len(material.ring.active_key) == 32
    assert len(material.blind_index_key) == 32
    assert material.blind_index_key != material.ring.active_key
    assert load_key_file(path) == material


def test_create_key_file_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    create_key_file(path)
    before = path.read_bytes()
    with pytest.raises(FileExistsError, match="refusing to overwrite"):
        create_key_file(path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]


def test_load_or_create_key_file(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    created = load_or_create_key_file(path)
    assert load_or_create_key_file(path) == created
    assert _mode(path) == 0o600


def test_add_key_to_file_keeps_old_keys(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    first = create_key_file(path)
    old_id = first.ring.active_key_id
    new_id = add_key_to_file(path)
    assert new_id != old_id
    reloaded = load_key_file(path)
    assert set(reloaded.ring.keys) == {old_id, new_id}
    assert reloaded.ring.keys[old_id] == first.ring.keys[old_id]
    assert reloaded.ring.active_key_id == new_id
    assert reloaded.blind_index_key == first.blind_index_key
    assert _mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]

    token = FieldCipher(first.ring).encrypt(SECRET, CONTEXT)
    rotated = FieldCipher(reloaded.ring)
    assert rotated.needs_rotation(token) is True
    assert rotated.decrypt(token, CONTEXT) == SECRET


def test_load_key_file_errors(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    with pytest.raises(KeyConfigError, match="cannot read key file"):
        load_key_file(path)
    path.write_text("[]")
    with pytest.raises(KeyConfigError, match="must hold a JSON object"):
        load_key_file(path)
    document = {
        "field_keys": {"k1": _b64(KEY_A)},
        "active_field_key": "k2",
        "blind_index_key": _b64(KEY_B),
    }
    path.write_text(json.dumps(document))
    with pytest.raises(KeyConfigError, match="active key 'k2' is not among the configured keys"):
        load_key_file(path)
    document["active_field_key"] = "k1"
    document["blind_index_key"] = _b64(KEY_B[:8])
    path.write_text(json.dumps(document))
    with pytest.raises(KeyConfigError, match="key 'blind_index_key' is 8 bytes, expected 32"):
        load_key_file(path)
    del document["field_keys"]
    path.write_text(json.dumps(document))
    with pytest.raises(KeyConfigError, match="field_keys must be a non-empty object"):
        load_key_file(path)


# --- blind index --------------------------------------------------------------------------


def test_blind_index() -> None:
    index = BlindIndex(KEY_B)
    digest = index.digest(ORG, "phone", "+8613800138000")
    assert len(digest) == 32
    expected = hmac.new(KEY_B, f"{ORG}|phone|+8613800138000".encode(), hashlib.sha256).digest()
    assert digest == expected
    assert index.digest(ORG, "phone", "+8613800138000") == digest
    assert index.digest(OTHER_ORG, "phone", "+8613800138000") != digest
    assert index.digest(ORG, "bank_card", "+8613800138000") != digest
    assert index.digest(ORG, "phone", "+8613800138001") != digest
    assert BlindIndex(KEY_A).digest(ORG, "phone", "+8613800138000") != digest
    assert repr(KEY_B) not in repr(index)


def test_blind_index_rejects_bad_key_and_kind() -> None:
    with pytest.raises(KeyConfigError, match="need at least 32"):
        BlindIndex(KEY_A[:31])
    with pytest.raises(ValueError, match="kind"):
        BlindIndex(KEY_A).digest(ORG, "phone|email", "x")
    with pytest.raises(ValueError, match="kind"):
        BlindIndex(KEY_A).digest(ORG, "", "x")


# --- phone and e-mail ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13800138000", "+8613800138000"),
        ("+8613800138000", "+8613800138000"),
        ("＋８６ １３８-００１３-８０００", "+8613800138000"),
        ("１３８００１３８０００", "+8613800138000"),
        ("0086 138 0013 8000", "+8613800138000"),
        ("86 138 0013 8000", "+8613800138000"),
        ("138.0013.8000", "+8613800138000"),
        ("(+86) 138 0013 8000", "+8613800138000"),
        (" 199 0000 0000\t", "+8619900000000"),
        ("010-12345678", "+861012345678"),
        ("(0755) 8888 6666", "+8675588886666"),
        ("（０７５５）８８８８　６６６６", "+8675588886666"),
        ("021 6123 4567", "+862161234567"),
        ("0571-8765432", "+865718765432"),
        ("+86 10 1234 5678", "+861012345678"),
        ("+86 (0)10 1234 5678", "+861012345678"),
        ("0086-21-6123-4567", "+862161234567"),
        ("+1 (415) 555-2671", "+14155552671"),
        ("+44 20 7946 0958", "+442079460958"),
        ("001 415 555 2671", "+14155552671"),
        ("+852 2123 4567", "+85221234567"),
        # rejected
        ("", None),
        ("   ", None),
        ("12345678901", None),
        ("1380013800", None),
        ("138001380001", None),
        ("13800138000 ext 12", None),
        ("13800138000#12", None),
        ("13800138000,12", None),
        ("010-12345678-123", None),
        ("1012345678", None),
        ("0138 0013 8000", None),
        ("010-1234567", None),
        ("+8612345678", None),
        ("+86 138 0013 800", None),
        ("+0123456789", None),
        ("+1234567", None),
        ("+1234567890123456", None),
        ("+86+13800138000", None),
        ("abc", None),
        ("138OO138OOO", None),
    ],
)
def test_normalise_phone(raw: str, expected: str | None) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" Zhang.San@Example.CN ", "zhang.san@example.cn"),
        ("zhang.san＠example.cn", "zhang.san@example.cn"),
        ("li@mail.example.com.cn", "li@mail.example.com.cn"),
        ("no-at-sign.example.cn", None),
        ("a@b", None),
        ("a@b.c", None),
        ("a b@example.cn", None),
        ("a@@example.cn", None),
        ("x" * 65 + "@example.cn", None),
        ("x" * 64 + "@" + "d" * 186 + ".cn", "x" * 64 + "@" + "d" * 186 + ".cn"),
        ("x" * 64 + "@" + "d" * 187 + ".cn", None),
    ],
)
def test_normalise_email(raw: str, expected: str | None) -> None:
    assert normalise_email(raw) == expected


# --- ID card ------------------------------------------------------------------------------

VALID_ID = "11010519491231002X"
TODAY = date(2026, 6, 1)


def _id(first_17: str) -> str:
    return first_17 + id_card_check_char(first_17)


def test_id_card_check_char_fixed_vectors() -> None:
    # Computed by hand from the MOD 11-2 weights; the first is the published sample.
    assert id_card_check_char("11010519491231002") == "X"
    assert id_card_check_char("44030819990101001") == "2"
    assert id_card_check_char("44030819990101002") == "0"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (VALID_ID, VALID_ID),
        ("11010519491231002x", VALID_ID),
        (" 110105 19491231 002X ", VALID_ID),
        ("１１０１０５１９４９１２３１００２ｘ", VALID_ID),
        ("440308199901010012", "440308199901010012"),
        ("440308199901010020", "440308199901010020"),
        (_id("91010520000229001"), _id("91010520000229001")),
        (_id("11010520260601001"), _id("11010520260601001")),  # born "today"
        (_id("11010519000101001"), _id("11010519000101001")),
    ],
)
def test_normalise_id_card_valid(raw: str, expected: str) -> None:
    assert normalise_id_card(raw, TODAY) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "ID_CARD_FORMAT"),
        ("1101051949123100", "ID_CARD_FORMAT"),
        ("11010519491231002", "ID_CARD_FORMAT"),
        ("11010519491231002XX", "ID_CARD_FORMAT"),
        ("11010519491231002Y", "ID_CARD_FORMAT"),
        ("1101051949123100X2", "ID_CARD_FORMAT"),
        ("110105-19491231-002X", "ID_CARD_FORMAT"),
        (_id("00010519491231002"), "ID_CARD_REGION"),
        (_id("16010519491231002"), "ID_CARD_REGION"),
        (_id("72010519491231002"), "ID_CARD_REGION"),
        (_id("99010519491231002"), "ID_CARD_REGION"),
        (_id("11010519490230001"), "ID_CARD_BIRTH_DATE"),
        (_id("11010519491301001"), "ID_CARD_BIRTH_DATE"),
        (_id("11010519490000001"), "ID_CARD_BIRTH_DATE"),
        (_id("11010518991231001"), "ID_CARD_BIRTH_DATE"),
        (_id("11010520260602001"), "ID_CARD_BIRTH_DATE"),
        (_id("11010519000229001"), "ID_CARD_BIRTH_DATE"),
        ("110105194912310021", "ID_CARD_CHECKSUM"),
        ("440308199901010013", "ID_CARD_CHECKSUM"),
    ],
)
def test_normalise_id_card_errors(raw: str, code: str) -> None:
    with pytest.raises(PersonalDataError) as caught:
        normalise_id_card(raw, TODAY)
    assert caught.value.code == code
    if raw:
        assert raw not in str(caught.value)


def test_id_card_birth_date_and_gender() -> None:
    assert birth_date_from_id_card(VALID_ID) == date(1949, 12, 31)
    assert gender_from_id_card(VALID_ID) == "female"
    assert birth_date_from_id_card("440308199901010012") == date(1999, 1, 1)
    assert gender_from_id_card("440308199901010012") == "male"
    with pytest.raises(PersonalDataError) as caught:
        gender_from_id_card("110105194912310021")
    assert caught.value.code == "ID_CARD_CHECKSUM"


def test_id_card_future_birth_uses_real_today() -> None:
    tomorrow = date.fromordinal(date.today().toordinal() + 1)
    with pytest.raises(PersonalDataError) as caught:
        normalise_id_card(_id(f"110105{tomorrow:%Y%m%d}001"))
    assert caught.value.code == "ID_CARD_BIRTH_DATE"


# --- bank card ----------------------------------------------------------------------------


def test_luhn_fixed_vectors() -> None:
    assert luhn_valid("4111111111111111") is True
    assert luhn_valid("4111111111111112") is False
    assert luhn_valid("79927398713") is True
    assert luhn_valid("6222021234567890128") is True
    assert luhn_check_digit("622202123456789012") == "8"
    assert luhn_valid("") is False
    assert luhn_valid("4111a") is False


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("4111111111111111", "4111111111111111"),
        ("4111 1111 1111 1111", "4111111111111111"),
        ("6222-0212-3456-7890-128", "6222021234567890128"),
        ("４１１１　１１１１　１１１１　１１１１", "4111111111111111"),
        ("62220212345" + luhn_check_digit("62220212345"), "622202123452"),
        ("622202123456789012" + luhn_check_digit("622202123456789012"), "6222021234567890128"),
    ],
)
def test_normalise_bank_card_valid(raw: str, expected: str) -> None:
    assert normalise_bank_card(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "BANK_CARD_FORMAT"),
        ("41111111111", "BANK_CARD_FORMAT"),
        ("4" * 19 + "1", "BANK_CARD_FORMAT"),
        ("4111 1111 1111 111a", "BANK_CARD_FORMAT"),
        ("4111.1111.1111.1111", "BANK_CARD_FORMAT"),
        ("4111111111111112", "BANK_CARD_CHECKSUM"),
        ("6222021234567890127", "BANK_CARD_CHECKSUM"),
    ],
)
def test_normalise_bank_card_errors(raw: str, code: str) -> None:
    with pytest.raises(PersonalDataError) as caught:
        normalise_bank_card(raw)
    assert caught.value.code == code
    if raw:
        assert raw not in str(caught.value)


# --- masks --------------------------------------------------------------------------------


def test_masks() -> None:
    assert mask_phone("+8613800138000") == "138****8000"
    # Landlines as they are written at home: the area code stays, the line is hidden.
    assert mask_phone("+862168881234") == "021-****1234"
    assert mask_phone("+861012345678") == "010-****5678"
    assert mask_phone("+8675588886666") == "0755-****6666"
    assert mask_phone("+85291234567") == "852****4567"
    assert mask_id_card("110105194912310021") == "110***********0021"
    assert mask_id_card(VALID_ID) == "110***********002X"
    assert mask_id_card("1234567") == "*******"
    assert mask_bank_card("6222021234561234") == "6222 **** **** 1234"
    assert mask_bank_card("6222021234567890128") == "6222 **** **** 0128"
    assert mask_bank_card("622202123456") == "6222 **** **** 3456"
    assert mask_bank_card("12345678901") == "****"
    assert mask_email("zhang.san@example.cn") == "z***@example.cn"
    assert mask_email("z@example.cn") == "*@example.cn"
    assert mask_email("not-an-address") == "****"
    assert mask_email("@example.cn") == "****"


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("phone", "+8613800138000", "138****8000"),
        ("email", "zhang.san@example.cn", "z***@example.cn"),
        ("id_card", "110105194912310021", "110***********0021"),
        ("bank_card", "6222021234561234", "6222 **** **** 1234"),
        ("passport", "E12345678", "****"),
        ("", "anything at all", "****"),
    ],
)
def test_mask_dispatch(kind: str, value: str, expected: str) -> None:
    assert mask(kind, value) == expected
