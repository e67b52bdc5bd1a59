"""News: the list of news items, newest first, and one item's detail."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from kiosk.core.content.models import NewsItem
from kiosk.core.dates import news_date
from kiosk.ui.context import KioskContext
from kiosk.ui.icons import icon
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.pack_image import PackImage
from kiosk.ui.widgets.pages import Card, LanguageTag, ScrollPage, clear_layout, language_tag, plain_label, shown_in_english
from kiosk.ui.widgets.qr_code import QrCode


class NewsRow(QPushButton):
    """One news item in the list: its date and headline. Tapping opens it.

    Signals:
        opened(str): the item's id.
    """

    opened = Signal(str)

    def __init__(self, item: NewsItem, lang: str, padding: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_id = item.id
        self.setProperty("role", "newsrow")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.date_label = plain_label("NewsDate", news_date(item.date, item.end_date, lang))
        self.headline = plain_label("NewsHeadline", item.headline.text(lang))
        for label in (self.date_label, self.headline):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        column = QVBoxLayout(self)
        column.setContentsMargins(padding, padding * 2 // 3, padding, padding * 2 // 3)
        column.setSpacing(padding // 4)
        self.language_tag = language_tag(lang, item.headline, item.body)
        if self.language_tag is None:
            column.addWidget(self.date_label)
        else:
            top = QHBoxLayout()
            top.addWidget(self.date_label, 1)
            self.language_tag.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            top.addWidget(self.language_tag, 0, Qt.AlignmentFlag.AlignVCenter)
            column.addLayout(top)
        column.addWidget(self.headline)
        self.setAccessibleName(self.headline.text())
        self.clicked.connect(lambda: self.opened.emit(self.item_id))

    def sizeHint(self):
        return self.layout().sizeHint()

    def minimumSizeHint(self):
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None  # made in __init__
        return layout.totalHeightForWidth(width)


class NewsDetail(ScrollPage):
    """One news item in full: date, headline, picture, text and a link to take away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_label = plain_label("NewsDate")
        self.headline = plain_label("DetailHeadline")
        self.language_tag = LanguageTag()
        self.image = PackImage()
        self.body = plain_label("Body")
        self.link_card = Card()
        self.qr = QrCode()
        self.link_text = plain_label("Link")
        self.link_hint = plain_label("Body")
        link_row = QHBoxLayout()
        self.link_row = link_row
        link_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        link_column = QVBoxLayout()
        link_column.addWidget(self.link_hint)
        link_column.addWidget(self.link_text)
        link_column.addStretch(1)
        link_row.addLayout(link_column, 1)
        self.link_card.column.addLayout(link_row)
        self.column.addWidget(self.date_label)
        self.column.addWidget(self.headline)
        self.column.addWidget(self.language_tag, 0, Qt.AlignmentFlag.AlignLeading)
        for widget in (self.image, self.body, self.link_card):
            self.column.addWidget(widget)
        self.column.addStretch(1)
        self.item: NewsItem | None = None

    def show_item(self, item: NewsItem, lang: str) -> None:
        self.item = item
        self.date_label.setText(news_date(item.date, item.end_date, lang))
        self.headline.setText(item.headline.text(lang))
        self.language_tag.retranslate_ui()
        self.language_tag.setVisible(shown_in_english(lang, (item.headline, item.body)))
        self.image.setVisible(item.image is not None)
        self.image.set_path(item.image)
        self.body.setText(item.body.text(lang) if item.body else "")
        self.body.setVisible(item.body is not None)
        self.link_card.setVisible(item.link is not None)
        if item.link:
            self.qr.set_data(item.link)
            self.link_text.setText(item.link)
            self.link_hint.setText(self.tr("Scan to read more on your phone"))
        self.scroll_to_top()


class NewsScreen(Screen):
    """The news list, newest first, and a detail view with a Back button."""

    screen_id = ScreenId.NEWS

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = ScreenHeader()
        self.back = QPushButton()
        self.back.setObjectName("NewsBack")
        self.back.setProperty("role", "secondary")
        self.back.clicked.connect(self.show_list)
        self.list_page = ScrollPage()
        self.detail = NewsDetail()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.detail)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.back, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.rows: list[NewsRow] = []
        self._built_for: tuple[str, int] | None = None
        context.language.language_changed.connect(lambda _code: self._refresh())
        self.finish_setup()
        self.show_list()

    @property
    def lang(self) -> str:
        return self.context.language.shown

    def news(self) -> tuple[NewsItem, ...]:
        return self.context.content.pack.news

    # -- navigation --------------------------------------------------------------------------
    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.list_page)
        self.back.hide()

    def open_item(self, item_id: str) -> bool:
        """Show one item's detail; False (and the list) if the pack has no such item."""
        item = self.context.content.pack.news_item(item_id)
        if item is None:
            self.show_list()
            return False
        self.detail.show_item(item, self.lang)
        self.pages.setCurrentWidget(self.detail)
        self.back.show()
        return True

    def reset_for_next_visitor(self) -> None:
        self.show_list()
        self.list_page.scroll_to_top()

    # -- building ----------------------------------------------------------------------------
    def _refresh(self) -> None:
        key = (self.lang, self.context.theme.px(100))
        if key != self._built_for:
            self._build_list()
            self._built_for = key
        if self.pages.currentWidget() is self.detail and self.detail.item is not None:
            self.detail.show_item(self.detail.item, self.lang)

    def _build_list(self) -> None:
        column = self.list_page.column
        clear_layout(column)
        px = self.context.theme.px
        column.setSpacing(px(18))
        self.rows = []
        for item in self.news():
            row = NewsRow(item, self.lang, px(30))
            row.opened.connect(self.open_item)
            column.addWidget(row)
            self.rows.append(row)
        if not self.rows:
            column.addWidget(plain_label("Body", self.tr("No news at the moment.")))
        column.addStretch(1)

    def retranslate_ui(self) -> None:
        self.header.set_texts(self.tr("News"), self.tr("The latest from UNODC, newest first"))
        self.back.setText(self.tr("All news"))
        self.back.setAccessibleName(self.tr("Back to all news"))
        self.back.setIcon(icon("back", self.context.theme.color("text")))  # mirrored in Arabic
        self.detail.link_hint.setText(self.tr("Scan to read more on your phone"))

    def apply_metrics(self) -> None:
        super().apply_metrics()
        theme = self.context.theme
        px = theme.px
        self.back.setIcon(icon("back", theme.color("text")))
        self.back.setIconSize(QSize(px(36), px(36)))
        self.detail.column.setSpacing(px(24))
        self.detail.image.setFixedHeight(px(360))
        self.detail.image.radius = px(20)
        self.detail.image.set_colors(theme.color("surface"), theme.color("border"))
        self.detail.qr.set_side(px(240))
        self.detail.link_card.set_padding(px(28))
        self.detail.link_row.setSpacing(px(32))
        self._refresh()

    def on_shown(self) -> None:
        self._refresh()
