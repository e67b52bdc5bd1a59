"""An image from a content pack, with a neat placeholder when the file is missing or broken."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.widgets.heart import heart_path


class PackImage(QWidget):
    """Shows a pack image cropped to fill its box with rounded corners.

    A missing, unreadable or absent file shows a calm placeholder (a soft heart on the card
    colour) instead of a broken-image icon. ``is_placeholder`` tells which is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._pixmap = QPixmap()
        self._path: str | None = None
        self.radius = 16
        self.fill = QColor("#1F4B82")
        self.mark = QColor("#2B5C94")

    @property
    def is_placeholder(self) -> bool:
        return self._pixmap.isNull()

    def set_path(self, path: str | None) -> None:
        """Show the image at ``path`` (None: the placeholder)."""
        if path == self._path:
            return
        self._path = path
        self._pixmap = QPixmap(path) if path else QPixmap()
        self.update()

    def set_colors(self, fill: QColor, mark: QColor) -> None:
        self.fill, self.mark = QColor(fill), QColor(mark)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        box = QRectF(self.rect())
        clip = QPainterPath()
        clip.addRoundedRect(box, self.radius, self.radius)
        painter.setClipPath(clip)
        if self._pixmap.isNull():
            painter.fillRect(box, self.fill)
            side = min(box.width(), box.height()) * 0.38
            heart = QRectF(box.center().x() - side / 2, box.center().y() - side * 0.46, side, side * 0.92)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.mark)
            painter.drawPath(heart_path(heart))
        else:
            source = QRectF(self._pixmap.rect())
            scale = max(box.width() / source.width(), box.height() / source.height())
            w, h = box.width() / scale, box.height() / scale
            crop = QRectF(source.center().x() - w / 2, source.center().y() - h / 2, w, h)
            painter.drawPixmap(box, self._pixmap, crop)
        painter.end()
