"""Permissions declared on fields and mutations, not checked ad hoc in their bodies.

`IsAuthenticated` refuses anonymous callers with UNAUTHENTICATED (or TOKEN_EXPIRED);
`Can("team", "create")` asks the caller's role policy and refuses with FORBIDDEN. Both raise an
AccessError, which the error-shaping extension renders in the caller's language: permission
objects are shared by all requests, so they keep no per-request state.
"""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission
from strawberry.types import Info

from junlite.audit.models import Result
from junlite.auth.service import can
from junlite.errors import AccessError
from junlite.graphql.mutations import record_mutation


class IsAuthenticated(BasePermission):
    message = "UNAUTHENTICATED"

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        info.context.require_user()
        return True


class Can(BasePermission):
    message = "FORBIDDEN"

    def __init__(self, object_type: str, action: str) -> None:
        self.object_type = object_type
        self.action = action

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        if not can(info.context.require_user(), self.object_type, self.action):
            if info.path.prev is None and info.path.typename == "Mutation":
                record_mutation(
                    info, info.field_name, kwargs.get("input"), Result.DENIED, ["FORBIDDEN"]
                )
            raise AccessError("FORBIDDEN")
        return True
