"""Organisations, teams (a tree), roles with their permission policies, users, refresh tokens."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import (
    ARRAY,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, validates

from junlite.db.base import Base, IdMixin, OrgScopedMixin, TimestampMixin
from junlite.db.text import MAX_SORT_KEY, name_sort_key


class RowScope(enum.StrEnum):
    """Which rows of an object type a role may see: widening from the user's own to the org's."""

    OWN = "own"
    TEAM = "team"
    TEAM_TREE = "team_tree"
    ORG = "org"


class FieldAccess(enum.StrEnum):
    HIDDEN = "hidden"
    READ = "read"
    WRITE = "write"


class Disclosure(enum.StrEnum):
    """How much of a personal-data value (phone, ID card, bank card) a role sees."""

    MASKED = "masked"  # 138****8000, never more
    REVEAL = "reveal"  # masked, and the whole value on an explicit, audited request
    FULL = "full"  # the whole value wherever it shows


class Organization(IdMixin, TimestampMixin, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    slug: Mapped[str] = mapped_column(String(63), nullable=False, unique=True)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="Asia/Shanghai")
    locale: Mapped[str] = mapped_column(String(16), nullable=False, default="zh-CN")
    is_demo: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Local hours [start, end) when people usually work; activity outside them is flagged in
    # the audit trail. Equal values switch the check off.
    usual_hours_start: Mapped[int] = mapped_column(
        SmallInteger, nullable=False, default=7, server_default="7"
    )
    usual_hours_end: Mapped[int] = mapped_column(
        SmallInteger, nullable=False, default=22, server_default="22"
    )


class Team(OrgScopedMixin, Base):
    """A node of the organisation's team tree.

    `path` is the materialised path of ids from the root (`/<root>/<child>/`), so "this team and
    every team under it" is one prefix scan on an index with text_pattern_ops.
    """

    __tablename__ = "teams"
    __table_args__ = (
        Index("ix_teams_path", "path", postgresql_ops={"path": "text_pattern_ops"}),
        Index(
            "uq_teams_sibling_name",
            "org_id",
            text("coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid)"),
            text("lower(name)"),
            unique=True,
        ),
    )

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="RESTRICT"), nullable=True
    )
    path: Mapped[str] = mapped_column(Text, nullable=False)
    manager_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL", use_alter=True), nullable=True
    )


class Role(OrgScopedMixin, Base):
    __tablename__ = "roles"
    __table_args__ = (UniqueConstraint("org_id", "key"),)

    key: Mapped[str] = mapped_column(String(63), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    is_builtin: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Disclosure of personal data where no field rule says otherwise.
    personal_data: Mapped[str] = mapped_column(
        String(15), nullable=False, default=Disclosure.MASKED, server_default="masked"
    )


class RolePermission(OrgScopedMixin, Base):
    """What a role may do with one object type, and over which rows."""

    __tablename__ = "role_permissions"
    __table_args__ = (
        UniqueConstraint("role_id", "object_type"),
        CheckConstraint("row_scope IN ('own', 'team', 'team_tree', 'org')", name="row_scope_known"),
    )

    role_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("roles.id", ondelete="CASCADE"), nullable=False
    )
    object_type: Mapped[str] = mapped_column(String(63), nullable=False)
    actions: Mapped[list[str]] = mapped_column(ARRAY(String(31)), nullable=False, default=list)
    row_scope: Mapped[str] = mapped_column(String(15), nullable=False, default=RowScope.OWN)


class RoleFieldRule(OrgScopedMixin, Base):
    """How a role sees one field of an object type, and for personal data how much of it."""

    __tablename__ = "role_field_rules"
    __table_args__ = (
        UniqueConstraint("role_id", "object_type", "field"),
        CheckConstraint("access IN ('hidden', 'read', 'write')", name="access_known"),
        CheckConstraint(
            "disclosure IS NULL OR disclosure IN ('masked', 'reveal', 'full')",
            name="disclosure_known",
        ),
    )

    role_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("roles.id", ondelete="CASCADE"), nullable=False
    )
    object_type: Mapped[str] = mapped_column(String(63), nullable=False)
    field: Mapped[str] = mapped_column(String(63), nullable=False)
    access: Mapped[str] = mapped_column(String(15), nullable=False, default=FieldAccess.READ)
    # Personal-data fields only; None: the role's `personal_data` default.
    disclosure: Mapped[str | None] = mapped_column(String(15), nullable=True)


class User(OrgScopedMixin, Base):
    __tablename__ = "users"
    __table_args__ = (
        Index(
            "uq_users_email_lower",
            text("lower(email)"),
            unique=True,
            postgresql_where=text("email IS NOT NULL"),
        ),
        # The mobile number is a login, unique across organisations: its blind index is
        # computed without an organisation (see Vault.login_index).
        Index(
            "uq_users_phone_index",
            "phone_index",
            unique=True,
            postgresql_where=text("phone_index IS NOT NULL"),
        ),
        CheckConstraint("email IS NOT NULL OR phone_index IS NOT NULL", name="has_login"),
        Index("ix_users_org_id_name_sort_key", "org_id", "name_sort_key", "id"),
    )

    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    # The E.164 mobile number, encrypted (security/vault.py), and its login blind index.
    phone_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone_index: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)
    display_name: Mapped[str] = mapped_column(String(100), nullable=False)
    # Pinyin of display_name, for "sort by name" in the order Chinese users expect.
    name_sort_key: Mapped[str] = mapped_column(String(MAX_SORT_KEY), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True, index=True
    )
    role_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("roles.id", ondelete="RESTRICT"), nullable=False
    )
    locale: Mapped[str] = mapped_column(String(16), nullable=False, default="zh-CN")
    timezone: Mapped[str] = mapped_column(String(64), nullable=False, default="Asia/Shanghai")
    # The member's userid in the company's WeCom (企业微信): where WeChat reminders go.
    wecom_user_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    password_changed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    # The console's and the app's look, chosen by the user (auth/appearance.py); null: defaults.
    appearance: Mapped[dict[str, object] | None] = mapped_column(JSONB, nullable=True)

    @validates("display_name")
    def _keep_sort_key(self, _: str, value: str) -> str:
        self.name_sort_key = name_sort_key(value)
        return value


class RefreshToken(IdMixin, Base):
    """One opaque refresh token, stored as a hash. Tokens rotated from one login share a family."""

    __tablename__ = "refresh_tokens"

    org_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("organizations.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    family_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    replaced_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_reason: Mapped[str | None] = mapped_column(String(31))
    user_agent: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    ip_address: Mapped[str] = mapped_column(String(64), nullable=False, default="")
