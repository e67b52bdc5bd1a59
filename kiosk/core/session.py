"""The visit state machine: attract, active, still-there warning, reset.

Pure Python with time passed in as ``now`` (seconds, any monotonic origin), so tests drive it
with integers. The Qt adapter lives in :mod:`kiosk.services.idle`.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field


class Phase(enum.Enum):
    """Where the visit is."""

    ATTRACT = "attract"  # nobody there: the attract loop runs
    ACTIVE = "active"  # a visitor is using the kiosk
    WARNING = "warning"  # idle too long: "Still there?" counts down


class Effect(enum.Enum):
    """What a transition asks the adapter to do."""

    VISIT_STARTED = "visit_started"
    WARNING_SHOWN = "warning_shown"
    WARNING_CANCELLED = "warning_cancelled"
    VISIT_ENDED = "visit_ended"


@dataclass
class SessionMachine:
    """Decides when a visit starts, when to warn, and when to reset.

    Args:
        idle_timeout: seconds without activity before the warning shows.
        warning_duration: seconds the warning counts down before the reset.
    """

    idle_timeout: float = 90.0
    warning_duration: float = 10.0
    phase: Phase = Phase.ATTRACT
    last_activity: float = 0.0
    warning_since: float = 0.0
    paused: bool = field(default=False)

    def __post_init__(self) -> None:
        if self.idle_timeout <= 0 or self.warning_duration <= 0:
            raise ValueError("idle_timeout and warning_duration must be positive")

    def activity(self, now: float) -> list[Effect]:
        """A touch, click, key or wheel event happened at ``now``."""
        self.last_activity = now
        if self.phase is Phase.ATTRACT:
            self.phase = Phase.ACTIVE
            return [Effect.VISIT_STARTED]
        if self.phase is Phase.WARNING:
            self.phase = Phase.ACTIVE
            return [Effect.WARNING_CANCELLED]
        return []

    def tick(self, now: float) -> list[Effect]:
        """Advance time to ``now``; returns the effects of any timeout that passed."""
        if self.paused:
            return []
        if self.phase is Phase.ACTIVE and now - self.last_activity >= self.idle_timeout:
            self.phase = Phase.WARNING
            self.warning_since = now
            return [Effect.WARNING_SHOWN]
        if self.phase is Phase.WARNING and now - self.warning_since >= self.warning_duration:
            return self.end_visit()
        return []

    def end_visit(self) -> list[Effect]:
        """End the visit now (timeout reached, or the kiosk asks for a reset)."""
        was_attract = self.phase is Phase.ATTRACT
        self.phase = Phase.ATTRACT
        self.paused = False
        return [] if was_attract else [Effect.VISIT_ENDED]

    def pause(self, now: float) -> list[Effect]:
        """Stop the idle clock (a video is playing). Cancels a showing warning."""
        self.paused = True
        self.last_activity = now
        if self.phase is Phase.WARNING:
            self.phase = Phase.ACTIVE
            return [Effect.WARNING_CANCELLED]
        return []

    def resume(self, now: float) -> None:
        """Restart the idle clock from ``now`` (the video ended or was paused)."""
        self.paused = False
        self.last_activity = now

    def next_deadline(self) -> float | None:
        """When :meth:`tick` next needs to run, or None while nothing can time out."""
        if self.paused:
            return None
        if self.phase is Phase.ACTIVE:
            return self.last_activity + self.idle_timeout
        if self.phase is Phase.WARNING:
            return self.warning_since + self.warning_duration
        return None

    def seconds_left(self, now: float) -> int:
        """Whole seconds left on the warning countdown (0 outside the warning)."""
        if self.phase is not Phase.WARNING:
            return 0
        return max(0, math.ceil(self.warning_since + self.warning_duration - now))
