"""The hand-written endpoints `junlite bench --baseline` compares GraphQL with: the same rows,
each in one SQL statement, straight to JSON with orjson. Mounted only when
JUNLITE_BENCH_ENDPOINTS is on (never in production); they check the same access token."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser, authenticate_access_token
from junlite.bench.leads_baseline import leads_page
from junlite.bench.my_day_baseline import my_day
from junlite.bench.profile_baseline import customer_profile
from junlite.db.tenancy import bind_org
from junlite.errors import AccessError
from junlite.graphql.context import Resources
from junlite.graphql.relay import encode_global_id
from junlite.runtime.api import bearer
from junlite.security.masking import mask
from junlite.security.vault import RowRef

USERS = text(
    """
    SELECT u.id, u.org_id, u.display_name, u.email, u.phone_encrypted,
           t.name AS team_name, r.name AS role_name
    FROM users u
    LEFT JOIN teams t ON t.id = u.team_id
    JOIN roles r ON r.id = u.role_id
    WHERE u.org_id = :org_id
    ORDER BY u.created_at, u.id
    LIMIT :limit
    """
)

CUSTOMERS = text(
    """
    SELECT c.id, c.org_id, c.name, c.phone_encrypted, c.id_card_encrypted, c.level, c.tags,
           c.lifecycle, c.last_followed_up_at, u.display_name
    FROM customers c
    LEFT JOIN users u ON u.id = c.owner_id
    WHERE c.org_id = :org_id AND c.deleted_at IS NULL
    ORDER BY c.created_at, c.id
    LIMIT :limit
    """
)


def make_baseline_router(resources: Resources) -> APIRouter:
    router = APIRouter(prefix="/bench/baseline", include_in_schema=False)

    @asynccontextmanager
    async def signed_in(request: Request) -> AsyncIterator[tuple[CurrentUser, AsyncSession]]:
        """The same token check as GraphQL, the organisation bound for row-level security."""
        token = bearer(request.headers.get("authorization")) or ""
        async with resources.database.sessionmaker() as session:
            user = await authenticate_access_token(
                session, resources.redis, resources.settings, token
            )
            await bind_org(session, user.org_id)
            yield user, session

    def answer(field: str, rows: list[dict[str, Any]]) -> Response:
        body = {"data": {field: {"edges": [{"node": row} for row in rows]}}}
        return Response(orjson.dumps(body), media_type="application/json")

    @router.post("/users")
    async def users(request: Request) -> Response:
        variables = await request.json()
        try:
            async with signed_in(request) as (user, session):
                rows = (
                    await session.execute(
                        USERS, {"org_id": user.org_id, "limit": variables.get("first", 50)}
                    )
                ).all()
        except AccessError as error:
            return Response(status_code=401, content=error.code)
        vault = resources.vault
        return answer(
            "users",
            [
                {
                    "id": encode_global_id("User", row.id),
                    "displayName": row.display_name,
                    "email": row.email,
                    "phone": mask(
                        "phone",
                        vault.open(
                            row.phone_encrypted, RowRef("users", row.id, row.org_id), "phone"
                        ),
                    )
                    if row.phone_encrypted
                    else None,
                    "team": {"name": row.team_name} if row.team_name else None,
                    "role": {"name": row.role_name},
                }
                for row in rows
            ],
        )

    @router.post("/customers")
    async def customers(request: Request) -> Response:
        variables = await request.json()
        try:
            async with signed_in(request) as (user, session):
                rows = (
                    await session.execute(
                        CUSTOMERS, {"org_id": user.org_id, "limit": variables.get("first", 50)}
                    )
                ).all()
        except AccessError as error:
            return Response(status_code=401, content=error.code)
        vault = resources.vault
        found = []
        for row in rows:
            sealed = RowRef("customers", row.id, row.org_id)
            phone = (
                vault.open(row.phone_encrypted, sealed, "phone") if row.phone_encrypted else None
            )
            id_card = (
                vault.open(row.id_card_encrypted, sealed, "id_card")
                if row.id_card_encrypted
                else None
            )
            found.append(
                {
                    "id": encode_global_id("Customer", row.id),
                    "name": row.name,
                    "phone": mask("phone", phone) if phone else None,
                    "idCardNumber": mask("id_card", id_card) if id_card else None,
                    "level": row.level,
                    "tags": row.tags,
                    "lifecycle": row.lifecycle.upper(),
                    "lastFollowedUpAt": row.last_followed_up_at.isoformat(),
                    "owner": {"displayName": row.display_name} if row.display_name else None,
                }
            )
        return answer("customers", found)

    @router.post("/customer-profile")
    async def profile(request: Request) -> Response:
        variables = await request.json()
        try:
            async with signed_in(request) as (user, session):
                data = await customer_profile(session, user, resources.vault, variables)
        except AccessError as error:
            return Response(status_code=401, content=error.code)
        return Response(orjson.dumps({"data": data}), media_type="application/json")

    @router.post("/my-day")
    async def day(request: Request) -> Response:
        variables = await request.json()
        try:
            async with signed_in(request) as (user, session):
                data = await my_day(session, user, variables)
        except AccessError as error:
            return Response(status_code=401, content=error.code)
        return Response(orjson.dumps({"data": data}), media_type="application/json")

    @router.post("/leads")
    async def leads(request: Request) -> Response:
        variables = await request.json()
        try:
            async with signed_in(request) as (user, session):
                data = await leads_page(session, user, resources.vault, variables)
        except AccessError as error:
            return Response(status_code=401, content=error.code)
        return Response(orjson.dumps({"data": data}), media_type="application/json")

    return router
