"""A check box the whole row of which answers a finger, not just the box and its words."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QCheckBox


class TouchCheckBox(QCheckBox):
    """A QCheckBox that toggles wherever its row is tapped (a short label in Arabic or
    Chinese leaves most of the row empty, and a finger is not a mouse pointer)."""

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt API)
        return self.rect().contains(pos)
