"""Every query of the auth domain."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import (
    Organization,
    RefreshToken,
    Role,
    RoleFieldRule,
    RolePermission,
    Team,
    User,
)


async def find_user_by_email(session: AsyncSession, email: str) -> User | None:
    stmt = select(User).where(func.lower(User.email) == email.lower())
    return (await session.execute(stmt)).scalar_one_or_none()


async def find_user_by_phone_index(session: AsyncSession, digest: bytes) -> User | None:
    stmt = select(User).where(User.phone_index == digest)
    return (await session.execute(stmt)).scalar_one_or_none()


async def load_identity_row(session: AsyncSession, user_id: uuid.UUID) -> Any | None:
    """The acting user with role key, team path and the role's policy: one statement per request.

    The grants and field rules ride along (as JSON) because nearly every request checks them;
    read fresh each request, a policy change applies from the next request on.
    """
    grants = (
        select(
            func.coalesce(
                func.json_agg(
                    func.json_build_array(
                        RolePermission.object_type, RolePermission.actions, RolePermission.row_scope
                    )
                ),
                func.json_build_array(),
            )
        )
        .where(RolePermission.role_id == User.role_id)
        .scalar_subquery()
    )
    field_rules = (
        select(
            func.coalesce(
                func.json_agg(
                    func.json_build_array(
                        RoleFieldRule.object_type,
                        RoleFieldRule.field,
                        RoleFieldRule.access,
                        RoleFieldRule.disclosure,
                    )
                ),
                func.json_build_array(),
            )
        )
        .where(RoleFieldRule.role_id == User.role_id)
        .scalar_subquery()
    )
    stmt = (
        select(
            User.id,
            User.org_id,
            User.display_name,
            User.is_active,
            User.team_id,
            User.role_id,
            User.locale,
            User.timezone,
            Role.key.label("role_key"),
            Role.personal_data.label("personal_data"),
            Team.path.label("team_path"),
            grants.label("grants"),
            field_rules.label("field_rules"),
        )
        .join(Role, Role.id == User.role_id)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.id == user_id)
    )
    return (await session.execute(stmt)).one_or_none()


# --- refresh tokens -------------------------------------------------------------------------


async def lock_refresh_token(session: AsyncSession, token_hash: bytes) -> RefreshToken | None:
    """Row-locked, so concurrent presentations of one token are decided one at a time."""
    stmt = select(RefreshToken).where(RefreshToken.token_hash == token_hash).with_for_update()
    return (await session.execute(stmt)).scalar_one_or_none()


async def get_refresh_token(session: AsyncSession, token_id: uuid.UUID) -> RefreshToken | None:
    return await session.get(RefreshToken, token_id)


async def revoke_family(
    session: AsyncSession, family_id: uuid.UUID, reason: str, now: datetime
) -> None:
    await session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


async def revoke_user_families(
    session: AsyncSession,
    user_id: uuid.UUID,
    reason: str,
    now: datetime,
    keep_family: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    conditions = [RefreshToken.user_id == user_id, RefreshToken.revoked_at.is_(None)]
    if keep_family is not None:
        conditions.append(RefreshToken.family_id != keep_family)
    result = await session.execute(
        update(RefreshToken)
        .where(*conditions)
        .values(revoked_at=now, revoked_reason=reason)
        .returning(RefreshToken.family_id)
    )
    return sorted(set(result.scalars().all()))


async def delete_refresh_tokens_expired_before(session: AsyncSession, cutoff: datetime) -> int:
    result = await session.execute(delete(RefreshToken).where(RefreshToken.expires_at < cutoff))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# --- organisation, teams, roles, users ------------------------------------------------------


async def get_organization(session: AsyncSession, org_id: uuid.UUID) -> Organization | None:
    return await session.get(Organization, org_id)


def teams_in_org(org_id: uuid.UUID) -> Select[Team]:
    return select(Team).where(Team.org_id == org_id)


async def sibling_name_taken(
    session: AsyncSession,
    org_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    name: str,
    *,
    other_than: uuid.UUID | None = None,
) -> bool:
    stmt = select(func.count()).where(
        Team.org_id == org_id,
        Team.parent_id.is_(None) if parent_id is None else Team.parent_id == parent_id,
        func.lower(Team.name) == name.lower(),
    )
    if other_than is not None:
        stmt = stmt.where(Team.id != other_than)
    return bool((await session.execute(stmt)).scalar_one())


async def id_exists(session: AsyncSession, model: type[Any], row_id: uuid.UUID) -> bool:
    stmt = select(func.count()).select_from(model).where(model.id == row_id)
    return bool((await session.execute(stmt)).scalar_one())


async def rows_by_ids(
    session: AsyncSession, model: type[Any], org_id: uuid.UUID, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    """One statement for a whole DataLoader batch."""
    if not ids:
        return {}
    stmt = select(model).where(model.org_id == org_id, model.id.in_(list(set(ids))))
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


def users_in_org(org_id: uuid.UUID) -> Select[User]:
    return select(User).where(User.org_id == org_id)


def roles_in_org(org_id: uuid.UUID) -> Select[Role]:
    return select(Role).where(Role.org_id == org_id)


async def get_role_by_key(session: AsyncSession, org_id: uuid.UUID, key: str) -> Role | None:
    stmt = roles_in_org(org_id).where(Role.key == key)
    return (await session.execute(stmt)).scalar_one_or_none()


async def role_policies(
    session: AsyncSession, org_id: uuid.UUID, role_ids: Sequence[uuid.UUID]
) -> tuple[Sequence[RolePermission], Sequence[RoleFieldRule]]:
    ids = list(set(role_ids))
    grants = await session.execute(
        select(RolePermission)
        .where(RolePermission.org_id == org_id, RolePermission.role_id.in_(ids))
        .order_by(RolePermission.object_type)
    )
    rules = await session.execute(
        select(RoleFieldRule)
        .where(RoleFieldRule.org_id == org_id, RoleFieldRule.role_id.in_(ids))
        .order_by(RoleFieldRule.object_type, RoleFieldRule.field)
    )
    return grants.scalars().all(), rules.scalars().all()


async def role_grants(session: AsyncSession, role_id: uuid.UUID) -> Sequence[RolePermission]:
    stmt = select(RolePermission).where(RolePermission.role_id == role_id)
    return (await session.execute(stmt)).scalars().all()
