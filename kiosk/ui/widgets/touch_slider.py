"""A slider made for a finger: a thick track, a big handle, and tap anywhere to jump there."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class TouchSlider(QWidget):
    """A horizontal slider from 0 to ``maximum`` that a finger can hit and drag.

    A touch anywhere on the widget's height moves the handle there at once (no tiny handle
    to aim at). Used for the scrub bar (milliseconds) and the volume (0-100).

    Signals:
        value_chosen(int): the visitor pressed or dragged to a new value.
        released(int): the finger came off, at this value.
    """

    value_chosen = Signal(int)
    released = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum = 0
        self._value = 0
        self._dragging = False
        self._handle_radius = 22
        self._track = 12
        self._colors = {"track": QColor("#2B5C94"), "fill": QColor("#009EDB"), "handle": QColor("#FFFFFF")}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)  # mouse synthesised from touch
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- values -----------------------------------------------------------------------------
    def maximum(self) -> int:
        return self._maximum

    def value(self) -> int:
        return self._value

    def set_maximum(self, maximum: int) -> None:
        self._maximum = max(0, maximum)
        self._value = min(self._value, self._maximum)
        self.update()

    def set_value(self, value: int) -> None:
        """Move the handle from the program (ignored while a finger holds it)."""
        if self._dragging:
            return
        value = max(0, min(value, self._maximum))
        if value != self._value:
            self._value = value
            self.update()

    # -- look -------------------------------------------------------------------------------
    def set_metrics(self, handle_radius: int, track: int) -> None:
        """Sizes in pixels (the screen scales them with the window)."""
        self._handle_radius = handle_radius
        self._track = track
        self.setFixedHeight(handle_radius * 2 + track * 2)
        self.updateGeometry()

    def set_colors(self, track: QColor, fill: QColor, handle: QColor) -> None:
        self._colors = {"track": QColor(track), "fill": QColor(fill), "handle": QColor(handle)}
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self._handle_radius * 2 + self._track * 2)

    def _span(self) -> tuple[float, float]:
        left = float(self._handle_radius)
        return left, max(left + 1.0, self.width() - self._handle_radius)

    def value_at(self, x: float) -> int:
        """The value under horizontal position ``x`` (mirrored right-to-left)."""
        left, right = self._span()
        fraction = min(1.0, max(0.0, (x - left) / (right - left)))
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            fraction = 1.0 - fraction
        return round(fraction * self._maximum)

    def x_of(self, value: int) -> float:
        left, right = self._span()
        fraction = value / self._maximum if self._maximum else 0.0
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            fraction = 1.0 - fraction
        return left + fraction * (right - left)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        left, right = self._span()
        mid = self.height() / 2
        track = QRectF(left, mid - self._track / 2, right - left, self._track)
        painter.setBrush(self._colors["track"])
        painter.drawRoundedRect(track, self._track / 2, self._track / 2)
        handle_x = self.x_of(self._value)
        start_x = right if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else left
        filled = QRectF(min(start_x, handle_x), track.top(), abs(handle_x - start_x), self._track)
        painter.setBrush(self._colors["fill"])
        painter.drawRoundedRect(filled, self._track / 2, self._track / 2)
        if self.isEnabled():
            painter.setBrush(self._colors["handle"])
            radius = self._handle_radius * (1.15 if self._dragging else 1.0)
            painter.drawEllipse(QPointF(handle_x, mid), radius, radius)
        painter.end()

    # -- the finger --------------------------------------------------------------------------
    def _choose(self, event: QMouseEvent) -> None:
        value = self.value_at(event.position().x())
        if value != self._value:
            self._value = value
            self.update()
        self.value_chosen.emit(value)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._maximum <= 0:
            return
        self._dragging = True
        self._choose(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._choose(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragging:
            self._choose(event)
            self._dragging = False
            self.update()
            self.released.emit(self._value)
