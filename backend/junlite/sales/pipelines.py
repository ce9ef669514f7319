"""Pipelines: the organisation's sales process, as configured (stages in `stages.py`, won and
lost reasons in `reasons.py`).

Everyone signed in reads them; changing them needs the `setting` object type's `update`. Each
organisation gets a default pipeline (and default lost reasons) the first time anything asks for
its pipelines: `ensure_defaults` is idempotent and safe against two requests doing it at once
(the partial unique index on the default pipeline lets one insert win), so nothing has to be
wired into organisation provisioning.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.audit import service as audit
from junlite.audit.models import Category
from junlite.auth import policy
from junlite.auth.roles import SETTING
from junlite.auth.service import CurrentUser
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.errors import InvalidInputError, ServiceError
from junlite.sales import errors as _errors  # noqa: F401  (registers the messages)
from junlite.sales.models import (
    Pipeline,
    PipelineStage,
    ReasonKind,
    SalesReason,
    StageKind,
)

MAX_NAME = 100
DEFAULT_PIPELINE_NAME = "默认销售流程"
DEFAULT_STAGES: tuple[tuple[str, int, StageKind], ...] = (
    ("初步接洽", 10, StageKind.OPEN),
    ("需求确认", 30, StageKind.OPEN),
    ("方案报价", 60, StageKind.OPEN),
    ("商务谈判", 80, StageKind.OPEN),
    ("赢单", 100, StageKind.WON),
    ("输单", 0, StageKind.LOST),
)
DEFAULT_LOST_REASONS = ("价格过高", "选择了竞争对手", "需求变化", "预算不足", "联系不上客户")


# --- defaults -------------------------------------------------------------------------------


async def ensure_defaults(session: AsyncSession, org_id: uuid.UUID) -> bool:
    """The default pipeline with its stages, and the default lost reasons, unless the
    organisation has a default pipeline already. Returns whether it created them."""
    created = (
        await session.execute(
            pg_insert(Pipeline)
            .values(
                id=uuid7(),
                org_id=org_id,
                name=DEFAULT_PIPELINE_NAME,
                is_default=True,
                position=0,
            )
            .on_conflict_do_nothing(index_elements=["org_id"], index_where=text("is_default"))
            .returning(Pipeline.id)
        )
    ).scalar_one_or_none()
    if created is None:
        return False
    await session.execute(
        insert(PipelineStage),
        [
            {
                "id": uuid7(),
                "org_id": org_id,
                "pipeline_id": created,
                "name": name,
                "position": position,
                "probability": probability,
                "kind": kind.value,
            }
            for position, (name, probability, kind) in enumerate(DEFAULT_STAGES)
        ],
    )
    await session.execute(
        pg_insert(SalesReason)
        .values(
            [
                {
                    "id": uuid7(),
                    "org_id": org_id,
                    "kind": ReasonKind.LOST.value,
                    "label": label,
                    "position": position,
                    "is_active": True,
                }
                for position, label in enumerate(DEFAULT_LOST_REASONS)
            ]
        )
        .on_conflict_do_nothing()
    )
    return True


async def ensure_defaults_committed(database: Database, org_id: uuid.UUID) -> None:
    """For read requests (which never commit): the defaults in a short transaction of their own."""
    async with database.transaction() as session:
        await bind_org(session, org_id)
        await ensure_defaults(session, org_id)


# --- reads ----------------------------------------------------------------------------------


async def pipelines(session: AsyncSession, user: CurrentUser) -> list[Pipeline]:
    stmt = (
        select(Pipeline)
        .where(Pipeline.org_id == user.org_id)
        .order_by(Pipeline.is_default.desc(), Pipeline.position, Pipeline.id)
    )
    return list((await session.execute(stmt)).scalars())


async def stages_by_pipeline(
    session: AsyncSession, user: CurrentUser, pipeline_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[PipelineStage]]:
    stmt = (
        select(PipelineStage)
        .where(
            PipelineStage.org_id == user.org_id,
            PipelineStage.pipeline_id.in_(list(set(pipeline_ids))),
        )
        .order_by(PipelineStage.pipeline_id, PipelineStage.position)
    )
    grouped: dict[uuid.UUID, list[PipelineStage]] = {i: [] for i in pipeline_ids}
    for stage in (await session.execute(stmt)).scalars():
        grouped[stage.pipeline_id].append(stage)
    return grouped


async def stages_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, PipelineStage]:
    if not ids:
        return {}
    stmt = select(PipelineStage).where(
        PipelineStage.org_id == user.org_id, PipelineStage.id.in_(list(set(ids)))
    )
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def pipelines_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, Pipeline]:
    if not ids:
        return {}
    stmt = select(Pipeline).where(Pipeline.org_id == user.org_id, Pipeline.id.in_(list(set(ids))))
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def reasons(
    session: AsyncSession, user: CurrentUser, kind: ReasonKind, *, include_inactive: bool = False
) -> list[SalesReason]:
    stmt = select(SalesReason).where(
        SalesReason.org_id == user.org_id, SalesReason.kind == kind.value
    )
    if not include_inactive:
        stmt = stmt.where(SalesReason.is_active)
    stmt = stmt.order_by(SalesReason.position, SalesReason.id)
    return list((await session.execute(stmt)).scalars())


async def reasons_by_ids(
    session: AsyncSession, user: CurrentUser, ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, SalesReason]:
    if not ids:
        return {}
    stmt = select(SalesReason).where(
        SalesReason.org_id == user.org_id, SalesReason.id.in_(list(set(ids)))
    )
    return {row.id: row for row in (await session.execute(stmt)).scalars()}


async def default_pipeline(session: AsyncSession, user: CurrentUser) -> Pipeline:
    """The organisation's default pipeline, created on first use."""
    await ensure_defaults(session, user.org_id)
    stmt = select(Pipeline).where(Pipeline.org_id == user.org_id, Pipeline.is_default)
    return (await session.execute(stmt)).scalar_one()


# --- pipelines ------------------------------------------------------------------------------


async def create_pipeline(
    session: AsyncSession,
    user: CurrentUser,
    name: str,
    stages: Sequence[Mapping[str, Any]] | None,
) -> Pipeline:
    """A new pipeline; without stages it starts with a copy of the default ones."""
    policy.grant_for(user, SETTING, "update")
    await ensure_defaults(session, user.org_id)
    problems: list[ServiceError] = []
    clean = await _pipeline_name(session, user, name, None, problems)
    given = (
        stages
        if stages is not None
        else [{"name": n, "probability": p, "kind": k} for n, p, k in DEFAULT_STAGES]
    )
    checked = _checked_stages(given, problems)
    if problems:
        raise InvalidInputError(problems)
    count = (
        await session.execute(
            select(func.count()).select_from(Pipeline).where(Pipeline.org_id == user.org_id)
        )
    ).scalar_one()
    pipeline = Pipeline(
        id=uuid7(),
        org_id=user.org_id,
        created_by=user.id,
        name=clean,
        is_default=False,
        position=int(count),
    )
    session.add(pipeline)
    await session.flush()
    for position, (stage_name, probability, kind) in enumerate(checked):
        session.add(
            PipelineStage(
                id=uuid7(),
                org_id=user.org_id,
                created_by=user.id,
                pipeline_id=pipeline.id,
                name=stage_name,
                position=position,
                probability=probability,
                kind=kind.value,
            )
        )
    await session.flush()
    record_setting(
        session,
        user,
        "pipeline.created",
        pipeline.id,
        {
            "name": audit.FieldChange(None, clean),
            "stages": audit.FieldChange(None, [s[0] for s in checked]),
        },
    )
    return pipeline


async def update_pipeline(
    session: AsyncSession, user: CurrentUser, pipeline_id: uuid.UUID, values: Mapping[str, Any]
) -> Pipeline:
    policy.grant_for(user, SETTING, "update")
    pipeline = await locked_pipeline(session, user, pipeline_id, "id")
    problems: list[ServiceError] = []
    changes: dict[str, audit.FieldChange] = {}
    if "name" in values:
        clean = await _pipeline_name(session, user, values["name"], pipeline.id, problems)
        if clean is not None and clean != pipeline.name:
            changes["name"] = audit.FieldChange(pipeline.name, clean)
            pipeline.name = clean
    if values.get("is_default") is False and pipeline.is_default:
        problems.append(ServiceError("REQUIRED", "isDefault"))  # make another one the default
    if problems:
        raise InvalidInputError(problems)
    if values.get("is_default") and not pipeline.is_default:
        await session.execute(
            update(Pipeline)
            .where(Pipeline.org_id == user.org_id, Pipeline.is_default)
            .values(is_default=False)
        )
        await session.flush()
        pipeline.is_default = True
        changes["isDefault"] = audit.FieldChange(False, True)
    await session.flush()
    if changes:
        record_setting(session, user, "pipeline.updated", pipeline.id, changes)
    return pipeline


# --- helpers shared with stages.py and reasons.py --------------------


async def locked_pipeline(
    session: AsyncSession, user: CurrentUser, pipeline_id: uuid.UUID, field: str
) -> Pipeline:
    stmt = (
        select(Pipeline)
        .where(Pipeline.org_id == user.org_id, Pipeline.id == pipeline_id)
        .with_for_update()
    )
    pipeline = (await session.execute(stmt)).scalar_one_or_none()
    if pipeline is None:
        raise ServiceError("NOT_FOUND", field)
    return pipeline


async def _pipeline_name(
    session: AsyncSession,
    user: CurrentUser,
    raw: str | None,
    own_id: uuid.UUID | None,
    problems: list[ServiceError],
) -> str | None:
    clean = (raw or "").strip()
    if not clean:
        problems.append(ServiceError("REQUIRED", "name"))
        return None
    if len(clean) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", "name", max=MAX_NAME))
        return None
    stmt = select(Pipeline.id).where(
        Pipeline.org_id == user.org_id, func.lower(Pipeline.name) == clean.lower()
    )
    if own_id is not None:
        stmt = stmt.where(Pipeline.id != own_id)
    if (await session.execute(stmt)).first() is not None:
        problems.append(ServiceError("PIPELINE_NAME_TAKEN", "name"))
        return None
    return clean


def _checked_stages(
    stages: Sequence[Mapping[str, Any]], problems: list[ServiceError]
) -> list[tuple[str, int, StageKind]]:
    checked = []
    for index, stage in enumerate(stages):
        name = stage_name(stage.get("name"), f"stages.{index}.name", problems)
        probability = stage.get("probability")
        check_probability(probability, f"stages.{index}.probability", problems)
        checked.append((name, probability if isinstance(probability, int) else 0, stage["kind"]))
    kinds = [StageKind(kind) for _, _, kind in checked]
    if (
        kinds.count(StageKind.WON) != 1
        or kinds.count(StageKind.LOST) != 1
        or StageKind.OPEN not in kinds
    ):
        problems.append(ServiceError("STAGE_CLOSED_KIND_FIXED", "stages"))
    return [(name, probability, StageKind(kind)) for name, probability, kind in checked]


def stage_name(raw: str | None, field: str, problems: list[ServiceError]) -> str:
    clean = (raw or "").strip()
    if not clean:
        problems.append(ServiceError("REQUIRED", field))
    elif len(clean) > MAX_NAME:
        problems.append(ServiceError("TOO_LONG", field, max=MAX_NAME))
    return clean


def check_probability(value: Any, field: str, problems: list[ServiceError]) -> bool:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 100:
        problems.append(ServiceError("PROBABILITY_INVALID", field))
        return False
    return True


def record_setting(
    session: AsyncSession,
    user: CurrentUser,
    action: str,
    object_id: uuid.UUID,
    changes: Mapping[str, audit.FieldChange],
    stage_id: uuid.UUID | None = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    audit.record(
        session,
        category=Category.DATA_CHANGE,
        action=action,
        actor=user,
        object_type=SETTING,
        object_id=object_id,
        changes=changes,
        details={**(details or {}), **({"stageId": str(stage_id)} if stage_id else {})},
    )
