"""The conversion cycle's median and 90th percentile of a whole report (its total), exact,
without sorting every converted lead of the period. (Per group, the period's converted leads
are sorted: many groups want nearly every bin, so the bins would spare little.)

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

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.leads.conversion.cohort import TOTAL

PERCENTILES = (0.5, 0.9)


class BinsMovedError(Exception):
    """A wanted place is missing: a commit between reading the counts and the leads moved
    leads out of a bin (each statement reads its own snapshot)."""


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
    ordered: Callable[[list[tuple[int, int, int]]], Any],
) -> Cycles:
    """`binned`: rows of (bin, n) adding up to how many converted leads of the report took a
    cycle in each bin. `ordered([(bin, skip, take)])`: a select of (bin, place, cycle) for the
    cohort's converted leads in each bin, in cycle order from place `skip`, `take` of them."""
    b = binned.subquery("binned")
    n = func.sum(b.c.n)
    stmt = select(b.c.bin, n).group_by(b.c.bin).having(n != 0)
    bins = {int(row.bin): int(row[1]) for row in await session.execute(stmt)}
    if not bins:
        return {}
    total = sum(bins.values())
    wanted = [place_of(bins, r) for p in PERCENTILES for r in ranks(total, p)]
    values = await _values(session, ordered, wanted)
    try:
        at = [values[(number, place)] for number, place in wanted]
    except KeyError as missing:
        raise BinsMovedError from missing
    return {
        TOTAL: (
            interpolated(total, PERCENTILES[0], at[0], at[1]),
            interpolated(total, PERCENTILES[1], at[2], at[3]),
        )
    }


async def _values(
    session: AsyncSession,
    ordered: Callable[[list[tuple[int, int, int]]], Any],
    wanted: list[tuple[int, int]],
) -> dict[tuple[int, int], float]:
    """The four values, read in cycle order from the index (no sort): per percentile, its two
    neighbours (one slice of a bin, or one from each of two)."""
    slices: set[tuple[int, int, int]] = set()
    for (low_bin, low), (high_bin, high) in (wanted[0:2], wanted[2:4]):
        if low_bin == high_bin:
            slices.add((low_bin, low, high - low + 1))
        else:
            slices.update({(low_bin, low, 1), (high_bin, high, 1)})
    rows = await session.execute(ordered(sorted(slices)))
    return {(row.bin, row.place): float(row.cycle) for row in rows}
