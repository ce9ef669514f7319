"""Lead scoring's tables: the organisation's rules and settings, each lead's current points by
cause (the breakdown), the behaviour events received (once per reference), and the score
history that explains every point.

A lead's score is `max(floor, sum of its parts)`. The parts are kept apart so recomputing the
field rules' part never loses event points, manual adjustments or decay.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from junlite.db.base import Base, OrgScopedMixin, child_org_id
from junlite.leads.models import Lead


class RuleKind(enum.StrEnum):
    FIELD = "field"  # a condition on the lead's fields: recomputed whenever the lead changes
    EVENT = "event"  # points each time the person does something (visited the pricing page)


class Operator(enum.StrEnum):
    EQUALS = "equals"
    ONE_OF = "one_of"
    CONTAINS = "contains"
    IS_SET = "is_set"


class PartKind(enum.StrEnum):
    RULE = "rule"  # key: the field rule's id
    EVENT = "event"  # key: the event key
    MANUAL = "manual"  # key: "manual"
    DECAY = "decay"  # key: "decay"


class Cause(enum.StrEnum):
    RULE = "rule"  # a field rule, when the lead was created or changed
    EVENT = "event"
    DECAY = "decay"
    MANUAL = "manual"
    RESCORE = "rescore"  # a field rule, when the rules changed


class LeadScoreRule(OrgScopedMixin, Base):
    __tablename__ = "lead_score_rules"
    __table_args__ = (
        Index("ix_lead_score_rules_org_id_kind_created_at", "org_id", "kind", "created_at", "id"),
        # One rule per event key: an event's points never depend on which rule was found first.
        Index(
            "uq_lead_score_rules_org_id_event_key",
            "org_id",
            "event_key",
            unique=True,
            postgresql_where=text("event_key IS NOT NULL"),
        ),
    )

    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    # Field rules: the field as the API names it, the operator and the values compared with.
    field: Mapped[str | None] = mapped_column(String(30))
    operator: Mapped[str | None] = mapped_column(String(10))
    values: Mapped[list[str]] = mapped_column(
        ARRAY(String(100)), nullable=False, default=list, server_default="{}"
    )
    # Event rules: the event key and how often it may count for one lead.
    event_key: Mapped[str | None] = mapped_column(String(50))
    max_count: Mapped[int | None] = mapped_column(Integer)
    max_per_day: Mapped[int | None] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer, nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class LeadScoreSettings(OrgScopedMixin, Base):
    """One row per organisation, written when an admin first saves a rule or a setting."""

    __tablename__ = "lead_score_settings"
    __table_args__ = (Index("uq_lead_score_settings_org_id", "org_id", unique=True),)

    floor: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    decay_enabled: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default="false"
    )
    decay_after_days: Mapped[int] = mapped_column(
        Integer, nullable=False, default=14, server_default="14"
    )
    decay_points: Mapped[int] = mapped_column(
        Integer, nullable=False, default=5, server_default="5"
    )
    decay_every_days: Mapped[int] = mapped_column(
        Integer, nullable=False, default=7, server_default="7"
    )
    # Every change of a field rule bumps rules_version; the background rescore brings
    # rescored_version up to it, chunk by chunk, keeping its place in rescore_cursor.
    rules_version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    rescored_version: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0"
    )
    rescore_cursor: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class LeadScorePart(OrgScopedMixin, Base):
    """A lead's current points from one cause: a field rule, an event key, manual adjustments,
    decay. They sum to the score (the floor aside)."""

    __tablename__ = "lead_score_parts"
    __table_args__ = (
        Index("uq_lead_score_parts_lead_id_kind_key", "lead_id", "kind", "key", unique=True),
    )

    org_id: Mapped[uuid.UUID] = child_org_id()
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    key: Mapped[str] = mapped_column(String(50), nullable=False)
    label: Mapped[str] = mapped_column(String(100), nullable=False)
    points: Mapped[int] = mapped_column(Integer, nullable=False)
    # Events: times counted. Decay: steps taken since `anchor_at`, the activity they count from.
    count: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    anchor_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LeadScoreEvent(OrgScopedMixin, Base):
    """Every behaviour event received for a lead, counted or not: a repeated reference is
    recognised here, and the per-day caps count from here."""

    __tablename__ = "lead_score_events"
    __table_args__ = (
        Index(
            "uq_lead_score_events_lead_id_event_key_reference",
            "lead_id",
            "event_key",
            "reference",
            unique=True,
            postgresql_where=text("reference IS NOT NULL"),
        ),
        Index(
            "ix_lead_score_events_lead_id_event_key_occurred_at",
            "lead_id",
            "event_key",
            "occurred_at",
        ),
    )

    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
    )
    event_key: Mapped[str] = mapped_column(String(50), nullable=False)
    reference: Mapped[str | None] = mapped_column(String(100))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    points: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    counted: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # Why it counted for nothing: "no_rule", "inactive", "max_count", "max_per_day".
    not_counted_reason: Mapped[str | None] = mapped_column(String(20))


class LeadScoreChange(OrgScopedMixin, Base):
    """One change of one part of a lead's score, with what caused it: never changed.
    `created_by` is who did it (a manual adjustment, a rule's author), null for the system."""

    __tablename__ = "lead_score_changes"
    __table_args__ = (
        Index(
            "ix_lead_score_changes_lead_id_occurred_at",
            "lead_id",
            "occurred_at",
            "id",
        ),
    )

    org_id: Mapped[uuid.UUID] = child_org_id()
    lead_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("leads.id", ondelete="CASCADE"), nullable=False
    )
    occurred_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    cause: Mapped[str] = mapped_column(String(10), nullable=False)
    delta: Mapped[int] = mapped_column(Integer, nullable=False)
    score_before: Mapped[int] = mapped_column(Integer, nullable=False)
    score_after: Mapped[int] = mapped_column(Integer, nullable=False)
    rule_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    rule_name: Mapped[str | None] = mapped_column(String(100))
    event_key: Mapped[str | None] = mapped_column(String(50))
    reference: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(String(500))


# Decay finds the leads inactive for long enough without reading the whole table.
Index(
    "ix_leads_org_id_last_activity_at",
    Lead.org_id,
    Lead.last_activity_at,
    Lead.id,
    postgresql_where=text("deleted_at IS NULL"),
)
