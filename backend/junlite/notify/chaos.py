"""The reliability run: deliveries that must arrive once each while workers are killed.

Used by tests/test_delivery_reliability.py and `junlite reliability`. It starts real
`junlite worker` processes, schedules deliveries over in-app, email and SMS due across a
window, SIGKILLs a random worker every few seconds (starting a replacement), flushes Redis once
half-way, waits until no delivery is open, then counts:

- lost: deliveries that ended without being sent, in-app deliveries without their inbox row,
  email/SMS deliveries absent from the console provider's record;
- unfinished: deliveries still open when the run stopped waiting (`settle_timeout`);
- duplicates: extra lines per idempotency key in the console records (the providers never
  deduplicate, so this is every provider call made twice);
- live copies published more than once (the same notification id: subscribers drop them);
- lateness (sent_at - due_at): median, p99, max.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import secrets
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import delete, func, select

from junlite.auth.models import Organization, User
from junlite.auth.roles import provision_organization
from junlite.config import Settings
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.db.tenancy import bind_org
from junlite.integrations.console import read_outbox
from junlite.notify import messages
from junlite.notify.dispatcher import MARKER_KEY
from junlite.notify.messages import RenderedMessage
from junlite.notify.models import OPEN_STATUSES, Channel, Delivery, Notification
from junlite.notify.service import user_topic
from junlite.runtime.pubsub import channel_name
from junlite.runtime.redis import create_redis
from junlite.security.passwords import hash_password
from junlite.security.vault import LOGIN_PHONE, load_vault

logger = logging.getLogger(__name__)

KIND = "notify.reliability_check"
CHANNELS = (Channel.IN_APP, Channel.EMAIL, Channel.SMS)
USERS = 50


async def _render(session: Any, delivery: Delivery, locale: str) -> RenderedMessage:
    number = delivery.params.get("n", 0)
    return RenderedMessage(title=f"可靠性检查 #{number}", body="", data={"n": number})


messages.register_renderer(KIND, _render)


@dataclass
class Scenario:
    deliveries: int = 1500
    workers: int = 3
    kill_every: float = 1.5
    flush: bool = True
    # Deliveries fall due evenly over this many seconds, starting `lead` seconds from now.
    spread: float = 20.0
    lead: float = 3.0
    # Give up waiting for open deliveries this long after the last one fell due (they are then
    # reported as unfinished, not as lost).
    settle_timeout: float = 120.0
    seed: int | None = None


@dataclass
class Report:
    deliveries: int
    sent: int
    lost: int
    unfinished: int
    duplicates: int
    live_republished: int
    kills: int
    flushes: int
    p50_lateness_ms: float
    p99_lateness_ms: float
    max_lateness_ms: float
    seconds: float
    by_status: dict[str, int] = field(default_factory=dict)
    duplicate_keys: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"deliveries {self.deliveries}  sent {self.sent}  lost {self.lost}  "
            f"duplicates {self.duplicates}  unfinished {self.unfinished}  "
            f"(live copies published again: {self.live_republished})",
            f"workers killed {self.kills}  Redis flushed {self.flushes}  in {self.seconds:.1f}s",
            f"lateness (sent_at - due_at): p50 {self.p50_lateness_ms:.0f} ms  "
            f"p99 {self.p99_lateness_ms:.0f} ms  max {self.max_lateness_ms:.0f} ms",
        ]


@dataclass
class Servers:
    database_url: str  # the application's role
    owner_database_url: str
    redis_url: str


class Workers:
    """`junlite worker` processes, each logging to its own file under the run folder."""

    def __init__(self, servers: Servers, run_dir: Path) -> None:
        self.env = dict(os.environ)
        self.env.update(
            JUNLITE_DATABASE_URL=servers.database_url,
            JUNLITE_DATABASE_OWNER_URL=servers.owner_database_url,
            JUNLITE_REDIS_URL=servers.redis_url,
            JUNLITE_DATA_DIR=str(run_dir),
            JUNLITE_LOG_LEVEL="WARNING",
            JUNLITE_LOG_JSON="false",
        )
        self.run_dir = run_dir
        self.processes: list[subprocess.Popen[bytes]] = []
        self.logs: list[IO[bytes]] = []
        self.started = 0

    def start(self) -> None:
        self.started += 1
        log = (self.run_dir / f"worker-{self.started}.log").open("wb")
        self.logs.append(log)
        self.processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "junlite", "worker"],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )

    def kill_one(self, chooser: random.Random) -> None:
        victim = chooser.choice(self.processes)
        victim.send_signal(signal.SIGKILL)
        victim.wait()
        self.processes.remove(victim)
        self.start()

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for log in self.logs:
            log.close()


async def _arrange(
    database: Database, settings: Settings, scenario: Scenario, chooser: random.Random
) -> tuple[Organization, list[User], list[Delivery]]:
    vault = load_vault(settings)
    password = hash_password(uuid7().hex)
    async with database.system_transaction() as session:
        stamp = uuid7().hex[-10:]
        org, roles = await provision_organization(
            session, name=f"可靠性检查 {stamp}", slug=f"reliability-{stamp}"
        )
        users = []
        for number in range(USERS):
            user = User(
                id=uuid7(),
                org_id=org.id,
                email=f"reliability-{stamp}-{number}@example.cn",
                display_name=f"检查{number}",
                password_hash=password,
                role_id=roles["sales_rep"].id,
            )
            # Unique across runs too: a kept run's numbers are still someone's login.
            phone = "+86139" + f"{secrets.randbelow(10**8):08d}"
            vault.write(user, "phone", LOGIN_PHONE, phone)
            users.append(user)
        session.add_all(users)
        await session.flush()
    start = datetime.now(UTC) + timedelta(seconds=scenario.lead)
    step = scenario.spread / max(scenario.deliveries, 1)
    deliveries = [
        Delivery(
            id=uuid7(),
            org_id=org.id,
            user_id=users[n % USERS].id,
            channel=CHANNELS[n % len(CHANNELS)].value,
            kind=KIND,
            source_type="reliability_check",
            source_id=org.id,
            params={"n": n},
            due_at=start + timedelta(seconds=n * step),
        )
        for n in range(scenario.deliveries)
    ]
    async with database.transaction() as session:
        await bind_org(session, org.id)
        session.add_all(deliveries)
    return org, users, deliveries


async def _listen(redis_url: str, users: list[User], seen: Counter[str]) -> None:
    """Counts every live copy published to the run's users, by notification id."""
    redis = create_redis(redis_url)
    pubsub = redis.pubsub(ignore_subscribe_messages=True)
    await pubsub.subscribe(*(channel_name(user_topic(user.id)) for user in users))
    try:
        while True:
            message = await pubsub.get_message(timeout=1.0)
            if message is not None:
                seen[orjson.loads(message["data"])["id"]] += 1
    finally:
        await pubsub.aclose()  # type: ignore[no-untyped-call]
        await redis.aclose()


async def _open_count(database: Database, org_id: Any) -> int:
    async with database.transaction() as session:
        await bind_org(session, org_id)
        return int(
            (
                await session.execute(
                    select(func.count()).where(
                        Delivery.org_id == org_id,
                        Delivery.status.in_([s.value for s in OPEN_STATUSES]),
                    )
                )
            ).scalar_one()
        )


async def _workers_ready(redis: Any, patience: float = 60) -> None:
    """A worker's first dispatch sets the dispatcher's marker in Redis."""
    deadline = time.monotonic() + patience
    while not await redis.exists(MARKER_KEY):
        if time.monotonic() > deadline:
            raise RuntimeError("no worker started; see the worker logs in the run folder")
        await asyncio.sleep(0.1)


def _percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def run(
    servers: Servers, settings: Settings, scenario: Scenario, run_dir: Path, *, keep: bool = False
) -> Report:
    """One run; its worker logs and `reliability.json` are left under `run_dir`."""
    run_dir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before anything runs
    settings = settings.model_copy(update={"data_dir": run_dir})
    chooser = random.Random(scenario.seed)  # noqa: S311 - chaos, not cryptography
    database = Database(servers.database_url, pool_size=2)
    redis = create_redis(servers.redis_url)
    workers = Workers(servers, run_dir)
    began = time.monotonic()
    try:
        load_vault(settings)  # the workers read the key file this creates
        await redis.delete(MARKER_KEY)
        for _ in range(scenario.workers):
            workers.start()
        await _workers_ready(redis)
        org, users, deliveries = await _arrange(database, settings, scenario, chooser)
        seen: Counter[str] = Counter()
        listener = asyncio.create_task(_listen(servers.redis_url, users, seen))
        last_due = max(d.due_at for d in deliveries)
        flush_at = time.monotonic() + scenario.lead + scenario.spread / 2
        kills = flushes = 0
        next_kill = time.monotonic() + scenario.lead + scenario.kill_every
        while datetime.now(UTC) < last_due:
            await asyncio.sleep(0.05)
            if scenario.kill_every > 0 and time.monotonic() >= next_kill:
                workers.kill_one(chooser)
                kills += 1
                next_kill += scenario.kill_every
            if scenario.flush and not flushes and time.monotonic() >= flush_at:
                await redis.flushdb()
                flushes += 1
        deadline = time.monotonic() + scenario.settle_timeout
        while time.monotonic() < deadline and await _open_count(database, org.id):  # noqa: ASYNC110
            await asyncio.sleep(0.5)
        await asyncio.sleep(0.5)  # the last live copies reach the listener
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await listener
        report = await _measure(database, settings, org.id, deliveries, seen)
        report.kills, report.flushes = kills, flushes
        report.seconds = time.monotonic() - began
        if not keep:
            await _remove(database, org.id)
    finally:
        workers.stop()
        await redis.aclose()
        await database.dispose()
    (run_dir / "reliability.json").write_text(
        json.dumps({"scenario": asdict(scenario), "report": asdict(report)}, indent=2)
    )
    return report


async def _measure(
    database: Database,
    settings: Settings,
    org_id: Any,
    deliveries: list[Delivery],
    seen: Counter[str],
) -> Report:
    async with database.transaction() as session:
        await bind_org(session, org_id)
        rows = (
            await session.execute(
                select(
                    Delivery.id,
                    Delivery.channel,
                    Delivery.status,
                    Delivery.due_at,
                    Delivery.sent_at,
                ).where(Delivery.org_id == org_id)
            )
        ).all()
        inbox = Counter(
            (
                await session.execute(
                    select(Notification.delivery_id).where(Notification.org_id == org_id)
                )
            ).scalars()
        )
    keys: Counter[str] = Counter()
    for channel in ("email", "sms"):
        keys.update(line["idempotency_key"] for line in read_outbox(settings.data_path, channel))
    lost = unfinished = 0
    lateness: list[float] = []
    open_statuses = {status.value for status in OPEN_STATUSES}
    for row in rows:
        if row.status in open_statuses:
            unfinished += 1
            continue
        if row.status != "sent":
            lost += 1
            continue
        lateness.append((row.sent_at - row.due_at).total_seconds() * 1000)
        key = f"jl-{row.id}"
        if (row.channel == Channel.IN_APP.value and inbox[row.id] != 1) or (
            row.channel != Channel.IN_APP.value and keys[key] == 0
        ):
            lost += 1
    lost += len(deliveries) - len(rows)
    duplicate_keys = sorted(key for key, count in keys.items() if count > 1)
    ordered = sorted(lateness)
    return Report(
        deliveries=len(deliveries),
        sent=sum(1 for row in rows if row.status == "sent"),
        lost=lost,
        unfinished=unfinished,
        duplicates=sum(keys[key] - 1 for key in duplicate_keys),
        live_republished=sum(count - 1 for count in seen.values() if count > 1),
        kills=0,
        flushes=0,
        p50_lateness_ms=_percentile(ordered, 0.5),
        p99_lateness_ms=_percentile(ordered, 0.99),
        max_lateness_ms=ordered[-1] if ordered else float("nan"),
        seconds=0.0,
        by_status=dict(Counter(row.status for row in rows)),
        duplicate_keys=duplicate_keys[:20],
    )


async def _remove(database: Database, org_id: Any) -> None:
    """The run's organisation goes, with its users and their deliveries and inbox rows."""
    try:
        async with database.system_transaction() as session:
            await session.execute(delete(Notification).where(Notification.org_id == org_id))
            await session.execute(delete(Delivery).where(Delivery.org_id == org_id))
            await session.execute(delete(User).where(User.org_id == org_id))
            await session.execute(delete(Organization).where(Organization.id == org_id))
    except Exception:
        logger.warning("the reliability run's organisation %s was left in place", org_id)
