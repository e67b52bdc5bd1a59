"""Opens the pledge store once the first frame is up, with the content pack's blocklist.

The screens follow the pledge service themselves (the counters on Home and Attract, the wall on
Attract, Admin's section); this module only starts it and lists its problems in Admin.
"""

from __future__ import annotations

from kiosk.services.operations import SaveProblem
from kiosk.services.pledges import SetAside
from kiosk.ui.context import KioskContext
from kiosk.ui.first_frame import AfterFirstFrame
from kiosk.ui.main_window import WARM_UP_DELAY_MS


def wire_pledge_screens(context: KioskContext, window) -> None:
    """Once the first frame is up, open the pledge store (on its worker).

    Nothing of it is needed for the first frame (the counter stays hidden until the count is
    known), so its imports and the database wait.
    """
    # Like the window's warm-up of the other screens: a moment after the first frame.
    AfterFirstFrame(window, lambda: _start(context), delay_ms=WARM_UP_DELAY_MS)


def _start(context: KioskContext) -> None:
    pledges = context.pledges
    # The wall shows no name until the content pack's blocklist is known; the pack loads with
    # the first screen that needs it (not here: that is the warm-up's work).
    context.content.when_loaded(lambda: pledges.set_blocklist(context.content.blocklist()))

    def tell_admin(warning: SetAside | None) -> None:
        if warning is not None:
            context.warnings.add(
                f"{warning.moved_to}: the pledge database could not be read ({warning.problem.value}); "
                "it was set aside for recovery and a new one was started"
            )

    def tell_admin_unavailable(problem: SaveProblem) -> None:
        context.warnings.add(f"{pledges.data_dir}: pledges cannot be saved ({problem.value})")

    pledges.opened.connect(tell_admin)
    pledges.unavailable.connect(tell_admin_unavailable)
    pledges.start()
