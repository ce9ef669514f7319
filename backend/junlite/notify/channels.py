"""One module per way of reaching a person, behind two steps.

`prepare` runs inside the worker's transaction: it finds the address (the user's email, phone,
WeCom userid, devices) and, for in-app, writes the inbox row; it answers a `Skip` when there is
nothing to send to. `send` runs after that transaction committed, with no connection held, and
says what the provider answered. Every provider call carries the delivery's idempotency key.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.models import User
from junlite.integrations.email.base import EmailMessage
from junlite.integrations.outcome import Reconciling, SendOutcome, SendStatus
from junlite.integrations.providers import Senders
from junlite.integrations.push.base import PushMessage
from junlite.integrations.sms.base import SmsMessage
from junlite.integrations.wechat.base import WeChatMessage
from junlite.notify import repository
from junlite.notify.messages import RenderedMessage
from junlite.notify.models import Channel, Delivery, Notification
from junlite.notify.service import LiveNotification, publish_to_user
from junlite.security.vault import Vault

MAX_TITLE = 200


@dataclass(frozen=True)
class Skip:
    reason: str


@dataclass
class Prepared:
    """What `send` needs, gathered inside the transaction."""

    delivery: Delivery
    message: RenderedMessage
    address: str | None = None
    notification: Notification | None = None
    # Push: (device id, token) of each of the user's devices.
    devices: list[tuple[uuid.UUID, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Result:
    outcome: SendOutcome
    # Push tokens the provider says are gone for good: removed with the outcome.
    dead_devices: tuple[uuid.UUID, ...] = ()


async def prepare(
    session: AsyncSession,
    vault: Vault,
    delivery: Delivery,
    user: User,
    message: RenderedMessage,
) -> Prepared | Skip:
    channel = Channel(delivery.channel)
    prepared = Prepared(delivery, message)
    if channel is Channel.IN_APP:
        prepared.notification = await repository.notification_for(
            session, delivery, message.title[:MAX_TITLE], message.body, message.data
        )
    elif channel is Channel.EMAIL:
        if not user.email:
            return Skip("no email address")
        prepared.address = user.email
    elif channel is Channel.SMS:
        phone = vault.read(user, "phone")
        if not phone:
            return Skip("no mobile number")
        prepared.address = phone
    elif channel is Channel.WECHAT:
        if not user.wecom_user_id:
            return Skip("no WeCom userid")
        prepared.address = user.wecom_user_id
    elif channel is Channel.PUSH:
        prepared.devices = [(d.id, d.token) for d in await repository.devices_of(session, user.id)]
        if not prepared.devices:
            return Skip("no registered device")
    return prepared


def push_key(delivery: Delivery, device_id: uuid.UUID) -> str:
    return f"{delivery.idempotency_key}:{device_id}"


async def already_sent(senders: Senders, delivery: Delivery) -> str | None:
    """After a worker died mid-send: the provider's message id when it has the message.

    Only single-address channels are asked here; in-app finds its inbox row again, and push asks
    per device when it sends.
    """
    sender: Any = {
        Channel.EMAIL: senders.email,
        Channel.SMS: senders.sms,
        Channel.WECHAT: senders.wechat,
    }.get(Channel(delivery.channel))
    if isinstance(sender, Reconciling):
        return await sender.find_sent(delivery.idempotency_key)
    return None


async def send(
    prepared: Prepared, senders: Senders, redis: Any, *, in_doubt: bool = False
) -> Result:
    delivery, message = prepared.delivery, prepared.message
    key = delivery.idempotency_key
    channel = Channel(delivery.channel)
    if channel is Channel.IN_APP:
        return Result(await _publish(prepared, redis))
    if channel is Channel.EMAIL:
        assert prepared.address is not None
        email = EmailMessage(to=prepared.address, subject=message.title, text=message.body)
        return Result(await senders.email.send(email, idempotency_key=key))
    if channel is Channel.SMS:
        assert prepared.address is not None
        text = f"{message.title} {message.body}".strip()
        sms = SmsMessage(
            phone=prepared.address, template=delivery.kind, params=_strings(message.data), text=text
        )
        return Result(await senders.sms.send(sms, idempotency_key=key))
    if channel is Channel.WECHAT:
        assert prepared.address is not None
        card = WeChatMessage(
            to_user=prepared.address, title=message.title, description=message.body
        )
        return Result(await senders.wechat.send(card, idempotency_key=key))
    return await _push(prepared, senders, in_doubt=in_doubt)


async def _publish(prepared: Prepared, redis: Any) -> SendOutcome:
    """The inbox row is committed already; the live copy carries its id, so a copy published
    again after a crash is recognised as the same notification."""
    row = prepared.notification
    assert row is not None
    await publish_to_user(
        redis,
        row.user_id,
        LiveNotification(
            id=str(row.id),
            kind=row.kind,
            title=row.title,
            body=row.body,
            data=row.data,
            created_at=row.created_at.isoformat(),
        ),
    )
    return SendOutcome(SendStatus.SENT, provider_message_id=str(row.id))


async def _push(prepared: Prepared, senders: Senders, *, in_doubt: bool) -> Result:
    """Every device of the user. Sent when at least one took it and none asks to retry; a retry
    sends again to every device, and the tag (the delivery id) makes the phone show it once."""
    delivery, message = prepared.delivery, prepared.message
    data = {**_strings(message.data), "kind": delivery.kind, "deliveryId": str(delivery.id)}
    outcomes: list[SendOutcome] = []
    dead: list[uuid.UUID] = []
    for device_id, token in prepared.devices:
        key = push_key(delivery, device_id)
        if in_doubt and isinstance(senders.push, Reconciling):
            found = await senders.push.find_sent(key)
            if found is not None:
                outcomes.append(SendOutcome(SendStatus.SENT, provider_message_id=found))
                continue
        push = PushMessage(
            token=token, title=message.title, body=message.body, data=data, tag=str(delivery.id)
        )
        outcome = await senders.push.send(push, idempotency_key=key)
        if outcome.status is SendStatus.UNREGISTERED:
            dead.append(device_id)
        outcomes.append(outcome)
    return Result(_combine(outcomes), tuple(dead))


def _combine(outcomes: list[SendOutcome]) -> SendOutcome:
    retries = [o for o in outcomes if o.status is SendStatus.RETRY]
    if retries:
        waits = [o.retry_after for o in retries if o.retry_after is not None]
        return SendOutcome(
            SendStatus.RETRY, error=retries[0].error, retry_after=max(waits) if waits else None
        )
    sent = [o for o in outcomes if o.status is SendStatus.SENT]
    if sent:
        ids = ",".join(o.provider_message_id or "" for o in sent)
        return SendOutcome(SendStatus.SENT, provider_message_id=ids[:255])
    rejected = [o for o in outcomes if o.status is SendStatus.REJECTED]
    if rejected:
        return SendOutcome(SendStatus.REJECTED, error=rejected[0].error)
    return SendOutcome(SendStatus.UNREGISTERED, error="every device token is unregistered")


def _strings(data: dict[str, Any]) -> dict[str, str]:
    """FCM data and SMS template parameters take strings only."""
    return {
        key: value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        for key, value in data.items()
    }
