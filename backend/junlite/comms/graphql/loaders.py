"""The comms domain's DataLoaders: one per relation per request, one statement per batch."""

from __future__ import annotations

import uuid
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

from junlite.comms import repository


def communication_loader(info: Info) -> DataLoader[uuid.UUID, Any]:
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[Any]:
        rows = await repository.by_ids(context.session, context.require_user(), ids)
        return [rows.get(i) for i in ids]

    loader: DataLoader[uuid.UUID, Any] = context.loaders.get(
        "comms.communication", lambda: DataLoader(load_fn=load)
    )
    return loader


def attachments_loader(info: Info) -> DataLoader[uuid.UUID, list[tuple[str, Any]]]:
    """Each communication's (kind, file) pairs, for communications the caller has read."""
    context = info.context

    async def load(ids: list[uuid.UUID]) -> list[list[tuple[str, Any]]]:
        user = context.require_user()
        found = await repository.attachments_of(context.session, user.org_id, ids)
        return [found.get(i, []) for i in ids]

    loader: DataLoader[uuid.UUID, list[tuple[str, Any]]] = context.loaders.get(
        "comms.attachments", lambda: DataLoader(load_fn=load)
    )
    return loader
