"""Signing in: email or phone, no enumeration, bcrypt upgrade, throttling before hashing."""

from __future__ import annotations

import bcrypt
import pytest
from sqlalchemy import select

from junlite.auth.models import User
from junlite.security import passwords
from tests.conftest import ApiClient
from tests.factories import Factory

ME = "query { me { displayName email phone role { key } team { name } } }"


async def test_login_by_email_returns_tokens_that_open_me(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    team = await factory.create_team(org, "华东销售一组")
    await factory.create_user(
        org,
        role="sales_manager",
        team=team,
        email="Manager@Example.cn",
        name="张伟",
        phone="+8613800138002",
    )

    payload = await app_client.login("  manager@example.CN ")
    assert payload["userErrors"] == []
    assert payload["user"]["displayName"] == "张伟"
    assert payload["accessToken"].count(".") == 2
    assert len(payload["refreshToken"]) >= 40

    body = await app_client.gql(ME, token=payload["accessToken"])
    assert body["data"] == {
        "me": {
            "displayName": "张伟",
            "email": "Manager@Example.cn",
            "phone": "+8613800138002",
            "role": {"key": "sales_manager"},
            "team": {"name": "华东销售一组"},
        }
    }
    assert "errors" not in body


@pytest.mark.parametrize("typed", ["13800138003", "+86 138-0013-8003", "008613800138003"])
async def test_login_by_mobile_number_in_any_usual_format(
    app_client: ApiClient, factory: Factory, typed: str
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, phone="+8613800138003", email=None, name="刘洋")
    body = await app_client.gql(
        """mutation($i: LoginInput!) {
          login(input: $i) { user { displayName phone } userErrors { code } }
        }""",
        {"i": {"login": typed, "password": "correct horse battery"}},
    )
    payload = body["data"]["login"]
    assert payload["userErrors"] == []
    # The signed-in user sees their own number whole, right in the sign-in answer.
    assert payload["user"] == {"displayName": "刘洋", "phone": "+8613800138003"}


async def test_wrong_password_and_unknown_account_look_the_same(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="rep@example.cn")

    wrong = await app_client.login("rep@example.cn", "not the password")
    unknown = await app_client.login("nobody@example.cn", "not the password")
    expected_error = [
        {"field": ["input", "login"], "message": "账号或密码错误", "code": "INVALID_CREDENTIALS"}
    ]
    assert wrong["userErrors"] == expected_error
    assert unknown["userErrors"] == expected_error
    assert wrong["accessToken"] is None
    assert unknown["accessToken"] is None


async def test_error_messages_follow_accept_language(
    app_client: ApiClient, factory: Factory
) -> None:
    body = await app_client.gql(
        'mutation { login(input: {login: "x@example.cn", password: "nope-nope"}) '
        "{ userErrors { message code } } }",
        headers={"Accept-Language": "en-US,en;q=0.9"},
    )
    assert body["data"]["login"]["userErrors"] == [
        {"message": "Incorrect login or password", "code": "INVALID_CREDENTIALS"}
    ]


async def test_inactive_user_cannot_sign_in(app_client: ApiClient, factory: Factory) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="gone@example.cn", is_active=False)
    payload = await app_client.login("gone@example.cn")
    assert [e["code"] for e in payload["userErrors"]] == ["INVALID_CREDENTIALS"]


async def test_bcrypt_hash_from_junlite5_verifies_and_is_upgraded(
    app_client: ApiClient, factory: Factory, session
) -> None:
    legacy = bcrypt.hashpw(b"legacy-password-5", bcrypt.gensalt(rounds=4)).decode()
    org = await factory.create_org()
    user = await factory.create_user(org, email="old@example.cn", hashed=legacy)

    payload = await app_client.login("old@example.cn", "legacy-password-5")
    assert payload["userErrors"] == []
    stored = (
        await session.execute(select(User.password_hash).where(User.id == user.id))
    ).scalar_one()
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    # The upgraded hash still opens the account.
    assert (await app_client.login("old@example.cn", "legacy-password-5"))["userErrors"] == []


async def test_account_locks_after_five_failures_and_refuses_before_hashing(
    app_client: ApiClient, factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="target@example.cn")
    for _ in range(5):
        failed = await app_client.login("target@example.cn", "guess-guess")
        assert failed["userErrors"][0]["code"] == "INVALID_CREDENTIALS"

    verifications = []
    original = passwords.verify_password
    monkeypatch.setattr(
        passwords, "verify_password", lambda h, p: verifications.append(p) or original(h, p)
    )
    locked = await app_client.login("TARGET@example.cn")  # even the right password
    assert locked["accessToken"] is None
    [error] = locked["userErrors"]
    assert error["code"] == "ACCOUNT_LOCKED"
    assert error["message"].startswith("登录失败次数过多，请 ")
    assert verifications == []


async def test_unknown_accounts_lock_too_so_locking_reveals_nothing(
    app_client: ApiClient,
) -> None:
    for _ in range(5):
        await app_client.login("ghost@example.cn", "guess-guess")
    locked = await app_client.login("ghost@example.cn", "guess-guess")
    assert locked["userErrors"][0]["code"] == "ACCOUNT_LOCKED"


async def test_many_failures_from_one_address_throttle_that_address(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="someone@example.cn")
    for number in range(30):
        await app_client.login(f"spray{number}@example.cn", "guess-guess")
    throttled = await app_client.login("someone@example.cn")
    assert throttled["userErrors"][0]["code"] == "LOGIN_THROTTLED"
    assert throttled["accessToken"] is None


async def test_success_clears_the_account_failure_count(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="clumsy@example.cn")
    for _ in range(4):
        await app_client.login("clumsy@example.cn", "typo-typo")
    assert (await app_client.login("clumsy@example.cn"))["userErrors"] == []
    for _ in range(4):
        await app_client.login("clumsy@example.cn", "typo-typo")
    assert (await app_client.login("clumsy@example.cn"))["userErrors"] == []


async def test_email_and_phone_of_one_account_share_one_allowance(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="director@example.cn", phone="+8613800138001")
    for attempt in range(5):
        login = "director@example.cn" if attempt % 2 else "13800138001"
        failed = await app_client.login(login, "guess-guess")
        assert failed["userErrors"][0]["code"] == "INVALID_CREDENTIALS"
    # The account is spent: neither of its logins opens it, even with the right password.
    # Neither says "locked" either, so probing cannot pair an email with a mobile number.
    for login in ("director@example.cn", "13800138001"):
        refused = await app_client.login(login)
        assert refused["accessToken"] is None
        assert refused["userErrors"][0]["code"] == "INVALID_CREDENTIALS"
    # Once a typed login has five failures of its own (3 + 1 + this one), it reports the lock.
    await app_client.login("13800138001", "guess-guess")
    assert (await app_client.login("13800138001"))["userErrors"][0]["code"] == "ACCOUNT_LOCKED"


async def test_signing_in_by_phone_clears_failures_typed_with_the_email(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    await factory.create_user(org, email="director@example.cn", phone="+8613800138001")
    for _ in range(4):
        await app_client.login("director@example.cn", "guess-guess")
    assert (await app_client.login("13800138001"))["userErrors"] == []
    failed = await app_client.login("director@example.cn", "guess-guess")
    assert failed["userErrors"][0]["code"] == "INVALID_CREDENTIALS"
    assert (await app_client.login("director@example.cn"))["userErrors"] == []


async def test_sign_in_payload_reads_relations_and_the_session_is_kept(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    team = await factory.create_team(org, "销售部")
    await factory.create_user(org, role="sales_director", team=team, email="dir@example.cn")
    body = await app_client.gql(
        """mutation($i: LoginInput!) { login(input: $i) {
          refreshToken user { team { name } role { key } organization { name } } } }""",
        {"i": {"login": "dir@example.cn", "password": "correct horse battery"}},
    )
    assert "errors" not in body
    assert body["data"]["login"]["user"] == {
        "team": {"name": "销售部"},
        "role": {"key": "sales_director"},
        "organization": {"name": org.org.name},
    }
    refreshed = await app_client.gql(
        "mutation($t: String!) { refreshToken(input: {refreshToken: $t}) { userErrors { code } } }",
        {"t": body["data"]["login"]["refreshToken"]},
    )
    assert refreshed["data"]["refreshToken"]["userErrors"] == []
