"""Can this kiosk play that file? Probing media by playing it muted until a frame arrives.

Used by ``validate-content`` (to name every file this kiosk cannot play, AV1 included: its
failure is silent, so only the absence of frames shows it) and by the Watch screen to take a
poster from a video whose pack gives none.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer, QVideoFrame, QVideoSink

from kiosk.core.playback import FIRST_FRAME_GRACE_MS, PlaybackFailure
from kiosk.services.media_objects import new_audio_output, new_media_player

#: Longest a probe waits for one file before calling it undecodable.
PROBE_TIMEOUT_MS = 4000

AUDIO_SUFFIXES = frozenset({".m4a", ".mp3", ".ogg", ".opus", ".wav", ".aac", ".flac"})


@dataclass(frozen=True)
class ProbeResult:
    """What probing one file found.

    Attributes:
        path: The file.
        failure: Why it cannot be played, or None when it plays.
        has_video: Whether it has a picture.
        duration_ms: Its duration (0 when unknown).
    """

    path: Path
    failure: PlaybackFailure | None
    has_video: bool = False
    duration_ms: int = 0

    @property
    def message(self) -> str:
        """The same as :meth:`describe` (the content validator reads ``path`` and ``message``)."""
        return self.describe()

    def describe(self) -> str:
        """A plain sentence for an organiser."""
        return {
            None: "plays on this kiosk",
            PlaybackFailure.MISSING: "file not found",
            PlaybackFailure.UNREADABLE: "cannot be opened: not a media file this kiosk can read, or damaged",
            PlaybackFailure.UNDECODABLE: "cannot be decoded on this kiosk (no picture arrives; AV1 video "
            "does this): convert it to H.264/AAC mp4 or VP9/Opus webm",
            PlaybackFailure.TRUNCATED: "stops before its end (damaged or cut short)",
        }[self.failure]


#: The application made for a probe run without one (the CLI): kept as long as the process.
_application: QCoreApplication | None = None


def _ensure_application() -> None:
    global _application
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        _application = QGuiApplication([])


@dataclass
class _Probe:
    """What one probe has seen so far."""

    failure: PlaybackFailure | None = None
    frame: bool = False
    started: float | None = None


def probe_file(path: Path, timeout_ms: int = PROBE_TIMEOUT_MS) -> ProbeResult:
    """Play ``path`` muted until it proves itself: a frame (video), or playing sound (audio)."""
    _ensure_application()
    path = Path(path)
    if not path.is_file():
        return ProbeResult(path, PlaybackFailure.MISSING)
    owner = QObject()  # the QML-made player and output live as long as this probe
    player = new_media_player(owner)
    audio = new_audio_output(owner)
    audio.setMuted(True)
    player.setAudioOutput(audio)
    sink = QVideoSink()
    player.setVideoSink(sink)
    loop = QEventLoop()
    state = _Probe()

    def finish(failure: PlaybackFailure | None) -> None:
        if loop.isRunning():
            state.failure = failure
            loop.quit()

    def on_frame(frame: QVideoFrame) -> None:
        if frame.isValid():
            state.frame = True
            finish(None)

    def on_status(status: QMediaPlayer.MediaStatus) -> None:
        kind = QMediaPlayer.MediaStatus
        if status == kind.InvalidMedia:
            finish(PlaybackFailure.UNREADABLE)
        elif status == kind.EndOfMedia:
            finish(None if not player.videoTracks() else PlaybackFailure.UNDECODABLE)
        elif status == kind.BufferedMedia and not player.videoTracks() and player.audioTracks():
            state.started = time.monotonic()

    def on_tick() -> None:
        if state.started is not None and not player.videoTracks() and player.position() > 0:
            finish(None)  # an audio file whose position advances: it plays
        if player.videoTracks() and state.started is None and player.mediaStatus() in (
            QMediaPlayer.MediaStatus.BufferedMedia, QMediaPlayer.MediaStatus.BufferingMedia
        ):
            state.started = time.monotonic()
        if state.started is not None and player.videoTracks() and not state.frame:
            if (time.monotonic() - state.started) * 1000 >= FIRST_FRAME_GRACE_MS:
                finish(PlaybackFailure.UNDECODABLE)

    # Queued: a plain function connected directly would run in QtMultimedia's render thread,
    # taking the GIL there while the GUI thread, holding it, waits in player.stop() for that thread.
    sink.videoFrameChanged.connect(on_frame, Qt.ConnectionType.QueuedConnection)
    player.mediaStatusChanged.connect(on_status)
    player.errorOccurred.connect(lambda *_: finish(PlaybackFailure.UNREADABLE))
    ticker = QTimer()
    ticker.setInterval(100)
    ticker.timeout.connect(on_tick)
    QTimer.singleShot(timeout_ms, lambda: finish(PlaybackFailure.UNDECODABLE))
    ticker.start()
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    if player.mediaStatus() != QMediaPlayer.MediaStatus.InvalidMedia:
        loop.exec()
    else:
        state.failure = PlaybackFailure.UNREADABLE
    ticker.stop()
    has_video = bool(player.videoTracks())
    duration = max(0, player.duration())
    player.stop()
    player.setSource(QUrl())
    owner.deleteLater()
    return ProbeResult(path, state.failure, has_video, duration)


def probe_files(paths: Sequence[Path]) -> list[ProbeResult]:
    """Probe each file in turn; returns only the ones this kiosk cannot play."""
    return [result for result in (probe_file(p) for p in paths) if result.failure is not None]


class PosterGrabber(QObject):
    """Takes the first frame of videos that have no poster, one file at a time, muted.

    Signals:
        grabbed(str, QImage): the frame for an item id.
    """

    grabbed = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[tuple[str, Path]] = []
        self._current: str | None = None
        self._player = new_media_player(self)
        self._audio = new_audio_output(self)
        self._audio.setMuted(True)
        self._player.setAudioOutput(self._audio)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._player.errorOccurred.connect(lambda *_: self._next())
        self._player.mediaStatusChanged.connect(self._on_status)
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(PROBE_TIMEOUT_MS)
        self._give_up.timeout.connect(self._on_give_up)
        self._target_ms = 0
        self._fallback = QImage()

    def request(self, item_id: str, path: Path) -> None:
        """Queue a video; ``grabbed`` follows if a frame can be taken."""
        self._queue.append((item_id, Path(path)))
        if self._current is None:
            self._next()

    def cancel(self) -> None:
        self._queue.clear()
        self._give_up.stop()
        self._current = None
        self._player.stop()
        self._player.setSource(QUrl())

    def _next(self) -> None:
        self._give_up.stop()
        self._player.stop()
        self._current = None
        while self._queue:
            item_id, path = self._queue.pop(0)
            if path.is_file():
                self._current = item_id
                self._target_ms = 0
                self._fallback = QImage()
                self._player.setSource(QUrl.fromLocalFile(str(path)))
                self._player.play()
                self._give_up.start()
                return
        self._player.setSource(QUrl())

    def _on_give_up(self) -> None:
        if self._current is not None and not self._fallback.isNull():
            self.grabbed.emit(self._current, self._fallback)
        self._next()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            # Not the very first frame: videos often open on black. A tenth in, at most 3 s.
            self._target_ms = min(3000, max(0, self._player.duration()) // 10)
            if self._target_ms:
                self._player.setPosition(self._target_ms)
        if status in (QMediaPlayer.MediaStatus.InvalidMedia, QMediaPlayer.MediaStatus.EndOfMedia):
            QTimer.singleShot(0, self, self._next)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._current is None or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self._fallback = image
        if frame.startTime() // 1000 >= self._target_ms - 500:
            item_id, self._current = self._current, None
            self.grabbed.emit(item_id, image)
            QTimer.singleShot(0, self, self._next)


def playability_probe(paths: Sequence[Path]) -> list[ProbeResult]:
    """A media probe for the content validator: every file this kiosk cannot play.

    Each result has ``path`` and ``message``, like the validator's own problems.
    """
    return probe_files(paths)
