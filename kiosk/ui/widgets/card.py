"""A rounded card holding a title and a paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class TextCard(QFrame):
    """A card with a bold title and a wrapped plain-text body."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.title = QLabel()
        self.title.setObjectName("CardTitle")
        self.body = QLabel()
        self.body.setObjectName("Body")
        for label in (self.title, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.body)

    def set_texts(self, title: str, body: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.body.setText(body)

    def set_padding(self, padding: int) -> None:
        self._layout.setContentsMargins(padding, padding, padding, padding)
        self._layout.setSpacing(padding // 2)
