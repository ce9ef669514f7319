"""What a provider said about one send, in terms the outbox acts on."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class SendStatus(enum.StrEnum):
    SENT = "sent"
    # Worth trying again later (timeouts, 429, 5xx); `retry_after` when the provider said when.
    RETRY = "retry"
    # Never going to work as asked (bad number, rejected template): the delivery is dead.
    REJECTED = "rejected"
    # The address is gone for good (an FCM token the app no longer holds): drop it.
    UNREGISTERED = "unregistered"


@dataclass(frozen=True)
class SendOutcome:
    status: SendStatus
    provider_message_id: str | None = None
    error: str | None = None
    retry_after: float | None = None  # seconds


class Reconciling:
    """Providers that can say whether a message with this idempotency key went out already.

    After a worker dies mid-send the outbox cannot know whether the provider got the message;
    providers without their own idempotency key (SMS, email) are asked before sending again.
    """

    async def find_sent(self, idempotency_key: str) -> str | None:
        """The provider's message id when a message with this key was sent, else None."""
        raise NotImplementedError
