"""The Attract screen's optional loop: the pack's video PSAs, muted, with captions."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.media_list import PlaylistEntry
from kiosk.core.playback import next_playable
from kiosk.services.media import Player
from kiosk.ui.widgets.caption_band import CaptionBand
from kiosk.ui.widgets.video_surface import VideoSurface

log = logging.getLogger(__name__)


class AttractLoop(QWidget):
    """Plays the video PSAs one after another, without sound, with a caption band.

    Touches pass through to the screen below (on Attract any touch starts a visit). A file that
    cannot be played is skipped; when none of them can, the loop stops and says so.

    Signals:
        first_frame: the loop has a picture to show (the screen swaps its heart for the loop).
        nothing_to_play: no video of the playlist can be played (the screen keeps its heart).
    """

    first_frame = Signal()
    nothing_to_play = Signal()

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        player.setParent(self)
        player.set_muted(True)
        # Picture and caption band as one block as wide as the picture (see resizeEvent).
        self.surface = VideoSurface(self)
        self.captions = CaptionBand(self)
        self._aspect = 16 / 9
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Touches go to the Attract screen (and the loop has no control a visitor could use).
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(self.tr("Public service announcement, playing without sound"))
        self._entries: list[PlaylistEntry] = []
        self._failed: set[str] = set()
        self._current: str | None = None
        self._has_frame = False
        player.frame_changed.connect(self._on_frame)
        player.caption_changed.connect(self.captions.set_caption)
        # The next item starts from the event loop, not inside the player's own signal.
        player.finished.connect(lambda item_id: QTimer.singleShot(0, self, lambda: self._play_after(item_id)))
        player.failed.connect(self._on_failed)

    @property
    def current(self) -> str | None:
        """The id of the PSA playing (None when stopped)."""
        return self._current

    def start(self, entries: list[PlaylistEntry], language: str) -> None:
        """Loop the videos of ``entries`` with captions in ``language``, from the first."""
        self._entries = [entry for entry in entries if entry.has_video and entry.file is not None]
        self._failed = set()
        self._has_frame = False
        self.player.set_muted(True)
        self.player.set_language(language)
        if not self._entries:
            self.nothing_to_play.emit()
            return
        self._play(self._entries[0])

    def stop(self) -> None:
        """Stop and unload (the decoder is freed while a visitor uses the kiosk)."""
        self._current = None
        self.player.reset()
        self.captions.set_caption("")

    def set_font_px(self, px: int) -> None:
        self.captions.set_font_px(px, lines=2)
        self.surface.set_font_px(px)
        self._place()

    def sizeHint(self) -> QSize:
        return QSize(640, 360 + self.captions.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 90 + self.captions.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """The picture at its own shape, as large as fits above the band, both centred."""
        band = self.captions.height()
        width = min(float(self.width()), max(0.0, self.height() - band) * self._aspect)
        height = width / self._aspect
        left = (self.width() - width) / 2
        top = (self.height() - height - band) / 2
        self.surface.setGeometry(round(left), round(top), round(width), round(height))
        self.captions.setGeometry(round(left), round(top + height), round(width), band)

    # -- inside ------------------------------------------------------------------------------------
    def _play(self, entry: PlaylistEntry) -> None:
        self._current = entry.item_id
        # The same item again (a single PSA) restarts from its beginning.
        self.player.play(entry)

    def _play_after(self, item_id: str) -> None:
        if self._current is None:
            return
        order = [entry.item_id for entry in self._entries]
        following = next_playable(order, item_id, self._failed)
        if following is None and item_id not in self._failed:
            following = item_id  # a single PSA loops on itself
        entry = next((e for e in self._entries if e.item_id == following), None)
        if entry is None:
            self.stop()
            self.nothing_to_play.emit()
            return
        self._play(entry)

    def _on_failed(self, item_id: str, reason: str) -> None:
        log.warning("Attract loop: %s cannot be played (%s); skipped", item_id, reason)
        self._failed.add(item_id)
        QTimer.singleShot(0, self, lambda: self._play_after(item_id))

    def _on_frame(self, frame) -> None:
        if self._current is None:
            return
        self.surface.set_frame(frame)
        size = frame.size()
        if size.width() > 0 and size.height() > 0 and abs(size.width() / size.height() - self._aspect) > 0.01:
            self._aspect = size.width() / size.height()
            self._place()
        if not self._has_frame:
            self._has_frame = True
            self.first_frame.emit()
