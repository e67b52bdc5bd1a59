"""Watch: public service announcements and expert interviews."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.card import TextCard


class WatchScreen(Screen):
    """Watch: public service announcements and expert interviews."""

    screen_id = ScreenId.WATCH

    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = ScreenHeader()
        self.card = TextCard()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.card)
        layout.addStretch(1)
        self.finish_setup()

    def retranslate_ui(self) -> None:
        self.header.set_texts(self.tr("Watch"), self.tr("Public service announcements and expert interviews"))
        self.card.set_texts(self.tr("Watch and listen"), self.tr("Watch public service announcements and listen to expert interviews, with captions."))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        self.card.set_padding(self.context.theme.px(36))
