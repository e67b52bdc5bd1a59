"""What every self-test check shares: its failure and a way to wait on the event loop."""

from __future__ import annotations

import time
from collections.abc import Callable


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Run the event loop until ``condition`` holds or ``seconds`` pass; returns the condition."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return condition()
