"""Attract: the beating Blue Heart and "touch to start" cycling through the languages."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.core.languages import LANGUAGES
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, ScreenId
from kiosk.ui.widgets.heart import BlueHeart

#: "Touch to start" in each UN language, shown in turn whatever the UI language is.
TOUCH_TO_START = {
    "en": "Touch to start",
    "fr": "Touchez pour commencer",
    "es": "Toque para empezar",
    "ar": "المس الشاشة للبدء",
    "ru": "Коснитесь, чтобы начать",
    "zh": "轻触屏幕开始",
}
PROMPT_SECONDS = 2.5


class AttractScreen(Screen):
    """Shown while nobody is at the kiosk; any touch starts a visit on Home."""

    screen_id = ScreenId.ATTRACT
    shows_bottom_bar = False

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.heart = BlueHeart(context.theme.color("accent"))
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
        context.theme.changed.connect(lambda: self.heart.set_color(context.theme.color("accent")))
        self.finish_setup()

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

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.navigate_requested.emit(ScreenId.HOME)
        super().mouseReleaseEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._prompt_index = 0
        self._show_prompt()
        self._prompt_timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._prompt_timer.stop()
        super().hideEvent(event)

    def _next_prompt(self) -> None:
        self._prompt_index = (self._prompt_index + 1) % len(LANGUAGES)
        self._show_prompt()

    def _show_prompt(self) -> None:
        code = LANGUAGES[self._prompt_index].code
        self.prompt.setText(TOUCH_TO_START[code])
        self.prompt.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if LANGUAGES[self._prompt_index].rtl else Qt.LayoutDirection.LeftToRight
        )

