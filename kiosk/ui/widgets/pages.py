"""Building blocks for content pages: plain-text labels, cards and a touch-scrolling page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.languages import FALLBACK_LANGUAGE
from kiosk.ui.widgets.drag_scroll import scroll_by_drag


def plain_label(object_name: str, text: str = "", wrap: bool = True) -> QLabel:
    """A QLabel that never interprets its text as rich text (pack strings are untrusted)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


class _Localized(Protocol):
    def get(self, lang: str) -> tuple[str, str]: ...


def shown_in_english(lang: str, texts: Iterable[_Localized | None]) -> bool:
    """True when one of ``texts`` (pack texts, None for an absent one) falls back to English
    because it has no ``lang`` version."""
    return lang != FALLBACK_LANGUAGE and any(text is not None and text.get(lang)[1] != lang for text in texts)


class LanguageTag(QLabel):
    """The small "In English" tag beside a pack text that has no version in the UI language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageTag")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("In English"))


def language_tag(lang: str, *texts: _Localized | None) -> LanguageTag | None:
    """A :class:`LanguageTag` when one of ``texts`` is shown in English in place of ``lang``."""
    return LanguageTag() if shown_in_english(lang, texts) else None


class Card(QFrame):
    """A rounded card holding a column of widgets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.column = QVBoxLayout(self)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.column.addWidget(widget, stretch)
        return widget

    def set_padding(self, padding: int) -> None:
        self.column.setContentsMargins(padding, padding, padding, padding)
        self.column.setSpacing(max(4, padding // 2))


class ScrollPage(QScrollArea):
    """A page that scrolls vertically with a finger (kinetic touch scrolling)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.column = QVBoxLayout(self.inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self.inner)
        scroll_by_drag(self.viewport())

    def scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


def clear_layout(layout) -> None:
    """Remove and delete every item of ``layout`` (widgets and nested layouts)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())
