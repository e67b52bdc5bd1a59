"""Connects the pledge service to the shell: counters, the wall on Attract, Admin's section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from kiosk.ui.context import KioskContext
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.main_window import WARM_UP_DELAY_MS
from kiosk.ui.screens.base import ScreenId


class _FillParent(QObject):
    """Keeps a backdrop widget the size of its parent."""

    def __init__(self, backdrop: QWidget) -> None:
        super().__init__(backdrop)
        self.backdrop = backdrop
        backdrop.parentWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self.backdrop.setGeometry(watched.rect())
        return False


def attach_wall(screen: QWidget, context: KioskContext):
    """Put a pledge wall behind the words of ``screen`` (it lets every touch through)."""
    from kiosk.ui.widgets.pledge_wall import PledgeWall

    wall = PledgeWall(context.theme.color("accent"), screen)
    wall.setObjectName("AttractWall")
    wall.set_metrics(context.theme.px(30), context.theme.px(14))
    context.theme.changed.connect(lambda: wall.set_metrics(context.theme.px(30), context.theme.px(14)))
    _FillParent(wall)
    wall.setGeometry(screen.rect())
    heart = getattr(screen, "heart", None)
    if heart is not None:
        wall.stack_between(heart)
    else:
        wall.lower()
    # Names drift around the page's heart and words, never over them.
    wall.set_obstacles(getattr(screen, "wall_obstacles", lambda: (heart,)))
    wall.show()
    return wall


def wire_pledge_screens(context: KioskContext, window) -> None:
    """Once the first frame is up, wire ``context.pledges`` into the screens and open the store.

    Nothing of it is needed for the first frame (the counter stays hidden until the count is
    known), so its imports and the database wait.
    """
    # Like the window's warm-up of the other screens: a moment after the first frame.
    AfterFirstFrame(window, lambda: _wire_now(context, window), delay_ms=WARM_UP_DELAY_MS)


def _wire_now(context: KioskContext, window) -> None:
    pledges = context.pledges
    # The wall shows no name until the content pack's blocklist is known; the pack loads with
    # the first screen that needs it (not here: that is the warm-up's work).
    context.content.when_loaded(lambda: pledges.set_blocklist(context.content.blocklist()))

    fleet = context.fleet  # many kiosks, one event: the event's total

    def show_count(*_args) -> None:
        shown = fleet.supporters(pledges.count) if fleet is not None else pledges.count
        for screen in window.built_screens.values():
            if hasattr(screen, "set_supporters"):
                screen.set_supporters(shown)

    def tell_admin(warning) -> None:
        if warning is not None:
            context.warnings.add(
                f"{warning.moved_to}: the pledge database could not be read ({warning.problem.value}); "
                "it was set aside for recovery and a new one was started"
            )

    def tell_admin_unavailable(problem) -> None:
        context.warnings.add(f"{pledges.data_dir}: pledges cannot be saved ({problem.value})")

    pledges.opened.connect(tell_admin)
    pledges.unavailable.connect(tell_admin_unavailable)
    pledges.count_changed.connect(show_count)
    window.screen_changed.connect(show_count)
    if fleet is not None:
        fleet.state_changed.connect(show_count)

    attract = window.screen(ScreenId.ATTRACT)
    attract.pledge_wall = attach_wall(attract, context)
    pledges.wall_changed.connect(attract.pledge_wall.set_names)

    def add_admin_section(screen_id: str) -> None:
        if screen_id != ScreenId.ADMIN:
            return
        admin = window.screen(ScreenId.ADMIN)
        if getattr(admin, "pledges_section", None) is None:
            from kiosk.ui.widgets.pledge_admin import PledgesAdminSection

            admin.pledges_section = PledgesAdminSection(context)
            admin.add_section(admin.pledges_section)
        admin.pledges_section.refresh()

    window.screen_changed.connect(add_admin_section)
    if window.current_id is ScreenId.ADMIN:
        add_admin_section(ScreenId.ADMIN)
    show_count()
    pledges.start()
