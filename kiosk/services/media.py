"""The media player behind the Watch screen: one PSA or interview at a time, with captions.

Wraps QMediaPlayer + QAudioOutput + QVideoSink. Frames go out as QVideoFrames for a widget to
paint (``QVideoWidget.grab()`` is blank offscreen, and a painted widget can keep the last
frame on screen). Bad media of every kind becomes one ``failed(item_id, reason)`` signal and a
log line; the silent AV1 case is caught by :class:`kiosk.core.playback.PlaybackCheck`.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaMetaData, QMediaPlayer, QVideoFrame, QVideoSink

from kiosk.core.captions import CaptionError, Cue, choose_captions, cue_at, read_captions, sidecar_captions
from kiosk.core.media_list import PlaylistEntry
from kiosk.core.playback import PlaybackCheck, PlaybackFailure
from kiosk.services.media_objects import new_audio_output, new_media_player

log = logging.getLogger(__name__)

WATCHDOG_INTERVAL_MS = 250


def _now_ms() -> int:
    return int(time.monotonic() * 1000)


def _language_code(language: QLocale.Language) -> str:
    return QLocale(language).name().split("_")[0]


class Player(QObject):
    """Plays one item at a time and reports what a screen needs to show.

    Signals:
        frame_changed(QVideoFrame): A new picture to paint (only valid frames are sent).
        caption_changed(str, str): The caption text and its speaker ("" when none showing).
        position_changed(int): Playback position in ms.
        duration_changed(int): Duration of the current item in ms.
        playing_changed(bool): True while playing; False when paused, ended, stopped or failed.
        item_prepared(str): An item is loaded and ready to play at once.
        finished(str): An item played to its end.
        failed(str, str): An item cannot be played: item id and a PlaybackFailure code.
    """

    frame_changed = Signal(QVideoFrame)
    caption_changed = Signal(str, str)
    position_changed = Signal(int)
    duration_changed = Signal(int)
    playing_changed = Signal(bool)
    item_prepared = Signal(str)
    finished = Signal(str)
    failed = Signal(str, str)

    def __init__(self, max_volume: float = 1.0, language: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self._max_volume = max(0.0, min(1.0, max_volume))
        self._language = language
        self._player = new_media_player(self)
        self._audio = new_audio_output(self)
        self._audio.setVolume(self._max_volume)
        self._player.setAudioOutput(self._audio)
        self._sink = QVideoSink(self)
        self._player.setVideoSink(self._sink)
        self._item: PlaylistEntry | None = None
        self._check: PlaybackCheck | None = None
        self._want_play = False
        self._pending_seek: int | None = None
        self._pending_failure: PlaybackFailure | None = None
        self._playing = False
        self._sidecars: dict[str, Path] = {}
        self._cues: list[Cue] = []
        self._caption = ("", "")
        self._caption_source = ""
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCHDOG_INTERVAL_MS)
        self._watchdog.timeout.connect(self._on_watchdog)

        self._sink.videoFrameChanged.connect(self._on_frame)
        self._sink.subtitleTextChanged.connect(self._on_embedded_caption)
        self._player.positionChanged.connect(self._on_position)
        self._player.durationChanged.connect(self._on_duration)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.playbackStateChanged.connect(self._on_state)
        self._player.errorOccurred.connect(self._on_error)
        self._player.tracksChanged.connect(self._choose_captions)

    # -- what a screen asks for -------------------------------------------------------------

    @property
    def item_id(self) -> str | None:
        """The id of the loaded item, if any."""
        return self._item.item_id if self._item else None

    @property
    def is_playing(self) -> bool:
        """True while an item is playing."""
        return self._playing

    @property
    def max_volume(self) -> float:
        """The organiser's maximum volume (0.0 to 1.0)."""
        return self._max_volume

    def prepare(self, item: PlaylistEntry) -> None:
        """Load ``item`` so that :meth:`play` starts it at once; stops what was playing."""
        self._want_play = False
        self._load(item)

    def play(self, item: PlaylistEntry | None = None) -> None:
        """Play ``item`` (or resume the loaded one) from where it is."""
        if item is not None and (self._item is None or item != self._item):
            self._load(item)
        if self._item is None:
            return
        self._want_play = True
        if self._pending_failure is not None:
            failure, self._pending_failure = self._pending_failure, None
            QTimer.singleShot(0, self, lambda: self._fail(failure))
            return
        if self._player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            self._player.setPosition(0)
            self._check = PlaybackCheck(self._item.has_video, self._player.duration())
        self._player.play()

    def pause(self) -> None:
        """Pause; the last frame stays on screen."""
        self._want_play = False
        self._player.pause()

    def toggle(self) -> None:
        """Play when paused, pause when playing."""
        if self._playing:
            self.pause()
        else:
            self.play()

    def seek(self, position_ms: int) -> None:
        """Jump to ``position_ms`` (clamped to the item)."""
        duration = self._player.duration()
        position = max(0, min(position_ms, duration - 1 if duration > 0 else position_ms))
        self._player.setPosition(position)
        starting = self._want_play and self._check is not None and self._check.frames == 0
        # Measured: a seek issued while the file is still loading (before the first frame) is
        # lost by QtMultimedia's FFmpeg backend; it is issued again when that frame arrives.
        self._pending_seek = position if starting and self._item is not None and self._item.has_video else None
        self._update_sidecar_caption(position)

    def duration(self) -> int:
        """Duration of the loaded item in ms (0 when unknown)."""
        return max(0, self._player.duration())

    def position(self) -> int:
        """Current position in ms."""
        return max(0, self._player.position())

    def volume(self) -> float:
        """Current volume, 0.0 to the maximum."""
        return self._audio.volume()

    def set_volume(self, volume: float) -> None:
        """Set the volume, never above the organiser's maximum."""
        self._audio.setVolume(max(0.0, min(volume, self._max_volume)))

    def set_max_volume(self, max_volume: float) -> None:
        """Change the organiser's maximum; the current volume is lowered to fit."""
        self._max_volume = max(0.0, min(1.0, max_volume))
        self.set_volume(self._audio.volume())

    def set_muted(self, muted: bool) -> None:
        """Mute or unmute (the attract loop plays muted)."""
        self._audio.setMuted(muted)

    @property
    def is_muted(self) -> bool:
        """True when no sound comes out whatever the volume."""
        return self._audio.isMuted()

    def set_language(self, language: str) -> None:
        """Follow the visitor's language for captions."""
        self._language = language
        self._choose_captions()

    def caption_language(self) -> str:
        """The language of the captions in use ("" when the item has none)."""
        return self._caption_source.split(":", 1)[-1] if self._caption_source else ""

    def reset(self) -> None:
        """The visit is over: stop, unload, forget captions."""
        self._want_play = False
        self._watchdog.stop()
        self._player.stop()
        self._player.setSource(QUrl())
        self._item = None
        self._check = None
        self._pending_failure = None
        self._cues = []
        self._sidecars = {}
        self._caption_source = ""
        self._set_caption("", "")
        self._set_playing(False)

    # -- inside ------------------------------------------------------------------------------

    def _load(self, item: PlaylistEntry) -> None:
        self._watchdog.stop()
        self._player.stop()
        self._item = item
        self._check = PlaybackCheck(item.has_video)
        self._pending_seek = None
        self._pending_failure = None
        self._cues = []
        self._caption_source = ""
        self._set_caption("", "")
        self._sidecars = {**sidecar_captions(item.file), **dict(item.captions)}
        self._choose_captions()
        if not item.file.is_file():
            self._player.setSource(QUrl())
            self._pending_failure = PlaybackFailure.MISSING
            return
        self._player.setSource(QUrl.fromLocalFile(str(item.file)))

    def _choose_captions(self) -> None:
        if self._item is None:
            return
        tracks = self._player.subtitleTracks()
        embedded = [_language_code(t.value(QMediaMetaData.Key.Language)) for t in tracks]
        choice = choose_captions(self._sidecars, embedded, self._language)
        source = f"{choice.source}:{choice.language}" if choice else ""
        if source == self._caption_source:
            return
        self._caption_source = source
        self._cues = []
        if choice and choice.source == "sidecar":
            try:
                self._cues = read_captions(self._sidecars[choice.language])
            except CaptionError as exc:
                log.warning("captions for %s not used: %s", self._item.item_id, exc)
            self._player.setActiveSubtitleTrack(-1)
        elif choice:
            self._player.setActiveSubtitleTrack(embedded.index(choice.language))
        else:
            self._player.setActiveSubtitleTrack(-1)
        self._set_caption("", "")
        self._update_sidecar_caption(self._player.position())

    def _set_caption(self, text: str, speaker: str) -> None:
        if (text, speaker) != self._caption:
            self._caption = (text, speaker)
            self.caption_changed.emit(text, speaker)

    def _update_sidecar_caption(self, position_ms: int) -> None:
        if not self._caption_source.startswith("sidecar"):
            return
        cue = cue_at(self._cues, position_ms)
        self._set_caption(cue.text if cue else "", cue.speaker if cue else "")

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)

    def _fail(self, failure: PlaybackFailure) -> None:
        item = self._item
        if item is None:
            return
        self._watchdog.stop()
        self._want_play = False
        self._player.stop()
        self._player.setSource(QUrl())
        self._set_playing(False)
        self._set_caption("", "")
        self._check = None  # one failure per load: later errors of this item are ignored
        log.warning("cannot play %s (item %s): %s", item.file, item.item_id, failure.value)
        self.failed.emit(item.item_id, failure.value)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return  # Qt sends an empty frame on stop: keep the last picture instead
        if self._check is not None:
            self._check.frame(max(0, frame.startTime()) // 1000)
        if self._pending_seek is not None:
            position, self._pending_seek = self._pending_seek, None
            self._player.setPosition(position)
        self.frame_changed.emit(frame)

    def _on_embedded_caption(self, text: str) -> None:
        if self._caption_source.startswith("embedded"):
            self._set_caption(text.strip(), "")

    def _on_position(self, position: int) -> None:
        self.position_changed.emit(position)
        self._update_sidecar_caption(position)

    def _on_duration(self, duration: int) -> None:
        if self._check is not None:
            self._check.duration_ms = max(0, duration)
        self.duration_changed.emit(max(0, duration))

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing and self._check is not None:
            self._check.playing(_now_ms(), self._player.position())
            self._watchdog.start()
        elif self._check is not None:
            self._check.paused()
            self._watchdog.stop()
        self._set_playing(playing)

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        kind = QMediaPlayer.MediaStatus
        if status == kind.LoadedMedia and self._item is not None:
            self.item_prepared.emit(self._item.item_id)
        elif status == kind.EndOfMedia and self._item is not None and self._check is not None:
            failure = self._check.ended()
            if failure is not None:
                self._fail(failure)
            else:
                self.finished.emit(self._item.item_id)
        elif status == kind.InvalidMedia and self._item is not None:
            self._on_error(QMediaPlayer.Error.FormatError, "invalid media")

    def _on_error(self, error: QMediaPlayer.Error, message: str = "") -> None:
        if self._item is None or self._check is None or error == QMediaPlayer.Error.NoError:
            return
        missing = not self._item.file.is_file()
        failure = PlaybackFailure.MISSING if missing else PlaybackFailure.UNREADABLE
        log.info("player error on %s: %s %s", self._item.file.name, error.name, message)
        if self._want_play:
            self._fail(failure)
        elif self._pending_failure is None:
            self._pending_failure = failure

    def _on_watchdog(self) -> None:
        if self._check is None:
            return
        failure = self._check.tick(_now_ms(), self._player.position())
        if failure is not None:
            self._fail(failure)
