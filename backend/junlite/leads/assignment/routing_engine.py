"""The routing decision itself, on rows already read: which rule matches a lead, and whom that
rule picks (a rep, the next by round-robin, or the least loaded), with the reason in words.

Nothing here touches the database, so a routing call reads everything once for its whole batch
and a dry run (`previewLeadRouting`) walks exactly the same path without changing anything.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from junlite.leads.assignment.models import RoutingAction, RoutingRule

# Each condition: its label, the rule's values, and the lead's value(s) it is checked against.
CONDITION_LABELS = {
    "sources": "来源渠道",
    "provinces": "省份",
    "cities": "城市",
    "product_interests": "产品兴趣",
    "tags": "标签",
    "campaigns": "来源活动",
    "score": "评分",
}


def unmet_conditions(rule: RoutingRule, lead: Any) -> list[str]:
    """The labels of the rule's conditions this lead fails; empty: the rule matches."""
    unmet: list[str] = []
    single = {
        "sources": lead.source,
        "provinces": lead.province,
        "cities": lead.city,
        "campaigns": lead.campaign,
    }
    for name, value in single.items():
        wanted = getattr(rule, name)
        if wanted and value not in wanted:
            unmet.append(CONDITION_LABELS[name])
    for name in ("product_interests", "tags"):
        wanted = getattr(rule, name)
        if wanted and not set(wanted) & set(getattr(lead, name) or ()):
            unmet.append(CONDITION_LABELS[name])
    low, high = rule.score_min, rule.score_max
    if (low is not None and lead.score < low) or (high is not None and lead.score > high):
        unmet.append(CONDITION_LABELS["score"])
    return unmet


@dataclass
class Rep:
    """A person a rule may pick, as read once per routing call; `open_leads` grows as the
    call hands them leads, so capacities hold within a batch too."""

    id: uuid.UUID
    name: str
    team_id: uuid.UUID | None
    active: bool
    absent: bool
    open_leads: int


@dataclass(frozen=True)
class Seat:
    """A rep's place in one rule, with the most open leads they may hold through it."""

    rep: Rep
    capacity: int | None


def unavailable(seat: Seat) -> str | None:
    if not seat.rep.active:
        return "已停用"
    if seat.rep.absent:
        return "请假中"
    if seat.capacity is not None and seat.rep.open_leads >= seat.capacity:
        return f"已达上限 {seat.capacity}"
    return None


@dataclass
class RuleRun:
    """A rule during one routing call: its members in round-robin order and its cursor."""

    rule: RoutingRule
    seats: list[Seat]
    cursor_position: int
    cursor_user_id: uuid.UUID | None
    moved: bool = False

    def next_index(self) -> int:
        """The seat after the cursor: after the member who had the last lead, or, if they
        have left the list, at the position that followed theirs."""
        count = len(self.seats)
        for index, seat in enumerate(self.seats):
            if seat.rep.id == self.cursor_user_id:
                return (index + 1) % count
        return self.cursor_position % count

    def advance(self, index: int) -> None:
        self.cursor_position = index + 1
        self.cursor_user_id = self.seats[index].rep.id
        self.moved = True


@dataclass(frozen=True)
class Choice:
    rep: Rep | None
    rule: RoutingRule | None
    reason: str
    # For a dry run: each rule tried, whether it matched, and what happened.
    steps: tuple[Step, ...] = ()
    # Nobody picked, but a matching rule was a team's: the lead waits in that team's pool,
    # where its manager sees it as unassigned.
    waiting_team_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Step:
    rule: RoutingRule
    unmet: tuple[str, ...]
    outcome: str


def _skips(skipped: Sequence[str]) -> str:
    return f"（跳过：{'，'.join(skipped)}）" if skipped else ""


def _pick(run: RuleRun) -> tuple[Seat | None, str, list[str]]:
    """Whom the rule picks now, the words for it, and whom it passed over (and why)."""
    rule = run.rule
    if not run.seats:
        return None, "", ["没有在职成员"]
    if rule.action == RoutingAction.USER:
        seat = run.seats[0]
        why = unavailable(seat)
        if why:
            return None, "", [f"{seat.rep.name} {why}"]
        seat.rep.open_leads += 1
        return seat, f"规则「{rule.name}」：指定 {seat.rep.name}", []
    start = run.next_index()
    count = len(run.seats)
    order = [(start + step) % count for step in range(count)]
    skipped: list[str] = []
    available: list[tuple[int, int]] = []  # (rank in round-robin order, seat index)
    for rank, index in enumerate(order):
        why = unavailable(run.seats[index])
        if why:
            skipped.append(f"{run.seats[index].rep.name} {why}")
        else:
            available.append((rank, index))
    if not available:
        return None, "", skipped
    if rule.action == RoutingAction.ROUND_ROBIN:
        rank, index = available[0]
        passed = skipped[:rank]
        seat = run.seats[index]
        words = f"规则「{rule.name}」：轮询 第 {index + 1} 位 {seat.rep.name}{_skips(passed)}"
    else:
        # The fewest open leads; equals by the round-robin order, so ties rotate fairly.
        rank, index = min(available, key=lambda item: (run.seats[item[1]].rep.open_leads, item[0]))
        seat = run.seats[index]
        words = (
            f"规则「{rule.name}」：负载均衡 {seat.rep.name}"
            f"（进行中线索 {seat.rep.open_leads} 条）{_skips(skipped)}"
        )
    run.advance(index)
    seat.rep.open_leads += 1
    return seat, words, skipped


def route_one(
    lead: Any,
    runs: Sequence[RuleRun],
    *,
    explain: bool = False,
    matching: set[uuid.UUID] | None = None,
) -> Choice:
    """The first matching rule that has someone available decides; a matching rule whose
    members are all unavailable is noted and the next one tried. `matching`: the ids of the
    rules whose conditions the lead meets, when the caller has worked them out already."""
    notes: list[str] = []
    steps: list[Step] = []
    matched_any = False
    waiting_team_id: uuid.UUID | None = None
    for run in runs:
        if matching is not None:
            if run.rule.id not in matching:
                continue
        elif unmet := unmet_conditions(run.rule, lead):
            if explain:
                steps.append(Step(run.rule, tuple(unmet), "条件不符：" + "、".join(unmet)))
            continue
        matched_any = True
        seat, words, skipped = _pick(run)
        if seat is None:
            waiting_team_id = waiting_team_id or run.rule.team_id
            note = f"规则「{run.rule.name}」无可用成员（{'，'.join(skipped)}）"
            notes.append(note)
            if explain:
                steps.append(Step(run.rule, (), note))
            continue
        reason = "；".join([*notes, words])
        if explain:
            steps.append(Step(run.rule, (), words))
        return Choice(seat.rep, run.rule, reason[:500], tuple(steps))
    ending = "没有其他可用的分配规则" if matched_any else "没有匹配的分配规则"
    reason = "；".join([*notes, f"{ending}，线索待分配"])
    return Choice(None, None, reason[:500], tuple(steps), waiting_team_id)
