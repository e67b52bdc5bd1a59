"""The Blue Heart, drawn as a vector path so it is crisp at any size."""

from __future__ import annotations

from PySide6.QtCore import Property, QEasingCurve, QPointF, QPropertyAnimation, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QSizePolicy, QWidget


def heart_path(rect: QRectF) -> QPainterPath:
    """A heart filling ``rect``."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    path = QPainterPath(QPointF(x + w * 0.5, y + h * 0.28))
    path.cubicTo(x + w * 0.5, y + h * 0.05, x + w * 0.05, y - h * 0.02, x + w * 0.02, y + h * 0.32)
    path.cubicTo(x, y + h * 0.58, x + w * 0.32, y + h * 0.76, x + w * 0.5, y + h)
    path.cubicTo(x + w * 0.68, y + h * 0.76, x + w, y + h * 0.58, x + w * 0.98, y + h * 0.32)
    path.cubicTo(x + w * 0.95, y - h * 0.02, x + w * 0.5, y + h * 0.05, x + w * 0.5, y + h * 0.28)
    path.closeSubpath()
    return path


class BlueHeart(QWidget):
    """A gently beating Blue Heart. The beat runs only while the widget is visible."""

    def __init__(self, color: QColor | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = QColor(color or QColor("#009EDB"))
        self._beat = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._animation = QPropertyAnimation(self, b"beat", self)
        self._animation.setDuration(1600)
        self._animation.setKeyValueAt(0.0, 1.0)
        self._animation.setKeyValueAt(0.15, 1.07)
        self._animation.setKeyValueAt(0.3, 0.98)
        self._animation.setKeyValueAt(0.45, 1.04)
        self._animation.setKeyValueAt(1.0, 1.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.setLoopCount(-1)

    def set_color(self, color: QColor) -> None:
        self._color = QColor(color)
        self.update()

    def _get_beat(self) -> float:
        return self._beat

    def _set_beat(self, value: float) -> None:
        self._beat = value
        self.update()

    beat = Property(float, _get_beat, _set_beat)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._animation.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._animation.stop()
        super().hideEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        side = min(self.width(), self.height()) * 0.9 * self._beat
        rect = QRectF((self.width() - side) / 2, (self.height() - side * 0.92) / 2, side, side * 0.92)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawPath(heart_path(rect))
        painter.end()
