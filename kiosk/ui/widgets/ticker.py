"""The news ticker along the bottom bar: headlines scrolling at a steady speed.

The motion and hit-testing are pure functions in :mod:`kiosk.core.ticker`; this widget only
measures text, caches each headline as an opaque pixmap, and paints the visible ones at
sub-pixel positions from a monotonic clock (QElapsedTimer), so a late frame never slows or
jumps the text.

Cost (tests/benchmarks/bench_ticker.py): the moving part is only the text band, repainted
by the timer calling the C++ ``repaint`` slot directly, so a frame runs no Python but the
paint itself.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import deque

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.core.ticker import TickerClock, TickerStrip, copy_origins, item_at, strip_origin
from kiosk.services.fonts import bundled_font
from kiosk.ui.style import Theme
from kiosk.ui.text_direction import direction_of
from kiosk.ui.widgets.heart import heart_path

FRAME_MS = 16  # ~60 frames per second
TAP_SLOP_PX = 24  # a press that moves less than this (at 1080p) is a tap
GAP_PX = 96  # space between headlines, with a small heart in the middle
BAND_PADDING_PX = 6  # above and below the text
# Workaround for the raster engine drawing translate-only pixmaps at whole pixels (measured:
# x=0.5 drew exactly like x=1): a scale a hair above 1 takes the smooth (bilinear) path, so
# fractional positions really draw between pixels.
SUBPIXEL_TRANSFORM = QTransform.fromScale(1.0 + 1e-7, 1.0)


class NewsTicker(QWidget):
    """The moving band of headlines; tapping one opens it.

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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.theme = theme
        self.design_speed = speed
        self._headlines: list[tuple[str, str]] = []
        self._cell_starts: list[float] = []
        self._cell_pixmaps: list[QPixmap] = []
        self._gap = 0.0
        self.strip = TickerStrip((), 0.0)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._clock = TickerClock(self._scaled_speed(), self._now())
        self._pauses: set[str] = set()
        self._press: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        # Straight to the C++ slot: no Python runs per frame outside paintEvent.
        self._timer.timeout.connect(self.repaint)
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
            found = item_at(self.strip, x + nudge, distance, self.width())
            if found is not None:
                return found
        return None

    def tap_at(self, x: float) -> None:
        """A finger lifted at widget x coordinate ``x``: open the headline there."""
        item_id = self.item_at(x)
        if item_id is not None:
            self.item_tapped.emit(item_id)

    def _update_running(self) -> None:
        run = self.isVisible() and not self._pauses and bool(self._headlines)
        now = self._now()
        if run and not self._timer.isActive():
            self._clock.resume(now)
            self._timer.start()
        elif not run:
            self._timer.stop()
            self._clock.pause(now)

    def _now(self) -> float:
        return self._elapsed.nsecsElapsed() / 1e9

    def _scaled_speed(self) -> float:
        return self.design_speed * self.theme.scale

    # -- drawing ----------------------------------------------------------------------------
    @property
    def headline_font(self) -> QFont:
        """The font the headlines are drawn with: always the bundled families."""
        return QFont(self._font)

    def _restyle(self) -> None:
        # Not self.font(): that is the host's default face until the style sheet polishes the
        # widget (it drew in DejaVu at start and after a reset, in Noto after a theme change).
        self._font = bundled_font(self.theme.font_px(28), QFont.Weight.DemiBold)
        metrics = QFontMetricsF(self._font)
        self.setFixedHeight(math.ceil(metrics.height() + 2 * self.theme.px(BAND_PADDING_PX)))
        self._clock.set_speed(self._scaled_speed(), self._now())
        self._rebuild()

    def _rebuild(self) -> None:
        """Measure the headlines and pre-render one opaque cell (text + gap) per headline."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        metrics = QFontMetricsF(self._font)
        gap = float(self.theme.px(GAP_PX))
        height = self.height()
        ratio = self.devicePixelRatioF()
        self._background = self.theme.color("ticker_bg")
        text_color = self.theme.color("text")
        accent = QColor(self.theme.color("accent"))
        widths = []
        cells: dict[str, QPixmap] = {}
        for item_id, text in self._headlines:
            width = math.ceil(metrics.horizontalAdvance(text))
            widths.append((item_id, float(width)))
            cell = QPixmap(QSize(math.ceil((width + gap) * ratio), math.ceil(height * ratio)))
            cell.setDevicePixelRatio(ratio)
            cell.fill(self._background)
            painter = QPainter(cell)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(self._font)
            painter.setPen(text_color)
            baseline = (height + metrics.ascent() - metrics.descent()) / 2
            painter.setLayoutDirection(direction_of(text, self.layoutDirection()))
            painter.drawText(QPointF(gap if rtl else 0.0, baseline), text)
            side = min(gap * 0.28, height * 0.45)
            heart_x = (gap / 2 if rtl else width + gap / 2) - side / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawPath(heart_path(QRectF(heart_x, (height - side * 0.92) / 2, side, side * 0.92)))
            painter.end()
            cells[item_id] = cell
        self.strip = TickerStrip.layout(widths, gap, rtl)
        self._gap = gap
        # Cells in strip order (by x) for the paint loop: where each starts, and its pixmap.
        ordered = sorted(self.strip.items, key=lambda item: item.start)
        self._cell_starts = [item.start - (gap if rtl else 0.0) for item in ordered]
        self._cell_pixmaps = [cells[item.item_id] for item in ordered]
        self._update_running()
        self.update()

    def paintEvent(self, event) -> None:
        now = self._now()
        if self.frame_times is not None:
            self.frame_times.append(now)
        painter = QPainter(self)
        length = self.strip.length
        if length <= 0:
            painter.fillRect(self.rect(), self._background)
        else:
            # The opaque cells tile the whole band: no background fill needed.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.setTransform(SUBPIXEL_TRANSFORM)
            width = self.width()
            starts = self._cell_starts
            origin = strip_origin(self._clock.distance(now), length, self.strip.rtl, width)
            for copy_x in copy_origins(origin, length, width):
                # Only the cells that overlap [0, width): found by bisection, drawn in order.
                first = max(0, bisect_right(starts, -copy_x) - 1)
                for index in range(first, len(starts)):
                    x = copy_x + starts[index]
                    if x >= width:
                        break
                    painter.drawPixmap(QPointF(x, 0.0), self._cell_pixmaps[index])
        painter.end()

    # -- events -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._keep_opaque()
        self._update_running()

    def _keep_opaque(self) -> None:
        # The application style sheet ("QWidget { background: transparent }") clears
        # WA_OpaquePaintEvent when it polishes the widget; without it every frame also
        # repainted the window, the bottom bar and the slot (measured: 4 paints a frame).
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._update_running()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._rebuild()
        elif event.type() == QEvent.Type.StyleChange:
            self._keep_opaque()
        super().changeEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        press, self._press = self._press, None
        moved = event.position() - press if press is not None else None
        if moved is not None and abs(moved.x()) + abs(moved.y()) <= self.theme.px(TAP_SLOP_PX):
            self.tap_at(event.position().x())
        event.accept()


class TickerFrame(QWidget):
    """The ticker's dark rounded slot in the bottom bar, the moving band centred in it.

    A tap anywhere in the slot (above or below the text too) opens the headline at that x.
    """

    def __init__(self, ticker: NewsTicker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TickerSlot")  # styled by the shell's QSS
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ticker = ticker
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(ticker, 1, Qt.AlignmentFlag.AlignVCenter)
        self._press: QPointF | None = None

    def mousePressEvent(self, event) -> None:
        self._press = event.position()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        press, self._press = self._press, None
        moved = event.position() - press if press is not None else None
        if moved is not None and abs(moved.x()) + abs(moved.y()) <= self.ticker.theme.px(TAP_SLOP_PX):
            self.ticker.tap_at(event.position().x() - self.ticker.x())
        event.accept()
