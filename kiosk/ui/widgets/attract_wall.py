"""The pledge wall behind a page's words (Attract): names drift around, every touch goes through."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kiosk.ui.style import Theme
from kiosk.ui.widgets.pledge_wall import PledgeWall


class _FillParent(QObject):
    """Keeps a backdrop widget the size of its parent."""

    def __init__(self, backdrop: QWidget) -> None:
        super().__init__(backdrop)
        self.backdrop = backdrop
        parent = backdrop.parentWidget()
        assert parent is not None  # a backdrop fills its parent: it is made with one
        parent.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.backdrop.setGeometry(watched.rect())
        return False


def attach_wall(
    screen: QWidget, theme: Theme, heart: QWidget, obstacles: Callable[[], Sequence[QWidget | None]]
) -> PledgeWall:
    """Put a pledge wall behind the words of ``screen``, just above its ``heart``.

    Args:
        obstacles: what the names keep clear of (the page's heart and words).
    """
    wall = PledgeWall(theme.color("accent"), screen)
    wall.setObjectName("AttractWall")
    wall.set_metrics(theme.px(30), theme.px(14))
    theme.changed.connect(lambda: wall.set_metrics(theme.px(30), theme.px(14)))
    _FillParent(wall)
    wall.setGeometry(screen.rect())
    wall.stack_between(heart)
    wall.set_obstacles(obstacles)
    wall.show()
    return wall
