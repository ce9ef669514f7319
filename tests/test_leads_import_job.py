"""The import job: safe to run twice (even at once), resumable after a crash, cancellable, and
followed live over the `leadImportProgress` subscription."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from junlite.auth.service import RequestOrigin, authenticate_access_token
from junlite.config import Settings
from junlite.db.session import Database
from junlite.graphql.context import Context
from junlite.leads.importer import writing
from junlite.leads.importer.models import LeadImport
from junlite.leads.models import Lead, LeadHistory
from junlite.security.vault import Vault
from tests.conftest import ApiClient, count_rows
from tests.factories import Factory
from tests.lead_helpers_import import (
    CANCEL,
    READ,
    csv_bytes,
    run_job,
    start_import,
    upload_file,
    worker_context,
)

ROWS = [["姓名", "手机"]] + [[f"客户{n}", f"1380013{n:04d}"] for n in range(1, 10)]
ROWS.append(["客户1再来", "13800130001"])  # the same person as row 2, in the last chunk

SUBSCRIBE = """subscription($id: ID!) { leadImportProgress(importId: $id) {
  status total processed created skipped } }"""


@pytest.fixture
async def setup(
    factory: Factory,
    app_client: ApiClient,
    settings: Settings,
    app_database: Database,
    vault: Vault,
) -> Any:
    org = await factory.create_org()
    await factory.create_user(org, role="marketing", email="mkt@example.cn")
    token = await app_client.token_for("mkt@example.cn")
    small_chunks = settings.model_copy(update={"lead_import_chunk_rows": 4})
    ctx = worker_context(small_chunks, app_database, vault)
    yield org, token, ctx
    await ctx["redis_app"].aclose()


async def _started(app: ApiClient, token: str) -> str:
    file_id = await upload_file(app, token, csv_bytes(ROWS))
    payload = await start_import(app, token, file_id)
    return str(payload["leadImport"]["id"])


async def _read(app: ApiClient, token: str, import_id: str) -> dict[str, Any]:
    body = await app.gql(READ, {"id": import_id}, token=token)
    result: dict[str, Any] = body["data"]["leadImport"]
    return result


async def test_running_the_job_twice_imports_once(
    app_client: ApiClient, setup: Any, database: Database
) -> None:
    org, token, ctx = setup
    import_id = await _started(app_client, token)
    await asyncio.gather(run_job(ctx, org.id, import_id), run_job(ctx, org.id, import_id))
    assert await run_job(ctx, org.id, import_id) == "done"
    result = await _read(app_client, token, import_id)
    assert (result["status"], result["created"], result["skipped"]) == ("DONE", 9, 1)
    assert await count_rows(database, Lead) == 9
    assert await count_rows(database, LeadHistory) == 9


async def test_a_crashed_run_resumes_after_its_last_committed_chunk(
    app_client: ApiClient, setup: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    org, token, ctx = setup
    import_id = await _started(app_client, token)
    real_write = writing.write_chunk
    calls = 0

    async def dies_on_the_second_chunk(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise asyncio.CancelledError  # the worker is killed mid-way
        return await real_write(*args, **kwargs)

    monkeypatch.setattr("junlite.leads.importer.job.write_chunk", dies_on_the_second_chunk)
    with pytest.raises(asyncio.CancelledError):
        await run_job(ctx, org.id, import_id)
    halfway = await _read(app_client, token, import_id)
    assert (halfway["status"], halfway["processed"], halfway["created"]) == ("RUNNING", 4, 4)
    monkeypatch.setattr("junlite.leads.importer.job.write_chunk", real_write)
    await run_job(ctx, org.id, import_id)
    result = await _read(app_client, token, import_id)
    assert (result["status"], result["processed"], result["created"]) == ("DONE", 10, 9)
    # The last row still knows it repeats row 2, committed by the run that crashed.
    assert [(p["rowNumber"], p["reasons"][0]["code"]) for p in result["problems"]] == [
        (11, "IMPORT_DUPLICATE_ROW")
    ]
    assert await count_rows(database, Lead) == 9


async def test_a_cancelled_import_stops_and_cannot_be_cancelled_again(
    app_client: ApiClient, setup: Any, database: Database
) -> None:
    org, token, ctx = setup
    import_id = await _started(app_client, token)
    body = await app_client.gql(CANCEL, {"input": {"id": import_id}}, token=token)
    assert body["data"]["cancelLeadImport"]["leadImport"]["status"] == "CANCELLED"
    assert await run_job(ctx, org.id, import_id) == "cancelled"
    assert await count_rows(database, Lead) == 0
    again = await app_client.gql(CANCEL, {"input": {"id": import_id}}, token=token)
    assert again["data"]["cancelLeadImport"]["userErrors"] == [
        {"field": ["input", "id"], "code": "IMPORT_NOT_CANCELLABLE"}
    ]


async def test_progress_arrives_over_the_subscription_in_order_and_ends_at_done(
    app_client: ApiClient, setup: Any, settings: Settings
) -> None:
    org, token, ctx = setup
    import_id = await _started(app_client, token)
    resources = app_client.app.state.resources
    async with resources.database.sessionmaker() as session:
        user = await authenticate_access_token(session, resources.redis, settings, token)
    context = Context(resources, user=user, origin=RequestOrigin("127.0.0.1", "test"), locale=None)
    schema = app_client.app.state.graphql_schema
    stream = await schema.subscribe(
        SUBSCRIBE, variable_values={"id": import_id}, context_value=context
    )
    first = await anext(stream)
    assert first.data["leadImportProgress"]["status"] == "QUEUED"
    job = asyncio.create_task(run_job(ctx, org.id, import_id))
    events = []
    async for result in stream:
        assert result.errors is None, result.errors
        events.append(result.data["leadImportProgress"])
    await job
    processed = [event["processed"] for event in events]
    assert processed == sorted(processed)
    assert events[-1] == {
        "status": "DONE", "total": 10, "processed": 10, "created": 9, "skipped": 1,
    }  # fmt: skip
    assert all(event["status"] == "RUNNING" for event in events[:-1])


async def test_an_import_is_seen_only_by_whoever_started_it(
    app_client: ApiClient, setup: Any, factory: Factory, database: Database
) -> None:
    org, token, _ = setup
    import_id = await _started(app_client, token)
    await factory.create_user(org, role="marketing", email="other@example.cn")
    other = await app_client.token_for("other@example.cn")
    body = await app_client.gql(READ, {"id": import_id}, token=other)
    assert body["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    async with database.sessionmaker() as session:
        assert len((await session.scalars(select(LeadImport))).all()) == 1
