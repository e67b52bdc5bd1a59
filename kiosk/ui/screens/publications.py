"""Tools and publications, each with a QR code to take the link away."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.card import TextCard


class PublicationsScreen(Screen):
    """Tools and publications, each with a QR code to take the link away."""

    screen_id = ScreenId.PUBLICATIONS

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
        self.header.set_texts(self.tr("Tools and publications"), self.tr("Scan a code to take the link away on your phone"))
        self.card.set_texts(self.tr("Toolkit to Combat Trafficking in Persons"), self.tr("Practical tools and guidance for policymakers, law enforcement, judges, prosecutors, victim service providers and civil society."))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        self.card.set_padding(self.context.theme.px(36))
