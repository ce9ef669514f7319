"""Creating an organisation's first administrator (production's way in; demo data is refused)."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth import repository
from junlite.auth.models import Organization, User
from junlite.auth.roles import provision_organization
from junlite.auth.service import normalise_email
from junlite.db.ids import uuid7
from junlite.errors import InvalidInputError, ServiceError
from junlite.security.passwords import hash_password, password_problem

_SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


@dataclass(frozen=True)
class CreatedAdmin:
    email: str
    org_name: str


async def create_admin(
    session: AsyncSession,
    *,
    org_name: str,
    org_slug: str | None,
    email: str,
    password: str,
    display_name: str,
) -> CreatedAdmin:
    problems: list[ServiceError] = []
    normalised = normalise_email(email)
    if normalised is None:
        problems.append(ServiceError("INVALID_EMAIL", "email"))
    if (code := password_problem(password)) is not None:
        problems.append(ServiceError(code, "password"))
    if not org_name.strip():
        problems.append(ServiceError("REQUIRED", "org"))
    slug = org_slug or f"org-{uuid7().hex[-8:]}"
    if not _SLUG_RE.match(slug):
        problems.append(ServiceError("INVALID_SLUG", "slug"))
    if problems:
        raise InvalidInputError(problems)
    assert normalised is not None
    if await repository.find_user_by_email(session, normalised) is not None:
        raise ServiceError("EMAIL_TAKEN", "email")

    org = (
        await session.execute(select(Organization).where(Organization.name == org_name.strip()))
    ).scalar_one_or_none()
    if org is None:
        org, _ = await provision_organization(session, name=org_name.strip(), slug=slug)
    role = await repository.get_role_by_key(session, org.id, "admin")
    assert role is not None
    session.add(
        User(
            id=uuid7(),
            org_id=org.id,
            email=normalised,
            display_name=display_name,
            password_hash=await asyncio.to_thread(hash_password, password),
            role_id=role.id,
        )
    )
    await session.flush()
    return CreatedAdmin(email=normalised, org_name=org.name)
