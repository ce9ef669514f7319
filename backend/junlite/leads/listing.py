"""The lead list: the leads the user may see, narrowed by its filters, in one of its orders,
one keyset page at a time; and each listed lead's newest follow-up, for a page in one statement.

Every filter and order is served by an index of `leads` (models.py, core_models.py): the list
reads one page through an index range however many leads the organisation has.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, false, func, literal_column
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer

from junlite.auth.service import CurrentUser
from junlite.comms import repository as comms
from junlite.comms.models import Communication
from junlite.customers.fields import province_as_stored
from junlite.customers.repository import masked_search
from junlite.db.text import search_query
from junlite.graphql.relay import Connection, SortKey, paginate
from junlite.leads.core_models import FOLLOWED_UP_SORT_SQL
from junlite.leads.models import Lead
from junlite.leads.service import readable_leads
from junlite.security.personal import normalise_email, normalise_phone
from junlite.security.vault import Vault


@dataclass(frozen=True)
class LeadFilter:
    search: str | None = None
    statuses: Sequence[str] = ()
    sources: Sequence[str] = ()
    priorities: Sequence[str] = ()
    owner_ids: Sequence[uuid.UUID] = ()
    team_id: uuid.UUID | None = None
    unassigned: bool | None = None
    tags_any: Sequence[str] = ()
    product_interests_any: Sequence[str] = ()
    score_min: int | None = None
    score_max: int | None = None
    campaign: str | None = None
    province: str | None = None
    city: str | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None
    not_followed_up_since: datetime | None = None

    def audited(self) -> dict[str, str]:
        """The filters as an audit trail keeps them: a searched phone or e-mail masked."""
        kept = {
            name: str(value)
            for name, value in vars(self).items()
            if value not in (None, (), [], "") and name != "search"
        }
        if self.search:
            kept["search"] = masked_search(self.search)
        return kept


# The never-followed-up count as followed up at the epoch: the same expression as the index.
FOLLOWED_UP_SORT: Any = literal_column(FOLLOWED_UP_SORT_SQL)


_EPOCH = datetime.fromisoformat("1970-01-01T00:00:00+00:00")


class LeadOrder(enum.Enum):
    CREATED_AT = "created_at"
    SCORE = "score"
    LAST_FOLLOWED_UP_AT = "last_followed_up_at"
    NAME = "name"
    STATUS_CHANGED_AT = "status_changed_at"


@dataclass(frozen=True)
class Ordering:
    key: SortKey
    descending: bool  # the natural direction when the caller names none


ORDERINGS = {
    LeadOrder.CREATED_AT: Ordering(SortKey(Lead.created_at, "created_at", "datetime"), True),
    LeadOrder.SCORE: Ordering(SortKey(Lead.score, "score", "int"), True),
    LeadOrder.LAST_FOLLOWED_UP_AT: Ordering(
        SortKey(
            FOLLOWED_UP_SORT,
            "followed_up",
            "datetime",
            read=lambda row: row.last_followed_up_at or _EPOCH,
        ),
        False,  # who has waited longest first
    ),
    LeadOrder.NAME: Ordering(SortKey(Lead.name_sort_key, "name_sort_key", "str"), False),
    LeadOrder.STATUS_CHANGED_AT: Ordering(
        SortKey(Lead.status_changed_at, "status_changed_at", "datetime"), True
    ),
}
_BY_ID = SortKey(Lead.id, "id", "uuid")


def filtered(user: CurrentUser, vault: Vault, f: LeadFilter, action: str = "read") -> Select[Any]:
    """The live leads the user may see (or `action`, e.g. export), narrowed by the filters."""
    stmt: Select[Any] = readable_leads(user, action)
    if f.search and f.search.strip():
        stmt = stmt.where(search_condition(vault, user.org_id, f.search))
    for column, values in (
        (Lead.status, f.statuses),
        (Lead.source, f.sources),
        (Lead.priority, f.priorities),
        (Lead.owner_id, f.owner_ids),
    ):
        if values:
            stmt = stmt.where(column.in_(list(values)))
    if f.team_id is not None:
        stmt = stmt.where(Lead.team_id == f.team_id)
    if f.unassigned is not None:
        stmt = stmt.where(Lead.owner_id.is_(None) if f.unassigned else Lead.owner_id.is_not(None))
    if f.tags_any:
        stmt = stmt.where(Lead.tags.overlap(list(f.tags_any)))
    if f.product_interests_any:
        stmt = stmt.where(Lead.product_interests.overlap(list(f.product_interests_any)))
    if f.score_min is not None:
        stmt = stmt.where(Lead.score >= f.score_min)
    if f.score_max is not None:
        stmt = stmt.where(Lead.score <= f.score_max)
    if f.campaign:
        stmt = stmt.where(Lead.campaign == f.campaign)
    if f.province:
        stmt = stmt.where(Lead.province == province_as_stored(f.province))
    if f.city:
        stmt = stmt.where(Lead.city == f.city)
    if f.created_from is not None:
        stmt = stmt.where(Lead.created_at >= f.created_from)
    if f.created_to is not None:
        stmt = stmt.where(Lead.created_at < f.created_to)
    if f.not_followed_up_since is not None:
        stmt = stmt.where(f.not_followed_up_since > FOLLOWED_UP_SORT)
    return stmt


def search_condition(vault: Vault, org_id: uuid.UUID, value: str) -> Any:
    """An exact phone or e-mail through its blind index; else every word of the name or the
    company (Chinese as bigrams, a single character or a latin word as a prefix)."""
    value = value.strip()
    if (phone := normalise_phone(value)) is not None:
        return Lead.phone_index == vault.index(org_id, "phone", phone)
    if (email := normalise_email(value)) is not None:
        return Lead.email_index == vault.index(org_id, "email", email)
    query = search_query(value)
    if query is None:
        return false()
    return Lead.search_vector.bool_op("@@")(func.to_tsquery("simple", query))


async def page(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    order: LeadOrder,
    descending: bool | None,
    first: int | None,
    after: str | None,
    build: Callable[[Lead], Any],
) -> Connection[Any]:
    """One keyset page: `after` carries the last row's sort value and id, so the next page
    starts inside the index where this one ended."""
    ordering = ORDERINGS[order]
    return await paginate(
        session,
        stmt,
        keys=[ordering.key, _BY_ID],
        descending=ordering.descending if descending is None else descending,
        first=first,
        after=after,
        build=build,
        # The search column is for the index only: a page never shows it.
        page_options=[defer(Lead.search_vector, raiseload=True)],
    )


@dataclass(frozen=True)
class LastFollowUp:
    communication_id: uuid.UUID
    occurred_at: datetime
    channel: str
    content: str
    result: str | None
    author_id: uuid.UUID | None


async def last_follow_ups(
    session: AsyncSession, user: CurrentUser, lead_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, LastFollowUp]:
    """Each lead's newest communication the user may read, for a whole page in one statement
    (DISTINCT ON over the communications' (subject, occurred_at) index)."""
    if not lead_ids or not user.policy.can("communication", "read"):
        return {}
    # The readable statement narrowed in place: as a subquery, SQLAlchemy would rebuild a
    # proxy of every communications column for each page (a fifth of a page's time).
    c = Communication
    stmt = (
        comms.readable(user)
        .with_only_columns(
            c.subject_id, c.id, c.occurred_at, c.channel, c.content, c.result, c.author_id
        )
        .ext(distinct_on(c.subject_id))
        .where(c.subject_type == "lead", c.subject_id.in_(list(set(lead_ids))))
        .order_by(c.subject_id, c.occurred_at.desc(), c.id.desc())
    )
    found = {}
    for row in (await session.execute(stmt)).all():
        found[row.subject_id] = LastFollowUp(
            communication_id=row.id,
            occurred_at=row.occurred_at,
            channel=row.channel,
            content=row.content,
            result=row.result,
            author_id=row.author_id,
        )
    return found
