"""Turns what the kiosk's parts already announce into anonymous events, and adds Admin → Impact.

Nothing here edits a screen: it listens to the window's screen changes, the idle watcher's
visit start and end, the language and theme services, the Watch screen's player, the Learn
quiz's ``answered`` signal and the pledge service. Exactly what is recorded is listed in
kiosk/core/events.py (and the README).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.core.events import SCREENS, EventKind
from kiosk.core.session import Phase
from kiosk.services.analytics import EventRecorder
from kiosk.services.idle import IdleWatcher
from kiosk.ui.context import KioskContext
from kiosk.ui.screens.base import ScreenId

if TYPE_CHECKING:
    from kiosk.ui.widgets.admin_impact import ImpactSection

ORGANISER_SCREENS = (ScreenId.PIN, ScreenId.ADMIN)


class _PlayTracker:
    """Follows one item on the player and records it once: share watched, captions language."""

    def __init__(self, recorder: EventRecorder, player) -> None:
        self.recorder = recorder
        self.player = player
        self.item: str | None = None
        self.furthest = 0
        self.duration = 0
        self.captions = ""
        player.playing_changed.connect(self._on_playing)
        player.position_changed.connect(self._on_position)
        player.duration_changed.connect(self._on_duration)
        player.finished.connect(self._on_finished)

    def _on_playing(self, playing: bool) -> None:
        current = self.player.item_id
        if playing and current != self.item:
            self.close()
            self.item, self.furthest, self.duration, self.captions = current, 0, self.player.duration(), ""
        elif not playing and current is None:
            self.close()  # the player was reset (closed, or the visit ended)

    def _on_position(self, position: int) -> None:
        if self.item is not None and self.item == self.player.item_id:
            self.furthest = max(self.furthest, position)
            self.captions = self.player.caption_language() or self.captions

    def _on_duration(self, duration: int) -> None:
        if self.item is not None and duration > 0:
            self.duration = duration

    def _on_finished(self, item_id: str) -> None:
        if item_id == self.item:
            self.furthest = max(self.furthest, self.duration)
            self.close()

    def close(self) -> None:
        if self.item is None:
            return
        share = min(1.0, self.furthest / self.duration) if self.duration > 0 else 0.0
        from kiosk.core.languages import LANGUAGE_CODES

        captions = self.captions if self.captions in LANGUAGE_CODES else ""
        self.recorder.record(EventKind.PLAY, self.item, round(share, 4), captions)
        self.item = None


class ImpactWiring(QObject):
    """Listens to the kiosk and records events through ``recorder``."""

    def __init__(
        self,
        context: KioskContext,
        window,
        idle: IdleWatcher,
        recorder: EventRecorder,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.idle = idle
        self.recorder = recorder
        self.clock = clock
        self._visit_t0 = 0.0
        self._organiser = False
        self._screen: str | None = None
        self._screen_t0 = 0.0
        self._language = context.language.shown
        self._options = self._theme_options()
        self._plays: _PlayTracker | None = None
        self._quiz_wired = False
        self.admin_section: ImpactSection | None = None

        idle.visit_started.connect(self._visit_started)
        idle.visit_ended.connect(self._visit_ended)
        window.screen_changed.connect(self._screen_changed)
        context.language.language_changed.connect(self._language_changed)
        context.theme.changed.connect(self._theme_changed)

    # -- the visit --------------------------------------------------------------------------
    @property
    def in_visit(self) -> bool:
        return bool(self.recorder.visit) and self.idle.phase is not Phase.ATTRACT

    def _visit_started(self) -> None:
        self.recorder.start_visit()
        self.recorder.record(EventKind.VISIT_START)
        self._visit_t0 = self.clock()
        self._screen, self._screen_t0 = None, self._visit_t0
        self._organiser = self.window.current_id in ORGANISER_SCREENS
        self._language = self.context.language.shown
        self._options = self._theme_options()

    def _visit_ended(self) -> None:
        if not self.recorder.visit:
            return
        if self._plays is not None:
            self._plays.close()
        self._close_screen(self._last_touch())
        self.recorder.record(EventKind.VISIT_END, value=round(max(0.0, self._last_touch() - self._visit_t0), 3))
        # The organiser's way in (the corner gesture, the PIN, Admin) is not a visit.
        self.recorder.end_visit(keep=not self._organiser)

    def _last_touch(self) -> float:
        """The visit's last touch (its end by time-out), or now while it goes on."""
        if self.idle.phase is Phase.ATTRACT:
            return min(self.clock(), max(self._visit_t0, self.idle.machine.last_activity))
        return self.clock()

    def _close_screen(self, end: float) -> None:
        if self._screen in SCREENS and self.recorder.visit:
            self.recorder.record(EventKind.SCREEN_VIEW, self._screen, round(max(0.0, end - self._screen_t0), 3))
        self._screen = None

    def _screen_changed(self, screen_id: str) -> None:
        if self.recorder.visit:
            now = self._last_touch()
            self._close_screen(now)
            self._screen, self._screen_t0 = str(screen_id), now
        if screen_id in ORGANISER_SCREENS:
            self._organiser = True
        if screen_id == ScreenId.WATCH and self._plays is None:
            from kiosk.ui.screens.watch import WatchScreen  # built by now, after the first frame

            watch = self.window.built_screens.get(ScreenId.WATCH)
            if isinstance(watch, WatchScreen):
                self._plays = _PlayTracker(self.recorder, watch.player)
        if screen_id == ScreenId.LEARN:
            self.wire_quiz()
        if screen_id == ScreenId.PIN:
            self._prepare_admin_section()
        if screen_id == ScreenId.ADMIN:
            self._show_admin_section()

    def wire_quiz(self) -> None:
        if self._quiz_wired:
            return
        from kiosk.ui.screens.learn import LearnScreen  # built by now, after the first frame

        learn = self.window.built_screens.get(ScreenId.LEARN)
        if isinstance(learn, LearnScreen):
            learn.quiz_page.answered.connect(
                lambda question, right: self.recorder.record(EventKind.QUIZ_ANSWER, question, 1.0 if right else 0.0)
            )
            self._quiz_wired = True

    # -- choices -----------------------------------------------------------------------------
    def _language_changed(self, code: str) -> None:
        if self.in_visit and code != self._language:
            self.recorder.record(EventKind.LANGUAGE, code)
        self._language = code

    def _theme_options(self) -> set[str]:
        theme = self.context.theme
        options = set()
        if theme.text_scale > 1.0:
            options.add("larger_text")
        if theme.name != theme.default_name:
            options.add("high_contrast")
        if theme.reach:
            options.add("reach")
        return options

    def _theme_changed(self) -> None:
        options = self._theme_options()
        if self.in_visit:
            for option in sorted(options - self._options):
                self.recorder.record(EventKind.ACCESSIBILITY, option)
        self._options = options

    # -- pledges and the organiser ------------------------------------------------------------
    def wire_pledges(self, pledges) -> None:
        pledges.pledge_saved.connect(lambda _number: self.recorder.record(EventKind.PLEDGE))
        pledges.organiser_action.connect(lambda action: self.recorder.record(EventKind.ADMIN, action.value, of_visit=False))
        pledges.opened.connect(self._store_opened)

    def _store_opened(self, _warning) -> None:
        self.recorder.start()
        if self.admin_section is not None:
            self.admin_section.refresh()

    def _prepare_admin_section(self) -> ImpactSection:
        """Admin → Impact, built while the organiser types the PIN (a few hundred ms)."""
        section = self.admin_section
        if section is None:
            from kiosk.ui.widgets.admin_impact import ImpactSection

            section = self.admin_section = ImpactSection(self.context, self.recorder)
            self.window.screen(ScreenId.ADMIN).add_section(section)
            section.prepare()
        # Today's figures are read now and filled in on the hidden page, so that Admin opens with
        # them (opening asks again, and the page follows if anything changed meanwhile).
        section.refresh()
        return section

    def _show_admin_section(self) -> None:
        self._prepare_admin_section().refresh()


def wire_impact(context: KioskContext, window, idle: IdleWatcher, clock: Callable[[], float] = time.monotonic) -> ImpactWiring:
    """Record anonymous events from now on; the database opens once the pledge store has."""
    settings = context.settings.analytics
    recorder = EventRecorder(context.paths.data_dir, settings.enabled, settings.retention_days, parent=window)
    wiring = ImpactWiring(context, window, idle, recorder, clock)
    pledges = context.pledges
    wiring.wire_pledges(pledges)
    if pledges.started and pledges.problem is None:
        recorder.start()
    return wiring
