"""News: the latest UNODC news on human trafficking and migrant smuggling."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.card import TextCard


class NewsScreen(Screen):
    """News: the latest UNODC news on human trafficking and migrant smuggling."""

    screen_id = ScreenId.NEWS

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
        self.header.set_texts(self.tr("News"), self.tr("The latest from UNODC"))
        self.card.set_texts(self.tr("Virtually every country in the world is affected"), self.tr("The challenge for all countries, rich and poor, is to target the criminals who exploit desperate people, and to protect and assist victims of trafficking and smuggled migrants."))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        self.card.set_padding(self.context.theme.px(36))
