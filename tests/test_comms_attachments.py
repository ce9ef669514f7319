"""Files of communication records and visit check-ins: attached on logging or later, only
files the author uploaded and of the accepted kinds and size; downloaded only by those who
may read what the communication is about; check-ins checked for range and kept with photos."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from junlite.app import create_app
from junlite.config import Settings
from junlite.db.session import Database
from tests.comms_helpers import (
    ATTACH,
    DETACH,
    JPEG,
    LOG,
    MP3,
    PDF,
    UPDATE,
    comms_digest,
    problems,
    upload,
)
from tests.conftest import ApiClient
from tests.factories import Factory
from tests.sales_helpers import Company, call, gid, make_company


@pytest.fixture
async def company(factory: Factory) -> Company:
    return await make_company(factory)


@pytest.fixture
async def small_limit_client(settings: Settings) -> AsyncIterator[ApiClient]:
    """The app with communication attachments limited to 1 MB."""
    app = create_app(settings.model_copy(update={"communication_attachment_max_mb": 1}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app, client=("198.51.100.7", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield ApiClient(client, app)


async def _download(app: ApiClient, url: str, token: str) -> httpx.Response:
    return await app.http.get(url, headers={"Authorization": f"Bearer {token}"})


async def test_files_attached_on_logging_are_downloaded_by_who_may_read_the_subject(
    app_client: ApiClient, company: Company, factory: Factory
) -> None:
    customer = await factory.create_customer(company.people["rep"], "华信")
    rep = await app_client.token_for("rep@x.cn")
    notes = await upload(app_client, rep, PDF, "会议纪要.pdf", "application/pdf")
    recording = await upload(app_client, rep, MP3, "通话录音.mp3", "audio/mpeg")
    logged = await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "PHONE",
                "content": "电话确认需求",
                "attachmentIds": [notes, recording],
            }
        },
    )
    assert logged["userErrors"] == []
    assert logged["communication"]["attachments"] == [
        {
            "name": "会议纪要.pdf",
            "contentType": "application/pdf",
            "size": len(PDF),
            "downloadUrl": f"/api/files/{notes}",
        },
        {
            "name": "通话录音.mp3",
            "contentType": "audio/mpeg",
            "size": len(MP3),
            "downloadUrl": f"/api/files/{recording}",
        },
    ]
    manager = await app_client.token_for("manager@x.cn")
    got = await _download(app_client, f"/api/files/{recording}", manager)
    assert (got.status_code, got.content) == (200, MP3)
    south = await app_client.token_for("south@x.cn")
    assert (await _download(app_client, f"/api/files/{recording}", south)).status_code == 404

    record_id = logged["communication"]["id"]
    detached = await call(
        app_client, rep, DETACH, {"input": {"communicationId": record_id, "fileId": recording}}
    )
    assert detached["communication"]["attachments"] == [{"name": "会议纪要.pdf"}]
    # No longer attached to anything the manager reads; the uploader still has it.
    assert (await _download(app_client, f"/api/files/{recording}", manager)).status_code == 404
    assert (await _download(app_client, f"/api/files/{recording}", rep)).status_code == 200
    again = await call(
        app_client, rep, DETACH, {"input": {"communicationId": record_id, "fileId": recording}}
    )
    assert problems(again) == [("fileId", "NOT_FOUND")]


async def test_attaching_later_keeps_the_good_files_and_reports_each_bad_one(
    small_limit_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    app = small_limit_client
    customer = await factory.create_customer(company.people["rep"], "云帆")
    rep = await app.token_for("rep@x.cn")
    logged = await call(
        app,
        rep,
        LOG,
        {"input": {"subjectId": gid("Customer", customer), "channel": "EMAIL", "content": "报价"}},
    )
    record_id = logged["communication"]["id"]
    photo = await upload(app, rep, JPEG, "名片.jpg", "image/jpeg")
    csv = await upload(app, rep, b"a,b\n1,2\n", "清单.csv", "text/csv")
    big = await upload(app, rep, b"%PDF" + b"0" * (1024 * 1024), "大文件.pdf", "application/pdf")
    south = await app.token_for("south@x.cn")
    not_mine = await upload(app, south, PDF, "别人的.pdf", "application/pdf")
    attached = await call(
        app,
        rep,
        ATTACH,
        {"input": {"communicationId": record_id, "fileIds": [photo, csv, big, not_mine, photo]}},
    )
    assert attached["communication"]["attachments"] == [{"name": "名片.jpg"}]
    assert problems(attached) == [
        ("fileIds.1", "ATTACHMENT_TYPE_NOT_ALLOWED"),
        ("fileIds.2", "ATTACHMENT_TOO_LARGE"),
        ("fileIds.3", "NOT_FOUND"),
        ("fileIds.4", "DUPLICATE_FILE"),
    ]
    assert attached["userErrors"][1]["message"] == "沟通记录的附件不能超过 1 MB"
    # Photos belong to visits, and must be pictures.
    before = await comms_digest(database)
    not_visit = await call(
        app,
        rep,
        ATTACH,
        {"input": {"communicationId": record_id, "fileIds": [photo], "kind": "PHOTO"}},
    )
    assert problems(not_visit) == [("kind", "CHECK_IN_ONLY_FOR_VISIT")]
    outsider = await call(
        app, south, ATTACH, {"input": {"communicationId": record_id, "fileIds": [not_mine]}}
    )
    assert problems(outsider) == [("communicationId", "NOT_FOUND")]
    assert await comms_digest(database) == before


async def test_a_visit_checks_in_with_its_location_and_photos(
    app_client: ApiClient, company: Company, factory: Factory, database: Database
) -> None:
    customer = await factory.create_customer(company.people["rep"], "金桥")
    rep = await app_client.token_for("rep@x.cn")
    front = await upload(app_client, rep, JPEG, "门头.jpg", "image/jpeg")
    taken = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    logged = await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "VISIT",
                "durationSeconds": 3600,
                "content": "上门拜访，见了采购经理",
                "checkIn": {
                    "latitude": 31.23041649,
                    "longitude": 121.4737,
                    "accuracyMeters": 15,
                    "address": "上海市黄浦区人民大道 200 号",
                    "takenAt": taken.isoformat(),
                    "photoIds": [front],
                },
            }
        },
    )
    assert logged["userErrors"] == []
    assert logged["communication"]["checkIn"] == {
        "latitude": 31.230416,  # to a micro-degree (about 0.1 m)
        "longitude": 121.4737,
        "accuracyMeters": 15,
        "address": "上海市黄浦区人民大道 200 号",
        "takenAt": taken.isoformat(),
        "photos": [{"name": "门头.jpg"}],
    }
    assert logged["communication"]["attachments"] == []  # photos are the check-in's
    twice = await call(
        app_client,
        rep,
        LOG,
        {
            "input": {
                "subjectId": gid("Customer", customer),
                "channel": "VISIT",
                "content": "同一张照片既作附件又作签到照片",
                "attachmentIds": [front],
                "checkIn": {
                    "latitude": 30,
                    "longitude": 120,
                    "takenAt": taken.isoformat(),
                    "photoIds": [front],
                },
            }
        },
    )
    assert problems(twice) == [("checkIn.photoIds.0", "DUPLICATE_FILE")]
    manager = await app_client.token_for("manager@x.cn")
    assert (await _download(app_client, f"/api/files/{front}", manager)).status_code == 200

    record_id = logged["communication"]["id"]
    before = await comms_digest(database)
    pdf = await upload(app_client, rep, PDF, "资料.pdf", "application/pdf")
    bad = await call(
        app_client,
        rep,
        UPDATE,
        {
            "input": {
                "id": record_id,
                "checkIn": {
                    "latitude": -90.5,
                    "longitude": 181,
                    "accuracyMeters": 20_000,
                    "takenAt": "2099-01-01T00:00:00+08:00",
                    "photoIds": [pdf],
                },
            }
        },
    )
    assert problems(bad) == [
        ("checkIn.latitude", "LATITUDE_OUT_OF_RANGE"),
        ("checkIn.longitude", "LONGITUDE_OUT_OF_RANGE"),
        ("checkIn.accuracyMeters", "ACCURACY_OUT_OF_RANGE"),
        ("checkIn.takenAt", "CHECK_IN_IN_FUTURE"),
    ]
    not_image = await call(
        app_client,
        rep,
        UPDATE,
        {
            "input": {
                "id": record_id,
                "checkIn": {
                    "latitude": 30,
                    "longitude": 120,
                    "takenAt": taken.isoformat(),
                    "photoIds": [pdf],
                },
            }
        },
    )
    assert problems(not_image) == [("checkIn.photoIds.0", "PHOTO_NOT_IMAGE")]
    to_phone = await call(app_client, rep, UPDATE, {"input": {"id": record_id, "channel": "PHONE"}})
    assert problems(to_phone) == [("channel", "CHECK_IN_ONLY_FOR_VISIT")]
    assert await comms_digest(database) == before

    cleared = await call(
        app_client, rep, UPDATE, {"input": {"id": record_id, "channel": "PHONE", "checkIn": None}}
    )
    assert cleared["userErrors"] == []
    assert (cleared["communication"]["channel"], cleared["communication"]["checkIn"]) == (
        "PHONE",
        None,
    )
