"""The pledge wall: first names drifting upwards as small Blue Hearts, around the page's words.

A name never covers what the page shows (the heart, the title, the counter...: the wall's
*obstacles*), another name, or leaves the wall: it rises through a free stretch of a column,
from the wall's bottom or from just above something on the page, and makes way for the next
name when it reaches what is above it (or the wall's top).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.widgets.heart import BlueHeart, heart_path

Box = tuple[int, int, int, int]
"""(left, top, right, bottom) in the wall's pixels, right and bottom excluded."""

FRAME_MS = 33
"""About 30 frames a second: the drift is slow, more would only cost CPU."""
SPEED_PX_S = (12.0, 30.0)
"""How fast a name rises (pixels a second on a 600 px tall wall; taller walls scale it)."""
MAX_STEP_S = 0.25
"""A late frame moves the names no further than this much time would (no jumps)."""
SPAWN_TRIES = 12
"""Random columns tried for a new name before it waits for the next frame."""


class _HeartMark(QWidget):
    """A small filled heart."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.color)
        side = min(self.width(), self.height())
        painter.drawPath(heart_path(QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side * 0.92)))
        painter.end()


class WallBubble(QWidget):
    """One name on the wall: a heart and the name, always as plain text."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WallBubble")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.heart = _HeartMark(color)
        self.label = QLabel()
        self.label.setObjectName("WallName")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = self._row = QHBoxLayout(self)
        layout.addWidget(self.heart)
        layout.addWidget(self.label)
        self.drift_x = 0.0
        self.drift_y = 0.0
        self.speed = 1.0
        self.w = self.h = 0  # the size, kept for the drift's arithmetic
        self.box: Box = (0, 0, 0, 0)  # where it is drawn now
        self.on_wall = False


    def set_name(self, name: str, heart_px: int, padding: int) -> None:
        self.label.setText(name)
        self.heart.setFixedSize(heart_px, heart_px)
        self._row.setContentsMargins(padding, padding // 2, padding, padding // 2)
        self._row.setSpacing(padding // 2)
        self.adjustSize()
        self.w, self.h = self.width(), self.height()


def drawn_rect(widget: QWidget) -> QRect:
    """Where ``widget`` actually draws, in its own coordinates.

    A label is as wide as its layout, but its words are not: the wall may pass beside them.
    The Blue Heart fills a square in the middle of its widget (and beats a little larger).
    """
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text:
            return QRect()
        flags = int(widget.alignment().value)
        if widget.wordWrap():
            flags |= Qt.TextFlag.TextWordWrap.value
        return widget.fontMetrics().boundingRect(widget.contentsRect(), flags, text)
    if isinstance(widget, BlueHeart):
        side = round(min(widget.width(), widget.height()) * 0.9 * 1.08)
        return QRect((widget.width() - side) // 2, (widget.height() - side) // 2, side, side)
    return widget.rect()


class PledgeWall(QWidget):
    """First names of the people who agreed to be on the wall, drifting upwards.

    Names are set with :meth:`set_names` (already filtered by the blocklist and the
    organiser's hiding); what they must keep clear of with :meth:`set_obstacles`. The drift
    runs only while the wall is visible, at a pace set by ``clock`` (monotonic seconds).
    """

    def __init__(self, color: QColor, parent: QWidget | None = None, seed: int = 7,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("PledgeWall")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._color = QColor(color)
        self._names: list[str] = []
        self._next = 0
        self._bubbles: list[WallBubble] = []
        self._random = random.Random(seed)
        self._heart_px = 28
        self._padding = 12
        self._obstacles: Callable[[], Iterable[QWidget | None]] = lambda: ()
        self._obstacles_key: tuple = ()
        self._obstacles_cache: list[Box] = []
        self.max_bubbles = 10
        self.clock = clock
        self._last: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.step)

    def stack_between(self, background: QWidget) -> None:
        """Drift in front of ``background`` (the Blue Heart) but behind the words of the page."""
        self.raise_()
        parent = self.parentWidget()
        if parent is not None:
            for sibling in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
                sibling.raise_()
        if background.parentWidget() is not self.parentWidget():
            self.lower()

    def set_obstacles(self, obstacles: Callable[[], Iterable[QWidget | None]]) -> None:
        """What the names keep clear of: a function giving the widgets (None and hidden ones
        are skipped), asked on every frame, so that a counter that appears or a layout that
        changes is avoided at once."""
        self._obstacles = obstacles

    def names(self) -> list[str]:
        """The names the wall cycles through."""
        return list(self._names)

    def shown_names(self) -> list[str]:
        """The names on the bubbles now on the wall."""
        return [b.label.text() for b in self._bubbles if b.on_wall]

    def shown_bubbles(self) -> list[WallBubble]:
        """The bubbles now on the wall."""
        return [b for b in self._bubbles if b.on_wall]

    def set_color(self, color: QColor) -> None:
        self._color = QColor(color)
        for bubble in self._bubbles:
            bubble.heart.color = QColor(color)
            bubble.heart.update()

    def set_metrics(self, heart_px: int, padding: int) -> None:
        self._heart_px, self._padding = heart_px, padding
        for bubble in self._bubbles:
            bubble.set_name(bubble.label.text(), heart_px, padding)
        self._place_all()

    def set_names(self, names: list[str]) -> None:
        """Show these names (newest first)."""
        if names == self._names:
            return
        self._names = list(names)
        self._next = 0
        wanted = self._wanted()
        while len(self._bubbles) < wanted:
            bubble = WallBubble(self._color, self)
            bubble.hide()
            self._bubbles.append(bubble)
        self._place_all()

    def _wanted(self) -> int:
        """How many bubbles the wall shows: one per distinct name, up to ``max_bubbles``."""
        return min(len(set(self._names)), self.max_bubbles)

    # -- where names may go -------------------------------------------------------------------
    # Boxes are (left, top, right, bottom) tuples in the wall's pixels, right and bottom
    # excluded: the drift runs 30 times a second, in Python, without a Qt call per comparison.
    def obstacle_rects(self) -> list[QRect]:
        """What the names keep clear of, in the wall's coordinates, with a gap around it."""
        return [QRect(int(left), int(top), int(right - left), int(bottom - top))
                for left, top, right, bottom in self._obstacle_boxes()]

    def _obstacle_boxes(self) -> list[Box]:
        parent = self.parentWidget() or self
        widgets = [w for w in self._obstacles() if w is not None and w.isVisibleTo(parent)]
        key: tuple[object, ...] = tuple((w.geometry().getRect(), w.text() if isinstance(w, QLabel) else "") for w in widgets)
        key += (self.geometry().getRect(), self._padding)
        if key != self._obstacles_key:
            self._obstacles_key = key
            gap = 2 * self._padding
            boxes = []
            for widget in widgets:
                drawn = drawn_rect(widget)
                if drawn.isEmpty():
                    continue
                at = self.mapFromGlobal(widget.mapToGlobal(drawn.topLeft()))
                boxes.append((at.x() - gap, at.y() - gap, at.x() + drawn.width() + gap, at.y() + drawn.height() + gap))
            self._obstacles_cache = boxes
        return self._obstacles_cache

    @staticmethod
    def _box(bubble: WallBubble, x: float, y: float) -> Box:
        left, top = int(x), int(y)
        return (left, top, left + bubble.w, top + bubble.h)

    def _free(self, box: Box, obstacles: list[Box], moving: WallBubble) -> bool:
        left, top, right, bottom = box
        for o_left, o_top, o_right, o_bottom in obstacles:
            if left < o_right and o_left < right and top < o_bottom and o_top < bottom:
                return False
        gap = self._padding // 2
        for other in self._bubbles:
            if other is moving or not other.on_wall:
                continue
            o_left, o_top, o_right, o_bottom = other.box
            if left < o_right + gap and o_left - gap < right and top < o_bottom + gap and o_top - gap < bottom:
                return False
        return True

    def _ceiling(self, x: float, width: int, below: float, obstacles: list[Box]) -> float:
        """The lowest bottom edge above ``below`` of what stands over the column [x, x+width)."""
        ceiling = 0.0
        for left, _top, right, bottom in obstacles:
            if left < x + width and x < right and bottom <= below:
                ceiling = max(ceiling, float(bottom))
        return ceiling

    def _segments(self, x: float, width: int, obstacles: list[Box]) -> list[tuple[float, float]]:
        """The free stretches (top, bottom) of the column [x, x+width), from the wall's top down."""
        blocks = sorted((top, bottom) for left, top, right, bottom in obstacles if left < x + width and x < right)
        segments, start = [], 0
        for top, bottom in blocks:
            if top > start:
                segments.append((float(start), float(top)))
            start = max(start, bottom)
        if start < self.height():
            segments.append((float(start), float(self.height())))
        return segments

    def _take_off(self, bubble: WallBubble) -> None:
        bubble.on_wall = False
        bubble.hide()

    def _spawn(self, bubble: WallBubble, obstacles: list[Box], spread: bool) -> bool:
        """Put ``bubble`` with the next name in a free stretch of a column; False when there is
        no room now (the name then waits for its next turn).

        A new name starts at the bottom of its stretch (the wall's bottom, or just above
        something on the page); ``spread`` (new names, a new size) puts it anywhere along it.
        """
        if not self._names:
            return False
        shown = {b.label.text() for b in self._bubbles if b is not bubble and b.on_wall}
        for _ in range(len(self._names)):  # the next name not on the wall already
            name = self._names[self._next % len(self._names)]
            self._next += 1
            if name not in shown:
                break
        else:
            return False  # two people of the same name: it shows once at a time
        bubble.set_name(name, self._heart_px, self._padding)
        width, height = bubble.w, bubble.h
        if width > self.width() or height > self.height():
            return False
        min_travel = min(2.0 * height, self.height() - height)
        for _ in range(SPAWN_TRIES):
            x = self._random.uniform(0, self.width() - width)
            room = [(top, bottom) for top, bottom in self._segments(x, width, obstacles)
                    if bottom - top - height >= min_travel]
            if not room:
                continue
            top, bottom = self._random.choices(room, weights=[b - t for t, b in room])[0]
            lowest = bottom - height
            y = self._random.uniform(top, lowest) if spread else lowest
            if not self._free(self._box(bubble, x, y), obstacles, bubble):
                continue
            bubble.drift_x, bubble.drift_y = x, y
            bubble.box = self._box(bubble, x, y)
            bubble.speed = self._random.uniform(*SPEED_PX_S) * max(1.0, self.height() / 600)
            bubble.move(int(x), int(y))
            bubble.on_wall = True
            bubble.show()
            return True
        return False

    def _place_all(self) -> None:
        obstacles = self._obstacle_boxes()
        for bubble in self._bubbles:
            self._take_off(bubble)
        for bubble in self._bubbles[: self._wanted()]:
            self._spawn(bubble, obstacles, spread=True)

    # -- the drift ------------------------------------------------------------------------------
    def step(self) -> None:
        """Move the names by the time passed since the last step (one frame of the drift)."""
        now = self.clock()
        elapsed = 0.0 if self._last is None else min(MAX_STEP_S, max(0.0, now - self._last))
        self._last = now
        obstacles = self._obstacle_boxes()
        # The highest first, so that the ones below follow into the room they leave.
        for bubble in sorted(self._bubbles[: self._wanted()], key=lambda b: (not b.on_wall, b.drift_y)):
            if not bubble.on_wall:
                self._spawn(bubble, obstacles, spread=False)
                continue
            if not self._free(bubble.box, obstacles, bubble):
                self._take_off(bubble)  # the page changed under it (a counter appeared): start again
                self._spawn(bubble, obstacles, spread=False)
                continue
            y = bubble.drift_y - bubble.speed * elapsed
            if y < self._ceiling(bubble.drift_x, bubble.w, int(bubble.drift_y), obstacles):
                self._take_off(bubble)  # it reached what is above it: the next name starts below
                self._spawn(bubble, obstacles, spread=False)
                continue
            if int(y) == bubble.box[1]:
                bubble.drift_y = y  # not a whole pixel yet: nothing to check or draw
                continue
            box = self._box(bubble, bubble.drift_x, y)
            if self._free(box, obstacles, bubble):
                bubble.drift_y, bubble.box = y, box
                bubble.move(box[0], box[1])
            # else: a slower name is just above; this one waits behind it

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_all()

    def showEvent(self, event) -> None:
        self._last = None
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)
