"""Pledge: join the Blue Heart campaign against human trafficking."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.card import TextCard


class PledgeScreen(Screen):
    """Pledge: join the Blue Heart campaign against human trafficking."""

    screen_id = ScreenId.PLEDGE

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
        self.header.set_texts(self.tr("Take the Blue Heart pledge"), self.tr("Join the campaign against human trafficking"))
        self.card.set_texts(self.tr("The Blue Heart"), self.tr("The Blue Heart represents the sadness of those who are trafficked and reminds us of the cold-heartedness of those who buy and sell fellow human beings. The blue of the heart shows the commitment of the United Nations to combat this crime."))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        self.card.set_padding(self.context.theme.px(36))
