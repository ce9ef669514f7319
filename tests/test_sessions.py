"""Access tokens, refresh rotation with reuse detection and a grace window, logout."""

from __future__ import annotations

import asyncio
import base64
import json
import time
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from sqlalchemy import select, update

from junlite.auth.models import RefreshToken
from junlite.config import DEV_JWT_SECRET
from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory

ME = "query { me { email } }"
REFRESH = """
mutation Refresh($token: String!) {
  refreshToken(input: {refreshToken: $token}) {
    accessToken refreshToken user { email } userErrors { field message code }
  }
}
"""
LOGOUT = """mutation($all: Boolean!) {
  logout(input: {allSessions: $all}) { sessionsEnded userErrors { code } }
}"""


def _claims(user_id: str, org_id: str, **overrides: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {
        "iss": "junlite",
        "aud": "junlite-api",
        "sub": user_id,
        "org": org_id,
        "sid": "01a213a1-a8dc-73cc-9563-dbcf70d8001f",
        "typ": "access",
        "iat": now,
        "nbf": now,
        "exp": now + 300,
    }
    claims.update(overrides)
    return claims


async def _me_error(client: ApiClient, token: str) -> str:
    body = await client.gql(ME, token=token)
    assert body["data"] is None
    return str(body["errors"][0]["extensions"]["code"])


@pytest.fixture
async def rep(factory: Factory):
    org = await factory.create_org()
    return await factory.create_user(org, email="rep@example.cn")


async def test_anonymous_me_is_unauthenticated(app_client: ApiClient) -> None:
    body = await app_client.gql(ME)
    assert body["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert body["errors"][0]["message"] == "请先登录"


async def test_expired_token_is_reported_as_expired(app_client: ApiClient, rep) -> None:
    token = jwt.encode(
        _claims(
            str(rep.id),
            str(rep.org_id),
            iat=int(time.time()) - 1000,
            nbf=int(time.time()) - 1000,
            exp=int(time.time()) - 100,
        ),
        DEV_JWT_SECRET,
        algorithm="HS256",
    )
    assert await _me_error(app_client, token) == "TOKEN_EXPIRED"


async def test_forged_signature_is_refused(app_client: ApiClient, rep) -> None:
    token = jwt.encode(_claims(str(rep.id), str(rep.org_id)), "another-secret-" * 4, "HS256")
    assert await _me_error(app_client, token) == "UNAUTHENTICATED"


async def test_alg_none_token_is_refused(app_client: ApiClient, rep) -> None:
    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    token = f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(_claims(str(rep.id), str(rep.org_id)))}."
    assert await _me_error(app_client, token) == "UNAUTHENTICATED"


@pytest.mark.parametrize(
    "override", [{"aud": "someone-else"}, {"typ": "refresh"}, {"iss": "not-junlite"}]
)
async def test_wrong_audience_type_or_issuer_is_refused(
    app_client: ApiClient, rep, override: dict[str, str]
) -> None:
    token = jwt.encode(_claims(str(rep.id), str(rep.org_id), **override), DEV_JWT_SECRET, "HS256")
    assert await _me_error(app_client, token) == "UNAUTHENTICATED"


async def test_token_of_a_deactivated_user_stops_working(
    app_client: ApiClient, rep, database: Database
) -> None:
    token = await app_client.token_for("rep@example.cn")
    assert (await app_client.gql(ME, token=token))["data"] == {"me": {"email": "rep@example.cn"}}
    async with database.transaction() as session:
        from junlite.auth.models import User

        await session.execute(update(User).where(User.id == rep.id).values(is_active=False))
    assert await _me_error(app_client, token) == "UNAUTHENTICATED"


async def test_refresh_rotates_and_new_tokens_work(app_client: ApiClient, rep) -> None:
    first = await app_client.login("rep@example.cn")
    body = await app_client.gql(REFRESH, {"token": first["refreshToken"]})
    rotated = body["data"]["refreshToken"]
    assert rotated["userErrors"] == []
    assert rotated["refreshToken"] != first["refreshToken"]
    assert rotated["user"] == {"email": "rep@example.cn"}
    me = await app_client.gql(ME, token=rotated["accessToken"])
    assert me["data"] == {"me": {"email": "rep@example.cn"}}
    again = await app_client.gql(REFRESH, {"token": rotated["refreshToken"]})
    assert again["data"]["refreshToken"]["userErrors"] == []


async def test_two_tabs_refreshing_at_once_both_stay_signed_in(app_client: ApiClient, rep) -> None:
    first = await app_client.login("rep@example.cn")
    results = await asyncio.gather(
        *(app_client.gql(REFRESH, {"token": first["refreshToken"]}) for _ in range(20))
    )
    payloads = [r["data"]["refreshToken"] for r in results]
    assert all(p["userErrors"] == [] for p in payloads)
    # Every tab got the same successor, and it keeps working.
    assert len({p["refreshToken"] for p in payloads}) == 1
    later = await app_client.gql(REFRESH, {"token": payloads[0]["refreshToken"]})
    assert later["data"]["refreshToken"]["userErrors"] == []


async def test_reuse_after_the_grace_window_revokes_the_whole_session(
    app_client: ApiClient, rep, database: Database
) -> None:
    first = await app_client.login("rep@example.cn")
    rotated = (await app_client.gql(REFRESH, {"token": first["refreshToken"]}))["data"][
        "refreshToken"
    ]
    # The old token was used a minute ago: past the 30 s grace window.
    async with database.transaction() as session:
        await session.execute(
            update(RefreshToken)
            .where(RefreshToken.used_at.is_not(None))
            .values(used_at=datetime.now(UTC) - timedelta(minutes=1))
        )

    stolen = await app_client.gql(REFRESH, {"token": first["refreshToken"]})
    payload = stolen["data"]["refreshToken"]
    assert payload["accessToken"] is None
    assert payload["userErrors"] == [
        {
            "field": ["input", "refreshToken"],
            "message": "检测到登录凭证被重复使用，为安全起见已退出该会话，请重新登录",
            "code": "REFRESH_TOKEN_REUSED",
        }
    ]
    # The legitimate holder's newer tokens are dead too: the family is revoked.
    after = await app_client.gql(REFRESH, {"token": rotated["refreshToken"]})
    assert after["data"]["refreshToken"]["userErrors"][0]["code"] == "INVALID_REFRESH_TOKEN"
    assert await _me_error(app_client, rotated["accessToken"]) == "UNAUTHENTICATED"
    async with database.sessionmaker() as session:
        reasons = (await session.execute(select(RefreshToken.revoked_reason))).scalars().all()
    assert sorted(reasons) == ["reuse", "reuse"]


async def test_unknown_or_expired_refresh_token_is_refused(
    app_client: ApiClient, rep, database: Database
) -> None:
    body = await app_client.gql(REFRESH, {"token": "not-a-token"})
    assert body["data"]["refreshToken"]["userErrors"][0]["code"] == "INVALID_REFRESH_TOKEN"
    first = await app_client.login("rep@example.cn")
    async with database.transaction() as session:
        await session.execute(
            update(RefreshToken).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    body = await app_client.gql(REFRESH, {"token": first["refreshToken"]})
    assert body["data"]["refreshToken"]["userErrors"][0]["code"] == "INVALID_REFRESH_TOKEN"


async def test_logout_ends_the_session_but_not_others(app_client: ApiClient, rep) -> None:
    phone = await app_client.login("rep@example.cn")
    laptop = await app_client.login("rep@example.cn")
    body = await app_client.gql(LOGOUT, {"all": False}, token=phone["accessToken"])
    assert body["data"]["logout"] == {"sessionsEnded": 1, "userErrors": []}
    assert await _me_error(app_client, phone["accessToken"]) == "UNAUTHENTICATED"
    refused = await app_client.gql(REFRESH, {"token": phone["refreshToken"]})
    assert refused["data"]["refreshToken"]["userErrors"][0]["code"] == "INVALID_REFRESH_TOKEN"
    still = await app_client.gql(ME, token=laptop["accessToken"])
    assert still["data"] == {"me": {"email": "rep@example.cn"}}


async def test_logout_everywhere_ends_every_session(app_client: ApiClient, rep) -> None:
    sessions = [await app_client.login("rep@example.cn") for _ in range(3)]
    body = await app_client.gql(LOGOUT, {"all": True}, token=sessions[0]["accessToken"])
    assert body["data"]["logout"] == {"sessionsEnded": 3, "userErrors": []}
    for tokens in sessions:
        assert await _me_error(app_client, tokens["accessToken"]) == "UNAUTHENTICATED"
