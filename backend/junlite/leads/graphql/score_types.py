"""Lead scoring as GraphQL shows it: rules, settings, a lead's breakdown and score history.

Kept apart from `types.py` (which adds `scoreBreakdown` and `scoreHistory` to Lead from here)
so that neither imports the other's module at load time.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

import strawberry
from sqlalchemy import false
from strawberry import relay
from strawberry.types import Info

from junlite.auth.graphql.types import UserType, user_loader
from junlite.graphql.loaders import request_loader
from junlite.graphql.relay import Connection, SortKey, encode_global_id, paginate
from junlite.leads.scoring import history as score_history
from junlite.leads.scoring.history import BreakdownItem
from junlite.leads.scoring.models import Cause, LeadScoreChange, LeadScoreRule, Operator, RuleKind
from junlite.leads.scoring.settings import ScoreSettings

LeadScoreRuleKindEnum = strawberry.enum(
    RuleKind,
    name="LeadScoreRuleKind",
    description="FIELD: a condition on the lead's fields; EVENT: points per behaviour event.",
)
LeadScoreOperatorEnum = strawberry.enum(
    Operator,
    name="LeadScoreOperator",
    description="EQUALS 等于, ONE_OF 属于其中之一, CONTAINS 包含 (text: a part of it; labels: "
    "has the label), IS_SET 已填写. Text is compared trimmed and ignoring case.",
)
LeadScoreCauseEnum = strawberry.enum(
    Cause,
    name="LeadScoreCause",
    description="RULE: a field rule when the lead came in or changed; RESCORE: a field rule "
    "after the rules changed; EVENT, DECAY (inactivity), MANUAL (a rep's adjustment).",
)


@strawberry.enum(name="LeadScoreField", description="The lead fields a field rule can test.")
class LeadScoreFieldEnum(enum.Enum):
    INDUSTRY = "industry"
    PROVINCE = "province"
    CITY = "city"
    SOURCE = "source"
    CAMPAIGN = "campaign"
    TITLE = "title"
    COMPANY = "company"
    PRIORITY = "priority"
    PRODUCT_INTERESTS = "productInterests"
    SERVICE_NEEDS = "serviceNeeds"
    TAGS = "tags"
    HAS_PHONE = "hasPhone"
    HAS_EMAIL = "hasEmail"
    HAS_WECHAT = "hasWechat"


@strawberry.enum(name="LeadScorePartKind")
class LeadScorePartKindEnum(enum.Enum):
    RULE = "rule"
    EVENT = "event"
    MANUAL = "manual"
    DECAY = "decay"
    FLOOR = strawberry.enum_value(
        "floor", description="Lifts a sum below the organisation's floor up to it."
    )


@strawberry.type(
    name="LeadScoreRule",
    description="评分规则: points for a field condition or for each behaviour event.",
)
class LeadScoreRuleType(relay.Node):
    id: relay.NodeID[str]
    kind: LeadScoreRuleKindEnum  # type: ignore[valid-type]
    name: str
    field: LeadScoreFieldEnum | None
    operator: LeadScoreOperatorEnum | None  # type: ignore[valid-type]
    values: list[str] = strawberry.field(
        description="Compared with; sources and priorities as stored (web_form, high)."
    )
    event_key: str | None
    points: int = strawberry.field(description="May be negative.")
    max_count: int | None = strawberry.field(
        description="Counted at most this many times per lead; null: no limit."
    )
    max_per_day: int | None = strawberry.field(
        description="Counted at most this many times per lead and day (the organisation's "
        "time zone); null: no limit."
    )
    active: bool
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: LeadScoreRule) -> LeadScoreRuleType:
        return cls(
            id=str(row.id),
            kind=RuleKind(row.kind),
            name=row.name,
            field=LeadScoreFieldEnum(row.field) if row.field else None,
            operator=Operator(row.operator) if row.operator else None,
            values=list(row.values),
            event_key=row.event_key,
            points=row.points,
            max_count=row.max_count,
            max_per_day=row.max_per_day,
            active=row.active,
            created_at=row.created_at,
            updated_at=row.updated_at,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadScoreRuleType | None]:
        from junlite.leads.scoring import rules as scoring_rules

        user = info.context.require_user()
        if not user.policy.can("lead", "read"):
            return [None for _ in node_ids]
        rules = {str(r.id): r for r in await scoring_rules.list_rules(info.context.session, user)}
        return [cls.from_row(rules[i]) if i in rules else None for i in node_ids]


@strawberry.type(name="LeadScoreSettings")
class LeadScoreSettingsType:
    floor: int = strawberry.field(description="No score goes below it (0 by default).")
    decay_enabled: bool
    decay_after_days: int = strawberry.field(
        description="Days without activity before the first decay step."
    )
    decay_points: int = strawberry.field(description="Points lost at each step.")
    decay_every_days: int = strawberry.field(description="Days between steps.")
    rules_version: int = strawberry.field(description="Bumped by every change of a field rule.")
    rescored_version: int = strawberry.field(
        description="The rules version every lead is scored by; below rulesVersion while the "
        "background rescore runs."
    )

    @classmethod
    def of(cls, settings: ScoreSettings) -> LeadScoreSettingsType:
        return cls(
            floor=settings.floor,
            decay_enabled=settings.decay_enabled,
            decay_after_days=settings.decay_after_days,
            decay_points=settings.decay_points,
            decay_every_days=settings.decay_every_days,
            rules_version=settings.rules_version,
            rescored_version=settings.rescored_version,
        )


@strawberry.type(name="LeadScoreBreakdownItem")
class LeadScoreBreakdownItemType:
    kind: LeadScorePartKindEnum
    label: str = strawberry.field(description="The rule's name, 手动调整, 长期未互动 or 评分下限.")
    points: int
    count: int = strawberry.field(
        description="Events: times counted; manual: adjustments; decay: steps since the last "
        "activity."
    )
    rule_id: strawberry.ID | None
    event_key: str | None

    @classmethod
    def of(cls, item: BreakdownItem) -> LeadScoreBreakdownItemType:
        return cls(
            kind=LeadScorePartKindEnum(item.kind),
            label=item.label,
            points=item.points,
            count=item.count,
            rule_id=encode_global_id("LeadScoreRule", item.rule_id) if item.rule_id else None,
            event_key=item.event_key,
        )


@strawberry.type(
    name="LeadScoreBreakdown",
    description="The lead's current points by cause; the items add up to the score exactly.",
)
class LeadScoreBreakdownType:
    score: int
    items: list[LeadScoreBreakdownItemType]


@strawberry.type(name="LeadScoreChange", description="One change of a lead's score and its cause.")
class LeadScoreChangeType:
    occurred_at: datetime
    cause: LeadScoreCauseEnum  # type: ignore[valid-type]
    delta: int
    score_before: int
    score_after: int
    rule_id: strawberry.ID | None
    rule_name: str | None = strawberry.field(description="As the rule was named at the time.")
    event_key: str | None
    reference: str | None = strawberry.field(description="The event's reference, if it had one.")
    reason: str | None
    actor_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field(description="Who did it (manual adjustments); null for the system.")
    async def actor(self, info: Info) -> UserType | None:
        if self.actor_id is None:
            return None
        row = await user_loader(info).load(self.actor_id)
        return UserType.from_row(row, info) if row else None

    @classmethod
    def from_row(cls, row: LeadScoreChange) -> LeadScoreChangeType:
        return cls(
            occurred_at=row.occurred_at,
            cause=Cause(row.cause),
            delta=row.delta,
            score_before=row.score_before,
            score_after=row.score_after,
            rule_id=encode_global_id("LeadScoreRule", row.rule_id) if row.rule_id else None,
            rule_name=row.rule_name,
            event_key=row.event_key,
            reference=row.reference,
            reason=row.reason,
            actor_id=row.created_by,
        )


CHANGE_ORDER = (
    SortKey(LeadScoreChange.occurred_at, "occurred_at", "datetime"),
    SortKey(LeadScoreChange.id, "id", "uuid"),
)


async def score_breakdown(info: Info, lead_id: uuid.UUID, score: int) -> LeadScoreBreakdownType:
    """Through a per-request loader: a page of leads reads their parts in one statement."""

    async def fetch(
        session: Any, user: Any, ids: Sequence[uuid.UUID]
    ) -> dict[uuid.UUID, list[BreakdownItem]]:
        return await score_history.breakdown_items(session, ids)

    items = await request_loader(info, "leads.score_parts", fetch, list).load(lead_id)
    result = score_history.breakdown(score, items)
    return LeadScoreBreakdownType(
        score=result.score, items=[LeadScoreBreakdownItemType.of(item) for item in result.items]
    )


async def score_changes(
    info: Info, lead_id: uuid.UUID, first: int | None, after: str | None, *, visible: bool
) -> Connection[LeadScoreChangeType]:
    """Newest first; none when the role may not see the score."""
    context = info.context
    stmt = score_history.history_query(context.require_user().org_id, lead_id)
    return await paginate(
        context.session,
        stmt if visible else stmt.where(false()),
        keys=CHANGE_ORDER,
        descending=True,
        first=first,
        after=after,
        build=LeadScoreChangeType.from_row,
    )
