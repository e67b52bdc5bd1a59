"""Where a video's frames are painted, and where a poster or an interview's still stays.

Frames are painted from QVideoSink frames, not by a QVideoWidget: ``QVideoWidget.grab()`` is
blank offscreen, and a painted widget keeps the last picture until the next one exists, so
there is no black flash between items or at the end.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.text_direction import direction_of
from kiosk.ui.widgets.heart import heart_path


def fit(image_size: QSize, area: QRectF) -> QRectF:
    """The largest rectangle of the image's shape that fits in ``area``, centred."""
    if image_size.isEmpty():
        return QRectF(area)
    scale = min(area.width() / image_size.width(), area.height() / image_size.height())
    width, height = image_size.width() * scale, image_size.height() * scale
    return QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)


class VideoSurface(QWidget):
    """Paints the current frame, or a still (poster, interview card), and a message on top.

    Signals:
        tapped: the visitor touched the picture (the screen toggles play/pause).
    """

    tapped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame: QVideoFrame | None = None
        self._image = QImage()  # the last frame converted, or the still
        self._image_is_frame = False
        self._speaker = ""
        self._subtitle = ""
        self._message = ""
        self._message_detail = ""
        self._paused_hint = False
        self._font_px = 40
        self.frames_painted = 0  # distinct video frames converted for painting (benchmarks)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- what to show ----------------------------------------------------------------------------
    def set_frame(self, frame: QVideoFrame) -> None:
        """Show a new video frame (converted only when painted)."""
        self._frame = frame
        self._image_is_frame = True
        self._speaker = self._subtitle = ""
        self.update()

    def set_still(self, image: QImage | None, speaker: str = "", subtitle: str = "") -> None:
        """Show a poster or an interview's still; the last frame is replaced only by this."""
        self._frame = None
        self._image = QImage(image) if image is not None and not image.isNull() else QImage()
        self._image_is_frame = False
        self._speaker, self._subtitle = speaker, subtitle
        self.update()

    def set_message(self, message: str, detail: str = "") -> None:
        """A message over the picture (bad media); "" hides it."""
        self._message, self._message_detail = message, detail
        self.update()

    def set_paused_hint(self, shown: bool) -> None:
        """Show a big play symbol over the picture while paused."""
        if shown != self._paused_hint:
            self._paused_hint = shown
            self.update()

    def set_font_px(self, px: int) -> None:
        self._font_px = px
        self.update()

    @property
    def message(self) -> str:
        return self._message

    @property
    def showing_frame(self) -> bool:
        """True when the picture is a video frame (not a poster or still)."""
        return self._image_is_frame

    def current_image(self) -> QImage:
        """The picture shown now (for tests and posters)."""
        self._convert()
        return QImage(self._image)

    def _convert(self) -> None:
        if self._frame is not None:
            image = self._frame.toImage()
            if not image.isNull():
                self._image = image
                self.frames_painted += 1
            self._frame = None

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._convert()
        painter = QPainter(self)
        area = QRectF(self.rect())
        painter.fillRect(area, QColor("#061428"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        if not self._image.isNull():
            painter.drawImage(fit(self._image.size(), area), self._image)
        if self._speaker or (self._image.isNull() and not self._image_is_frame):
            self._paint_still_card(painter, area)
        if self._paused_hint and not self._message:
            self._paint_play_symbol(painter, area)
        if self._message:
            self._paint_message(painter, area)
        painter.end()

    def _paint_still_card(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._image.isNull():
            side = min(area.width(), area.height()) * 0.32
            heart = QRectF(area.center().x() - side / 2, area.top() + area.height() * 0.12, side, side * 0.9)
            painter.fillPath(heart_path(heart), QColor("#009EDB"))
            text_top = heart.bottom() + self._font_px * 0.6
        else:
            veil = QRectF(area.left(), area.bottom() - area.height() * 0.34, area.width(), area.height() * 0.34)
            painter.fillRect(veil, QColor(0, 0, 0, 190))
            text_top = veil.top() + self._font_px * 0.5
        font = QFont(self.font())
        font.setPixelSize(round(self._font_px * 1.2))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        line = font.pixelSize() * 1.5
        box = QRectF(area.left() + line, text_top, area.width() - 2 * line, line * 1.4)
        self._draw_text(painter, box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._speaker)
        font.setBold(False)
        font.setPixelSize(round(self._font_px * 0.8))
        painter.setFont(font)
        painter.setPen(QColor("#C5D5EA"))
        below = QRectF(box.left(), box.bottom(), box.width(), line * 1.6)
        self._draw_text(
            painter, below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._subtitle
        )

    def play_symbol_rect(self) -> QRectF:
        """Where the paused hint goes: the picture's bottom leading corner.

        Posters and PSAs put their subject (the Blue Heart, a face, a title) in the middle;
        a symbol there would cover it.
        """
        area = QRectF(self.rect())
        picture = fit(self._image.size(), area) if not self._image.isNull() else area
        radius = min(picture.width(), picture.height()) * 0.09
        margin = radius * 0.5
        left = picture.left() + margin
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            left = picture.right() - margin - 2 * radius
        return QRectF(left, picture.bottom() - margin - 2 * radius, 2 * radius, 2 * radius)

    def _paint_play_symbol(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        spot = self.play_symbol_rect()
        radius = spot.width() / 2
        centre = spot.center()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawEllipse(centre, radius, radius)
        triangle = QPainterPath()
        triangle.moveTo(centre.x() - radius * 0.35, centre.y() - radius * 0.5)
        triangle.lineTo(centre.x() + radius * 0.55, centre.y())
        triangle.lineTo(centre.x() - radius * 0.35, centre.y() + radius * 0.5)
        triangle.closeSubpath()
        painter.fillPath(triangle, QColor("#FFFFFF"))

    def _paint_message(self, painter: QPainter, area: QRectF) -> None:
        painter.fillRect(area, QColor(5, 15, 30, 215))
        font = QFont(self.font())
        font.setPixelSize(round(self._font_px * 1.1))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        margin = self._font_px * 1.5
        top = QRectF(area.left() + margin, area.top(), area.width() - 2 * margin, area.height() / 2 - self._font_px * 0.2)
        self._draw_text(
            painter, top, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap, self._message
        )
        font.setBold(False)
        font.setPixelSize(round(self._font_px * 0.8))
        painter.setFont(font)
        painter.setPen(QColor("#C5D5EA"))
        bottom = QRectF(top.left(), area.center().y() + self._font_px * 0.4, top.width(), area.height() / 2 - self._font_px)
        self._draw_text(
            painter, bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._message_detail
        )

    def _draw_text(self, painter: QPainter, box: QRectF, flags, text: str) -> None:
        # In the text's own direction: an English title stays left-to-right in the Arabic UI.
        painter.setLayoutDirection(direction_of(text, self.layoutDirection()))
        painter.drawText(box, flags, text)

    # -- touch -----------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.tapped.emit()

    def sizeHint(self) -> QSize:
        return QSize(1280, 720)
