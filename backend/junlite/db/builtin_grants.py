"""For data migrations: the built-in roles' starting grants for object types new to a version."""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from junlite.auth.roles import BUILTIN_ROLES

_ROLES = sa.table(
    "roles",
    sa.column("id", sa.Uuid()),
    sa.column("org_id", sa.Uuid()),
    sa.column("key", sa.String()),
    sa.column("is_builtin", sa.Boolean()),
)
_PERMISSIONS = sa.table(
    "role_permissions",
    sa.column("id", sa.Uuid()),
    sa.column("org_id", sa.Uuid()),
    sa.column("role_id", sa.Uuid()),
    sa.column("object_type", sa.String()),
    sa.column("actions", postgresql.ARRAY(sa.String())),
    sa.column("row_scope", sa.String()),
)


def add_builtin_grants(connection: Connection, object_types: Iterable[str] | None = None) -> None:
    """Every organisation's built-in roles get their starting grants for `object_types` (all
    when None); a grant an administrator already set stays as it is. The caller has set
    `app.system`, as this spans organisations."""
    wanted = None if object_types is None else set(object_types)
    for builtin in BUILTIN_ROLES:
        for object_type, (actions, scope) in builtin.grants.items():
            if wanted is not None and object_type not in wanted:
                continue
            connection.execute(
                postgresql.insert(_PERMISSIONS)
                .from_select(
                    ["id", "org_id", "role_id", "object_type", "actions", "row_scope"],
                    sa.select(
                        sa.func.gen_random_uuid(),
                        _ROLES.c.org_id,
                        _ROLES.c.id,
                        sa.literal(object_type),
                        sa.literal(list(actions), postgresql.ARRAY(sa.String())),
                        sa.literal(scope.value),
                    ).where(_ROLES.c.key == builtin.key, _ROLES.c.is_builtin),
                )
                .on_conflict_do_nothing(index_elements=["role_id", "object_type"])
            )
