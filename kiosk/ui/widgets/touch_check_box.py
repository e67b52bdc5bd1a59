"""A check box the whole row of which answers a finger, not just the box and its words."""

from __future__ import annotations

from PySide6.QtCore import Property, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton


class TouchCheckBox(QCheckBox):
    """A QCheckBox that toggles wherever its row is tapped (a short label in Arabic or
    Chinese leaves most of the row empty, and a finger is not a mouse pointer).

    A ticked box shows a tick, like the commitments' cards, not only another colour
    (WCAG 1.4.1). The tick's colour comes from the style sheet (``qproperty-tickColor``).
    """

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._tick_color = QColor("#000000")

    def _get_tick_color(self) -> QColor:
        return QColor(self._tick_color)

    def _set_tick_color(self, color: QColor) -> None:
        self._tick_color = QColor(color)
        self.update()

    tickColor = Property(QColor, _get_tick_color, _set_tick_color)  # noqa: N815 (a Qt property, set by QSS)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def indicator_rect(self) -> QRectF:
        """Where the box is drawn, in the widget's coordinates."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return QRectF(self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.isChecked():
            return
        box = self.indicator_rect()
        if box.isEmpty():
            return
        side = min(box.width(), box.height())
        x, y = box.center().x() - side / 2, box.center().y() - side / 2
        tick = QPainterPath(QPointF(x + side * 0.24, y + side * 0.52))
        tick.lineTo(x + side * 0.43, y + side * 0.71)
        tick.lineTo(x + side * 0.77, y + side * 0.31)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self._tick_color, max(2.0, side * 0.13))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(tick)
        painter.end()
