"""Web forms: defined by marketing, served as a public page, submitted by people (urlencoded or
JSON), spam kept out, every answer kept, the same person merged into their lead."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from junlite.config import Settings
from junlite.db.session import Database
from junlite.leads.capture.models import LeadForm, LeadFormSubmission
from junlite.leads.models import Lead
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.lead_helpers_capture import (
    CONSENT,
    UPDATE_FORM,
    aged_token,
    count,
    create_form,
    history_of,
    in_chunks,
    leads,
    marketing_user,
    phone_of,
)

GOOD = {
    "name": "王芳",
    "mobile": "138 0013 8000",
    "company": "深圳华信科技有限公司",
    "interest": ["CRM", "呼叫中心"],
    "budget": "10-50万",
    "message": "想了解移动端外勤功能",
    "newsletter": True,
    "consent": True,
}


async def _submit_json(app: ApiClient, form: dict[str, Any], token: str, **changes: Any) -> Any:
    body = {**GOOD, "_token": token, **changes}
    return await app.http.post(
        f"/forms/{form['slug']}", json=body, headers={"Origin": "https://www.huaxin.cn"}
    )


async def test_marketing_defines_a_form_and_lists_it_with_its_links(
    factory: Factory, app_client: ApiClient
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    assert len(form["slug"]) == 16
    assert form["publicUrl"] == f"/forms/{form['slug']}"
    assert form["tokenUrl"] == f"/forms/{form['slug']}/token"
    assert form["embedSnippet"].startswith(f'<iframe src="/forms/{form["slug"]}" title="官网咨询"')
    assert [f["key"] for f in form["fields"]] == [
        "name", "mobile", "company", "interest", "budget", "message", "newsletter",
    ]  # fmt: skip
    assert form["fields"][3] == {
        "key": "interest",
        "label": "感兴趣的产品",
        "type": "MULTISELECT",
        "required": False,
        "options": ["CRM", "ERP", "呼叫中心"],
        "mapsTo": "productInterests",
    }
    listed = await app_client.gql(
        "{ leadForms(first: 10) { totalCount nodes { name submissionCount spamCount isActive } } }",
        token=token,
    )
    assert listed["data"]["leadForms"] == {
        "totalCount": 1,
        "nodes": [{"name": "官网咨询", "submissionCount": 0, "spamCount": 0, "isActive": True}],
    }


async def test_a_bad_definition_is_refused_with_every_problem_and_nothing_stored(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    body = await app_client.gql(
        """mutation($input: CreateLeadFormInput!) { createLeadForm(input: $input) {
             form { id } userErrors { field code } } }""",
        {
            "input": {
                "name": "",
                "fields": [
                    {"key": "website", "label": "网址", "type": "TEXT"},
                    {"key": "a", "label": "颜色", "type": "SELECT", "options": []},
                    {"key": "a", "label": "手机", "type": "CHECKBOX", "mapsTo": "phone"},
                    {"key": "b", "label": "生日", "type": "TEXT", "mapsTo": "birthday"},
                ],
            }
        },
        token=token,
    )
    errors = body["data"]["createLeadForm"]["userErrors"]
    assert [(".".join(e["field"][1:]), e["code"]) for e in errors] == [
        ("name", "REQUIRED"),
        ("fields.0.key", "FORM_FIELD_KEY_INVALID"),
        ("fields.1.options", "FORM_FIELD_OPTIONS_REQUIRED"),
        ("fields.2.key", "FORM_FIELD_KEY_TAKEN"),
        ("fields.2.mapsTo", "FORM_FIELD_TYPE_MISMATCH"),
        ("fields.3.mapsTo", "FORM_FIELD_TARGET_UNKNOWN"),
        ("fields", "FORM_NAME_FIELD_REQUIRED"),
    ]
    assert await count(database, LeadForm) == 0


async def test_a_sales_rep_may_read_forms_but_not_define_them(
    factory: Factory, app_client: ApiClient, database: Database
) -> None:
    org, _, _ = await marketing_user(factory, app_client)
    _, _, rep_token = await marketing_user(factory, app_client, org, role="sales_rep")
    body = await app_client.gql(
        """mutation($input: CreateLeadFormInput!) { createLeadForm(input: $input) {
             form { id } userErrors { code } } }""",
        {"input": {"name": "x", "fields": []}},
        token=rep_token,
    )
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await count(database, LeadForm) == 0


async def test_the_public_page_is_escaped_mobile_friendly_and_carries_a_token(
    factory: Factory, app_client: ApiClient
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token, name='<script>alert("x")</script>活动')
    response = await app_client.http.get(f"/forms/{form['slug']}")
    assert response.status_code == 200
    html = response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert '<html lang="zh-CN">' in html
    assert 'name="viewport" content="width=device-width,initial-scale=1"' in html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;活动" in html
    assert re.search(r'name="_token" value="\d+\.[0-9a-f]{64}"', html)
    assert 'name="website" tabindex="-1"' in html  # the honeypot
    assert CONSENT[:10] in html
    assert '<option value="10-50万">10-50万</option>' in html
    assert (await app_client.http.get("/forms/no-such-form-here")).status_code == 404


async def test_a_json_submission_becomes_a_lead_with_every_answer_kept(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings, vault: Vault
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    response = await _submit_json(app_client, form, aged_token(settings, form["id"]))
    assert response.status_code == 200, response.text
    assert response.json() == {"ok": True, "message": "感谢咨询，顾问将在一个工作日内联系您。"}
    assert response.headers["access-control-allow-origin"] == "*"
    [lead] = await leads(database)
    assert (lead.name, lead.company, lead.source, lead.source_detail, lead.campaign) == (
        "王芳", "深圳华信科技有限公司", "web_form", "网站表单「官网咨询」", "2026春季推广",
    )  # fmt: skip
    assert phone_of(vault, lead) == "+8613800138000"
    assert lead.product_interests == ["CRM", "呼叫中心"]
    assert lead.tags == ["官网"]
    assert lead.extra == {"预算": "10-50万", "留言": "想了解移动端外勤功能", "订阅产品资讯": True}
    shown = await app_client.gql("{ leads(first: 5) { nodes { extra } } }", token=token)
    assert shown["data"]["leads"]["nodes"] == [{"extra": lead.extra}]
    async with database.sessionmaker() as session:
        submission = (await session.scalars(select(LeadFormSubmission))).one()
        stored = (await session.scalars(select(LeadForm))).one()
    assert submission.lead_id == lead.id
    assert submission.merged is False
    assert submission.answers["mobile"] == "138****8000"
    assert submission.answers["interest"] == ["CRM", "呼叫中心"]
    assert submission.consent_text == CONSENT
    assert submission.ip_address == "198.51.100.7"
    assert stored.submission_count == 1
    assert [h.summary for h in await history_of(database, lead.id)] == ["提交表单「官网咨询」"]


async def test_an_urlencoded_submission_answers_with_the_thank_you_page(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    response = await app_client.http.post(
        f"/forms/{form['slug']}",
        content=(
            "name=%E6%9D%8E%E9%9B%B7&mobile=13912345678&interest=CRM&interest=ERP"
            f"&consent=on&website=&_token={aged_token(settings, form['id'])}"
        ),
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "text/html,application/xhtml+xml",
        },
    )
    assert response.status_code == 200, response.text
    assert "感谢咨询，顾问将在一个工作日内联系您。" in response.text
    [lead] = await leads(database)
    assert (lead.name, lead.product_interests, lead.extra) == ("李雷", ["CRM", "ERP"], {})


async def test_each_invalid_answer_is_reported_per_field_and_nothing_stored(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    response = await _submit_json(
        app_client,
        form,
        aged_token(settings, form["id"]),
        name="",
        mobile="12345",
        budget="一个亿",
        interest=["CRM", "区块链"],
        consent=False,
    )
    assert response.status_code == 422
    assert [(e["field"], e["code"]) for e in response.json()["errors"]] == [
        ("name", "REQUIRED"),
        ("mobile", "INVALID_PHONE"),
        ("interest", "INVALID_CHOICE"),
        ("budget", "INVALID_CHOICE"),
        ("consent", "CONSENT_REQUIRED"),
    ]
    assert response.json()["errors"][1]["message"] == "手机号格式不正确"
    assert await count(database, Lead) == 0
    assert await count(database, LeadFormSubmission) == 0


async def test_the_html_form_is_shown_again_with_messages_and_the_input_kept(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    response = await app_client.http.post(
        f"/forms/{form['slug']}",
        data={
            "name": "<b>赵六</b>",
            "mobile": "1380013",
            "company": "华信",
            "_token": aged_token(settings, form["id"]),
        },
    )
    assert response.status_code == 422
    html = response.text
    assert 'value="&lt;b&gt;赵六&lt;/b&gt;"' in html
    assert 'value="华信"' in html
    assert '<p class="err" id="e-mobile">手机号格式不正确</p>' in html
    assert "请阅读并同意相关条款" in html
    assert await count(database, Lead) == 0


async def test_a_filled_honeypot_looks_accepted_but_stores_nothing(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    response = await _submit_json(
        app_client, form, aged_token(settings, form["id"]), website="http://spam.example"
    )
    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert await count(database, Lead) == 0
    assert await count(database, LeadFormSubmission) == 0
    async with database.sessionmaker() as session:
        stored = (await session.scalars(select(LeadForm))).one()
    assert (stored.spam_count, stored.submission_count) == (1, 0)


async def test_tokens_too_fast_expired_forged_missing_or_reused_are_refused(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    other = await create_form(app_client, token, name="另一张表")
    good = aged_token(settings, form["id"])
    forged = good[:-4] + ("0000" if not good.endswith("0000") else "1111")
    cases = {
        aged_token(settings, form["id"], age_seconds=0): "FORM_TOKEN_TOO_FAST",
        aged_token(settings, form["id"], age_seconds=25 * 3600): "FORM_TOKEN_EXPIRED",
        forged: "FORM_TOKEN_INVALID",
        aged_token(settings, other["id"]): "FORM_TOKEN_INVALID",
        "": "FORM_TOKEN_MISSING",
    }
    for bad, code in cases.items():
        response = await _submit_json(app_client, form, bad)
        assert response.status_code == 422, code
        assert [(e["field"], e["code"]) for e in response.json()["errors"]] == [("_token", code)]
    assert await count(database, Lead) == 0
    assert (await _submit_json(app_client, form, good)).status_code == 200
    again = await _submit_json(app_client, form, good, mobile="13900000000")
    assert [e["code"] for e in again.json()["errors"]] == ["FORM_TOKEN_USED"]
    assert await count(database, Lead) == 1


async def test_too_many_posts_from_one_address_get_429(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    for _ in range(20):
        response = await _submit_json(app_client, form, "", name="")
        assert response.status_code == 422
    refused = await _submit_json(app_client, form, aged_token(settings, form["id"]))
    assert refused.status_code == 429
    assert refused.json()["errors"][0]["code"] == "FORM_RATE_LIMITED"
    assert 0 < int(refused.headers["retry-after"]) <= 600
    assert await count(database, Lead) == 0


async def test_a_body_over_64_kb_is_refused_whether_declared_or_streamed(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    padding = "x" * (64 * 1024)  # an unknown key: only its size makes the submission wrong
    declared = await _submit_json(app_client, form, aged_token(settings, form["id"]), pad=padding)
    assert declared.status_code == 413
    assert declared.json()["errors"] == [
        {"field": None, "code": "BODY_TOO_LARGE", "message": "请求体不能超过 65536 字节"}
    ]
    body = (
        "name=%E6%9D%8E%E9%9B%B7&mobile=13912345678&consent=on"
        f"&_token={aged_token(settings, form['id'])}&pad={padding}"
    ).encode()
    streamed = await app_client.http.post(
        f"/forms/{form['slug']}",
        content=in_chunks(body),
        headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"},
    )
    assert "content-length" not in streamed.request.headers
    assert streamed.status_code == 413
    assert "请求体不能超过 65536 字节" in streamed.text
    assert await count(database, Lead) == 0
    assert await count(database, LeadFormSubmission) == 0


async def test_a_person_who_submits_again_is_merged_with_the_submission_in_history(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings, vault: Vault
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    assert (
        await _submit_json(app_client, form, aged_token(settings, form["id"]))
    ).status_code == 200
    again = await _submit_json(
        app_client,
        form,
        aged_token(settings, form["id"], 30),
        name="王芳芳",
        mobile="+86 13800138000",
        interest=["ERP"],
        budget="50万以上",
        message="",
        newsletter=False,
    )
    assert again.status_code == 200
    [lead] = await leads(database)
    assert lead.name == "王芳"
    assert lead.product_interests == ["CRM", "呼叫中心", "ERP"]
    assert lead.extra == {"预算": "50万以上", "留言": "想了解移动端外勤功能", "订阅产品资讯": True}
    entries = await history_of(database, lead.id)
    assert [(e.kind, e.summary) for e in entries] == [
        ("lead.created", "提交表单「官网咨询」"),
        ("lead.submitted_again", "提交表单「官网咨询」"),
    ]
    assert entries[1].details["submitted"]["phone"] == "138****8000"
    async with database.sessionmaker() as session:
        merged = (
            await session.scalars(
                select(LeadFormSubmission.merged).order_by(LeadFormSubmission.created_at)
            )
        ).all()
    assert merged == [False, True]
    listed = await app_client.gql(
        """{ leadFormSubmissions(first: 10) { nodes {
             merged answers consentText form { name } lead { name phone } } } }""",
        token=token,
    )
    nodes = listed["data"]["leadFormSubmissions"]["nodes"]
    assert [n["merged"] for n in nodes] == [True, False]
    assert nodes[0]["answers"]["mobile"] == "138****8000"
    assert nodes[0]["form"] == {"name": "官网咨询"}
    assert nodes[0]["lead"] == {"name": "王芳", "phone": "138****8000"}  # marketing sees masked


async def test_an_inactive_form_is_not_found_and_takes_nothing(
    factory: Factory, app_client: ApiClient, database: Database, settings: Settings
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    body = await app_client.gql(
        UPDATE_FORM, {"input": {"id": form["id"], "isActive": False}}, token=token
    )
    assert body["data"]["updateLeadForm"]["form"]["isActive"] is False
    assert (await app_client.http.get(f"/forms/{form['slug']}")).status_code == 404
    assert (await app_client.http.get(f"/forms/{form['slug']}/token")).status_code == 404
    response = await _submit_json(app_client, form, aged_token(settings, form["id"]))
    assert response.status_code == 404
    assert response.json()["errors"][0]["code"] == "FORM_NOT_FOUND"
    assert await count(database, Lead) == 0


async def test_an_embedded_script_gets_a_token_and_the_form_across_origins(
    factory: Factory, app_client: ApiClient
) -> None:
    _, _, token = await marketing_user(factory, app_client)
    form = await create_form(app_client, token)
    preflight = await app_client.http.options(
        f"/forms/{form['slug']}",
        headers={"Origin": "https://www.huaxin.cn", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"
    response = await app_client.http.get(f"/forms/{form['slug']}/token")
    body = response.json()
    assert response.headers["access-control-allow-origin"] == "*"
    assert re.fullmatch(r"\d+\.[0-9a-f]{64}", body["token"])
    assert body["minSeconds"] == 2
    assert body["form"]["honeypotField"] == "website"
    assert [f["key"] for f in body["form"]["fields"]][:2] == ["name", "mobile"]
