"""POST /api/files (upload) and GET /api/files/{id} (download), with the GraphQL access token.

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
"""

from __future__ import annotations

import uuid
from urllib.parse import quote, unquote

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from junlite.auth.service import authenticate_access_token
from junlite.db.ids import global_id
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError, ServiceError
from junlite.files import service
from junlite.files.storage import LocalStorage
from junlite.graphql.context import Resources
from junlite.graphql.relay import decode_global_id
from junlite.runtime.api import bearer, error_response, locale_of

PATH = "/api/files"


def make_files_router(resources: Resources) -> APIRouter:
    router = APIRouter()
    settings = resources.settings
    storage = LocalStorage(settings.files_dir or settings.data_path / "files")
    max_bytes = settings.max_upload_mb * 1024 * 1024
    spreadsheet_max_bytes = max(settings.spreadsheet_upload_max_mb * 1024 * 1024, max_bytes)

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
            try:
                user = await authenticate_access_token(session, resources.redis, settings, token)
            except AccessError as error:
                return error_response(401, error.code, locale_of(request, None))
            await bind_org(session, user.org_id)
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
        return JSONResponse(
            {
                "id": global_id("File", stored.id),
                "name": stored.name,
                "contentType": stored.content_type,
                "size": stored.size,
                "sha256": stored.sha256,
            },
            status_code=201,
        )

    @router.get(PATH + "/{file_id}", include_in_schema=False)
    async def download(file_id: str, request: Request) -> Response:
        token = bearer(request.headers.get("authorization"))
        if token is None:
            return error_response(401, "UNAUTHENTICATED", locale_of(request, None))
        async with resources.database.sessionmaker() as session:
            try:
                user = await authenticate_access_token(session, resources.redis, settings, token)
            except AccessError as error:
                return error_response(401, error.code, locale_of(request, None))
            await bind_org(session, user.org_id)
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

    return router
