"""A big touch tile: icon, title and one line of explanation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
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
        self._text_spacing = 6
        text.setSpacing(self._text_spacing)
        text.addStretch(1)
        text.addWidget(self.title_label)
        text.addWidget(self.subtitle_label)
        text.addStretch(1)
        self._row = QHBoxLayout(self)
        # The tile's minimum comes from minimumSizeHint (the wrapped text at its real width),
        # not from the layout's guess at an unbounded width.
        self._row.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)
        self._row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self._row.addLayout(text, 1)
        self._icon = QIcon()
        self.minimum_height = 80

    def set_texts(self, title: str, subtitle: str) -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self._fit_height()

    def set_minimum_height(self, height: int) -> None:
        """The least height, even when the text needs less (big, even tiles on Home)."""
        self.minimum_height = height
        self._fit_height()

    def set_tile_icon(self, icon: QIcon, side: int, spacing: int) -> None:
        self._icon = icon
        self.icon_label.setPixmap(icon.pixmap(QSize(side, side)))
        self.icon_label.setFixedSize(side, side)
        self._row.setContentsMargins(spacing, spacing, spacing, spacing)
        self._row.setSpacing(spacing)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(200, max(120, self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.minimumHeight())

    def _fit_height(self) -> None:
        """Never shorter than the wrapped title and subtitle need at the tile's current width.

        An explicit minimum (the style sheet's min-height would otherwise win), updated when the
        width, the texts or the text size change: a grid, reach mode, larger text or a long
        translation can then never squeeze the text.
        """
        width = self.width() or 400
        margins = self._row.contentsMargins()
        spacing = self._row.spacing()
        text_width = max(40, width - margins.left() - margins.right() - self.icon_label.width() - spacing)
        text = self.title_label.heightForWidth(text_width)
        if self.subtitle_label.text():
            text += self._text_spacing + self.subtitle_label.heightForWidth(text_width)
        needed = margins.top() + margins.bottom() + max(self.icon_label.height(), text) + 2
        height = max(self.minimum_height, needed)
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()
