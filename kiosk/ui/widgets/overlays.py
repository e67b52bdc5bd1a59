"""Full-window overlays: "Still there?" and the language picker."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QBoxLayout, QFrame, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.languages import LANGUAGES
from kiosk.ui.style import Theme


class Overlay(QWidget):
    """A veil over the whole window; it follows the parent's size.

    Signals:
        visibility_changed(bool): the overlay was shown (True) or hidden (False).
    """

    visibility_changed = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hide()

    @staticmethod
    def make_title() -> QLabel:
        """The overlay's big centred, wrapped, plain-text title."""
        title = QLabel()
        title.setObjectName("OverlayTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        return title

    def open(self) -> None:
        # Its buttons never take the focus: a visitor typing into a field who switches the
        # language or an option keeps typing into it, with nothing typed selected or lost.
        for button in self.findChildren(QAbstractButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()


    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)

    def set_bottom_aligned(self, on: bool) -> None:
        """Reach mode: the content sits at the bottom of the veil instead of its middle.

        Every overlay's layout starts and ends with a stretch; the last one is switched off.
        """
        layout = self.layout()
        if isinstance(layout, QBoxLayout) and layout.count() > 1:
            layout.setStretch(layout.count() - 1, 0 if on else 1)


class StillThereOverlay(Overlay):
    """Counts down before the visit resets; any touch (seen by the idle watcher) cancels it.

    Signals:
        still_here: the visitor tapped "I'm still here".
    """

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.title = QLabel()
        self.title.setObjectName("OverlayTitle")
        self.countdown = QLabel()
        self.countdown.setObjectName("Countdown")
        self.body = QLabel()
        self.body.setObjectName("OverlayBody")
        self.body.setWordWrap(True)
        for label in (self.title, self.countdown, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton()
        self.button.setObjectName("StillHere")
        self.button.clicked.connect(self.still_here)
        # A scrim: the words sit on an opaque panel, so nothing of the screen below competes
        # with the countdown; the veil around it dims the rest.
        self.panel = QFrame()
        self.panel.setObjectName("OverlayPanel")
        self.panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(self.panel)
        column.addWidget(self.title)
        column.addWidget(self.countdown)
        column.addWidget(self.body)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self._seconds = 0
        self.retranslate()

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.countdown.setText(QLocale().toString(seconds))
        self.body.setText(self.tr("The kiosk will start over in %Ln seconds.", "", seconds))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Still there?"))
        self.button.setText(self.tr("I'm still here"))
        self.button.setAccessibleName(self.tr("I'm still here"))
        self.set_seconds(self._seconds)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePicker(Overlay):
    """Six big buttons, each language named in its own script.

    Signals:
        chosen(str): the language code the visitor picked.
    """

    chosen = Signal(str)

    def __init__(self, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self.theme = theme
        self.title = self.make_title()
        self.buttons: dict[str, QPushButton] = {}
        # One fixed order in every language: the grid never mirrors in Arabic, or the
        # languages would move under the finger of someone looking for theirs.
        self.grid_box = QWidget()
        self.grid_box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.grid = QGridLayout(self.grid_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for index, lang in enumerate(LANGUAGES):
            button = QPushButton(lang.native_name)
            button.setObjectName(f"Language_{lang.code}")
            button.setCheckable(True)
            button.setAccessibleName(lang.native_name)
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight)
            button.clicked.connect(lambda _=False, c=lang.code: self._choose(c))
            self.buttons[lang.code] = button
            self.grid.addWidget(button, index // 2, index % 2)
        self.close_button = QPushButton()
        self.close_button.setProperty("role", "secondary")
        self.close_button.clicked.connect(self.hide)
        layout = self._column = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.grid_box)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        theme.changed.connect(self.apply_metrics)
        self.apply_metrics()
        self.retranslate()

    def open_for(self, current: str) -> None:
        from kiosk.ui.icons import icon  # qtawesome: loaded on first use, not on the first frame

        # The current language is marked with a tick as well as its colour (never colour alone).
        tick = icon("check", self.theme.color("text"))
        for code, button in self.buttons.items():
            button.setChecked(code == current)
            button.setIcon(tick if code == current else QIcon())
            button.setIconSize(QSize(self.theme.px(40), self.theme.px(40)))
        self.open()

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)

    def retranslate(self) -> None:
        # The title is shown in every language so that anyone can find theirs.
        self.title.setText("Language · Langue · Idioma\nاللغة · Язык · 语言")
        self.close_button.setText(self.tr("Close"))

    def apply_metrics(self) -> None:
        px = self.theme.px
        self.grid.setSpacing(px(24))
        self._column.setContentsMargins(px(120), px(60), px(120), px(60))
        self._column.setSpacing(px(36))
        for button in self.buttons.values():
            button.setMinimumHeight(px(110))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
