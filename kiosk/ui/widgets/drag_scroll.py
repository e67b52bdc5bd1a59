"""Scrolling by dragging: with a finger, and with the left mouse button.

Many touchscreens on Linux and Windows deliver mouse events rather than touch events, so a
scrolling area that follows only touch gestures does not move for their users. Every scrolling
area of the kiosk goes through :func:`scroll_by_drag`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScroller, QScrollerProperties, QWidget

#: A press is handed to the control under it at once (tap → pressed feedback stays within one
#: frame); the scroller takes over only once the finger or pointer has moved.
_PRESS_DELAY_S = 0.0


def scroll_by_drag(viewport: QWidget) -> QScroller:
    """Let ``viewport`` (a scroll area's) scroll kinetically under a finger or a mouse drag."""
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, _PRESS_DELAY_S)
    # No rubber band past either end: the content stays put when there is nothing more.
    for metric in (QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                   QScrollerProperties.ScrollMetric.VerticalOvershootPolicy):
        properties.setScrollMetric(metric, QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
    scroller.setScrollerProperties(properties)
    return scroller
