"""Watch: public service announcements (video) and expert interviews (audio), with captions."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.languages import language_name
from kiosk.core.media_list import PlaylistEntry
from kiosk.core.playback import format_time, next_playable
from kiosk.services.media import Player
from kiosk.services.media_probe import PosterGrabber
from kiosk.ui.context import KioskContext
from kiosk.ui.icons import icon
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.caption_band import CaptionBand
from kiosk.ui.widgets.drag_scroll import scroll_by_drag
from kiosk.ui.widgets.media_row import MediaRow
from kiosk.ui.widgets.touch_slider import TouchSlider
from kiosk.ui.widgets.video_surface import VideoSurface

log = logging.getLogger(__name__)

# How long the "cannot be played" message stays before the playlist moves on.
SKIP_AFTER_MS = 3000


def playlist_entries(context: KioskContext) -> list[PlaylistEntry]:
    """The playlist of the content pack (loaded first if it is not yet)."""
    return context.content.playlist()


class WatchScreen(Screen):
    """A playlist of PSAs and interviews, and a player with big touch controls and captions."""

    screen_id = ScreenId.WATCH

    def __init__(self, context: KioskContext, player: Player, entries: list[PlaylistEntry] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.player = player
        self.entries = list(entries) if entries is not None else playlist_entries(context)
        self.current: PlaylistEntry | None = None
        self._failed: set[str] = set()
        self._posters: dict[str, QImage] = {}
        self._skip_timer = QTimer(self)
        self._skip_timer.setSingleShot(True)
        self._skip_timer.setInterval(SKIP_AFTER_MS)
        self._skip_timer.timeout.connect(self._move_on)
        self._grabber = PosterGrabber(self)
        self._grabber.grabbed.connect(self._on_poster_grabbed)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_playlist())
        self.pages.addWidget(self._build_player())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        player.frame_changed.connect(self._on_frame)
        player.caption_changed.connect(self.captions.set_caption)
        player.position_changed.connect(self._on_position)
        player.duration_changed.connect(self._on_duration)
        player.playing_changed.connect(self._on_playing)
        player.failed.connect(self._on_failed)
        player.finished.connect(self._on_finished)
        context.language.language_changed.connect(self._on_language)
        self._load_posters()
        self.finish_setup()

    # -- building ---------------------------------------------------------------------------------
    def _build_playlist(self) -> QWidget:
        page = QWidget()
        self.header = ScreenHeader()
        self.rows: dict[str, MediaRow] = {}
        holder = QWidget()
        self._rows_layout = QVBoxLayout(holder)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        for entry in self.entries:
            row = MediaRow(entry.item_id)
            row.clicked.connect(lambda _checked=False, e=entry: self.open_player(e))
            self.rows[entry.item_id] = row
            self._rows_layout.addWidget(row)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("Body")
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.entries)
        self._rows_layout.addWidget(self.empty_label)
        self._rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_by_drag(scroll.viewport())
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(scroll, 1)
        self._playlist_column = column
        return page

    def _build_player(self) -> QWidget:
        page = QWidget()
        self.close_button = QPushButton()
        self.close_button.setProperty("role", "secondary")
        self.close_button.clicked.connect(self.close_player)
        self.title_label = QLabel()
        self.title_label.setObjectName("CardTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)  # a long title wraps; it never squeezes the Back button
        top = QHBoxLayout()
        top.addWidget(self.close_button)
        top.addWidget(self.title_label, 1)

        self.surface = VideoSurface()
        self.surface.tapped.connect(self.toggle_play)
        self.captions = CaptionBand()
        self._ended = False  # the item played to its end: no empty caption band under it

        self.play_button = QPushButton()
        self.play_button.setObjectName("PlayButton")
        self.play_button.clicked.connect(self.toggle_play)
        self.elapsed_label = QLabel("0:00")
        self.total_label = QLabel("0:00")
        for label in (self.elapsed_label, self.total_label):
            label.setObjectName("Body")
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.scrub = TouchSlider()
        self.scrub.value_chosen.connect(self.player.seek)
        self.captions_button = QPushButton()
        self.captions_button.setProperty("role", "secondary")
        self.captions_button.setCheckable(True)
        self.captions_button.setChecked(True)
        self.captions_button.toggled.connect(self._on_captions_toggled)
        self.volume_icon = QLabel()
        self.volume = TouchSlider()
        self.volume.set_maximum(100)
        self.volume.set_value(100)
        self.volume.value_chosen.connect(lambda v: self.player.set_volume(self.player.max_volume * v / 100))
        controls = QGridLayout()
        self._controls = controls
        self._portrait: bool | None = None
        self._arrange_controls(portrait=False)

        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addStretch(0)  # with the one below, centres the picture in portrait
        column.addWidget(self.surface, 1)
        column.addWidget(self.captions)
        column.addLayout(controls)
        column.addStretch(0)  # takes what the picture leaves in portrait
        self._player_column = column
        return page

    def _arrange_controls(self, portrait: bool) -> None:
        """Landscape: one row of controls. Portrait: the scrub bar gets a row of its own."""
        if portrait == self._portrait:
            return
        self._portrait = portrait
        grid = self._controls
        widget: QWidget
        for widget in (self.play_button, self.elapsed_label, self.scrub, self.total_label,
                       self.captions_button, self.volume_icon, self.volume):
            grid.removeWidget(widget)
        for column in range(8):
            grid.setColumnStretch(column, 0)
        if portrait:
            grid.addWidget(self.elapsed_label, 0, 0)
            grid.addWidget(self.scrub, 0, 1, 1, 5)
            grid.addWidget(self.total_label, 0, 6)
            grid.addWidget(self.play_button, 1, 0, 1, 2)
            grid.addWidget(self.captions_button, 1, 3)
            grid.addWidget(self.volume_icon, 1, 4)
            grid.addWidget(self.volume, 1, 5, 1, 2)
            grid.setColumnStretch(2, 1)
        else:
            for column, widget in enumerate((self.play_button, self.elapsed_label, self.scrub, self.total_label,
                                             self.captions_button, self.volume_icon, self.volume)):
                grid.addWidget(widget, 0, column)
            grid.setColumnStretch(2, 1)
        self.captions.set_font_px(self.context.theme.font_px(40), lines=3 if portrait else 2)
        self._fit_picture()

    def _fit_picture(self) -> None:
        """In portrait the picture is only as tall as a 16:9 video of the full width."""
        if self._portrait:
            layout = self.layout()
            margins = layout.contentsMargins() if layout else None
            width = self.width() - (margins.left() + margins.right() if margins else 0)
            self.surface.setMaximumHeight(max(1, width * 9 // 16 + 2))
        else:
            self.surface.setMaximumHeight(16_777_215)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange_controls(portrait=event.size().height() > event.size().width())
        self._fit_picture()

    # -- what the visitor does --------------------------------------------------------------------
    def open_player(self, entry: PlaylistEntry) -> None:
        """Show the player and start ``entry``."""
        self._skip_timer.stop()
        self.current = entry
        self._ended = False
        self._show_caption_band()
        self.pages.setCurrentIndex(1)
        self._show_still(entry)
        self.surface.set_message("")
        self.captions.set_caption("")
        self.scrub.set_value(0)
        self.scrub.set_maximum(entry.duration_ms or 0)
        self.elapsed_label.setText(format_time(0))
        self.total_label.setText(format_time(entry.duration_ms or 0))
        self.title_label.setText(entry.title_in(self._language()))
        self.player.play(entry)
        self._on_duration(self.player.duration())

    def toggle_play(self) -> None:
        if self.current is None or self.surface.message:
            return
        self.player.toggle()

    def close_player(self) -> None:
        """Back to the list; playback stops (the idle clock runs again)."""
        self._skip_timer.stop()
        self.player.reset()
        self.current = None
        self.pages.setCurrentIndex(0)
        self._prepare_first()

    def is_player_open(self) -> bool:
        return self.pages.currentIndex() == 1

    # -- for the tour (kiosk.diagnostics) -------------------------------------------------------
    def showing_picture(self) -> bool:
        """Whether the player plays and a decoded frame is on screen."""
        return self.player.is_playing and self.surface.showing_frame

    def seek(self, position_ms: int) -> None:
        self.player.seek(position_ms)

    def caption_shown_after(self, position_ms: int) -> bool:
        """Whether playback is past ``position_ms`` with a caption on screen."""
        return self.player.position() > position_ms and bool(self.captions.text())

    def pause(self) -> None:
        self.player.pause()

    def hide_paused_hint(self) -> None:
        """Show the paused picture itself, not the play symbol over it."""
        self.surface.set_paused_hint(False)

    # -- the player's news -------------------------------------------------------------------------
    def _on_frame(self, frame) -> None:
        if self.current is not None and self.current.has_video:
            self.surface.set_frame(frame)

    def _on_position(self, position: int) -> None:
        self.scrub.set_value(position)
        self.elapsed_label.setText(format_time(position))

    def _on_duration(self, duration: int) -> None:
        if duration > 0:
            self.scrub.set_maximum(duration)
            self.total_label.setText(format_time(duration))

    def _on_playing(self, playing: bool) -> None:
        self.surface.set_paused_hint(not playing and self.current is not None)
        if playing and self._ended:
            self._ended = False  # played again from the start
            self._show_caption_band()
        self._retranslate_play_button()

    def _on_finished(self, _item_id: str) -> None:
        self.surface.set_paused_hint(True)
        self._ended = True
        self.captions.set_caption("")
        self._show_caption_band()

    def _show_caption_band(self) -> None:
        """The band is there while captions are on, except after the end (an empty black strip)."""
        self.captions.setVisible(self.captions_button.isChecked() and not self._ended)

    def _on_failed(self, item_id: str, reason: str) -> None:
        self._failed.add(item_id)
        entry = self._entry(item_id)
        if entry is None or self.current is None or entry.item_id != self.current.item_id:
            return  # a prepared item failed before being chosen: it is skipped when reached
        log.warning("Watch: %s cannot be played (%s); moving on", item_id, reason)
        following = next_playable([e.item_id for e in self.entries], item_id, self._failed)
        if entry.has_video:
            message = self.tr("This video cannot be played on this kiosk")
        else:
            message = self.tr("This recording cannot be played on this kiosk")
        detail = self.tr("Moving on to the next one.") if following else self.tr("Please choose another one from the list.")
        self.surface.set_message(message, detail)
        self.captions.set_caption("")
        if following:
            self._skip_timer.start()

    def _move_on(self) -> None:
        if self.current is None:
            return
        following = next_playable([e.item_id for e in self.entries], self.current.item_id, self._failed)
        entry = self._entry(following) if following else None
        if entry is not None:
            self.open_player(entry)

    def _on_captions_toggled(self, shown: bool) -> None:
        self._show_caption_band()
        self._retranslate_captions_button()

    def _on_language(self, code: str) -> None:
        self.player.set_language(code)

    # -- helpers ----------------------------------------------------------------------------------
    def _language(self) -> str:
        return self.context.language.shown

    def _entry(self, item_id: str) -> PlaylistEntry | None:
        return next((e for e in self.entries if e.item_id == item_id), None)

    def _show_still(self, entry: PlaylistEntry) -> None:
        poster = self._posters.get(entry.item_id)
        if entry.has_video:
            self.surface.set_still(poster)
        else:
            self.surface.set_still(poster, entry.speaker_in(self._language()) or entry.title_in(self._language()),
                                   entry.title_in(self._language()) if entry.speaker else "")

    def _load_posters(self) -> None:
        for entry in self.entries:
            image = QImage(str(entry.poster)) if entry.poster and Path(entry.poster).is_file() else QImage()
            if not image.isNull():
                self._posters[entry.item_id] = image
                self.rows[entry.item_id].set_poster(image)
            else:
                self.rows[entry.item_id].set_poster(None)
                if entry.has_video:
                    self._grabber.request(entry.item_id, entry.file)

    def _on_poster_grabbed(self, item_id: str, image: QImage) -> None:
        self._posters[item_id] = image
        if item_id in self.rows:
            self.rows[item_id].set_poster(image)

    def _prepare_first(self) -> None:
        """Load the first playable item so a tap starts it at once."""
        first = next_playable([e.item_id for e in self.entries], None, self._failed)
        entry = self._entry(first) if first else None
        if entry is not None and self.player.item_id is None:
            self.player.prepare(entry)

    def _details(self, entry: PlaylistEntry) -> str:
        lang = self._language()
        kind = self.tr("Video") if entry.has_video else self.tr("Interview")
        parts = [kind]
        if entry.speaker:
            parts.append(entry.speaker_in(lang))
        if entry.duration_ms:
            parts.append(format_time(entry.duration_ms))
        parts.append(language_name(entry.language, lang))  # in the visitor's language
        return " · ".join(parts)

    # -- Screen -----------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self.is_player_open():
            self._prepare_first()

    def reset_for_next_visitor(self) -> None:
        self._skip_timer.stop()
        self.player.reset()
        self.current = None
        self._ended = False
        self._failed.clear()
        self.surface.set_message("")
        self.surface.set_still(None)
        self.captions.set_caption("")
        self.captions_button.setChecked(True)
        self._show_caption_band()
        self.volume.set_value(100)
        self.player.set_volume(self.player.max_volume)
        self.pages.setCurrentIndex(0)

    def retranslate_ui(self) -> None:
        self.header.set_texts(self.tr("Watch and listen"),
                              self.tr("Public service announcements and expert interviews, with captions"))
        self.empty_label.setText(self.tr("There is nothing to watch yet."))
        lang = self._language()
        for entry in self.entries:
            self.rows[entry.item_id].set_texts(entry.title_in(lang), self._details(entry))
        if self.current is not None:
            self.title_label.setText(self.current.title_in(lang))
        self.close_button.setText(self.tr("Back to the list"))
        self.close_button.setIcon(icon("back"))
        self._retranslate_play_button()
        self._retranslate_captions_button()
        self.scrub.setAccessibleName(self.tr("Position in the video"))
        self.volume.setAccessibleName(self.tr("Volume"))

    def _retranslate_play_button(self) -> None:
        playing = self.player.is_playing
        self.play_button.setIcon(icon("pause" if playing else "play"))
        self.play_button.setAccessibleName(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.play_button.accessibleName())

    def _retranslate_captions_button(self) -> None:
        shown = self.captions_button.isChecked()
        self.captions_button.setText(self.tr("Captions on") if shown else self.tr("Captions off"))
        self.captions_button.setIcon(icon("captions"))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        theme = self.context.theme
        px = theme.px
        self._rows_layout.setSpacing(px(20))
        self._playlist_column.setSpacing(px(24))
        self._player_column.setSpacing(px(14))
        self._controls.setHorizontalSpacing(px(20))
        self._controls.setVerticalSpacing(px(12))
        for row in self.rows.values():
            row.set_metrics(px(320), px(20))
        button = px(104)
        self.play_button.setFixedSize(button, button)
        self.play_button.setIconSize(QSize(px(64), px(64)))
        self.close_button.setIconSize(QSize(px(40), px(40)))
        self.captions_button.setIconSize(QSize(px(40), px(40)))
        self.volume_icon.setPixmap(icon("volume").pixmap(QSize(px(48), px(48))))
        for slider in (self.scrub, self.volume):
            slider.set_metrics(px(26), px(12))
            slider.set_colors(theme.color("border"), theme.color("accent"), theme.color("text"))
        self.volume.setFixedWidth(px(220))
        self.captions.set_font_px(theme.font_px(40), lines=3 if self._portrait else 2)
        self.surface.set_font_px(theme.font_px(40))
