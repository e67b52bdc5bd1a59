"""Pick a country by typing part of its name (in the visitor's language) and tapping it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.countries import country_name, search
from kiosk.ui.widgets.drag_scroll import scroll_by_drag

VISIBLE_ROWS = 4


class CountryPicker(QWidget):
    """A search field and, while it has focus, a list of matching countries.

    Signals:
        chosen(str): a country was tapped (its ISO code), or "" when the choice was cleared.
        list_shown: the list of matches appeared (the form keeps it in view).
    """

    chosen = Signal(str)
    list_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setObjectName("CountrySearch")
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhSensitiveData)
        self.matches = QListWidget()
        self.matches.setObjectName("CountryList")
        self.matches.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps focus while tapping
        self.matches.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.matches.setUniformItemSizes(True)
        scroll_by_drag(self.matches.viewport())
        self.matches.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.matches)
        self._language = "en"
        self._code = ""
        self._row_px = 64
        self._filling = False
        self.field.textEdited.connect(self._typed)
        self.field.textChanged.connect(self._text_changed)
        self.matches.itemClicked.connect(self._tapped)
        self.field.installEventFilter(self)

    @property
    def code(self) -> str:
        """The chosen country's ISO 3166-1 alpha-2 code, or ""."""
        return self._code

    def set_language(self, language: str) -> None:
        """Name countries in ``language``; a chosen country is renamed."""
        self._language = language
        if self._code:
            self._set_field(country_name(self._code, language))
        if self.matches.isVisible():
            self._fill(self.field.text())

    def set_row_height(self, px: int) -> None:
        self._row_px = px
        self.matches.setFixedHeight(px * VISIBLE_ROWS + 4)

    def choose(self, code: str) -> None:
        """Choose a country by code ("" clears)."""
        self._code = code
        self._set_field(country_name(code, self._language) if code else "")
        self.matches.hide()

    def clear(self) -> None:
        self.choose("")

    # -- behaviour ------------------------------------------------------------------------------
    def _set_field(self, text: str) -> None:
        self._filling = True
        self.field.setText(text)
        self._filling = False

    def _typed(self, text: str) -> None:
        self._fill(text)
        self._open()

    def _text_changed(self, text: str) -> None:
        if self._filling:
            return
        if self._code and text != country_name(self._code, self._language):
            self._code = ""
            self.chosen.emit("")
        if not text and self.field.hasFocus():
            self._fill("")

    def _fill(self, text: str) -> None:
        self.matches.clear()
        for country in search(self._language, text):
            item = QListWidgetItem(country.name)
            item.setData(Qt.ItemDataRole.UserRole, country.code)
            item.setSizeHint(QSize(0, self._row_px))
            self.matches.addItem(item)
        self.matches.scrollToTop()

    def _open(self) -> None:
        if not self.matches.isVisible():
            self.matches.show()
            self.list_shown.emit()

    def _tapped(self, item: QListWidgetItem) -> None:
        self.choose(item.data(Qt.ItemDataRole.UserRole))
        self.chosen.emit(self._code)
        self.field.clearFocus()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field:
            if event.type() == event.Type.FocusIn:
                self._fill("" if self._code else self.field.text())
                self._open()
            elif event.type() == event.Type.FocusOut:
                self.matches.hide()
        return super().eventFilter(watched, event)
