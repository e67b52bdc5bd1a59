"""Attract: the beating Blue Heart and "touch to start" cycling through the languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.languages import LANGUAGES
from kiosk.core.media_list import PlaylistEntry
from kiosk.ui.context import KioskContext
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.main_window import WARM_UP_DELAY_MS
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.widgets.heart import BlueHeart

if TYPE_CHECKING:
    from kiosk.ui.widgets.attract_loop import AttractLoop
    from kiosk.ui.widgets.attract_wall import PledgeWall

PROMPT_SECONDS = 2.5
#: With ``media.attract_loop`` on, the loop starts this long after Attract shows (the first time,
#: its player and QtMultimedia load then, well after the first frame).
LOOP_START_MS = 1000


def attract_playlist(context: KioskContext) -> list[PlaylistEntry]:
    """What the loop plays: the pack's PSAs (the same playlist as Watch; interviews are left out).

    The pack is loaded first if it is not yet: never the bundled clips in place of the organiser's.
    """
    return context.content.playlist()


class AttractScreen(Screen):
    """Shown while nobody is at the kiosk; any touch starts a visit on Home."""

    screen_id = ScreenId.ATTRACT
    shows_bottom_bar = False

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        # Drawn on the screen's own background, so a beat repaints the heart alone.
        self.heart = BlueHeart(context.theme.color("accent"), background=context.theme.color("bg"))
        self.title = QLabel()
        self.title.setObjectName("AttractTitle")
        self.tagline = QLabel()
        self.tagline.setObjectName("AttractTagline")
        self.tagline.setWordWrap(True)
        self.prompt = QLabel()
        self.prompt.setObjectName("AttractPrompt")
        self.counter = QLabel()
        self.counter.setObjectName("Counter")
        self.counter.hide()
        self._supporters = 0
        for label in (self.title, self.tagline, self.prompt, self.counter):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heart, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.tagline)
        layout.addStretch(1)
        layout.addWidget(self.prompt)
        layout.addWidget(self.counter)
        layout.addStretch(1)
        self._prompt_index = 0
        self._prompt_timer = QTimer(self)
        self._prompt_timer.setInterval(int(PROMPT_SECONDS * 1000))
        self._prompt_timer.timeout.connect(self._next_prompt)
        context.theme.changed.connect(
            lambda: self.heart.set_color(context.theme.color("accent"), context.theme.color("bg"))
        )
        # The optional muted loop of PSAs takes the heart's place once it has a picture.
        self.loop: AttractLoop | None = None
        self._loop_timer = QTimer(self)
        self._loop_timer.setSingleShot(True)
        self._loop_timer.setInterval(LOOP_START_MS)
        self._loop_timer.timeout.connect(self._start_loop)
        # The pledge wall behind the words: built a moment after the first frame, as the pledge
        # store opens (nothing of it is needed for the first frame).
        self.pledge_wall: PledgeWall | None = None
        self._wall_names: list[str] = []
        context.pledges.wall_changed.connect(self._show_wall_names)
        AfterFirstFrame(self, self._build_wall, delay_ms=WARM_UP_DELAY_MS)
        self.finish_setup()
        self.follow_supporters()

    @property
    def loop_enabled(self) -> bool:
        """True when the organiser asked for the muted PSA loop (``media.attract_loop``)."""
        return self.context.settings.media.attract_loop

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Blue Heart"))
        self.tagline.setText(self.tr("Together against human trafficking"))
        self.set_supporters(self._supporters)
        self._show_prompt()

    def set_supporters(self, count: int) -> None:
        """Show how many people have taken the pledge (hidden until the first one)."""
        self._supporters = count
        self.counter.setVisible(count > 0)
        # %Ln: the number in the UI language's digits and grouping (QLocale.setDefault).
        self.counter.setText(self.tr("%Ln people have taken the Blue Heart pledge", "", count))

    def _build_wall(self) -> None:
        from kiosk.ui.widgets.attract_wall import attach_wall

        self.pledge_wall = attach_wall(self, self.context.theme, self.heart, self.wall_obstacles)
        self.pledge_wall.set_names(self._wall_names)

    def _show_wall_names(self, names: list[str]) -> None:
        self._wall_names = names
        if self.pledge_wall is not None:
            self.pledge_wall.set_names(names)

    def wall_obstacles(self) -> list[QWidget | None]:
        """What the pledge wall's names keep clear of: everything Attract shows."""
        return [self.loop, self.heart, self.title, self.tagline, self.prompt, self.counter]

    def mouseReleaseEvent(self, event) -> None:
        self.navigate_requested.emit(ScreenId.HOME)
        super().mouseReleaseEvent(event)

    def showEvent(self, event) -> None:
        self._prompt_index = 0
        self._show_prompt()
        self._prompt_timer.start()
        if self.loop_enabled:
            self._loop_timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._prompt_timer.stop()
        self._loop_timer.stop()
        if self.loop is not None:
            self.loop.stop()
            self._show_heart()
        super().hideEvent(event)

    def apply_metrics(self) -> None:
        super().apply_metrics()
        if self.loop is not None:
            self.loop.set_font_px(self.context.theme.font_px(40))

    # -- the PSA loop ---------------------------------------------------------------------------
    def _start_loop(self) -> None:
        if not self.isVisible():
            return
        if self.loop is None:
            from kiosk.services.media import Player
            from kiosk.ui.widgets.attract_loop import AttractLoop

            self.loop = AttractLoop(Player(max_volume=0.0))
            self.loop.hide()
            self.loop.first_frame.connect(self._show_loop)
            self.loop.nothing_to_play.connect(self._show_heart)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # made in __init__
            # The picture gets most of the height; the title and the prompt keep theirs.
            layout.insertWidget(layout.indexOf(self.heart), self.loop, 16)
            self.loop.set_font_px(self.context.theme.font_px(40))
        lang = self.context.language.shown
        self.loop.start(attract_playlist(self.context), lang)

    def _show_loop(self) -> None:
        self.heart.hide()
        assert self.loop is not None  # the loop's own signal calls this
        self.loop.show()

    def _show_heart(self) -> None:
        if self.loop is not None:
            self.loop.hide()
        self.heart.show()

    def _next_prompt(self) -> None:
        self._prompt_index = (self._prompt_index + 1) % len(LANGUAGES)
        self._show_prompt()

    def _show_prompt(self) -> None:
        lang = LANGUAGES[self._prompt_index]
        self.prompt.setText(lang.touch_to_start)
        self.prompt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)

