"""What a visit leaves behind, and who clears it at the end of the visit."""

from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger(__name__)


class VisitReset:
    """Everything that holds a visitor's traces registers here; :meth:`run` clears it all.

    A clearer that fails is logged and the others still run: one broken screen must never
    leave the previous visitor's data on another.
    """

    def __init__(self) -> None:
        self._clearers: list[tuple[str, Callable[[], None]]] = []

    def register(self, name: str, clear: Callable[[], None]) -> None:
        self._clearers.append((name, clear))

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._clearers]

    def run(self) -> list[str]:
        """Clear everything; returns the names of clearers that failed."""
        failed = []
        for name, clear in self._clearers:
            try:
                clear()
            except Exception:  # one failing clearer must not stop the rest
                log.exception("clearing %s at the end of a visit failed", name)
                failed.append(name)
        return failed
