"""A big touch tile: icon, title and one line of explanation."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class Tile(QPushButton):
    """A large button with an icon, a title and a subtitle; pressed feedback on touch-down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "tile")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.icon_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setObjectName("CardTitle")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("Muted")
        for label in (self.icon_label, self.title_label, self.subtitle_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.subtitle_label.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addStretch(1)
        text.addWidget(self.title_label)
        text.addWidget(self.subtitle_label)
        text.addStretch(1)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.addLayout(text, 1)
        self._icon = QIcon()

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)

    def set_tile_icon(self, icon: QIcon, side: int, spacing: int) -> None:
        self._icon = icon
        self.icon_label.setPixmap(icon.pixmap(QSize(side, side)))
        self.icon_label.setFixedSize(side, side)
        self._row.setContentsMargins(spacing, spacing, spacing, spacing)
        self._row.setSpacing(spacing)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, 120)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(120, 80)
