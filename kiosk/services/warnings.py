"""The configuration, content and storage problems the organiser reads in Admin."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtCore import QObject, Signal


class Warnings(QObject):
    """An ordered list of one-line problems (``file: key: problem``) that only grows.

    Signals:
        added(str): a problem was added.
    """

    added = Signal(str)

    def __init__(self, lines: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[str] = list(lines)

    def add(self, line: str) -> None:
        """List ``line`` and tell the subscribers."""
        self._lines.append(line)
        self.added.emit(line)

    def items(self) -> tuple[str, ...]:
        """Every problem so far, oldest first."""
        return tuple(self._lines)

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self._lines))

    def __contains__(self, line: object) -> bool:
        return line in self._lines

    def __len__(self) -> int:
        return len(self._lines)

    def __bool__(self) -> bool:  # a QObject is always true otherwise
        return bool(self._lines)
