"""The news ticker along the bottom bar: headlines scrolling at a steady speed.

The motion and hit-testing are pure functions in :mod:`kiosk.core.ticker`; this widget only
measures text, caches each headline as an opaque pixmap, and paints the visible ones at
sub-pixel positions from a monotonic clock (QElapsedTimer), so a late frame never slows or
jumps the text.
"""

from __future__ import annotations

import math
from collections import deque

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.core.ticker import TickerClock, TickerStrip, copy_origins, item_at, strip_origin
from kiosk.ui.style import Theme
from kiosk.ui.widgets.heart import heart_path

FRAME_MS = 16  # ~60 frames per second
TAP_SLOP_PX = 24  # a press that moves less than this (at 1080p) is a tap
GAP_PX = 96  # space between headlines, with a small heart in the middle


class NewsTicker(QWidget):
    """Headlines scrolling continuously; tapping one opens it.

    Scrolls leftwards in left-to-right languages and rightwards in right-to-left ones. Runs
    only while visible and not paused (the idle warning pauses it).

    Signals:
        item_tapped(str): the id of the headline under the finger.
    """

    item_tapped = Signal(str)

    def __init__(self, theme: Theme, speed: float = 90.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewsTicker")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.theme = theme
        self.design_speed = speed
        self._headlines: list[tuple[str, str]] = []
        self._cells: dict[str, QPixmap] = {}
        self.strip = TickerStrip((), 0.0)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._clock = TickerClock(self._scaled_speed(), self._now())
        self._pauses: set[str] = set()
        self._press: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)
        #: Paint timestamps (seconds) for the benchmark; None when not recording.
        self.frame_times: deque[float] | None = None
        theme.changed.connect(self._restyle)
        self._restyle()

    # -- content ----------------------------------------------------------------------------
    def set_headlines(self, headlines: list[tuple[str, str]]) -> None:
        """Show ``(item id, headline)`` pairs, in this order."""
        self._headlines = list(headlines)
        self._rebuild()

    @property
    def headline_ids(self) -> list[str]:
        return [item_id for item_id, _ in self._headlines]

    def set_speed(self, design_speed: float) -> None:
        """Scroll speed in pixels per second at 1080p (scaled with the window)."""
        self.design_speed = design_speed
        self._clock.set_speed(self._scaled_speed(), self._now())

    # -- running ----------------------------------------------------------------------------
    def pause(self, reason: str = "paused") -> None:
        self._pauses.add(reason)
        self._update_running()

    def resume(self, reason: str = "paused") -> None:
        self._pauses.discard(reason)
        self._update_running()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def distance(self) -> float:
        """Pixels scrolled so far."""
        return self._clock.distance(self._now())

    def item_at(self, x: float) -> str | None:
        """The headline id under widget x coordinate ``x`` right now.

        A tap on the gap between two headlines opens the nearer one.
        """
        distance = self.distance()
        for nudge in (0.0, -self._gap / 2, self._gap / 2):
            found = item_at(self.strip, x + nudge, distance)
            if found is not None:
                return found
        return None

    def _update_running(self) -> None:
        run = self.isVisible() and not self._pauses and bool(self._headlines)
        now = self._now()
        if run and not self._timer.isActive():
            self._clock.resume(now)
            self._timer.start()
        elif not run and self._timer.isActive():
            self._timer.stop()
            self._clock.pause(now)
        elif not run:
            self._clock.pause(now)

    def _now(self) -> float:
        return self._elapsed.nsecsElapsed() / 1e9

    def _scaled_speed(self) -> float:
        return self.design_speed * self.theme.scale

    # -- drawing ----------------------------------------------------------------------------
    def _restyle(self) -> None:
        self._font = QFont(self.font())
        self._font.setPixelSize(self.theme.font_px(28))
        self._font.setWeight(QFont.Weight.DemiBold)
        self._clock.set_speed(self._scaled_speed(), self._now())
        self._rebuild()

    def _rebuild(self) -> None:
        """Measure the headlines and pre-render one opaque cell (text + gap) per headline."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        metrics = QFontMetricsF(self._font)
        gap = float(self.theme.px(GAP_PX))
        height = max(1, self.height())
        ratio = self.devicePixelRatioF()
        background = self.theme.color("ticker_bg")
        text_color = self.theme.color("text")
        accent = self.theme.color("accent")
        widths = []
        self._cells = {}
        for item_id, text in self._headlines:
            width = math.ceil(metrics.horizontalAdvance(text))
            widths.append((item_id, float(width)))
            cell = QPixmap(QSize(math.ceil((width + gap) * ratio), math.ceil(height * ratio)))
            cell.setDevicePixelRatio(ratio)
            cell.fill(background)
            painter = QPainter(cell)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self._font)
            painter.setPen(text_color)
            text_x = gap if rtl else 0.0
            baseline = (height + metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(text_x, baseline), text)
            side = min(gap * 0.28, height * 0.3)
            heart_x = (gap / 2 if rtl else width + gap / 2) - side / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(accent))
            painter.drawPath(heart_path(QRectF(heart_x, (height - side * 0.92) / 2, side, side * 0.92)))
            painter.end()
            self._cells[item_id] = cell
        self.strip = TickerStrip.layout(widths, gap, rtl)
        self._gap = gap
        self._update_running()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        now = self._now()
        if self.frame_times is not None:
            self.frame_times.append(now)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.theme.color("ticker_bg"))
        length = self.strip.length
        if length > 0:
            # Fractional positions are drawn with smooth sampling: sub-pixel steady motion.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            origin = strip_origin(self._clock.distance(now), length, self.strip.rtl)
            width = self.width()
            for copy_x in copy_origins(origin, length, width):
                for item in self.strip.items:
                    cell_x = copy_x + item.start - (self._gap if self.strip.rtl else 0.0)
                    if cell_x < width and cell_x + item.width + self._gap > 0:
                        painter.drawPixmap(QPointF(cell_x, 0.0), self._cells[item.item_id])
        painter.end()

    # -- events -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(800, self.theme.px(72))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.oldSize().height() != event.size().height():
            self._rebuild()
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._update_running()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().hideEvent(event)
        self._update_running()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._rebuild()
        super().changeEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._press = event.position()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        press, self._press = self._press, None
        if press is None:
            return
        moved = event.position() - press
        if abs(moved.x()) + abs(moved.y()) <= self.theme.px(TAP_SLOP_PX):
            item_id = self.item_at(event.position().x())
            if item_id is not None:
                self.item_tapped.emit(item_id)
        event.accept()
