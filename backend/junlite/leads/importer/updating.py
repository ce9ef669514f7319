"""An import chunk's rows for people who have a lead already ("update" on duplicates): the row's
values written over the lead's, labels added, every change in the lead's history and audited."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.audit.service import FieldChange
from junlite.leads import history
from junlite.leads.importer.mapping import FIELD_LABELS
from junlite.leads.importer.plan import ExistingLead, ImportPlan
from junlite.leads.importer.rows import LIST_FIELDS, PreparedRow
from junlite.leads.models import Lead
from junlite.leads.object_types import LEAD
from junlite.leads.scoring import service as scoring
from junlite.leads.service import PERSONAL_FIELDS, PLAIN_FIELDS
from junlite.security.masking import mask
from junlite.security.vault import Vault


async def update(
    session: AsyncSession, vault: Vault, plan: ImportPlan, targets: Sequence[ExistingLead]
) -> None:
    if not targets:
        return
    by_id = {target.id: target for target in targets}
    leads = (
        await session.scalars(
            select(Lead)
            .where(Lead.org_id == plan.org_id, Lead.id.in_(list(by_id)))
            .order_by(Lead.id)
            .with_for_update()
        )
    ).all()
    audited: dict[str, dict[str, dict[str, Any]]] = {}
    changed_ids = []
    for lead in leads:
        changes: dict[str, FieldChange] = {}
        for row in by_id[lead.id].rows:
            for name, change in _apply(vault, plan, lead, row).items():
                before = changes[name].before if name in changes else change.before
                changes[name] = FieldChange(before, change.after)
        if not changes:
            continue
        changed_ids.append(lead.id)
        described = {name: {"before": c.before, "after": c.after} for name, c in changes.items()}
        audited[str(lead.id)] = described
        labels = "、".join(FIELD_LABELS.get(name, "扩展信息") for name in changes)
        history.add(
            session,
            lead,
            history.Kind.UPDATED,
            f"导入更新（{plan.file_name}）：{labels}",
            actor_id=plan.actor.id,
            details={"importId": str(plan.import_id), "changes": described},
        )
    await session.flush()
    if audited:
        audit.record(
            session,
            category=Category.DATA_CHANGE,
            action="lead.import_updated",
            actor=plan.actor,
            object_type=LEAD.name,
            details={"importId": str(plan.import_id), "leads": audited},
        )
        await scoring.score_leads(session, plan.org_id, changed_ids, reason="updated")


def _apply(vault: Vault, plan: ImportPlan, lead: Lead, row: PreparedRow) -> dict[str, FieldChange]:
    """The row's values overwrite the lead's; labels are added to the lead's own."""
    changes: dict[str, FieldChange] = {}
    for name, value in row.values.items():
        column = PLAIN_FIELDS[name].column
        old = getattr(lead, column)
        new = list(dict.fromkeys([*old, *value])) if name in LIST_FIELDS else value
        if new != old:
            setattr(lead, column, new)
            changes[name] = FieldChange(list(old) if isinstance(old, list) else old, new)
    if plan.tags and "tags" not in row.values:
        merged = list(dict.fromkeys([*lead.tags, *plan.tags]))
        if merged != lead.tags:
            changes["tags"] = FieldChange(list(lead.tags), merged)
            lead.tags = merged
    for name, value in row.personal.items():
        spec = PERSONAL_FIELDS[name]
        old_value = vault.read(lead, spec.column)
        if old_value != value:
            vault.write(lead, spec.column, spec.kind, value)
            changes[name] = FieldChange(
                mask(spec.kind, old_value) if old_value else None, mask(spec.kind, value)
            )
    if row.extra:
        extra = {**lead.extra, **row.extra}
        if extra != lead.extra:
            changes["extra"] = FieldChange(dict(lead.extra), extra)
            lead.extra = extra
    return changes
