"""Who leads go to: routing rules (with their members and round-robin cursor), every assignment
as it happened, and reps' absences (a rep away is skipped by the rules)."""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin, child_org_id


class RoutingAction(enum.StrEnum):
    USER = "user"  # 指定销售
    ROUND_ROBIN = "round_robin"  # 轮询
    LOAD_BALANCE = "load_balance"  # 负载均衡


class AssignmentKind(enum.StrEnum):
    AUTO = "auto"  # by a routing rule
    MANUAL = "manual"  # 手动分配 by a manager
    TRANSFER = "transfer"  # 转交 between reps, with a reason
    UNASSIGNED = "unassigned"  # no rule could place it: it waits for a manager


class RoutingRule(OrgScopedMixin, Base):
    """One rule: conditions on the lead (each given one must hold; none given matches every
    lead) and whom it goes to. Rules are tried in `position` order, first match wins; a rule
    whose every member is unavailable lets the lead fall through to the next."""

    __tablename__ = "lead_routing_rules"
    __table_args__ = (
        Index("ix_lead_routing_rules_org_id_position", "org_id", "position"),
        Index("uq_lead_routing_rules_org_id_name", "org_id", text("lower(name)"), unique=True),
    )

    name: Mapped[str] = mapped_column(String(100), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # 1 is tried first
    is_enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    sources: Mapped[list[str]] = mapped_column(
        ARRAY(String(20)), nullable=False, default=list, server_default="{}"
    )
    provinces: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, default=list, server_default="{}"
    )
    cities: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, default=list, server_default="{}"
    )
    product_interests: Mapped[list[str]] = mapped_column(
        ARRAY(String(50)), nullable=False, default=list, server_default="{}"
    )
    tags: Mapped[list[str]] = mapped_column(
        ARRAY(String(30)), nullable=False, default=list, server_default="{}"
    )
    campaigns: Mapped[list[str]] = mapped_column(
        ARRAY(String(100)), nullable=False, default=list, server_default="{}"
    )
    score_min: Mapped[int | None] = mapped_column(Integer)
    score_max: Mapped[int | None] = mapped_column(Integer)

    action: Mapped[str] = mapped_column(String(20), nullable=False)
    # RoutingAction.USER: the rep every matching lead goes to.
    user_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="SET NULL")
    )
    # A team's active users are the members (with its sub-teams' when asked), unless the rule
    # lists its members explicitly (RoutingRuleMember).
    team_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("teams.id", ondelete="SET NULL")
    )
    include_sub_teams: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Most open leads a member (or the rule's rep) may hold; a listed member's own capacity
    # wins. None: no limit.
    member_capacity: Mapped[int | None] = mapped_column(Integer)
    # A first follow-up task for the new owner, due this many hours after the assignment.
    follow_up_hours: Mapped[int | None] = mapped_column(Integer)

    # The round-robin cursor: who had the last lead and at which position (1-based) of the
    # member order. Advanced under this row's lock, so concurrent captures never pick the same
    # "next"; the position carries on when that member has left the list.
    cursor_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    cursor_position: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )


class RoutingRuleMember(OrgScopedMixin, Base):
    """An explicitly listed member of a round-robin or load-balancing rule, in order."""

    __tablename__ = "lead_routing_rule_members"
    __table_args__ = (
        UniqueConstraint("rule_id", "user_id"),
        Index("ix_lead_routing_rule_members_rule_id_position", "rule_id", "position"),
    )

    rule_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("lead_routing_rules.id", ondelete="CASCADE"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    capacity: Mapped[int | None] = mapped_column(Integer)


class LeadAssignment(OrgScopedMixin, Base):
    """One change of a lead's owner (or a failed attempt to find one), and why. Never changed.

    The rule's name is copied: it is the truth at that moment even after the rule is renamed
    or deleted. `batch_id` groups one routing call or one manual action: the new owner hears of
    a batch once ("分配给您 12 条新线索").
    """

    __tablename__ = "lead_assignments"
    __table_args__ = (
        Index("ix_lead_assignments_lead_id_created_at", "lead_id", "created_at"),
        Index("ix_lead_assignments_org_id_batch_id", "org_id", "batch_id"),
        Index(
            "ix_lead_assignments_org_id_to_owner_id_created_at",
            "org_id",
            "to_owner_id",
            "created_at",
        ),
    )

    org_id: Mapped[uuid.UUID] = child_org_id()
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
    )
    batch_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    kind: Mapped[str] = mapped_column(String(15), nullable=False)
    # No foreign keys: who held it and who decided stay true after a user is purged.
    from_owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    to_owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    rule_name: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(500), nullable=False)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class RepAbsence(OrgScopedMixin, Base):
    """A rep away (leave, training) from one day to another, both included, in the
    organisation's time zone; routing rules skip them meanwhile."""

    __tablename__ = "rep_absences"
    __table_args__ = (
        Index("ix_rep_absences_org_id_user_id_ends_on", "org_id", "user_id", "ends_on"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="", server_default="")
