"""POST /api/files (upload) and GET /api/files/{id} (download), with the GraphQL access token;
PUT /api/files/{id} and GET /api/files/{id}/upload (resumable uploads under the client's id).

Upload: the file's bytes as the request body, its type in Content-Type, its name URL-encoded in
X-File-Name (no multipart: a phone uploading a photo resumes or retries one plain request).
The answer (201) is the file's id, which `attachContractFile` and later features attach.

| status | when |
|---|---|
| 201 | stored: {"id", "name", "contentType", "size", "sha256"} |
| 200 | downloaded: the bytes, as an attachment, with the type given at upload |
| 401 | no token, or an invalid or expired one |
| 404 | no such file, or one the caller may not see (the same answer) |
| 413 | larger than JUNLITE_MAX_UPLOAD_MB (spreadsheets: _SPREADSHEET_UPLOAD_MAX_MB) |
| 422 | empty, of a type not accepted, or without a name |

Resumable (files/uploads.py): PUT /api/files/{id}, `{id}` a UUID the client made (or its
`File:` global id), the same headers as POST plus `Content-Range: bytes START-END/TOTAL`
(none: the body is the whole file). HEAD /api/files/{id} (headers) and
GET /api/files/{id}/upload (JSON too) say where to resume.

| status | when |
|---|---|
| 308 | chunk kept, more expected: {"offset", "total"}, header Upload-Offset (no Location) |
| 201 | this chunk completed the file: the file's JSON as for POST |
| 200 | the file was already stored under this id by this user: its JSON, nothing stored |
| 409 | UPLOAD_OFFSET_MISMATCH (START is not the bytes received: "offset" in the error, and the
|     | Upload-Offset header), FILE_ID_TAKEN (the id is someone else's file) |
| 413 | TOTAL over the limit |
| 422 | UPLOAD_ID_INVALID, UPLOAD_RANGE_INVALID, UPLOAD_EXCEEDS_TOTAL, UPLOAD_CHANGED, and the
|     | checks of POST (FILE_EMPTY, FILE_NAME_INVALID, FILE_TYPE_NOT_ALLOWED) |
"""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser, authenticate_access_token
from junlite.db.ids import global_id
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError, ServiceError, render_message
from junlite.files import service, uploads
from junlite.files.models import StoredFile
from junlite.files.storage import storage_from_settings
from junlite.graphql.context import Resources
from junlite.graphql.relay import decode_global_id
from junlite.runtime.api import bearer, error_response, locale_of

PATH = "/api/files"


def make_files_router(resources: Resources) -> APIRouter:
    router = APIRouter()
    settings = resources.settings
    storage = storage_from_settings(settings)
    max_bytes = settings.max_upload_mb * 1024 * 1024
    spreadsheet_max_bytes = max(settings.spreadsheet_upload_max_mb * 1024 * 1024, max_bytes)

    async def signed_in(
        session: AsyncSession, request: Request, token: str
    ) -> CurrentUser | Response:
        """The token's user, the session bound to their organisation; or the 401 to answer."""
        try:
            user = await authenticate_access_token(session, resources.redis, settings, token)
        except AccessError as error:
            return error_response(401, error.code, locale_of(request, None))
        await bind_org(session, user.org_id)
        return user

    def limit_for(content_type: str) -> int:
        kind = content_type.split(";")[0].strip().lower()
        return spreadsheet_max_bytes if kind in service.SPREADSHEET_TYPES else max_bytes

    @router.post(PATH, include_in_schema=False)
    async def upload(request: Request) -> Response:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            return error_response(401, "UNAUTHENTICATED", locale_of(request, None))
        declared = request.headers.get("content-length", "")
        limit = limit_for(request.headers.get("content-type", ""))
        if declared.isdigit() and int(declared) > limit:
            return error_response(
                413, "FILE_TOO_LARGE", locale_of(request, None), max_mb=limit // (1024 * 1024)
            )
        async with resources.database.sessionmaker() as session:
            user = await signed_in(session, request, token)
            if isinstance(user, Response):
                return user
            try:
                stored = await service.store(
                    session,
                    storage,
                    user,
                    name=unquote(request.headers.get("x-file-name", "")),
                    content_type=request.headers.get("content-type", ""),
                    data=await request.body(),
                    max_bytes=limit,
                )
            except ServiceError as error:
                status = 413 if error.code == "FILE_TOO_LARGE" else 422
                return error_response(status, error.code, user.locale, **error.params)
            await session.commit()
        return JSONResponse(_file_json(stored), status_code=201)

    @router.get(PATH + "/{file_id}", include_in_schema=False)
    async def download(file_id: str, request: Request) -> Response:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            return error_response(401, "UNAUTHENTICATED", locale_of(request, None))
        async with resources.database.sessionmaker() as session:
            user = await signed_in(session, request, token)
            if isinstance(user, Response):
                return user
            try:
                row_id: uuid.UUID | None = decode_global_id(file_id, "File")
            except Exception:  # any malformed id is simply not a file
                row_id = None
            found = await service.readable_file(session, user, row_id) if row_id else None
            if found is None:
                return error_response(404, "NOT_FOUND", user.locale)
        return Response(
            await storage.read(found.org_id, found.id),
            media_type=found.content_type,
            headers={
                "Content-Disposition": f"attachment; filename*=UTF-8''{quote(found.name)}",
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "private, no-store",
            },
        )

    @router.put(PATH + "/{file_id}", include_in_schema=False)
    async def put_upload(file_id: str, request: Request) -> Response:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            return error_response(401, "UNAUTHENTICATED", locale_of(request, None))
        content_range = request.headers.get("content-range")
        content_type = request.headers.get("content-type", "")
        name = unquote(request.headers.get("x-file-name", ""))
        limit = limit_for(content_type)
        async with resources.database.sessionmaker() as session:
            user = await signed_in(session, request, token)
            if isinstance(user, Response):
                return user
            row_id = parse_file_id(file_id)
            if row_id is None:
                return error_response(422, "UPLOAD_ID_INVALID", user.locale)
            try:
                # A replay of a finished upload answers with its file, whatever it carries.
                existing = await uploads.stored_file(session, user, row_id)
                if existing is not None:
                    return _stored_response(existing, 200)
                declared_length = request.headers.get("content-length", "")
                if content_range is not None or declared_length.isdigit():
                    # Refused before a byte of the body is read.
                    uploads.declare(
                        content_range,
                        name=name,
                        content_type=content_type,
                        body_length=int(declared_length or 0),
                        max_bytes=limit,
                    )
                # No transaction stays open while the body arrives over a slow network.
                await session.rollback()
                data = await request.body()
                declared, chunk = uploads.declare(
                    content_range,
                    name=name,
                    content_type=content_type,
                    body_length=len(data),
                    max_bytes=limit,
                )
                outcome = await uploads.put(
                    session, resources.redis, storage, user, row_id, declared, chunk, data
                )
            except ServiceError as error:
                if error.code == "FILE_ID_TAKEN":  # whatever this user had sent is of no use
                    await session.rollback()
                    await uploads.forget(
                        resources.redis, storage, uploads.partial_key(user, row_id)
                    )
                return _upload_error(error, user.locale)
            await session.commit()
        if outcome.kind == "created":
            await uploads.forget(resources.redis, storage, uploads.partial_key(user, row_id))
        if outcome.file is not None:
            return _stored_response(outcome.file, 201 if outcome.kind == "created" else 200)
        return JSONResponse(
            {"offset": outcome.offset, "total": outcome.total},
            status_code=308,  # "resume incomplete", as resumable uploads answer it (no Location)
            headers=_progress_headers(outcome.offset, outcome.total, complete=False),
        )

    async def upload_progress(file_id: str, request: Request) -> Response:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            return error_response(401, "UNAUTHENTICATED", locale_of(request, None))
        async with resources.database.sessionmaker() as session:
            user = await signed_in(session, request, token)
            if isinstance(user, Response):
                return user
            row_id = parse_file_id(file_id)
            if row_id is None:
                return error_response(422, "UPLOAD_ID_INVALID", user.locale)
            found = await uploads.progress(session, resources.redis, storage, user, row_id)
        if found is None:
            missing = error_response(404, "NOT_FOUND", user.locale)
            missing.headers.update(_progress_headers(0, None, complete=False))
            return missing
        complete = found.kind == "stored"
        body: dict[str, Any] = {
            "offset": found.offset,
            "total": found.total,
            "complete": complete,
        }
        if found.file is not None:
            body["file"] = _file_json(found.file)
        return JSONResponse(
            body, headers=_progress_headers(found.offset, found.total, complete=complete)
        )

    @router.get(PATH + "/{file_id}/upload", include_in_schema=False)
    async def get_upload_progress(file_id: str, request: Request) -> Response:
        """Where an upload stands, as JSON and headers."""
        return await upload_progress(file_id, request)

    @router.head(PATH + "/{file_id}", include_in_schema=False)
    async def head_upload_progress(file_id: str, request: Request) -> Response:
        """The same, in headers only (GET of this path is the download)."""
        answer = await upload_progress(file_id, request)
        headers = {
            name: value
            for name, value in answer.headers.items()
            if name not in ("content-length", "content-type")
        }
        return Response(status_code=answer.status_code, headers=headers)

    return router


def parse_file_id(value: str) -> uuid.UUID | None:
    """A plain UUID (as a phone makes it), or the API's global id of a file."""
    try:
        return uuid.UUID(value)
    except ValueError:
        pass
    try:
        return decode_global_id(value, "File")
    except Exception:  # any malformed id is simply not a file id
        return None


def _file_json(stored: StoredFile) -> dict[str, Any]:
    return {
        "id": global_id("File", stored.id),
        "name": stored.name,
        "contentType": stored.content_type,
        "size": stored.size,
        "sha256": stored.sha256,
    }


def _progress_headers(offset: int, total: int | None, *, complete: bool) -> dict[str, str]:
    headers = {
        "Upload-Offset": str(offset),
        "Upload-Complete": "1" if complete else "0",
        "Cache-Control": "no-store",
    }
    if total is not None:
        headers["Upload-Length"] = str(total)
    return headers


def _stored_response(stored: StoredFile, status: int) -> JSONResponse:
    return JSONResponse(
        _file_json(stored),
        status_code=status,
        headers=_progress_headers(stored.size, stored.size, complete=True),
    )


def _upload_error(error: ServiceError, locale: str) -> JSONResponse:
    if error.code == "UPLOAD_OFFSET_MISMATCH":
        offset, total = int(error.params["offset"]), int(error.params["total"])
        body = {
            "error": {
                "code": error.code,
                "message": render_message(error.code, locale, **error.params),
                "offset": offset,
                "total": total,
            }
        }
        return JSONResponse(
            body, status_code=409, headers=_progress_headers(offset, total, complete=False)
        )
    status = {"FILE_TOO_LARGE": 413, "FILE_ID_TAKEN": 409}.get(error.code, 422)
    return error_response(status, error.code, locale, **error.params)
