"""The pledge wall: first names drifting upwards as small Blue Hearts."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.widgets.heart import heart_path

FRAME_MS = 33
"""About 30 frames a second: the drift is slow, more would only cost CPU."""


class _HeartMark(QWidget):
    """A small filled heart."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        side = min(self.width(), self.height())
        painter.drawPath(heart_path(QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side * 0.92)))
        painter.end()


class WallBubble(QWidget):
    """One name on the wall: a heart and the name, always as plain text."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WallBubble")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.heart = _HeartMark(color)
        self.label = QLabel()
        self.label.setObjectName("WallName")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.addWidget(self.heart)
        layout.addWidget(self.label)
        self.drift_x = 0.0
        self.drift_y = 0.0
        self.speed = 1.0

    def set_name(self, name: str, heart_px: int, padding: int) -> None:
        self.label.setText(name)
        self.heart.setFixedSize(heart_px, heart_px)
        self.layout().setContentsMargins(padding, padding // 2, padding, padding // 2)
        self.layout().setSpacing(padding // 2)
        self.adjustSize()


class PledgeWall(QWidget):
    """First names of the people who agreed to be on the wall, drifting upwards.

    Names are set with :meth:`set_names` (already filtered by the blocklist and the
    organiser's hiding). The drift runs only while the wall is visible.
    """

    def __init__(self, color: QColor, parent: QWidget | None = None, seed: int = 7) -> None:
        super().__init__(parent)
        self.setObjectName("PledgeWall")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._color = QColor(color)
        self._names: list[str] = []
        self._next = 0
        self._bubbles: list[WallBubble] = []
        self._random = random.Random(seed)
        self._heart_px = 28
        self._padding = 12
        self.max_bubbles = 10
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._step)

    def stack_between(self, background: QWidget) -> None:
        """Drift in front of ``background`` (the Blue Heart) but behind the words of the page."""
        self.raise_()
        for sibling in self.parentWidget().findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
            sibling.raise_()
        if background.parentWidget() is not self.parentWidget():
            self.lower()

    def names(self) -> list[str]:
        """The names the wall cycles through."""
        return list(self._names)

    def shown_names(self) -> list[str]:
        """The names on the bubbles now on the wall."""
        return [b.label.text() for b in self._bubbles if not b.isHidden()]

    def set_color(self, color: QColor) -> None:
        self._color = QColor(color)
        for bubble in self._bubbles:
            bubble.heart.color = QColor(color)
            bubble.heart.update()

    def set_metrics(self, heart_px: int, padding: int) -> None:
        self._heart_px, self._padding = heart_px, padding
        for bubble in self._bubbles:
            bubble.set_name(bubble.label.text(), heart_px, padding)

    def set_names(self, names: list[str]) -> None:
        """Show these names (newest first); the wall fills up from the bottom."""
        if names == self._names:
            return
        self._names = list(names)
        self._next = 0
        wanted = min(len(self._names), self.max_bubbles)
        while len(self._bubbles) < wanted:
            self._bubbles.append(WallBubble(self._color, self))
        for index, bubble in enumerate(self._bubbles):
            if index < wanted:
                self._respawn(bubble, spread=True)
                bubble.show()
            else:
                bubble.hide()

    def _respawn(self, bubble: WallBubble, spread: bool = False) -> None:
        bubble.set_name(self._names[self._next % len(self._names)], self._heart_px, self._padding)
        self._next += 1
        width = max(1, self.width() - bubble.width())
        bubble.drift_x = self._random.uniform(0, width)
        height = max(1, self.height())
        bubble.drift_y = self._random.uniform(0, height) if spread else float(height)
        bubble.speed = self._random.uniform(0.4, 1.0) * max(1.0, height / 600)
        bubble.move(int(bubble.drift_x), int(bubble.drift_y))

    def _step(self) -> None:
        for bubble in self._bubbles:
            if bubble.isHidden():
                continue
            bubble.drift_y -= bubble.speed
            if bubble.drift_y < -bubble.height():
                self._respawn(bubble)
            else:
                bubble.move(int(bubble.drift_x), int(bubble.drift_y))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        for bubble in self._bubbles:
            if not bubble.isHidden():
                self._respawn(bubble, spread=True)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._timer.stop()
        super().hideEvent(event)
