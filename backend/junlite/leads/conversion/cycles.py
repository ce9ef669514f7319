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

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.leads.conversion.cohort import TOTAL

PERCENTILES = (0.5, 0.9)


class BinsMovedError(Exception):
    """A wanted place is missing: a commit between reading the counts and the leads moved
    leads out of a bin (each statement reads its own snapshot)."""


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
    ordered: Callable[[list[tuple[int, int, int]]], Any],
    *,
    grouped: bool,
) -> Cycles:
    """`binned`: rows of (group_key when `grouped`, bin, n) adding up to how many converted
    leads of each group took a cycle in each bin. `ordered([(bin, skip, take)])`: a select of
    (bin, place, cycle) for the cohort's converted leads in each bin, in cycle order from
    place `skip`, `take` of them. `candidates(bins, by_cycle)`: a select of (group_key, bin,
    cycle) for the cohort's converted leads in those bins, found by cycle (the bins' leads of
    every period) or else by creation (the period's leads of every bin)."""
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
    if not counts:
        return {}

    wanted: dict[Any, list[tuple[int, int]]] = {}  # (bin, place) of each rank, per group
    for group, bins in counts.items():
        total = sum(bins.values())
        wanted[group] = [place_of(bins, r) for p in PERCENTILES for r in ranks(total, p)]
    values = await _total_values(session, ordered, wanted[TOTAL])
    if len(wanted) > 1:
        values.update(await _group_values(session, candidates, wanted, counts))
    found: Cycles = {}
    for group, bins in counts.items():
        total = sum(bins.values())
        try:
            at = [values[(group, number, place)] for number, place in wanted[group]]
        except KeyError as missing:
            raise BinsMovedError from missing
        found[group] = (
            interpolated(total, PERCENTILES[0], at[0], at[1]),
            interpolated(total, PERCENTILES[1], at[2], at[3]),
        )
    return found


async def _total_values(
    session: AsyncSession,
    ordered: Callable[[list[tuple[int, int, int]]], Any],
    wanted: list[tuple[int, int]],
) -> dict[tuple[Any, int, int], float]:
    """The total's four values, read in cycle order from the index (no sort): per percentile,
    its two neighbours (one slice of a bin, or one from each of two)."""
    slices: set[tuple[int, int, int]] = set()
    for (low_bin, low), (high_bin, high) in (wanted[0:2], wanted[2:4]):
        if low_bin == high_bin:
            slices.add((low_bin, low, high - low + 1))
        else:
            slices.update({(low_bin, low, 1), (high_bin, high, 1)})
    rows = await session.execute(ordered(sorted(slices)))
    return {(TOTAL, row.bin, row.place): float(row.cycle) for row in rows}


async def _group_values(
    session: AsyncSession,
    candidates: Callable[[list[int], bool], Any],
    wanted: dict[Any, list[tuple[int, int]]],
    counts: dict[Any, dict[int, int]],
) -> dict[tuple[Any, int, int], float]:
    """The groups' values: the wanted bins' leads, ranked per group and bin."""
    groups = {group: places for group, places in wanted.items() if group is not TOTAL}
    bins = sorted({number for places in groups.values() for number, _ in places})
    in_bins = sum(counts[TOTAL].get(number, 0) for number in bins)
    # Many groups (weeks of a year) want most bins: the period's leads are then fewer to read
    # than the bins' leads of every period (a bin counts a few years' conversions).
    by_cycle = in_bins < BY_CYCLE_BELOW * sum(counts[TOTAL].values())
    c = candidates(bins, by_cycle).subquery("candidates")
    in_group = func.row_number().over(partition_by=(c.c.group_key, c.c.bin), order_by=c.c.cycle)
    placed = select(c.c.group_key, c.c.bin, c.c.cycle, (in_group - 1).label("place")).subquery()
    wanted_places = sorted({place for places in groups.values() for _, place in places})
    rows = await session.execute(select(placed).where(placed.c.place.in_(wanted_places)))
    return {(row.group_key, row.bin, row.place): float(row.cycle) for row in rows}
