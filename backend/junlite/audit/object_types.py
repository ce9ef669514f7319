"""The audit trail as an object type: who may read it, and over which events."""

from __future__ import annotations

from junlite.audit.models import AuditEvent
from junlite.auth.policy import FieldSpec, ObjectType, register

AUDIT = register(
    ObjectType(
        name="audit",
        label="审计日志",
        model=AuditEvent,
        graphql_type="AuditEvent",
        # "Own" scope: the events a user caused; team scopes: those of their team's members
        # are not expressible on this table, so only own and whole-organisation apply.
        owner=AuditEvent.actor_id,
        team=None,
        fields=(FieldSpec("ipAddress", "IP 地址"), FieldSpec("userAgent", "客户端")),
    )
)
