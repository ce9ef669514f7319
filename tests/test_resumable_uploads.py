"""Resumable uploads under the phone's own id (PUT /api/files/{id}): a photo interrupted in a
basement resumes where the server says it stopped, a retry whose answer was lost stores
nothing twice, a chunk from the wrong place or of another file is refused and changes nothing,
and an id someone else's file has is never taken over."""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import text

from junlite.config import Settings
from junlite.db.ids import global_id
from junlite.db.session import Database
from junlite.files import jobs as files_jobs
from junlite.files.storage import PartialKey, storage_from_settings
from tests.comms_helpers import LOG
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company

# A JPEG-typed photo of 3,500 bytes, sent in chunks of 1,200, 1,200 and 1,100.
PHOTO = b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 13 + b"\xff\xd9" * 81
assert len(PHOTO) == 3500
CHUNKS = [(0, PHOTO[:1200]), (1200, PHOTO[1200:2400]), (2400, PHOTO[2400:])]
SHA256 = hashlib.sha256(PHOTO).hexdigest()


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


async def _put(
    app: ApiClient,
    token: str | None,
    file_id: str,
    body: bytes,
    *,
    start: int | None = None,
    total: int = len(PHOTO),
    name: str = "门头.jpg",
    content_type: str = "image/jpeg",
    content_range: str | None = None,
) -> httpx.Response:
    headers = {"Content-Type": content_type, "X-File-Name": quote(name)}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    if content_range is not None:
        headers["Content-Range"] = content_range
    elif start is not None:
        headers["Content-Range"] = f"bytes {start}-{start + len(body) - 1}/{total}"
    return await app.http.put(f"/api/files/{file_id}", content=body, headers=headers)


async def _progress(app: ApiClient, token: str | None, file_id: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await app.http.get(f"/api/files/{file_id}/upload", headers=headers)


async def _head(app: ApiClient, token: str | None, file_id: str) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await app.http.head(f"/api/files/{file_id}", headers=headers)


def _upload_headers(response: httpx.Response) -> tuple[str | None, ...]:
    return tuple(
        response.headers.get(name) for name in ("upload-offset", "upload-length", "upload-complete")
    )


async def _files(database: Database) -> list[tuple[Any, ...]]:
    """Every stored file, and how many `file.uploaded` audit records there are."""
    async with database.sessionmaker() as session:
        rows = await session.execute(
            text("SELECT id, name, size, sha256, created_by FROM stored_files ORDER BY id")
        )
        audited = await session.execute(
            text("SELECT count(*) FROM audit_events WHERE action = 'file.uploaded'")
        )
        return [tuple(row) for row in rows] + [(audited.scalar_one(),)]


def _partial(settings: Settings, company: Company, person: str, file_id: uuid.UUID) -> Any:
    user = company.people[person]
    key = PartialKey(user.org_id, user.id, file_id)
    return storage_from_settings(settings).partial_path(key)


def _file_json(file_id: uuid.UUID) -> dict[str, Any]:
    return {
        "id": global_id("File", file_id),
        "name": "门头.jpg",
        "contentType": "image/jpeg",
        "size": len(PHOTO),
        "sha256": SHA256,
    }


async def test_an_interrupted_photo_resumes_where_the_server_says_and_is_stored_once(
    app_client: ApiClient, company: Company, database: Database, settings: Settings
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    photo_id = uuid.uuid4()  # made by the phone
    unknown = await _progress(app_client, rep, str(photo_id))
    assert (unknown.status_code, unknown.json()["error"]["code"]) == (404, "NOT_FOUND")
    assert unknown.headers["upload-offset"] == "0"
    unknown_head = await _head(app_client, rep, str(photo_id))
    assert (unknown_head.status_code, unknown_head.headers["upload-offset"]) == (404, "0")

    first = await _put(app_client, rep, str(photo_id), CHUNKS[0][1], start=0)
    assert (first.status_code, first.json()) == (308, {"offset": 1200, "total": 3500})
    assert _upload_headers(first) == ("1200", "3500", "0")
    # The connection drops here; back online, the phone asks where to resume.
    where = await _progress(app_client, rep, str(photo_id))
    assert (where.status_code, where.json()) == (
        200,
        {"offset": 1200, "total": 3500, "complete": False},
    )
    assert _upload_headers(where) == ("1200", "3500", "0")
    probe = await _head(app_client, rep, str(photo_id))
    assert (probe.status_code, _upload_headers(probe), probe.content) == (
        200,
        ("1200", "3500", "0"),
        b"",
    )

    # The global id form names the same upload.
    second = await _put(app_client, rep, global_id("File", photo_id), CHUNKS[1][1], start=1200)
    assert (second.status_code, second.json()) == (308, {"offset": 2400, "total": 3500})
    last = await _put(app_client, rep, str(photo_id), CHUNKS[2][1], start=2400)
    assert (last.status_code, last.json()) == (201, _file_json(photo_id))
    assert _upload_headers(last) == ("3500", "3500", "1")

    download = await app_client.http.get(
        f"/api/files/{global_id('File', photo_id)}", headers={"Authorization": f"Bearer {rep}"}
    )
    assert (download.status_code, download.content) == (200, PHOTO)
    assert download.headers["content-type"] == "image/jpeg"

    # The last answer was lost: the phone sends the last chunk again, or starts over.
    replayed = await _put(app_client, rep, str(photo_id), CHUNKS[2][1], start=2400)
    assert (replayed.status_code, replayed.json()) == (200, _file_json(photo_id))
    from_start = await _put(app_client, rep, str(photo_id), CHUNKS[0][1], start=0)
    assert (from_start.status_code, from_start.json()) == (200, _file_json(photo_id))
    done = await _progress(app_client, rep, str(photo_id))
    assert (done.status_code, done.json()) == (
        200,
        {"offset": 3500, "total": 3500, "complete": True, "file": _file_json(photo_id)},
    )
    assert _upload_headers(done) == ("3500", "3500", "1")
    done_head = await _head(app_client, rep, global_id("File", photo_id))
    assert (done_head.status_code, _upload_headers(done_head)) == (200, ("3500", "3500", "1"))

    rep_id = company.people["rep"].id
    assert await _files(database) == [(photo_id, "门头.jpg", 3500, SHA256, rep_id), (1,)]
    assert not _partial(settings, company, "rep", photo_id).exists()


async def test_a_whole_file_in_one_put_is_stored_and_a_retry_stores_nothing(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    photo_id = uuid.uuid4()
    whole = await _put(app_client, rep, str(photo_id), PHOTO)
    assert (whole.status_code, whole.json()) == (201, _file_json(photo_id))
    again = await _put(app_client, rep, str(photo_id), PHOTO)
    assert (again.status_code, again.json()) == (200, _file_json(photo_id))
    rep_id = company.people["rep"].id
    assert await _files(database) == [(photo_id, "门头.jpg", 3500, SHA256, rep_id), (1,)]


async def test_racing_retries_keep_each_chunk_once_and_make_one_file(
    app_client: ApiClient, company: Company, database: Database
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    photo_id = str(uuid.uuid4())
    # A retry sent while its slow original is still being handled.
    racing = await asyncio.gather(
        _put(app_client, rep, photo_id, CHUNKS[0][1], start=0),
        _put(app_client, rep, photo_id, CHUNKS[0][1], start=0),
    )
    assert sorted(r.status_code for r in racing) == [308, 409]
    assert [r.headers["upload-offset"] for r in racing] == ["1200", "1200"]
    assert (await _put(app_client, rep, photo_id, CHUNKS[1][1], start=1200)).status_code == 308
    finishing = await asyncio.gather(
        _put(app_client, rep, photo_id, CHUNKS[2][1], start=2400),
        _put(app_client, rep, photo_id, CHUNKS[2][1], start=2400),
    )
    assert sorted(r.status_code for r in finishing) == [200, 201]
    assert [r.json()["sha256"] for r in finishing] == [SHA256, SHA256]
    rep_id = company.people["rep"].id
    assert await _files(database) == [
        (uuid.UUID(photo_id), "门头.jpg", 3500, SHA256, rep_id),
        (1,),
    ]


async def test_a_chunk_from_the_wrong_place_or_of_another_file_is_refused_and_changes_nothing(
    app_client: ApiClient, company: Company, database: Database, settings: Settings
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    photo_id = uuid.uuid4()
    assert (await _put(app_client, rep, str(photo_id), CHUNKS[0][1], start=0)).status_code == 308
    partial = _partial(settings, company, "rep", photo_id)
    kept = partial.read_bytes()
    assert kept == PHOTO[:1200]

    skipped = await _put(app_client, rep, str(photo_id), CHUNKS[2][1], start=2400)
    assert (skipped.status_code, skipped.json()) == (
        409,
        {
            "error": {
                "code": "UPLOAD_OFFSET_MISMATCH",
                "message": "服务器已收到 1200 字节，请从第 1200 字节继续上传",
                "offset": 1200,
                "total": 3500,
            }
        },
    )
    assert _upload_headers(skipped) == ("1200", "3500", "0")
    repeated = await _put(app_client, rep, str(photo_id), CHUNKS[0][1], start=0)
    assert (repeated.status_code, repeated.json()["error"]["offset"]) == (409, 1200)

    refusals = {
        "total changed": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], start=1200, total=3600
        ),
        "name changed": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], start=1200, name="另一张.jpg"
        ),
        "type changed": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], start=1200, content_type="image/png"
        ),
        "past the total": await _put(
            app_client, rep, str(photo_id), b"x" * 2400, content_range="bytes 1200-3599/3500"
        ),
        "body shorter than the range": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], content_range="bytes 1200-2499/3500"
        ),
        "no range unit": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], content_range="1200-2399/3500"
        ),
        "unknown total": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], content_range="bytes 1200-2399/*"
        ),
        "end before start": await _put(
            app_client, rep, str(photo_id), CHUNKS[1][1], content_range="bytes 2399-1200/3500"
        ),
    }
    codes = {reason: (r.status_code, r.json()["error"]["code"]) for reason, r in refusals.items()}
    assert codes == {
        "total changed": (422, "UPLOAD_CHANGED"),
        "name changed": (422, "UPLOAD_CHANGED"),
        "type changed": (422, "UPLOAD_CHANGED"),
        "past the total": (422, "UPLOAD_EXCEEDS_TOTAL"),
        "body shorter than the range": (422, "UPLOAD_RANGE_INVALID"),
        "no range unit": (422, "UPLOAD_RANGE_INVALID"),
        "unknown total": (422, "UPLOAD_RANGE_INVALID"),
        "end before start": (422, "UPLOAD_RANGE_INVALID"),
    }
    assert refusals["past the total"].json()["error"]["message"] == (
        "这一段超出了文件的总大小 3500 字节"
    )
    assert partial.read_bytes() == kept
    where = await _progress(app_client, rep, str(photo_id))
    assert where.json() == {"offset": 1200, "total": 3500, "complete": False}
    assert await _files(database) == [(0,)]

    # Nothing was spoiled: the upload goes on from the true offset to the right file.
    assert (await _put(app_client, rep, str(photo_id), CHUNKS[1][1], start=1200)).status_code == 308
    last = await _put(app_client, rep, str(photo_id), CHUNKS[2][1], start=2400)
    assert (last.status_code, last.json()) == (201, _file_json(photo_id))


async def test_an_upload_over_the_limit_or_not_accepted_is_refused_before_anything_is_kept(
    app_client: ApiClient, company: Company, database: Database, settings: Settings
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    photo_id = uuid.uuid4()
    too_big = 20 * 1024 * 1024 + 1
    big = await _put(app_client, rep, str(photo_id), CHUNKS[0][1], start=0, total=too_big)
    assert (big.status_code, big.json()) == (
        413,
        {"error": {"code": "FILE_TOO_LARGE", "message": "文件不能超过 20 MB"}},
    )
    script = await _put(
        app_client, rep, str(photo_id), b"<script>", start=0, total=8, content_type="text/html"
    )
    assert (script.status_code, script.json()["error"]["code"]) == (422, "FILE_TYPE_NOT_ALLOWED")
    nameless = await _put(app_client, rep, str(photo_id), CHUNKS[0][1], start=0, name="")
    assert (nameless.status_code, nameless.json()["error"]["code"]) == (422, "FILE_NAME_INVALID")
    empty = await _put(app_client, rep, str(photo_id), b"")
    assert (empty.status_code, empty.json()["error"]["code"]) == (422, "FILE_EMPTY")
    bad_id = await _put(app_client, rep, "photo-1", CHUNKS[0][1], start=0)
    assert (bad_id.status_code, bad_id.json()["error"]["code"]) == (422, "UPLOAD_ID_INVALID")
    contract_id = global_id("Contract", photo_id)  # an id, but not of a file
    not_a_file = await _put(app_client, rep, contract_id, CHUNKS[0][1], start=0)
    assert not_a_file.json()["error"]["code"] == "UPLOAD_ID_INVALID"

    anonymous = await _put(app_client, None, str(photo_id), CHUNKS[0][1], start=0)
    assert (anonymous.status_code, anonymous.json()["error"]["code"]) == (401, "UNAUTHENTICATED")
    assert anonymous.headers["www-authenticate"] == "Bearer"
    forged = await _put(app_client, "not-a-token", str(photo_id), CHUNKS[0][1], start=0)
    assert forged.status_code == 401
    assert (await _progress(app_client, None, str(photo_id))).status_code == 401
    assert (await _head(app_client, None, str(photo_id))).status_code == 401

    assert (await _progress(app_client, rep, str(photo_id))).status_code == 404
    assert not _partial(settings, company, "rep", photo_id).exists()
    assert await _files(database) == [(0,)]


async def test_an_id_that_is_someone_elses_file_is_refused_and_changes_nothing(
    app_client: ApiClient,
    company: Company,
    factory: Factory,
    database: Database,
    settings: Settings,
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    photo_id = uuid.uuid4()
    assert (await _put(app_client, rep, str(photo_id), PHOTO)).status_code == 201
    before = await _files(database)

    other_org = await factory.create_org()
    await factory.create_user(other_org, email="rep@other.cn")
    strangers = {
        "a colleague": await app_client.token_for("manager@x.cn"),
        "another organisation": await app_client.token_for("rep@other.cn"),
    }
    for token in strangers.values():
        for body, start in ((b"\xff\xd8 mine", None), (CHUNKS[0][1], 0)):
            taken = await _put(app_client, token, str(photo_id), body, start=start)
            assert (taken.status_code, taken.json()["error"]) == (
                409,
                {"code": "FILE_ID_TAKEN", "message": "该文件 ID 已被占用，请换一个新的 ID 上传"},
            )
        assert (await _progress(app_client, token, str(photo_id))).status_code == 404
        assert (await _head(app_client, token, str(photo_id))).status_code == 404
    assert await _files(database) == before
    download = await app_client.http.get(
        f"/api/files/{global_id('File', photo_id)}", headers={"Authorization": f"Bearer {rep}"}
    )
    assert download.content == PHOTO

    # Two people may each start under an id; the first to finish has it.
    shared_id = str(uuid.uuid4())
    manager = strangers["a colleague"]
    assert (await _put(app_client, manager, shared_id, CHUNKS[0][1], start=0)).status_code == 308
    assert (await _put(app_client, rep, shared_id, PHOTO)).status_code == 201
    late = await _put(app_client, manager, shared_id, CHUNKS[1][1], start=1200)
    assert (late.status_code, late.json()["error"]["code"]) == (409, "FILE_ID_TAKEN")
    assert not _partial(settings, company, "manager", uuid.UUID(shared_id)).exists()


async def test_a_resumed_photo_goes_on_a_visit_check_in(
    app_client: ApiClient, company: Company, factory: Factory
) -> None:
    customer = await factory.create_customer(company.people["rep"], "金桥")
    rep = await app_client.token_for("rep@x.cn")
    photo_id = str(uuid.uuid4())
    for start, chunk in CHUNKS:
        answer = await _put(app_client, rep, photo_id, chunk, start=start)
    stored = answer.json()
    taken = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    logged = await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "VISIT",
                "content": "上门拜访，拍了门头",
                "checkIn": {
                    "latitude": 31.2304,
                    "longitude": 121.4737,
                    "accuracyMeters": 15,
                    "address": "上海市黄浦区人民大道 200 号",
                    "takenAt": taken.isoformat(),
                    "photoIds": [stored["id"]],
                },
            }
        },
    )
    assert logged["userErrors"] == []
    assert logged["communication"]["checkIn"] == {
        "latitude": 31.2304,
        "longitude": 121.4737,
        "accuracyMeters": 15,
        "address": "上海市黄浦区人民大道 200 号",
        "takenAt": taken.isoformat(),
        "photos": [{"name": "门头.jpg"}],
    }
    # The rep's manager reads the visit, so its photo: exactly the bytes the phone sent.
    manager = await app_client.token_for("manager@x.cn")
    got = await app_client.http.get(
        f"/api/files/{stored['id']}", headers={"Authorization": f"Bearer {manager}"}
    )
    assert (got.status_code, got.content) == (200, PHOTO)


async def test_uploads_abandoned_for_more_than_a_day_are_purged(
    app_client: ApiClient, company: Company, settings: Settings
) -> None:
    rep = await app_client.token_for("rep@x.cn")
    old_id, fresh_id = uuid.uuid4(), uuid.uuid4()
    for file_id in (old_id, fresh_id):
        assert (await _put(app_client, rep, str(file_id), CHUNKS[0][1], start=0)).status_code == 308
    old = _partial(settings, company, "rep", old_id)
    long_ago = time.time() - files_jobs.ABANDONED_AFTER_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    assert await files_jobs.purge_abandoned_uploads({"settings": settings}) == 1
    assert not old.exists()
    assert _partial(settings, company, "rep", fresh_id).read_bytes() == PHOTO[:1200]


async def test_a_browser_on_another_origin_may_resume_uploads(settings: Settings) -> None:
    from junlite.app import create_app

    app = create_app(settings.model_copy(update={"allowed_origins": ["https://m.example.cn"]}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            preflight = await http.options(
                f"/api/files/{uuid.uuid4()}",
                headers={
                    "Origin": "https://m.example.cn",
                    "Access-Control-Request-Method": "PUT",
                    "Access-Control-Request-Headers": "authorization,content-type,"
                    "content-range,x-file-name",
                },
            )
            answer = await http.get(
                f"/api/files/{uuid.uuid4()}/upload", headers={"Origin": "https://m.example.cn"}
            )
    assert preflight.status_code == 200
    assert "PUT" in preflight.headers["access-control-allow-methods"]
    exposed = answer.headers["access-control-expose-headers"].lower().split(", ")
    assert {"upload-offset", "upload-length", "upload-complete"} <= set(exposed)
