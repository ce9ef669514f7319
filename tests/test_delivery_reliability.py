"""Done when: thousands of reminders, workers SIGKILLed and Redis flushed mid-run, none lost
and none sent twice; the lateness figures are printed and kept as a JSON artefact."""

from __future__ import annotations

import json
from pathlib import Path

from junlite.config import Settings
from junlite.notify import chaos
from tests.conftest import Servers


async def test_no_delivery_is_lost_or_doubled_while_workers_die_and_redis_forgets(
    servers: Servers, settings: Settings, tmp_path: Path
) -> None:
    run_dir = tmp_path / "reliability"
    report = await chaos.run(
        chaos.Servers(
            database_url=servers.app_database_url,
            owner_database_url=servers.database_url,
            redis_url=servers.redis_url,
        ),
        settings,
        chaos.Scenario(deliveries=1500, workers=3, kill_every=1.5, flush=True, spread=20, seed=5),
        run_dir,
        keep=True,
    )
    print("\n".join(report.lines()))
    print(f"artefact: {run_dir / 'reliability.json'}")
    assert (report.lost, report.unfinished, report.duplicates, report.duplicate_keys) == (
        0,
        0,
        0,
        [],
    )
    assert report.by_status == {"sent": 1500}
    assert (report.kills >= 10, report.flushes) == (True, 1)
    saved = json.loads((run_dir / "reliability.json").read_text())
    assert saved["report"]["lost"] == 0
