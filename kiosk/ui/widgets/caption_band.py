"""The caption band: large, high-contrast captions in their own strip, never over the controls."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui.text_direction import direction_of

#: Lines of caption the band has room for: captions are written for at most three lines
#: (the bundled ones wrap at 48 characters), and a wide band fits them in two.
BAND_LINES = 3


class CaptionBand(QWidget):
    """Shows the current caption (plain text, white on black) in a strip of fixed height.

    The band keeps its height when there is no caption, so the picture and the controls do
    not jump as captions come and go.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._speaker = ""
        self._font_px = 40
        self._lines = BAND_LINES
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_font_px(40)

    def text(self) -> str:
        """The caption shown now ("" when none)."""
        return self._text

    def set_caption(self, text: str, speaker: str = "") -> None:
        if (text, speaker) != (self._text, self._speaker):
            self._text, self._speaker = text, speaker
            self.setAccessibleName(text)
            self.update()

    def set_font_px(self, px: int, lines: int = BAND_LINES) -> None:
        """Caption size in pixels; the band is as tall as ``lines`` lines of it."""
        self._font_px = px
        self._lines = lines
        line = QFontMetricsF(self._font()).lineSpacing()
        self.setFixedHeight(round(line * lines + px * 0.6))
        self.update()

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self._font_px)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#000000"))
        if self._text:
            painter.setFont(self._font())
            painter.setPen(QColor("#FFFFFF"))
            margin = self._font_px * 0.8
            box = QRectF(self.rect()).adjusted(margin, self._font_px * 0.2, -margin, -self._font_px * 0.2)
            # The file's line breaks are for narrow screens: a wide band rewraps the words.
            text = self._text if self._lines >= BAND_LINES else " ".join(self._text.split())
            painter.setLayoutDirection(direction_of(text, self.layoutDirection()))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()
