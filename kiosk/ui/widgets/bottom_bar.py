"""The bar along the bottom of every visitor screen: Home, the ticker, accessibility, language."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from kiosk.ui.icons import icon
from kiosk.ui.style import Theme


class BottomBar(QWidget):
    """Always in reach: Home, the news ticker slot, the accessibility and language buttons.

    Signals:
        home_requested: the visitor tapped Home.
        accessibility_requested: the visitor tapped the accessibility button.
        language_requested: the visitor tapped the language button.
    """

    home_requested = Signal()
    accessibility_requested = Signal()
    language_requested = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BottomBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.theme = theme
        self.home = self._button("home")
        self.home.clicked.connect(self.home_requested)
        self.accessibility = self._button("accessibility")
        self.accessibility.clicked.connect(self.accessibility_requested)
        self.language = self._button("language")
        self.language.clicked.connect(self.language_requested)
        self.ticker_slot = QWidget()
        self.ticker_slot.setObjectName("TickerSlot")
        self.ticker_slot.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.ticker_slot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.home)
        self.row.addWidget(self.ticker_slot, 1)
        self.row.addWidget(self.accessibility)
        self.row.addWidget(self.language)
        theme.changed.connect(self.apply_metrics)
        self.apply_metrics()

    def _button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("BottomBarButton")
        button.setProperty("icon_name", name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def set_ticker(self, ticker: QWidget) -> None:
        """Put the news ticker in its slot."""
        self.row.replaceWidget(self.ticker_slot, ticker)
        # Hidden at once: deleteLater waits for the event loop, and until then the empty
        # slot would paint over the Home button (seen in offscreen renders).
        self.ticker_slot.hide()
        self.ticker_slot.deleteLater()
        self.ticker_slot = ticker

    def retranslate(self, home: str, language_name: str, language_hint: str) -> None:
        self.home.setText(home)
        self.home.setAccessibleName(home)
        self.language.setText(language_name)
        self.language.setAccessibleName(language_hint)

    def retranslate_accessibility(self, text: str, description: str) -> None:
        self.accessibility.setText(text)
        self.accessibility.setAccessibleName(text)
        self.accessibility.setAccessibleDescription(description)

    def apply_metrics(self) -> None:
        px = self.theme.px
        self.row.setContentsMargins(px(20), px(12), px(20), px(12))
        self.row.setSpacing(px(20))
        self.ticker_slot.setMinimumHeight(px(72))
        if self.isVisible():
            self._apply_icons()

    def _apply_icons(self) -> None:
        # Icons load qtawesome (~0.2 s): not before the bar is first seen, so not on the
        # first frame (Attract has no bar).
        px = self.theme.px
        color = self.theme.color("text")
        for button in self.findChildren(QToolButton, "BottomBarButton"):
            button.setIcon(icon(button.property("icon_name"), color))
            button.setIconSize(QSize(px(40), px(40)))

    def showEvent(self, event) -> None:
        self._apply_icons()
        super().showEvent(event)
