"""What the delivery tests share: a worker context as the worker builds it, a test renderer,
senders that fail on purpose, and shortcuts to schedule and read deliveries."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from arq import create_pool
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.config import Settings
from junlite.db.session import Database
from junlite.integrations.console import read_outbox
from junlite.integrations.outcome import SendOutcome, SendStatus
from junlite.integrations.providers import Senders, build_senders
from junlite.notify import messages, outbox
from junlite.notify.messages import RenderedMessage
from junlite.notify.models import Channel, Delivery
from junlite.runtime.redis import QUEUE_NAME, arq_redis_settings, create_redis
from junlite.security.vault import Vault

KIND = "test.reminder"
GONE_KIND = "test.gone"


async def _render(session: AsyncSession, delivery: Delivery, locale: str) -> RenderedMessage:
    title = "拜访华信科技" if locale == "zh-CN" else "Visit Huaxin"
    return RenderedMessage(
        title=title,
        body="14:00 到期",
        data={"taskId": "VGFzazox", "n": delivery.params.get("n", 0)},
    )


async def _render_gone(session: AsyncSession, delivery: Delivery, locale: str) -> None:
    return None


messages.register_renderer(KIND, _render)
messages.register_renderer(GONE_KIND, _render_gone)


@dataclass
class FailingSender:
    """A provider that answers what it is told, and counts the calls."""

    outcome: SendOutcome
    name: str = "failing"
    calls: list[str] = field(default_factory=list)

    async def send(self, message: Any, *, idempotency_key: str) -> SendOutcome:
        self.calls.append(idempotency_key)
        return self.outcome


def retry(after: float | None = None) -> SendOutcome:
    return SendOutcome(SendStatus.RETRY, error="503 from provider", retry_after=after)


@pytest.fixture
def outbox_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
async def worker_ctx(
    settings: Settings, app_database: Database, vault: Vault, outbox_dir: Path
) -> AsyncIterator[dict[str, Any]]:
    """What `on_startup` gives the worker, with the console providers writing under a
    folder of this test's own."""
    own = settings.model_copy(update={"data_dir": outbox_dir, "delivery_max_attempts": 3})
    redis_url = settings.redis_url.get_secret_value()  # type: ignore[union-attr]
    arq = await create_pool(arq_redis_settings(redis_url), default_queue_name=QUEUE_NAME)
    redis_app = create_redis(redis_url)
    yield {
        "database": app_database,
        "redis": arq,
        "redis_app": redis_app,
        "settings": own,
        "vault": vault,
        "senders": build_senders(own),
    }
    await arq.aclose()
    await redis_app.aclose()


def with_sender(ctx: dict[str, Any], **senders: Any) -> dict[str, Any]:
    current: Senders = ctx["senders"]
    return {**ctx, "senders": Senders(**{**current.__dict__, **senders})}


def sent_lines(ctx: dict[str, Any], channel: str) -> list[dict[str, Any]]:
    return read_outbox(ctx["settings"].data_path, channel)


async def schedule(
    database: Database,
    user: User,
    channels: list[Channel],
    *,
    due_in: timedelta = timedelta(seconds=-1),
    kind: str = KIND,
    source_id: uuid.UUID | None = None,
    params: dict[str, Any] | None = None,
) -> list[Delivery]:
    async with database.transaction() as session:
        return await outbox.schedule(
            session,
            org_id=user.org_id,
            user_id=user.id,
            kind=kind,
            source_type="test_source",
            source_id=source_id or uuid.uuid4(),
            due_at=datetime.now(UTC) + due_in,
            channels=channels,
            params=params,
        )


async def reload(database: Database, delivery: Delivery) -> Delivery:
    async with database.sessionmaker() as session:
        row = (
            await session.execute(select(Delivery).where(Delivery.id == delivery.id))
        ).scalar_one()
        return row
