"""Per-request DataLoaders over a domain's "rows by ids" reads.

One loader per request and relation: a page of N rows asks for its related rows in one
statement, so the statement count of a query does not grow with its page size.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from strawberry.dataloader import DataLoader
from strawberry.types import Info

# fetch(session, user, ids) -> {id: row or list of rows}; missing ids are outside the scope.
Fetch = Callable[[Any, Any, Sequence[Any]], Awaitable[dict[Any, Any]]]


def request_loader(info: Info, name: str, fetch: Fetch, empty: Any = None) -> DataLoader[Any, Any]:
    """The request's loader called `name`; `empty` (a value, or a factory such as `list`)
    answers for ids the fetch did not return."""
    context = info.context

    async def load(ids: list[Any]) -> list[Any]:
        rows = await fetch(context.session, context.require_user(), ids)
        return [rows.get(i, empty() if callable(empty) else empty) for i in ids]

    loader: DataLoader[Any, Any] = context.loaders.get(name, lambda: DataLoader(load_fn=load))
    return loader
