"""Connects the fleet sync (``[fleet]`` in kiosk.toml) to the shell: counter, Admin's section.

Without a ``[fleet]`` url nothing here runs and nothing changes. With one, the worker starts once
the pledge store is open, syncs early after each pledge, and the counter on Attract and Home
shows the event's total while the central database answers (the local count otherwise, with
no message to visitors). Admin gets its own section with the sync state.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kiosk.core.fleet import fleet_config
from kiosk.ui.context import ScreenContext
from kiosk.ui.screens.base import ScreenId

log = logging.getLogger(__name__)


def wire_fleet(context: ScreenContext, window, config_file: Path) -> None:
    """Start the fleet sync if the configuration asks for it; list its problems in Admin."""
    config, problems = fleet_config(context.settings.fleet, str(config_file))
    for problem in problems:
        log.warning("%s", problem)
        context.warnings.append(problem)
    if config is None or context.pledges is None:
        return
    from kiosk.services.fleet import FleetSync

    fleet = FleetSync(context.paths.data_dir, config, parent=window)
    context.fleet = fleet
    # The pledge store opens (and migrates in the outbox) on its own worker first.
    context.pledges.opened.connect(lambda *_: fleet.start())
    context.pledges.pledge_saved.connect(fleet.nudge)

    def add_admin_section(screen_id) -> None:
        if screen_id != ScreenId.ADMIN:
            return
        admin = window.screen(ScreenId.ADMIN)
        if getattr(admin, "fleet_section", None) is None:
            from kiosk.ui.widgets.admin_fleet import FleetAdminSection

            admin.fleet_section = FleetAdminSection(fleet)
            admin.add_section(admin.fleet_section)
        admin.fleet_section.show_state(fleet.state)

    window.screen_changed.connect(add_admin_section)
