"""The words of a message, written when it is sent: in the recipient's language, from the
current state of what caused it (a task renamed after its reminder was set is sent renamed).

Each domain registers one renderer per kind of message it schedules (`register_renderer`).
A renderer answering None says the message no longer applies: the delivery is cancelled.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession

if TYPE_CHECKING:
    from junlite.notify.models import Delivery


@dataclass(frozen=True)
class RenderedMessage:
    title: str
    body: str = ""
    # Global ids and plain values a client needs to open what the message is about,
    # e.g. {"taskId": "VGFzazo…"}; never personal data (push payloads leave the country).
    data: dict[str, Any] = field(default_factory=dict)


Renderer = Callable[[AsyncSession, "Delivery", str], Awaitable[RenderedMessage | None]]

RENDERERS: dict[str, Renderer] = {}


def register_renderer(kind: str, renderer: Renderer) -> None:
    """`renderer(session, delivery, locale)`; the session is bound to the delivery's org."""
    if kind in RENDERERS and RENDERERS[kind] is not renderer:
        raise ValueError(f"message kind {kind!r} has a renderer already")
    RENDERERS[kind] = renderer


async def render(session: AsyncSession, delivery: Delivery, locale: str) -> RenderedMessage | None:
    renderer = RENDERERS.get(delivery.kind)
    if renderer is None:
        raise LookupError(f"no renderer for message kind {delivery.kind!r}")
    return await renderer(session, delivery, locale)
