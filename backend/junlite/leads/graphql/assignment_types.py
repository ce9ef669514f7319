"""GraphQL types of lead routing: rules, their members, assignments as recorded, absences, and
the dry run's explanation. Relations go through per-request DataLoaders."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.auth.graphql.types import TeamType, UserType, team_loader, user_loader
from junlite.graphql.loaders import request_loader
from junlite.graphql.relay import encode_global_id, load_nodes
from junlite.leads.assignment import rules as routing_rules
from junlite.leads.assignment import service as assignment
from junlite.leads.assignment.models import (
    AssignmentKind,
    LeadAssignment,
    RepAbsence,
    RoutingAction,
    RoutingRule,
    RoutingRuleMember,
)
from junlite.leads.graphql.types import LeadSourceEnum
from junlite.leads.models import LeadSource

RoutingActionEnum = strawberry.enum(
    RoutingAction,
    name="RoutingAction",
    description="指定销售 USER; 轮询 ROUND_ROBIN (the next member in turn); 负载均衡 "
    "LOAD_BALANCE (the member with the fewest open leads).",
)
LeadAssignmentKindEnum = strawberry.enum(
    AssignmentKind,
    name="LeadAssignmentKind",
    description="AUTO by a routing rule; MANUAL by a manager; TRANSFER between reps (with a "
    "reason); UNASSIGNED: no rule could place the lead, it waits for a manager.",
)


async def _user(info: Info, user_id: uuid.UUID | None) -> UserType | None:
    if user_id is None:
        return None
    row = await user_loader(info).load(user_id)
    return UserType.from_row(row, info) if row else None


def members_loader(info: Info) -> DataLoader[uuid.UUID, list[RoutingRuleMember]]:
    return request_loader(info, "leads.rule_members", routing_rules.members_by_rule, list)


def assignments_loader(info: Info) -> DataLoader[uuid.UUID, list[LeadAssignment]]:
    return request_loader(info, "leads.assignments", assignment.assignments_by_lead, list)


@strawberry.type(description="Each given condition must hold; an empty one matches every lead.")
class RoutingConditions:
    sources: list[LeadSourceEnum]  # type: ignore[valid-type]
    provinces: list[str]
    cities: list[str]
    product_interests: list[str]
    tags: list[str]
    campaigns: list[str]
    score_min: int | None
    score_max: int | None


@strawberry.type(name="RoutingRuleMember")
class RoutingRuleMemberType:
    position: int
    capacity: int | None = strawberry.field(description="Most open leads; null: the rule's.")
    user_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def user(self, info: Info) -> UserType | None:
        return await _user(info, self.user_id)


@strawberry.type(name="RoutingRule", description="分配规则, tried in `position` order.")
class RoutingRuleType(relay.Node):
    id: relay.NodeID[str]
    name: str
    position: int
    enabled: bool
    conditions: RoutingConditions
    action: RoutingActionEnum  # type: ignore[valid-type]
    include_sub_teams: bool
    member_capacity: int | None = strawberry.field(
        description="Most open leads (NEW, CONTACTING, QUALIFIED) a member may hold."
    )
    follow_up_hours: int | None = strawberry.field(
        description="A first follow-up task for the new owner, due this many hours later."
    )
    created_at: datetime
    updated_at: datetime
    user_id: strawberry.Private[uuid.UUID | None]
    team_id: strawberry.Private[uuid.UUID | None]
    row_id: strawberry.Private[uuid.UUID]

    @strawberry.field(description="USER rules: the rep.")
    async def user(self, info: Info) -> UserType | None:
        return await _user(info, self.user_id)

    @strawberry.field(description="Rules over a team: its active users are the members.")
    async def team(self, info: Info) -> TeamType | None:
        if self.team_id is None:
            return None
        row = await team_loader(info).load(self.team_id)
        return TeamType.from_row(row) if row else None

    @strawberry.field(description="Listed members, in round-robin order (empty for team rules).")
    async def members(self, info: Info) -> list[RoutingRuleMemberType]:
        rows = await members_loader(info).load(self.row_id)
        return [
            RoutingRuleMemberType(position=m.position, capacity=m.capacity, user_id=m.user_id)
            for m in rows
        ]

    @classmethod
    def from_row(cls, row: RoutingRule) -> RoutingRuleType:
        return cls(
            id=str(row.id),
            name=row.name,
            position=row.position,
            enabled=row.is_enabled,
            conditions=RoutingConditions(
                sources=[LeadSource(s) for s in row.sources],
                provinces=list(row.provinces),
                cities=list(row.cities),
                product_interests=list(row.product_interests),
                tags=list(row.tags),
                campaigns=list(row.campaigns),
                score_min=row.score_min,
                score_max=row.score_max,
            ),
            action=RoutingAction(row.action),
            include_sub_teams=row.include_sub_teams,
            member_capacity=row.member_capacity,
            follow_up_hours=row.follow_up_hours,
            created_at=row.created_at,
            updated_at=row.updated_at,
            user_id=row.user_id,
            team_id=row.team_id,
            row_id=row.id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[RoutingRuleType | None]:
        user = info.context.require_user()
        if not routing_rules.may_read(user):
            return [None for _ in node_ids]

        async def load(ids: list[uuid.UUID]) -> list[RoutingRule | None]:
            rows = {r.id: r for r in await routing_rules.list_rules(info.context.session, user)}
            return [rows.get(i) for i in ids]

        loader: DataLoader[uuid.UUID, RoutingRule | None] = DataLoader(load_fn=load)
        return await load_nodes(loader, node_ids, cls.from_row)


@strawberry.type(name="LeadAssignment", description="One change of a lead's owner, and why.")
class LeadAssignmentType:
    id: strawberry.ID
    kind: LeadAssignmentKindEnum  # type: ignore[valid-type]
    rule_id: strawberry.ID | None = strawberry.field(description="The RoutingRule, if it exists.")
    rule_name: str | None = strawberry.field(description="The rule's name at that time.")
    reason: str = strawberry.field(
        description="In words, e.g. 规则「华南区网站线索」：轮询 第 3 位 张伟（跳过：李娜 请假中）."
    )
    assigned_at: datetime
    from_owner_id: strawberry.Private[uuid.UUID | None]
    to_owner_id: strawberry.Private[uuid.UUID | None]
    actor_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def from_owner(self, info: Info) -> UserType | None:
        return await _user(info, self.from_owner_id)

    @strawberry.field
    async def to_owner(self, info: Info) -> UserType | None:
        return await _user(info, self.to_owner_id)

    @strawberry.field(description="Who did it; null for a rule acting on a capture or import.")
    async def actor(self, info: Info) -> UserType | None:
        return await _user(info, self.actor_id)

    @classmethod
    def from_row(cls, row: LeadAssignment) -> LeadAssignmentType:
        return cls(
            id=encode_global_id("LeadAssignment", row.id),
            kind=AssignmentKind(row.kind),
            rule_id=encode_global_id("RoutingRule", row.rule_id) if row.rule_id else None,
            rule_name=row.rule_name,
            reason=row.reason,
            assigned_at=row.created_at,
            from_owner_id=row.from_owner_id,
            to_owner_id=row.to_owner_id,
            actor_id=row.actor_id,
        )


@strawberry.type(name="RepAbsence", description="请假: routing rules skip the rep meanwhile.")
class RepAbsenceType:
    id: strawberry.ID
    starts_on: date
    ends_on: date = strawberry.field(description="The last day away (included).")
    note: str
    user_id: strawberry.Private[uuid.UUID]

    @strawberry.field
    async def user(self, info: Info) -> UserType | None:
        return await _user(info, self.user_id)

    @classmethod
    def from_row(cls, row: RepAbsence) -> RepAbsenceType:
        return cls(
            id=encode_global_id("RepAbsence", row.id),
            starts_on=row.starts_on,
            ends_on=row.ends_on,
            note=row.note,
            user_id=row.user_id,
        )


@strawberry.type(description="One rule as the dry run tried it.")
class RoutingPreviewStep:
    rule: RoutingRuleType
    matched: bool
    unmet_conditions: list[str] = strawberry.field(description="e.g. 来源渠道, 省份, 评分.")
    outcome: str


@strawberry.type(description="Where the rules would send a lead now, and why; nothing changed.")
class RoutingPreview:
    rule: RoutingRuleType | None
    reason: str
    steps: list[RoutingPreviewStep]
    owner_id: strawberry.Private[uuid.UUID | None]

    @strawberry.field
    async def owner(self, info: Info) -> UserType | None:
        return await _user(info, self.owner_id)
