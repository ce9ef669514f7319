"""The conversion cycle's median and 90th percentile, exact, without sorting every converted
lead of the period.

`percentile_cont(p)` over n cycles takes the values of rank ⌊p(n − 1)⌋ and ⌈p(n − 1)⌉ (from 0,
in increasing order) and interpolates between them. The roll-up counts converted leads per
cycle bin (`lead_analytics_cycles`; bins ordered as cycles are), so the counts per bin tell
which bin holds each of those ranks, and which place in it. Only the leads of those few bins
are then read, in cycle order (`ix_leads_converted_by_cycle`), and the values at those places
interpolated as PostgreSQL does (orderedsetaggs.c: `lo + (pct * (hi - lo))`, in doubles).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, literal, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.leads.conversion.cohort import TOTAL

PERCENTILES = (0.5, 0.9)
# Read the wanted bins' leads by cycle when they are fewer than this share of the period's.
BY_CYCLE_BELOW = 0.5
Cycles = dict[Any, tuple[float | None, float | None]]


def ranks(n: int, p: float) -> tuple[int, int]:
    position = p * (n - 1)
    return math.floor(position), math.ceil(position)


def interpolated(n: int, p: float, low: float, high: float) -> float:
    first, second = ranks(n, p)
    if first == second:
        return low
    proportion = p * (n - 1) - first
    return low + (proportion * (high - low))


def place_of(bins: dict[int, int], rank: int) -> tuple[int, int]:
    """The bin holding the value of `rank` (from 0, over every bin in order), and its place
    among that bin's values."""
    below = 0
    for number in sorted(bins):
        if rank < below + bins[number]:
            return number, rank - below
        below += bins[number]
    raise ValueError(f"rank {rank} beyond {below} values")


async def percentiles(
    session: AsyncSession,
    binned: Any,
    candidates: Callable[[list[int], bool], Any],
    *,
    grouped: bool,
) -> Cycles:
    """`binned`: rows of (group_key when `grouped`, bin, n) adding up to how many converted
    leads of each group took a cycle in each bin. `candidates(bins, by_cycle)`: a select of
    (group_key when `grouped`, bin, cycle) for the cohort's converted leads in those bins,
    found by cycle (the bins' leads of every period) or else by creation (the period's leads
    of every bin), whichever the counts say reads fewer."""
    b = binned.subquery("binned")
    n = func.sum(b.c.n)
    if grouped:
        stmt = select(b.c.group_key, func.grouping(b.c.group_key).label("is_total"), b.c.bin, n)
        stmt = stmt.group_by(func.grouping_sets(tuple_(b.c.group_key, b.c.bin), tuple_(b.c.bin)))
    else:
        stmt = select(literal(None).label("group_key"), literal(1).label("is_total"), b.c.bin, n)
        stmt = stmt.group_by(b.c.bin)
    counts: dict[Any, dict[int, int]] = {}
    for row in await session.execute(stmt.having(n != 0)):
        group = TOTAL if row.is_total else row.group_key
        counts.setdefault(group, {})[int(row.bin)] = int(row[3])

    wanted: dict[Any, list[tuple[int, int]]] = {}  # (bin, place) of each rank, per group
    for group, bins in counts.items():
        total = sum(bins.values())
        wanted[group] = [place_of(bins, r) for p in PERCENTILES for r in ranks(total, p)]
    if not wanted:
        return {}
    values = await _values(session, candidates, wanted, counts, grouped=grouped)
    found: Cycles = {}
    for group, bins in counts.items():
        total = sum(bins.values())
        at = [values[(group, number, place)] for number, place in wanted[group]]
        found[group] = (
            interpolated(total, PERCENTILES[0], at[0], at[1]),
            interpolated(total, PERCENTILES[1], at[2], at[3]),
        )
    return found


async def _values(
    session: AsyncSession,
    candidates: Callable[[list[int], bool], Any],
    wanted: dict[Any, list[tuple[int, int]]],
    counts: dict[Any, dict[int, int]],
    *,
    grouped: bool,
) -> dict[tuple[Any, int, int], float]:
    """The cycle at each wanted (group, bin, place), reading only the wanted bins' leads."""
    bins = sorted({number for places in wanted.values() for number, _ in places})
    in_bins = sum(counts[TOTAL].get(number, 0) for number in bins)
    # Many groups (weeks of a year) want most bins: the period's leads are then fewer to read
    # than the bins' leads of every period (a bin counts a few years' conversions).
    by_cycle = in_bins < BY_CYCLE_BELOW * sum(counts[TOTAL].values())
    c = candidates(bins, by_cycle).subquery("candidates")
    in_total = func.row_number().over(partition_by=c.c.bin, order_by=c.c.cycle) - 1
    columns = [c.c.bin, c.c.cycle, in_total.label("in_total")]
    if grouped:
        in_group = func.row_number().over(partition_by=(c.c.group_key, c.c.bin), order_by=c.c.cycle)
        columns += [c.c.group_key, (in_group - 1).label("in_group")]
    placed = select(*columns).subquery("placed")
    total_places = sorted({place for _, place in wanted.get(TOTAL, [])})
    group_places = sorted(
        {place for group, places in wanted.items() if group is not TOTAL for _, place in places}
    )
    keep = [placed.c.in_total.in_(total_places)]
    if grouped:
        keep.append(placed.c.in_group.in_(group_places))
    found: dict[tuple[Any, int, int], float] = {}
    for row in await session.execute(select(placed).where(or_(*keep))):
        found[(TOTAL, row.bin, row.in_total)] = float(row.cycle)
        if grouped:
            found[(row.group_key, row.bin, row.in_group)] = float(row.cycle)
    return found
