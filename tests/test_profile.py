"""A user's own profile and password."""

from __future__ import annotations

import pytest

from junlite.graphql.relay import encode_global_id
from tests.conftest import ApiClient
from tests.factories import Factory

UPDATE = """
mutation($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    user { displayName locale timezone }
    userErrors { field message code }
  }
}
"""
CHANGE = """
mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) { otherSessionsEnded userErrors { field message code } }
}
"""
ME = "{ me { displayName locale timezone } }"


@pytest.fixture
async def rep(factory: Factory):
    org = await factory.create_org()
    return await factory.create_user(org, email="rep@example.cn", name="刘洋")


async def test_update_profile_and_switch_to_english(app_client: ApiClient, rep) -> None:
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(
        UPDATE,
        {"input": {"displayName": " Liu Yang ", "locale": "en", "timezone": "Asia/Urumqi"}},
        token=token,
    )
    assert body["data"]["updateMyProfile"] == {
        "user": {"displayName": "Liu Yang", "locale": "en", "timezone": "Asia/Urumqi"},
        "userErrors": [],
    }
    # Messages now come in English for this user.
    bad = await app_client.gql(UPDATE, {"input": {"displayName": ""}}, token=token)
    assert bad["data"]["updateMyProfile"]["userErrors"] == [
        {"field": ["input", "displayName"], "message": "This field is required", "code": "REQUIRED"}
    ]


async def test_invalid_profile_changes_nothing_and_reports_every_field(
    app_client: ApiClient, rep
) -> None:
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(
        UPDATE,
        {"input": {"displayName": "新名字", "locale": "fr", "timezone": "Mars/Olympus"}},
        token=token,
    )
    assert body["data"]["updateMyProfile"] == {
        "user": None,
        "userErrors": [
            {"field": ["input", "locale"], "message": "不支持的语言", "code": "INVALID_LOCALE"},
            {"field": ["input", "timezone"], "message": "未知的时区", "code": "INVALID_TIMEZONE"},
        ],
    }
    me = await app_client.gql(ME, token=token)
    assert me["data"]["me"] == {
        "displayName": "刘洋",
        "locale": "zh-CN",
        "timezone": "Asia/Shanghai",
    }


async def test_change_password_signs_out_other_devices_only(app_client: ApiClient, rep) -> None:
    here = await app_client.token_for("rep@example.cn")
    elsewhere = [await app_client.token_for("rep@example.cn") for _ in range(2)]
    body = await app_client.gql(
        CHANGE,
        {"input": {"currentPassword": "correct horse battery", "newPassword": "new-secret-99"}},
        token=here,
    )
    assert body["data"]["changePassword"] == {"otherSessionsEnded": 2, "userErrors": []}
    assert (await app_client.gql(ME, token=here))["data"]["me"]["displayName"] == "刘洋"
    for token in elsewhere:
        gone = await app_client.gql(ME, token=token)
        assert gone["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    old = await app_client.login("rep@example.cn")
    assert old["userErrors"][0]["code"] == "INVALID_CREDENTIALS"
    assert (await app_client.login("rep@example.cn", "new-secret-99"))["userErrors"] == []


async def test_wrong_current_password_changes_nothing_and_is_throttled(
    app_client: ApiClient, rep
) -> None:
    token = await app_client.token_for("rep@example.cn")
    wrong = {"input": {"currentPassword": "guess-guess", "newPassword": "new-secret-99"}}
    for _ in range(5):
        body = await app_client.gql(CHANGE, wrong, token=token)
        assert body["data"]["changePassword"]["userErrors"] == [
            {
                "field": ["input", "currentPassword"],
                "message": "当前密码不正确",
                "code": "WRONG_PASSWORD",
            }
        ]
    right = {"input": {"currentPassword": "correct horse battery", "newPassword": "new-secret-99"}}
    locked = await app_client.gql(CHANGE, right, token=token)
    assert locked["data"]["changePassword"]["userErrors"][0]["code"] == "ACCOUNT_LOCKED"
    assert (await app_client.login("rep@example.cn"))["userErrors"] == []


async def test_new_password_must_be_long_enough(app_client: ApiClient, rep) -> None:
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(
        CHANGE,
        {"input": {"currentPassword": "correct horse battery", "newPassword": "short"}},
        token=token,
    )
    assert body["data"]["changePassword"]["userErrors"] == [
        {
            "field": ["input", "newPassword"],
            "message": "密码至少 8 个字符",
            "code": "PASSWORD_TOO_SHORT",
        }
    ]
    assert (await app_client.login("rep@example.cn"))["userErrors"] == []


WECOM = """
mutation($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { user { wecomUserId } userErrors { field code } }
}
"""


async def test_set_and_remove_my_wecom_userid_and_refuse_a_malformed_one(
    app_client: ApiClient, rep
) -> None:
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(WECOM, {"input": {"wecomUserId": " LiuYang "}}, token=token)
    assert body["data"]["updateMyProfile"] == {
        "user": {"wecomUserId": "LiuYang"},
        "userErrors": [],
    }
    bad = await app_client.gql(WECOM, {"input": {"wecomUserId": "刘 洋"}}, token=token)
    assert bad["data"]["updateMyProfile"] == {
        "user": None,
        "userErrors": [{"field": ["input", "wecomUserId"], "code": "INVALID_WECOM_USER_ID"}],
    }
    assert (await app_client.gql("{ me { wecomUserId } }", token=token))["data"]["me"] == {
        "wecomUserId": "LiuYang"
    }
    cleared = await app_client.gql(WECOM, {"input": {"wecomUserId": ""}}, token=token)
    assert cleared["data"]["updateMyProfile"]["user"] == {"wecomUserId": None}


APPEARANCE = """
mutation($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    user { appearance { mode primaryColor borderRadius compact } }
    userErrors { field code message }
  }
}
"""
MY_LOOK = "{ me { appearance { mode primaryColor borderRadius compact } } }"


async def test_my_theme_is_kept_on_the_server_and_applies_at_the_next_sign_in(
    app_client: ApiClient, rep
) -> None:
    token = await app_client.token_for("rep@example.cn")
    assert (await app_client.gql(MY_LOOK, token=token))["data"]["me"]["appearance"] == {
        "mode": "LIGHT",
        "primaryColor": "#1677ff",
        "borderRadius": 6,
        "compact": False,
    }
    body = await app_client.gql(
        APPEARANCE,
        {"input": {"appearance": {"mode": "DARK", "primaryColor": "#FA541C", "compact": True}}},
        token=token,
    )
    dark = {"mode": "DARK", "primaryColor": "#fa541c", "borderRadius": 6, "compact": True}
    assert body["data"]["updateMyProfile"] == {"user": {"appearance": dark}, "userErrors": []}
    # Only the radius changes; the rest is kept.
    body = await app_client.gql(
        APPEARANCE, {"input": {"appearance": {"borderRadius": 0}}}, token=token
    )
    assert body["data"]["updateMyProfile"]["user"]["appearance"] == {**dark, "borderRadius": 0}
    login = await app_client.gql(
        """mutation { login(input: {login: "rep@example.cn", password: "correct horse battery"})
          { user { appearance { mode primaryColor borderRadius compact } } } }"""
    )
    assert login["data"]["login"]["user"]["appearance"] == {**dark, "borderRadius": 0}


async def test_a_bad_colour_or_radius_changes_nothing_and_others_do_not_see_my_theme(
    app_client: ApiClient, factory: Factory
) -> None:
    org = await factory.create_org()
    rep = await factory.create_user(org, email="rep@example.cn")
    await factory.create_user(org, email="boss@example.cn", role="admin")
    token = await app_client.token_for("rep@example.cn")
    body = await app_client.gql(
        APPEARANCE,
        {"input": {"appearance": {"mode": "DARK", "primaryColor": "red", "borderRadius": 40}}},
        token=token,
    )
    assert body["data"]["updateMyProfile"] == {
        "user": None,
        "userErrors": [
            {
                "field": ["input", "appearance", "primaryColor"],
                "code": "INVALID_COLOR",
                "message": "颜色应为 #RRGGBB 格式，例如 #1677ff",
            },
            {
                "field": ["input", "appearance", "borderRadius"],
                "code": "RADIUS_OUT_OF_RANGE",
                "message": "圆角应在 0 到 16 像素之间",
            },
        ],
    }
    assert (await app_client.gql(MY_LOOK, token=token))["data"]["me"]["appearance"]["mode"] == (
        "LIGHT"
    )
    boss = await app_client.token_for("boss@example.cn")
    seen = await app_client.gql(
        "query($id: ID!) { node(id: $id) { ... on User { appearance { mode } } } }",
        {"id": encode_global_id("User", rep.id)},
        token=boss,
    )
    assert seen["data"]["node"] == {"appearance": None}
