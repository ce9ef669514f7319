"""Builds the configured sender of each channel from the settings.

`JUNLITE_<CHANNEL>_PROVIDER` names a provider; each name maps to a class, imported only when
chosen (so an optional SDK is needed only where it is used), built with the settings. A new
provider is one line here and a module under integrations/: the outbox never changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from junlite.config import Settings
from junlite.integrations.email.base import EmailSender
from junlite.integrations.push.base import PushSender
from junlite.integrations.sms.base import SmsSender
from junlite.integrations.wechat.base import WeChatMessenger

# channel -> provider name -> "module:Class"; the class is built as Class(settings).
PROVIDERS: dict[str, dict[str, str]] = {
    "email": {"console": "junlite.integrations.email.console:ConsoleEmailSender"},
    "sms": {"console": "junlite.integrations.sms.console:ConsoleSmsSender"},
    "wechat": {"console": "junlite.integrations.wechat.console:ConsoleWeChatMessenger"},
    "push": {
        "console": "junlite.integrations.push.console:ConsolePushSender",
        "fcm": "junlite.integrations.push.fcm:FcmPushSender",
    },
}
_CONSOLE_TAKES_DATA_PATH = "console"


class UnknownProviderError(ValueError):
    """A JUNLITE_*_PROVIDER setting names no provider of that channel."""


@dataclass(frozen=True)
class Senders:
    email: EmailSender
    sms: SmsSender
    wechat: WeChatMessenger
    push: PushSender


def build_sender(channel: str, name: str, settings: Settings) -> Any:
    known = PROVIDERS[channel]
    if name not in known:
        raise UnknownProviderError(
            f"JUNLITE_{channel.upper()}_PROVIDER={name!r} is not one of: {', '.join(sorted(known))}"
        )
    module_name, class_name = known[name].split(":")
    provider = getattr(importlib.import_module(module_name), class_name)
    if name == _CONSOLE_TAKES_DATA_PATH:
        return provider(settings.data_path)
    return provider(settings)


def build_senders(settings: Settings) -> Senders:
    return Senders(
        email=build_sender("email", settings.email_provider, settings),
        sms=build_sender("sms", settings.sms_provider, settings),
        wechat=build_sender("wechat", settings.wechat_provider, settings),
        push=build_sender("push", settings.push_provider, settings),
    )
