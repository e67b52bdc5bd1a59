"""A QR code drawn from segno's module matrix: made offline, crisp at any size."""

from __future__ import annotations

from functools import lru_cache

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 2  # modules of white around the code; phones read 2 reliably on a white tile


@lru_cache(maxsize=64)
def qr_matrix(data: str) -> tuple[tuple[int, ...], ...]:
    """segno's module matrix for ``data``, encoded once: cards are rebuilt on every text-size
    change, and encoding took about 0.1 s a code (measured offscreen on a busy 2-core machine)."""
    code = segno.make(data, error="m", micro=False)
    return tuple(tuple(row) for row in code.matrix)


class QrCode(QWidget):
    """Dark modules on a white tile, whole-pixel modules so phones read it from arm's length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._matrix: tuple[tuple[int, ...], ...] = ()
        self.data = ""

    def set_data(self, data: str) -> None:
        """Encode ``data`` (a link). Error correction M survives a scratched or glossy screen."""
        self.data = data
        self._matrix = qr_matrix(data)
        self.update()

    @property
    def modules(self) -> int:
        return len(self._matrix)

    def set_side(self, side: int) -> None:
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        count = len(self._matrix)
        if count:
            module = max(1, min(self.width(), self.height()) // (count + 2 * QUIET_ZONE))
            offset_x = (self.width() - module * count) // 2
            offset_y = (self.height() - module * count) // 2
            dark = QColor("#000000")
            for y, row in enumerate(self._matrix):
                for x, value in enumerate(row):
                    if value:
                        painter.fillRect(QRectF(offset_x + x * module, offset_y + y * module, module, module), dark)
        painter.end()
