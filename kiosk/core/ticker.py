"""The news ticker's motion and hit-testing, as pure functions of time and widths.

The ticker draws one pre-rendered *strip* (every headline followed by a gap) repeatedly
side by side. The strip moves at a steady speed; its origin wraps every ``length`` pixels,
and because the copies sit exactly ``length`` apart, the wrap is invisible.

Left-to-right languages scroll leftwards (headlines enter from the right); right-to-left
languages scroll rightwards and lay their headlines out from the right.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class StripItem:
    """One headline's place in the strip: ``start`` and ``width`` in strip pixels."""

    item_id: str
    start: float
    width: float

    @property
    def end(self) -> float:
        return self.start + self.width


@dataclass(frozen=True)
class TickerStrip:
    """The headlines laid out in one strip.

    Attributes:
        items: every headline's place, in reading order.
        length: the strip's length including one gap per headline (the wrap period).
        rtl: laid out right to left (first headline at the strip's right end).
    """

    items: tuple[StripItem, ...]
    length: float
    rtl: bool = False

    @classmethod
    def layout(cls, widths: Sequence[tuple[str, float]], gap: float, rtl: bool = False) -> TickerStrip:
        """Lay out ``(item id, text width)`` pairs with ``gap`` after each one."""
        length = sum(width + gap for _, width in widths)
        items = []
        offset = 0.0
        for item_id, width in widths:
            start = length - offset - width if rtl else offset
            items.append(StripItem(item_id, start, width))
            offset += width + gap
        return cls(tuple(items), length, rtl)

    def item_at_strip_x(self, x: float) -> str | None:
        """The headline at strip coordinate ``x`` (0 ≤ x < length), or None in a gap."""
        for item in self.items:
            if item.start <= x < item.end:
                return item.item_id
        return None


class TickerClock:
    """Scroll distance as a function of time, with pauses. Time is always an argument.

    The distance only grows while running: ``speed`` pixels per second.
    """

    def __init__(self, speed: float, now: float) -> None:
        self.speed = speed
        self._distance = 0.0
        self._since = now
        self.paused = False

    def distance(self, now: float) -> float:
        """Pixels scrolled up to ``now`` (never decreases, even if ``now`` goes back)."""
        if self.paused:
            return self._distance
        return self._distance + self.speed * max(0.0, now - self._since)

    def pause(self, now: float) -> None:
        if not self.paused:
            self._distance = self.distance(now)
            self.paused = True

    def resume(self, now: float) -> None:
        if self.paused:
            self._since = now
            self.paused = False

    def set_speed(self, speed: float, now: float) -> None:
        """Change speed without a jump: the distance so far is kept."""
        self._distance = self.distance(now)
        self._since = max(self._since, now)
        self.speed = speed


def strip_origin(distance: float, length: float, rtl: bool = False, view_width: float = 0.0) -> float:
    """Where the first strip copy starts, in view pixels: always in ``[-length, 0]``.

    Left-to-right: the content moves left by ``distance``; at 0 the first headline starts at
    the view's left edge. Right-to-left: it moves right; at 0 the first headline ends at the
    view's right edge (``view_width``), mirroring the left-to-right start.
    """
    if length <= 0:
        return 0.0
    if rtl:
        return math.fmod(distance + view_width, length) - length
    return -math.fmod(distance, length)


def copy_origins(origin: float, length: float, view_width: float) -> list[float]:
    """The x of every strip copy needed to cover ``[0, view_width)``."""
    if length <= 0:
        return []
    origins = []
    x = origin
    while x < view_width:
        if x + length > 0:
            origins.append(x)
        x += length
    return origins


def item_at(strip: TickerStrip, view_x: float, distance: float, view_width: float = 0.0) -> str | None:
    """The headline under view coordinate ``view_x`` when ``distance`` has been scrolled."""
    if strip.length <= 0 or not strip.items:
        return None
    origin = strip_origin(distance, strip.length, strip.rtl, view_width)
    return strip.item_at_strip_x(math.fmod(view_x - origin, strip.length) % strip.length)
