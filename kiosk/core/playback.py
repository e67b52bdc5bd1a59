"""Rules of media playback that need no Qt: telling bad media from good, and moving on.

Measured with QtMultimedia 6.11.3 (its bundled FFmpeg 7.1) offscreen, see
tools/measure_playback.py:

* a missing file: ``ResourceError`` at once, status InvalidMedia;
* a file cut short before its index (moov at the end): ``FormatError``, InvalidMedia;
* a file cut short after its index: frames until the cut, then EndOfMedia with NO error,
  the position jumping to the full duration;
* AV1 video: NO error at all, status BufferedMedia, the position advances with the sound,
  and not one frame reaches the video sink; then EndOfMedia.

So a file is judged by what arrives, not only by the error signal: :class:`PlaybackCheck`.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

#: How long a video may play (position advancing, status buffered) without a single frame.
FIRST_FRAME_GRACE_MS = 1500
#: How far before the end a video may stop sending frames and still count as complete.
END_TOLERANCE_MS = 1000


class PlaybackFailure(enum.StrEnum):
    """Why an item cannot be played; the UI turns these codes into words."""

    MISSING = "missing"  # no file at that path
    UNREADABLE = "unreadable"  # the file is there but is not media this kiosk can open
    UNDECODABLE = "undecodable"  # opens and "plays" but no picture ever arrives (AV1)
    TRUNCATED = "truncated"  # the picture stops long before the announced end


@dataclass
class PlaybackCheck:
    """Watches one playback of one item and says when it has failed silently.

    Feed it what the player reports, with ``now_ms`` from a monotonic clock.

    Attributes:
        has_video: Whether the item is expected to show pictures.
        duration_ms: The announced duration (0 when unknown).
    """

    has_video: bool
    duration_ms: int = 0
    grace_ms: int = FIRST_FRAME_GRACE_MS
    frames: int = 0
    last_frame_ms: int = -1
    _playing_since: int | None = field(default=None, repr=False)
    _position_at_start: int = field(default=0, repr=False)

    def playing(self, now_ms: int, position_ms: int) -> None:
        """Playback started or resumed (status buffered, state playing)."""
        if self._playing_since is None:
            self._playing_since = now_ms
            self._position_at_start = position_ms

    def paused(self) -> None:
        """Playback paused or stopped: the clock for the first frame stops too."""
        self._playing_since = None

    def frame(self, frame_ms: int) -> None:
        """A valid frame arrived, for media time ``frame_ms``."""
        self.frames += 1
        self.last_frame_ms = max(self.last_frame_ms, frame_ms)

    def tick(self, now_ms: int, position_ms: int) -> PlaybackFailure | None:
        """Called regularly while playing: UNDECODABLE when time passes and no frame comes."""
        if not self.has_video or self.frames or self._playing_since is None:
            return None
        waited = now_ms - self._playing_since
        advanced = position_ms - self._position_at_start
        if waited >= self.grace_ms and (advanced > 0 or waited >= 2 * self.grace_ms):
            return PlaybackFailure.UNDECODABLE
        return None

    def ended(self) -> PlaybackFailure | None:
        """The player reached the end: was it a real end?"""
        if not self.has_video:
            return None
        if self.frames == 0:
            return PlaybackFailure.UNDECODABLE
        if self.duration_ms and self.last_frame_ms < self.duration_ms - max(
            END_TOLERANCE_MS, self.duration_ms // 20
        ):
            return PlaybackFailure.TRUNCATED
        return None


def next_playable(order: Sequence[str], current: str | None, failed: set[str]) -> str | None:
    """The item after ``current`` in ``order`` that has not failed, wrapping around.

    None when every other item has failed (so a playlist of bad files stops instead of
    spinning).
    """
    if not order:
        return None
    start = order.index(current) + 1 if current in order else 0
    for step in range(len(order)):
        candidate = order[(start + step) % len(order)]
        if candidate not in failed and candidate != current:
            return candidate
    return None


def format_time(ms: int) -> str:
    """Elapsed or total time as M:SS (or H:MM:SS past an hour)."""
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
