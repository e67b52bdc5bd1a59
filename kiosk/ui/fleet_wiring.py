"""Connects the fleet sync (``[fleet]`` in kiosk.toml) to the shell: counter, Admin's section.

Without a ``[fleet]`` url nothing here runs and nothing changes. With one, the worker starts once
the pledge store is open, syncs early after each pledge, and the counter on Attract and Home
shows the event's total while the central database answers (the local count otherwise, with
no message to visitors). Admin gets its own section with the sync state.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.core.fleet import fleet_config
from kiosk.core.resolved import ResolvedConfig
from kiosk.core.settings import Settings
from kiosk.services.warnings import Warnings
from kiosk.ui.context import KioskContext
from kiosk.ui.screens.base import ScreenId

if TYPE_CHECKING:
    from kiosk.services.fleet import FleetSync

log = logging.getLogger(__name__)


def fleet_sync(settings: Settings, resolved: ResolvedConfig, warnings: Warnings) -> FleetSync | None:
    """The fleet sync the configuration asks for (not started); its problems listed in Admin."""
    config, problems = fleet_config(settings.fleet, str(resolved.config_file))
    for problem in problems:
        log.warning("%s", problem)
        warnings.add(problem)
    if config is None:
        return None
    from kiosk.services.fleet import FleetSync

    return FleetSync(resolved.data_dir, config)


def wire_fleet(context: KioskContext, fleet: FleetSync, window) -> None:
    """Start the fleet sync after the pledge store; add its section to Admin."""
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
