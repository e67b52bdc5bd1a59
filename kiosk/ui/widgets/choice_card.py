"""A big toggle card: a check mark and a wrapped sentence, tapped on or off."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class ChoiceCard(QPushButton):
    """A checkable card whose text wraps (a QPushButton's own text never does).

    Styled by ``role="choice"``; ``checked`` drives the look.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")
        self.setCheckable(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.mark = QLabel()
        self.mark.setObjectName("ChoiceMark")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setObjectName("ChoiceText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        for child in (self.mark, self.label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = self._row = QHBoxLayout(self)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.label, 1)
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def text(self) -> str:  # the sentence shown
        return self.label.text()

    def set_metrics(self, mark_px: int, padding: int) -> None:
        self.mark.setFixedSize(mark_px, mark_px)
        self._row.setContentsMargins(padding, padding, padding, padding)
        self._row.setSpacing(padding)
        self.updateGeometry()

    def _show_state(self, checked: bool) -> None:
        self.mark.setText("✓" if checked else "")
        self.mark.setProperty("checked", checked)
        self.mark.style().unpolish(self.mark)
        self.mark.style().polish(self.mark)

    # The layout, not the (empty) button text, decides the size.
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._row.totalHeightForWidth(width)

    def sizeHint(self) -> QSize:
        return self._row.totalSizeHint()

    def minimumSizeHint(self) -> QSize:
        hint = self._row.totalMinimumSize()
        return QSize(hint.width(), self.heightForWidth(max(hint.width(), self.width())))
