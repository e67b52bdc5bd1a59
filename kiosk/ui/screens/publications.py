"""Tools and publications: cards with a QR code so a visitor can take the link away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.core.content.models import Publication
from kiosk.ui.context import KioskContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.pack_image import PackImage
from kiosk.ui.widgets.pages import Card, ScrollPage, clear_layout, language_tag, plain_label
from kiosk.ui.widgets.qr_code import QrCode


class PublicationCard(Card):
    """Title, one-line description, an optional picture, and the link as a QR code."""

    def __init__(self, item: Publication, lang: str, qr_side: int, padding: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.set_padding(padding)
        self.title = plain_label("CardTitle", item.title.text(lang))
        self.description = plain_label("Body", item.description.text(lang))
        self.link = plain_label("Link", item.url)
        self.link.setWordWrap(True)
        self.qr = QrCode()
        self.qr.set_data(item.url)
        self.qr.set_side(qr_side)
        self.image = None
        if item.image is not None:
            self.image = PackImage()
            self.image.set_path(item.image)
            self.image.setFixedHeight(qr_side * 3 // 4)
            self.add(self.image)
        text = QVBoxLayout()
        text.setSpacing(padding // 2)
        text.addWidget(self.title)
        text.addWidget(self.description)
        self.language_tag = language_tag(lang, item.title, item.description)
        if self.language_tag is not None:
            text.addWidget(self.language_tag, 0, Qt.AlignmentFlag.AlignLeading)
        text.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(padding)
        row.addLayout(text, 1)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(row, 1)
        self.add(self.link)


class PublicationsScreen(Screen):
    """Every tool and publication of the pack, two cards a row (one in portrait)."""

    screen_id = ScreenId.PUBLICATIONS

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = ScreenHeader()
        self.page = ScrollPage()
        self.grid = QGridLayout()
        self.page.column.addLayout(self.grid)
        self.page.column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.cards: list[PublicationCard] = []
        self._built_for: tuple | None = None
        context.language.language_changed.connect(lambda _code: self._refresh())
        self.finish_setup()

    @property
    def lang(self) -> str:
        return self.context.language.shown

    def _refresh(self) -> None:
        portrait = self.width() < self.height()
        key = (self.lang, self.context.theme.px(100), portrait)
        if key == self._built_for:
            return
        self._built_for = key
        clear_layout(self.grid)
        px = self.context.theme.px
        self.grid.setSpacing(px(28))
        columns = 1 if portrait else 2
        items = self.context.content.pack.publications.items
        self.cards = []
        for index, item in enumerate(items):
            card = PublicationCard(item, self.lang, px(260), px(28))
            self.grid.addWidget(card, index // columns, index % columns)
            self.cards.append(card)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def retranslate_ui(self) -> None:
        self.header.set_texts(self.tr("Tools and publications"), self.tr("Scan a code to take the link away on your phone"))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        self._built_for = None
        self._refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refresh()

    def on_shown(self) -> None:
        self._refresh()
