"""Uploaded files and the files of contracts: stored as uploaded, downloaded by whoever may
read what they are attached to (nobody else), refused when too big, of a type not accepted,
or attached by someone who may not change the contract."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import text

from junlite.db.session import Database
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company

PDF = b"%PDF-1.4\n% signed contract scan\n" + b"0" * 2048
CONTRACT = """mutation($input: CreateContractInput!) { createContract(input: $input) {
  contract { id } userErrors { field code } } }"""
ATTACH = """mutation($input: ContractFileInput!) { attachContractFile(input: $input) {
  contract { attachments { id name contentType size sha256 downloadUrl } }
  userErrors { field code } } }"""
REMOVE = """mutation($input: ContractFileInput!) { removeContractFile(input: $input) {
  contract { attachments { name } } userErrors { field code } } }"""


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


async def _upload(
    app_client: ApiClient, token: str, data: bytes, name: str, content_type: str
) -> Any:
    return await app_client.http.post(
        "/api/files",
        content=data,
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": content_type,
            "X-File-Name": quote(name),
        },
    )


async def _stored(database: Database) -> list[tuple[Any, ...]]:
    async with database.sessionmaker() as session:
        rows = await session.execute(text("SELECT name, size FROM stored_files ORDER BY name"))
        attached = await session.execute(text("SELECT count(*) FROM contract_attachments"))
        return [tuple(r) for r in rows] + [(attached.scalar_one(),)]


async def test_a_signed_scan_is_uploaded_attached_and_downloaded_by_those_who_may(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    customer = await factory.create_customer(company.people["rep"], "华信")
    rep = await app_client.token_for("rep@x.cn")
    contract = await call(
        app_client,
        rep,
        CONTRACT,
        {"input": {"name": "年度框架合同", "customerId": gid("Customer", customer)}},
    )
    uploaded = await _upload(app_client, rep, PDF, "合同扫描件 2026.pdf", "application/pdf")
    assert uploaded.status_code == 201
    file = uploaded.json()
    assert file | {"id": None} == {
        "id": None,
        "name": "合同扫描件 2026.pdf",
        "contentType": "application/pdf",
        "size": len(PDF),
        "sha256": hashlib.sha256(PDF).hexdigest(),
    }
    attached = await call(
        app_client,
        rep,
        ATTACH,
        {"input": {"contractId": contract["contract"]["id"], "fileId": file["id"]}},
    )
    [attachment] = attached["contract"]["attachments"]
    assert attachment["downloadUrl"] == f"/api/files/{file['id']}"
    again = await call(
        app_client,
        rep,
        ATTACH,
        {"input": {"contractId": contract["contract"]["id"], "fileId": file["id"]}},
    )
    assert len(again["contract"]["attachments"]) == 1  # attaching twice keeps one

    # The manager of the rep's team reads the contract, so the file; the south rep does not.
    manager = await app_client.token_for("manager@x.cn")
    got = await app_client.http.get(
        attachment["downloadUrl"], headers={"Authorization": f"Bearer {manager}"}
    )
    assert got.status_code == 200
    assert got.content == PDF
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["content-disposition"] == (
        "attachment; filename*=UTF-8''" + quote("合同扫描件 2026.pdf")
    )
    assert got.headers["x-content-type-options"] == "nosniff"
    south = await app_client.token_for("south@x.cn")
    hidden = await app_client.http.get(
        attachment["downloadUrl"], headers={"Authorization": f"Bearer {south}"}
    )
    assert hidden.status_code == 404
    assert hidden.json()["error"]["code"] == "NOT_FOUND"
    anonymous = await app_client.http.get(attachment["downloadUrl"])
    assert anonymous.status_code == 401

    removed = await call(
        app_client,
        rep,
        REMOVE,
        {"input": {"contractId": contract["contract"]["id"], "fileId": file["id"]}},
    )
    assert removed["contract"]["attachments"] == []
    after = await app_client.http.get(
        attachment["downloadUrl"], headers={"Authorization": f"Bearer {manager}"}
    )
    assert after.status_code == 404  # no longer attached to anything the manager reads


async def test_bad_uploads_and_attachments_are_refused_and_store_nothing(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    too_big = b"0" * (20 * 1024 * 1024 + 1)
    big = await _upload(app_client, rep, too_big, "大文件.pdf", "application/pdf")
    assert (big.status_code, big.json()["error"]) == (
        413,
        {"code": "FILE_TOO_LARGE", "message": "文件不能超过 20 MB"},
    )
    script = await _upload(app_client, rep, b"<script>", "x.html", "text/html")
    assert (script.status_code, script.json()["error"]["code"]) == (422, "FILE_TYPE_NOT_ALLOWED")
    empty = await _upload(app_client, rep, b"", "空.pdf", "application/pdf")
    assert (empty.status_code, empty.json()["error"]["code"]) == (422, "FILE_EMPTY")
    nameless = await _upload(app_client, rep, PDF, "", "application/pdf")
    assert (nameless.status_code, nameless.json()["error"]["code"]) == (422, "FILE_NAME_INVALID")
    assert await _stored(database) == [(0,)]

    # Someone else's upload cannot be attached; nor can a file go on a contract out of scope.
    south_customer = await factory.create_customer(company.people["south_rep"], "南方客户")
    south = await app_client.token_for("south@x.cn")
    theirs = await call(
        app_client,
        south,
        CONTRACT,
        {"input": {"name": "南区合同", "customerId": gid("Customer", south_customer)}},
    )
    mine = (await _upload(app_client, rep, PDF, "我的.pdf", "application/pdf")).json()
    before = await _stored(database)
    outside = await call(
        app_client,
        rep,
        ATTACH,
        {"input": {"contractId": theirs["contract"]["id"], "fileId": mine["id"]}},
    )
    assert outside["userErrors"] == [{"field": ["input", "contractId"], "code": "NOT_FOUND"}]
    not_mine = await call(
        app_client,
        south,
        ATTACH,
        {"input": {"contractId": theirs["contract"]["id"], "fileId": mine["id"]}},
    )
    assert not_mine["userErrors"] == [{"field": ["input", "fileId"], "code": "NOT_FOUND"}]
    assert await _stored(database) == before
