"""Lead as GraphQL shows it: each field as the role's field rules allow, personal data masked
unless the role discloses it, relations through per-request DataLoaders."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.customers.graphql.timeline import TimelineConnection
from junlite.customers.graphql.types import ContactType, CustomerType, _Presenter
from junlite.graphql.loaders import request_loader
from junlite.graphql.relay import Connection, load_nodes
from junlite.leads import service
from junlite.leads.graphql import conversion_fields, score_types, tracking
from junlite.leads.graphql.conversion_fields import LeadConversionStepType
from junlite.leads.graphql.score_types import LeadScoreBreakdownType, LeadScoreChangeType
from junlite.leads.graphql.tracking_types import (
    LeadFollowUpType,
    LeadStatusPeriodType,
    LeadStatusTimeType,
)
from junlite.leads.models import Lead, LeadPriority, LeadSource, LeadStatus
from junlite.leads.object_types import LEAD
from junlite.sales.graphql.opportunity_types import OpportunityType

if TYPE_CHECKING:
    from junlite.comms.graphql.types import CommunicationType
    from junlite.leads.graphql.assignment_types import LeadAssignmentType
    from junlite.leads.graphql.capture_types import OfflineEventType
    from junlite.tasks.graphql.types import TaskType

LeadSourceEnum = strawberry.enum(
    LeadSource,
    name="LeadSource",
    description="来源渠道: 网站表单 WEB_FORM, 微信公众号 WECHAT, 微博 WEIBO, other social channels "
    "SOCIAL, 线下活动 EVENT, 导入 IMPORT, 接口 API, 手工录入 MANUAL.",
)
LeadStatusEnum = strawberry.enum(
    LeadStatus,
    name="LeadStatus",
    description="新线索 NEW → 联系中 CONTACTING → 意向明确 QUALIFIED → 已转化 CONVERTED; "
    "已关闭 CLOSED (with a reason) from any open status.",
)
LeadPriorityEnum = strawberry.enum(LeadPriority, name="LeadPriority")


def lead_loader(info: Info) -> DataLoader[uuid.UUID, Lead | None]:
    return request_loader(info, "leads.lead", service.leads_by_ids)


def _enum(options: Any, value: str | None) -> Any:
    return options(value) if value else None


@strawberry.type(name="Lead", description="A person who may buy: 销售线索.")
class LeadType(relay.Node):
    id: relay.NodeID[str]
    name: str | None

    @strawberry.field(
        description="E.164; masked (138****8000) unless your role discloses it in full."
    )
    def phone(self, info: Info) -> str | None:
        return self._personal(info, "phone")

    @strawberry.field
    def email(self, info: Info) -> str | None:
        return self._personal(info, "email")

    def _personal(self, info: Info, field: str) -> str | None:
        show = _Presenter(info, LEAD.name)
        return show.personal(field, lambda: service.personal_value(show.vault, self.sealed, field))

    wechat_id: str | None
    company: str | None
    title: str | None
    industry: str | None
    province: str | None
    city: str | None
    district: str | None
    source: LeadSourceEnum | None  # type: ignore[valid-type]
    source_detail: str | None = strawberry.field(
        description="Which form, webhook source, import file or WeChat scene, in words."
    )
    campaign: str | None
    source_at: datetime = strawberry.field(description="来源时间: when it came in.")
    product_interests: list[str] | None
    service_needs: list[str] | None
    tags: list[str] | None
    priority: LeadPriorityEnum | None  # type: ignore[valid-type]
    status: LeadStatusEnum | None  # type: ignore[valid-type]
    status_changed_at: datetime
    close_reason: str | None
    close_note: str | None
    score: int | None
    notes: str | None
    last_activity_at: datetime
    last_followed_up_at: datetime | None
    next_follow_up_at: datetime | None
    assigned_at: datetime | None
    converted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    owner_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]
    row_id: strawberry.Private[uuid.UUID]
    extra_values: strawberry.Private[dict[str, Any] | None]
    source_event_id: strawberry.Private[uuid.UUID | None]
    # Personal data is decrypted when asked for, not for every lead of a page.
    sealed: strawberry.Private[Lead]

    @strawberry.field(
        description="What a form, a webhook or an import sent that has no field of its own, "
        "kept as sent (question → answer). Null when your role may not see it."
    )
    def extra(self) -> JSON | None:
        return cast(JSON | None, self.extra_values)

    @strawberry.field(description="The offline event (线下活动) it was met at.")
    async def source_event(
        self, info: Info
    ) -> Annotated[OfflineEventType, strawberry.lazy("junlite.leads.graphql.capture_types")] | None:
        if self.source_event_id is None or not info.context.require_user().policy.can(
            "campaign", "read"
        ):
            return None
        from junlite.leads.graphql.capture_types import OfflineEventType, event_loader

        row = await event_loader(info).load(self.source_event_id)
        return OfflineEventType.from_row(row) if row else None

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        if self.owner_id is None:
            return None
        row = await user_loader(info).load(self.owner_id)
        return UserType.from_row(row, info) if row else None

    @strawberry.field
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    # --- tracking: status periods, follow-ups, timeline (leads/graphql/tracking.py) ---

    @strawberry.field(description="The close reason in the organisation's words (关闭原因).")
    async def close_reason_label(self, info: Info) -> str | None:
        return await tracking.close_reason_label(info, self.close_reason)

    @strawberry.field(description="Every stay in a status, oldest first.")
    async def status_periods(self, info: Info) -> list[LeadStatusPeriodType]:
        return await tracking.status_periods(info, self.row_id)

    @strawberry.field(
        description="Time spent in each status, every stay summed; the current one counts up "
        "to now. In the order the lead first entered them."
    )
    async def time_in_status(self, info: Info) -> list[LeadStatusTimeType]:
        return await tracking.time_in_status(info, self.row_id)

    @strawberry.field(description="The newest communication about the lead that you may read.")
    async def last_follow_up(self, info: Info) -> LeadFollowUpType | None:
        return await tracking.last_follow_up(info, self.row_id)

    @strawberry.field(
        description="Its history, and the communications and tasks about it, newest first. "
        "`sources`: history, communication, task (all by default)."
    )
    async def timeline(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        sources: list[str] | None = None,
    ) -> TimelineConnection:
        return await tracking.timeline(info, self.row_id, first, after, sources)

    @strawberry.field(
        description="Tasks about the lead (跟进任务), earliest due first; `open` keeps the "
        "open ones."
    )
    async def tasks(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        open: bool | None = None,
    ) -> Connection[Annotated[TaskType, strawberry.lazy("junlite.tasks.graphql.types")]]:
        return await tracking.tasks(info, self.row_id, first, after, open)

    @strawberry.field(description="Communications about the lead (跟进记录), newest first.")
    async def communications(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[CommunicationType, strawberry.lazy("junlite.comms.graphql.types")]]:
        return await tracking.communications(info, self.row_id, first, after)

    @strawberry.field(
        description="Current points by rule, event, manual adjustment and decay; they add up "
        "to the score. Null when your role may not see the score."
    )
    async def score_breakdown(self, info: Info) -> LeadScoreBreakdownType | None:
        if self.score is None:
            return None
        return await score_types.score_breakdown(info, self.row_id, self.score)

    @strawberry.field(description="Every change of the score and its cause, newest first.")
    async def score_history(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[LeadScoreChangeType]:
        return await score_types.score_changes(
            info, self.row_id, first, after, visible=self.score is not None
        )

    @strawberry.field(description="Every change of owner (and failed routing), oldest first.")
    async def assignments(
        self, info: Info
    ) -> list[
        Annotated[LeadAssignmentType, strawberry.lazy("junlite.leads.graphql.assignment_types")]
    ]:
        from junlite.leads.graphql.assignment_types import LeadAssignmentType, assignments_loader

        rows = await assignments_loader(info).load(self.row_id)
        return [LeadAssignmentType.from_row(row) for row in rows]

    @classmethod
    def from_row(cls, row: Lead, info: Info) -> LeadType:
        show = _Presenter(info, LEAD.name)
        plain = show.plain
        return cls(
            id=str(row.id),
            name=plain("name", row.name),
            wechat_id=plain("wechatId", row.wechat_id),
            company=plain("company", row.company),
            title=plain("title", row.title),
            industry=plain("industry", row.industry),
            province=plain("province", row.province),
            city=plain("city", row.city),
            district=plain("district", row.district),
            source=_enum(LeadSource, plain("source", row.source)),
            source_detail=plain("sourceDetail", row.source_detail),
            campaign=plain("campaign", row.campaign),
            source_at=row.source_at,
            product_interests=plain("productInterests", list(row.product_interests)),
            service_needs=plain("serviceNeeds", list(row.service_needs)),
            tags=plain("tags", list(row.tags)),
            priority=_enum(LeadPriority, plain("priority", row.priority)),
            status=_enum(LeadStatus, plain("status", row.status)),
            status_changed_at=row.status_changed_at,
            close_reason=row.close_reason,
            close_note=row.close_note,
            score=plain("score", row.score),
            notes=plain("notes", row.notes),
            last_activity_at=row.last_activity_at,
            last_followed_up_at=row.last_followed_up_at,
            next_follow_up_at=row.next_follow_up_at,
            assigned_at=row.assigned_at,
            converted_at=row.converted_at,
            created_at=row.created_at,
            updated_at=row.updated_at,
            owner_id=row.owner_id,
            team_id=row.team_id,
            row_id=row.id,
            extra_values=plain("extra", dict(row.extra)),
            source_event_id=row.source_event_id,
            sealed=row,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[LeadType | None]:
        if not info.context.require_user().policy.can(LEAD.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(lead_loader(info), node_ids, lambda row: cls.from_row(row, info))

    # Conversion (conversion_fields.py): the 转化流程 checklist and what the lead became.
    conversion_steps: list[LeadConversionStepType] = strawberry.field(
        resolver=conversion_fields.conversion_steps,
        description="The five steps of 转化流程, in order, done or not.",
    )
    conversion_reason: str | None = strawberry.field(
        resolver=conversion_fields.conversion_reason, description="转化原因, as given."
    )
    converted_customer: CustomerType | None = strawberry.field(
        resolver=conversion_fields.converted_customer
    )
    converted_contact: ContactType | None = strawberry.field(
        resolver=conversion_fields.converted_contact
    )
    converted_opportunity: OpportunityType | None = strawberry.field(
        resolver=conversion_fields.converted_opportunity
    )
