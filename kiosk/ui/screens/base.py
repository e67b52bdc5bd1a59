"""The base of every screen (the screen identifiers are in kiosk/ui/screens/table.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.context import KioskContext
from kiosk.ui.screens.table import ScreenId

__all__ = ["Screen", "ScreenHeader", "ScreenId"]


class Screen(QWidget):
    """A full page of the kiosk.

    Subclasses build their widgets in ``__init__``, set every visible string in
    :meth:`retranslate_ui` (called once at the end of construction and on every language
    change) and clear every visitor trace in :meth:`reset_for_next_visitor`.

    Signals:
        navigate_requested(str): the visitor asked for another screen (a :class:`ScreenId`).
    """

    navigate_requested = Signal(str)

    screen_id: ScreenId
    #: Visitor screens show the bottom bar (Home, language, ticker); Attract, PIN and Admin do not.
    shows_bottom_bar = True

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"{type(self).__name__}")
        context.visit_reset.register(f"screen:{self.screen_id}", self.reset_for_next_visitor)
        context.theme.changed.connect(self.apply_metrics)

    def finish_setup(self) -> None:
        """Call at the end of a subclass ``__init__``: fills the texts and sizes for the first time."""
        self.retranslate_ui()
        self.apply_metrics()

    def apply_metrics(self) -> None:
        """Set lengths that scale with the window (margins, spacing, icon sizes).

        The default gives the top layout the standard screen margins; override and call super.
        """
        layout = self.layout()
        if layout is not None:
            px = self.context.theme.px
            layout.setContentsMargins(px(56), px(40), px(56), px(24))
            layout.setSpacing(px(24))

    def follow_supporters(self) -> None:
        """Keep :meth:`set_supporters` up to date with the pledge count (and the fleet's total)."""
        self.context.pledges.count_changed.connect(self._supporters_changed)
        if self.context.fleet is not None:
            self.context.fleet.state_changed.connect(self._supporters_changed)
        self._supporters_changed()

    def _supporters_changed(self, *_args: object) -> None:
        self.set_supporters(self.context.supporters())

    def set_supporters(self, count: int) -> None:
        """Show how many people have taken the pledge (screens with a counter)."""

    def retranslate_ui(self) -> None:
        """Set every visible string with ``self.tr()``."""

    def reset_for_next_visitor(self) -> None:
        """Forget everything the last visitor did or typed on this screen."""

    def on_shown(self) -> None:
        """The screen became the current one."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ScreenHeader(QWidget):
    """A screen's title and subtitle, at the top, readable from two metres."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("ScreenTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("ScreenSubtitle")
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column, 1)

    def set_texts(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
