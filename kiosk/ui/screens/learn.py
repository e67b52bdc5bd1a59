"""Learn: what human trafficking and migrant smuggling are, and how they differ."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.card import TextCard


class LearnScreen(Screen):
    """Learn: what human trafficking and migrant smuggling are, and how they differ."""

    screen_id = ScreenId.LEARN

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
        self.header.set_texts(self.tr("Learn"), self.tr("What are human trafficking and migrant smuggling?"))
        self.card.set_texts(self.tr("What is migrant smuggling?"), self.tr("Smuggling migrants involves the procurement, for financial or other material benefit, of the illegal entry of a person into a State of which that person is not a national or resident."))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        self.card.set_padding(self.context.theme.px(36))
