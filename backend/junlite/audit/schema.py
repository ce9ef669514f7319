"""GraphQL for the audit trail: query it with filters, and check its chain."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import strawberry
from strawberry import relay
from strawberry.dataloader import DataLoader
from strawberry.permission import PermissionExtension
from strawberry.scalars import JSON
from strawberry.types import Info

from junlite.audit import repository, service
from junlite.audit.export import export_events
from junlite.audit.models import AuditEvent, Category, Result, Severity
from junlite.audit.object_types import AUDIT
from junlite.auth import policy
from junlite.auth.models import RowScope
from junlite.errors import AccessError
from junlite.graphql.errors import coded_error
from junlite.graphql.exports import ExportPayload
from junlite.graphql.mutations import run_mutation
from junlite.graphql.permissions import Can
from junlite.graphql.relay import (
    Connection,
    SortKey,
    decode_global_id,
    load_nodes,
    paginate,
)

AuditCategory = strawberry.enum(Category, name="AuditCategory")
AuditSeverity = strawberry.enum(Severity, name="AuditSeverity")
AuditResult = strawberry.enum(Result, name="AuditResult")


@strawberry.type(name="AuditEvent", description="One entry of the audit trail.")
class AuditEventType(relay.Node):
    id: relay.NodeID[str]
    seq: int = strawberry.field(description="Position in the organisation's hash chain.")
    occurred_at: datetime
    category: AuditCategory  # type: ignore[valid-type]
    action: str = strawberry.field(description="What happened, e.g. login.failed.")
    severity: AuditSeverity  # type: ignore[valid-type]
    result: AuditResult  # type: ignore[valid-type]
    actor_id: strawberry.ID | None = strawberry.field(description="The User's global ID.")
    actor_name: str
    object_type: str | None
    object_id: str | None = strawberry.field(
        description="The object's global ID where its type is in the API."
    )
    changes: JSON | None = strawberry.field(
        description="Field -> {before, after}; personal data appears masked."
    )
    details: JSON
    ip_address: str | None
    user_agent: str | None
    request_id: str

    @classmethod
    def from_row(cls, row: AuditEvent, info: Info) -> AuditEventType:
        user = info.context.require_user()
        return cls(
            id=str(row.id),
            seq=row.seq,
            occurred_at=row.occurred_at,
            category=Category(row.category),
            action=row.action,
            severity=Severity(row.severity),
            result=Result(row.result),
            actor_id=(
                strawberry.ID(str(relay.GlobalID("User", str(row.actor_id))))
                if row.actor_id
                else None
            ),
            actor_name=row.actor_name,
            object_type=row.object_type,
            object_id=_object_global_id(row),
            changes=row.changes,  # type: ignore[arg-type]
            details=row.details,  # type: ignore[arg-type]
            ip_address=policy.present(user, AUDIT.name, "ipAddress", row.ip_address),
            user_agent=policy.present(user, AUDIT.name, "userAgent", row.user_agent),
            request_id=row.request_id,
        )

    @classmethod
    async def resolve_nodes(  # type: ignore[override]
        cls, *, info: Info, node_ids: Iterable[str], required: bool = False
    ) -> list[AuditEventType | None]:
        if not info.context.require_user().policy.can(AUDIT.name, "read"):
            return [None for _ in node_ids]
        return await load_nodes(
            audit_event_loader(info), node_ids, lambda row: cls.from_row(row, info)
        )


def audit_event_loader(info: Info) -> DataLoader[uuid.UUID, AuditEvent | None]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[AuditEvent | None]:
        user = context.require_user()
        rows = await policy.rows_by_ids(context.session, user, AUDIT.name, ids)
        return [rows.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, AuditEvent | None] = context.loaders.get(
        "audit.event", lambda: DataLoader(load_fn=load)
    )
    return loader


def _object_global_id(row: AuditEvent) -> str | None:
    """The object's global ID where its type is one of the API's, else its plain id."""
    if row.object_id is None:
        return None
    spec = policy.REGISTRY.get(row.object_type or "")
    if spec is None:
        return str(row.object_id)
    return str(relay.GlobalID(spec.graphql_type, str(row.object_id)))


@strawberry.input
class AuditEventFilter:
    categories: list[AuditCategory] | None = None  # type: ignore[valid-type]
    severities: list[AuditSeverity] | None = None  # type: ignore[valid-type]
    results: list[AuditResult] | None = None  # type: ignore[valid-type]
    actions: list[str] | None = None
    actor_id: strawberry.ID | None = None
    object_type: str | None = None
    object_id: str | None = strawberry.field(
        default=None, description="The object's global ID (or its plain id)."
    )
    since: datetime | None = strawberry.field(default=None, description="Inclusive.")
    until: datetime | None = strawberry.field(default=None, description="Exclusive.")


@strawberry.type(description="Whether the organisation's audit chain is intact.")
class AuditChainStatus:
    intact: bool
    checked: int = strawberry.field(description="Links verified, from the first.")
    broken_seq: int | None = strawberry.field(description="The first link that does not hold.")
    broken_event_id: strawberry.ID | None
    reason: str | None = strawberry.field(
        description="hash, prev_hash, missing, duplicate, truncated or head."
    )
    head_seq: int = strawberry.field(description="The chain's last link...")
    head_hash: str = strawberry.field(
        description="...and its hash (hex). Kept outside the database, it anchors the chain:"
        " a rewritten trail no longer ends at the recorded head."
    )


def apply_filter(stmt: Any, filter: AuditEventFilter | None) -> Any:
    if filter is None:
        return stmt
    object_id = None
    if filter.object_id:
        try:
            object_id = uuid.UUID(filter.object_id)
        except ValueError:
            try:
                object_id = uuid.UUID(relay.GlobalID.from_id(filter.object_id).node_id)
            except (ValueError, TypeError) as exc:
                raise coded_error("INVALID_ID") from exc
    return repository.filter_events(
        stmt,
        categories=[Category(c).value for c in filter.categories or []],
        severities=[Severity(s).value for s in filter.severities or []],
        results=[Result(r).value for r in filter.results or []],
        actions=filter.actions,
        actor_id=decode_global_id(filter.actor_id, "User") if filter.actor_id else None,
        object_type=filter.object_type,
        object_id=object_id,
        since=filter.since,
        until=filter.until,
    )


@strawberry.type
class Query:
    @strawberry.field(
        extensions=[PermissionExtension(permissions=[Can(AUDIT.name, "read")])],
        description="The audit trail, newest first, within your row scope for audit.",
    )
    async def audit_events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: AuditEventFilter | None = None,
    ) -> Connection[AuditEventType]:
        context = info.context
        stmt = apply_filter(policy.readable(context.require_user(), AUDIT.name), filter)
        return await paginate(
            context.session,
            stmt,
            keys=[SortKey(AuditEvent.seq, "seq", "int")],
            descending=True,
            first=first,
            after=after,
            build=lambda row: AuditEventType.from_row(row, info),
        )

    @strawberry.field(
        extensions=[PermissionExtension(permissions=[Can(AUDIT.name, "read")])],
        description="Recomputes your organisation's audit chain and reports the first break.",
    )
    async def audit_chain_status(self, info: Info) -> AuditChainStatus:
        context = info.context
        user = context.require_user()
        if policy.grant_for(user, AUDIT.name, "read").row_scope is not RowScope.ORG:
            raise AccessError("FORBIDDEN")  # a chain can only be checked whole
        report = await service.verify_chain(context.session, user.org_id)
        return AuditChainStatus(
            intact=report.intact,
            checked=report.checked,
            broken_seq=report.broken_seq,
            broken_event_id=(
                strawberry.ID(str(relay.GlobalID("AuditEvent", str(report.broken_event_id))))
                if report.broken_event_id
                else None
            ),
            reason=report.reason,
            head_seq=report.head_seq,
            head_hash=report.head_hash.hex(),
        )


def _filters_as_text(filter: AuditEventFilter | None) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in vars(filter or AuditEventFilter()).items():
        if value:
            is_list = isinstance(value, list)
            kept[key] = [getattr(v, "value", v) for v in value] if is_list else str(value)
    return kept


@strawberry.input
class ExportAuditEventsInput:
    filter: AuditEventFilter | None = None


@strawberry.type
class Mutation:
    @strawberry.mutation(
        extensions=[PermissionExtension(permissions=[Can(AUDIT.name, "export")])],
        description="A CSV of the audit trail within your scope and filters; audited itself.",
    )
    async def export_audit_events(self, info: Info, input: ExportAuditEventsInput) -> ExportPayload:
        context = info.context
        user = context.require_user()

        async def action() -> ExportPayload:
            stmt = apply_filter(policy.readable(user, AUDIT.name), input.filter)
            export = await export_events(
                context.session,
                context.redis,
                context.settings,
                user,
                stmt,
                _filters_as_text(input.filter),
            )
            return ExportPayload(
                file_name=export.file_name,
                content_type=export.content_type,
                content=export.content,
                row_count=export.row_count,
            )

        return await run_mutation(
            info,
            operation="exportAuditEvents",
            input=input,
            payload_type=ExportPayload,
            action=action,
        )
