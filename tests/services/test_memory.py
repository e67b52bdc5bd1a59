"""Memory over days: fewer malloc arenas, and freed memory handed back after each visit."""

from __future__ import annotations

import sys

import pytest

from kiosk.services.memory import limit_malloc_arenas, release_free_memory
from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc only")
def test_the_arenas_can_be_limited_and_freed_memory_handed_back():
    assert limit_malloc_arenas() is True
    release_free_memory()  # no error, nothing to see


def test_the_end_of_a_visit_hands_freed_memory_back(kiosk, fake_clock, monkeypatch, qtbot):
    import kiosk.app as app_module

    released = []
    monkeypatch.setattr(app_module, "RELEASE_AFTER_VISIT_MS", 10)
    monkeypatch.setattr(app_module, "_release_free_memory", lambda: released.append(True))
    tap(kiosk.window.screen(ScreenId.ATTRACT))
    assert kiosk.window.current_id is ScreenId.HOME
    fake_clock.advance(kiosk.context.settings.kiosk.idle_timeout + 1)
    kiosk.idle.poll()
    assert not released  # "Still there?" is showing: the visit is not over
    fake_clock.advance(kiosk.context.settings.kiosk.warning_seconds + 1)
    kiosk.idle.poll()
    assert kiosk.window.current_id is ScreenId.ATTRACT
    qtbot.waitUntil(lambda: released == [True], timeout=2000)
