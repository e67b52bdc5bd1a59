"""The Blue Heart, drawn as a vector path so it is crisp at any size."""

from __future__ import annotations

from PySide6.QtCore import Property, QEasingCurve, QElapsedTimer, QPointF, QRectF, Qt, QTimer
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


#: One heartbeat, in milliseconds, and its shape: (share of the beat, size) key frames.
BEAT_MS = 1600
BEAT_KEYS = ((0.0, 1.0), (0.15, 1.07), (0.3, 0.98), (0.45, 1.04), (1.0, 1.0))
#: 30 frames a second: a gentle beat needs no more, and without a GPU every frame costs CPU.
BEAT_FRAME_MS = 33
_BEAT_EASING = QEasingCurve(QEasingCurve.Type.InOutSine)


def beat_at(progress: float) -> float:
    """The heart's size (1.0 = at rest) at ``progress`` (0 to 1) through a beat."""
    eased = _BEAT_EASING.valueForProgress(progress)
    for (start, low), (end, high) in zip(BEAT_KEYS, BEAT_KEYS[1:], strict=False):
        if eased <= end:
            return low + (high - low) * (eased - start) / (end - start)
    return BEAT_KEYS[-1][1]


class BlueHeart(QWidget):
    """A gently beating Blue Heart. The beat runs only while the widget is visible.

    Cost on a PC without a GPU (every frame is drawn by the CPU and sent to the X server): a
    frame repaints only the heart's own rectangle, on the widget's own background (opaque, so
    nothing behind it is repainted), and only when the heart's size changed by a whole pixel.
    """

    def __init__(self, color: QColor | None = None, parent: QWidget | None = None,
                 background: QColor | None = None) -> None:
        super().__init__(parent)
        self._color = QColor(color or QColor("#009EDB"))
        self._background = QColor(background) if background is not None else None
        self._beat = 1.0
        self._drawn = QRectF()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, self._background is not None)
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(BEAT_FRAME_MS)
        self._timer.timeout.connect(self._advance)

    def set_color(self, color: QColor, background: QColor | None = None) -> None:
        """The heart's colour, and the background it is drawn on (None: see-through)."""
        self._color = QColor(color)
        self._background = QColor(background) if background is not None else None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, self._background is not None)
        self.update()

    def _get_beat(self) -> float:
        return self._beat

    def _set_beat(self, value: float) -> None:
        self._beat = value
        rect = self.heart_rect()
        if rect != self._drawn:
            # The old and the new heart only: the rest of the widget has not changed.
            self.update(self._drawn.united(rect).toAlignedRect().adjusted(-1, -1, 1, 1))

    def heart_rect(self) -> QRectF:
        """Where the heart is drawn at the current beat, in whole pixels."""
        side = round(min(self.width(), self.height()) * 0.9 * self._beat / 2) * 2
        height = round(side * 0.92)
        return QRectF((self.width() - side) // 2, (self.height() - height) // 2, side, height)

    beat = Property(float, _get_beat, _set_beat)

    def _advance(self) -> None:
        self._set_beat(beat_at((self._clock.elapsed() % BEAT_MS) / BEAT_MS))

    @property
    def beating(self) -> bool:
        return self._timer.isActive()

    def showEvent(self, event) -> None:
        self._clock.start()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        self._set_beat(1.0)
        super().hideEvent(event)

    def paintEvent(self, event) -> None:
        rect = self.heart_rect()
        self._drawn = rect
        painter = QPainter(self)
        if self._background is not None:
            painter.fillRect(event.rect(), self._background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawPath(heart_path(rect))
        painter.end()
