"""What an import's chunks are written with: the import's settings, who started it, and the
rows as the chunk sorts them into new leads and leads of people known already."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from junlite.leads.importer.models import OnDuplicate
from junlite.leads.importer.rows import PreparedRow

Key = tuple[str, Any]  # a person's key in a file: ("phone", its blind index), ...


@dataclass(frozen=True)
class Actor:
    """Who started the import, as the audit trail names them."""

    id: uuid.UUID
    org_id: uuid.UUID
    display_name: str


@dataclass(frozen=True)
class ImportPlan:
    import_id: uuid.UUID
    org_id: uuid.UUID
    actor: Actor
    file_name: str
    on_duplicate: OnDuplicate
    dry_run: bool
    campaign: str | None
    tags: Sequence[str]
    owner_id: uuid.UUID | None
    team_id: uuid.UUID | None
    route: bool


@dataclass
class ChunkOutcome:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass
class NewLead:
    id: uuid.UUID
    row: PreparedRow


@dataclass
class ExistingLead:
    id: uuid.UUID
    name: str
    rows: list[PreparedRow] = field(default_factory=list)
