"""How the console and the app look for one user: saved on the server, so the theme chosen on
one device is the one every device applies at sign-in."""

from __future__ import annotations

import enum
import re
from dataclasses import asdict, dataclass, replace
from typing import Any

from junlite.errors import ServiceError, register_messages

register_messages(
    {
        "INVALID_COLOR": (
            "颜色应为 #RRGGBB 格式，例如 #1677ff",
            "A colour is #RRGGBB, e.g. #1677ff",
        ),
        "RADIUS_OUT_OF_RANGE": (
            "圆角应在 {min} 到 {max} 像素之间",
            "The corner radius is {min} to {max} pixels",
        ),
    }
)

_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MIN_RADIUS, MAX_RADIUS = 0, 16


class ThemeMode(enum.StrEnum):
    LIGHT = "light"
    DARK = "dark"
    SYSTEM = "system"  # follows the device's light or dark setting


@dataclass(frozen=True)
class Appearance:
    mode: ThemeMode = ThemeMode.LIGHT
    primary_color: str = "#1677ff"
    border_radius: int = 6
    compact: bool = False

    def stored(self) -> dict[str, Any]:
        return {**asdict(self), "mode": self.mode.value}


DEFAULT = Appearance()


def read(stored: dict[str, Any] | None) -> Appearance:
    """What a user's row holds, over the defaults (a value a later version dropped is ignored)."""
    if not stored:
        return DEFAULT
    try:
        return Appearance(
            mode=ThemeMode(stored.get("mode", DEFAULT.mode)),
            primary_color=str(stored.get("primary_color", DEFAULT.primary_color)),
            border_radius=int(stored.get("border_radius", DEFAULT.border_radius)),
            compact=bool(stored.get("compact", DEFAULT.compact)),
        )
    except (TypeError, ValueError):
        return DEFAULT


def changed(
    current: Appearance,
    *,
    mode: ThemeMode | None = None,
    primary_color: str | None = None,
    border_radius: int | None = None,
    compact: bool | None = None,
    problems: list[ServiceError],
) -> Appearance:
    """`current` with what is given; each bad value adds a problem (`appearance.<field>`)."""
    if primary_color is not None and not _HEX_COLOUR.match(primary_color):
        problems.append(ServiceError("INVALID_COLOR", "appearance.primaryColor"))
    if border_radius is not None and not MIN_RADIUS <= border_radius <= MAX_RADIUS:
        problems.append(
            ServiceError(
                "RADIUS_OUT_OF_RANGE", "appearance.borderRadius", min=MIN_RADIUS, max=MAX_RADIUS
            )
        )
    return replace(
        current,
        mode=mode if mode is not None else current.mode,
        primary_color=primary_color.lower() if primary_color is not None else current.primary_color,
        border_radius=border_radius if border_radius is not None else current.border_radius,
        compact=compact if compact is not None else current.compact,
    )
