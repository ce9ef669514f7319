"""Relay conventions: opaque global IDs and keyset-paginated connections.

Cursors carry the sort key of the row (not an offset), so page 1,000 costs what page 1 costs.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Generic, Literal, TypeVar

import orjson
import strawberry
from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.base import ExecutableOption
from sqlalchemy.sql.elements import ColumnElement
from strawberry import relay
from strawberry.dataloader import DataLoader

from junlite.db.ids import global_id
from junlite.graphql.errors import coded_error

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

NodeT = TypeVar("NodeT")


def decode_global_id(value: str | relay.GlobalID, expected_type: str) -> uuid.UUID:
    """The row id inside a global ID of `expected_type`; INVALID_ID for anything else."""
    try:
        gid = value if isinstance(value, relay.GlobalID) else relay.GlobalID.from_id(value)
        if gid.type_name != expected_type:
            raise ValueError(gid.type_name)
        return uuid.UUID(gid.node_id)
    except (ValueError, TypeError) as exc:
        raise coded_error("INVALID_ID") from exc


def encode_global_id(type_name: str, row_id: uuid.UUID) -> strawberry.ID:
    return strawberry.ID(global_id(type_name, row_id))


@strawberry.type(description="Where a page sits in the whole list.")
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[NodeT]):
    cursor: str
    node: NodeT


@strawberry.type(description="A page of a list. `totalCount` is computed only when selected.")
class Connection(Generic[NodeT]):
    edges: list[Edge[NodeT]]
    page_info: PageInfo
    count_rows: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="The rows of this page, without cursors.")
    def nodes(self) -> list[NodeT]:
        return [edge.node for edge in self.edges]

    @strawberry.field(description="Rows in the whole list (one extra COUNT query when selected).")
    async def total_count(self) -> int:
        return await self.count_rows()


SortKind = Literal["uuid", "datetime", "date", "decimal", "str", "int"]


@dataclass(frozen=True)
class SortKey:
    column: ColumnElement[Any] | QueryableAttribute[Any]
    attribute: str
    kind: SortKind
    # The row's value when the key is an expression rather than one of its attributes.
    read: Callable[[Any], Any] | None = None

    def value_of(self, row: Any) -> Any:
        return self.read(row) if self.read is not None else getattr(row, self.attribute)


def _encode_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # exact: a float would round money
    return value


def _decode_value(kind: SortKind, raw: Any) -> Any:
    if kind == "uuid":
        return uuid.UUID(raw)
    if kind == "datetime":
        return datetime.fromisoformat(raw)
    if kind == "date":
        return date.fromisoformat(raw)
    if kind == "decimal":
        return Decimal(raw)
    if kind == "int":
        return int(raw)
    return str(raw)


def encode_cursor(values: Sequence[Any]) -> str:
    return base64.urlsafe_b64encode(orjson.dumps([_encode_value(v) for v in values])).decode()


def decode_cursor(cursor: str, keys: Sequence[SortKey]) -> list[Any]:
    try:
        raw = orjson.loads(base64.urlsafe_b64decode(cursor.encode()))
        if not isinstance(raw, list) or len(raw) != len(keys):
            raise ValueError("shape")
        return [_decode_value(key.kind, item) for key, item in zip(keys, raw, strict=True)]
    except (ValueError, TypeError, InvalidOperation, orjson.JSONDecodeError) as exc:
        raise coded_error("INVALID_CURSOR") from exc


def check_page_size(first: int | None) -> int:
    size = DEFAULT_PAGE_SIZE if first is None else first
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise coded_error("PAGE_SIZE_INVALID", limit=MAX_PAGE_SIZE)
    return size


async def paginate(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    keys: Sequence[SortKey],
    descending: bool,
    first: int | None,
    after: str | None,
    build: Callable[[Any], NodeT],
    page_options: Sequence[ExecutableOption] = (),
) -> Connection[NodeT]:
    """One page of `stmt`, ordered by `keys` (the last key must be unique, e.g. the id).
    `page_options` apply to the page's statement only, not to `totalCount`'s (e.g. deferring
    a column that only an index needs)."""
    size = check_page_size(first)
    columns = [key.column for key in keys]
    page_stmt = stmt
    if after is not None:
        values = decode_cursor(after, keys)
        row_value = tuple_(*columns)
        page_stmt = page_stmt.where(
            row_value < tuple_(*values) if descending else row_value > tuple_(*values)
        )
    order = [column.desc() if descending else column.asc() for column in columns]
    if page_options:
        page_stmt = page_stmt.options(*page_options)
    rows = (await session.execute(page_stmt.order_by(*order).limit(size + 1))).scalars().all()
    has_next = len(rows) > size
    rows = rows[:size]
    edges = [
        Edge(cursor=encode_cursor([key.value_of(row) for key in keys]), node=build(row))
        for row in rows
    ]

    async def count_rows() -> int:
        count_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
        return int((await session.execute(count_stmt)).scalar_one())

    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=has_next,
            has_previous_page=after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        count_rows=count_rows,
    )


def empty_connection() -> Connection[Any]:
    """A list the user may not read at all: no rows, and nothing to count."""

    async def none() -> int:
        return 0

    return Connection(
        edges=[],
        page_info=PageInfo(
            has_next_page=False, has_previous_page=False, start_cursor=None, end_cursor=None
        ),
        count_rows=none,
    )


async def load_nodes(
    loader: DataLoader[uuid.UUID, Any], node_ids: Iterable[str], build: Callable[[Any], NodeT]
) -> list[NodeT | None]:
    """`node(id:)` through a DataLoader: one batch, ids in order, None where not visible."""
    ids: list[uuid.UUID | None] = []
    for raw in node_ids:
        try:
            ids.append(uuid.UUID(str(raw)))
        except ValueError:
            ids.append(None)
    rows = await loader.load_many([i for i in ids if i is not None])
    by_id = {row.id: row for row in rows if row is not None}
    return [build(by_id[i]) if i in by_id else None for i in ids]
