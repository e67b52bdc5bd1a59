"""Connects the fleet sync (``[fleet]`` in kiosk.toml) to the shell: counter, Admin's section.

Without a ``[fleet]`` url nothing here runs and nothing changes. With one, the worker starts once
the pledge store is open, syncs early after each pledge, and the counter on Attract and Home
shows the event's total while the central database answers (the local count otherwise, with
no message to visitors). Admin adds its own section with the sync state.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.core.fleet import fleet_config
from kiosk.core.resolved import ResolvedConfig
from kiosk.core.settings import Settings
from kiosk.services.warnings import Warnings
from kiosk.ui.context import KioskContext

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


def wire_fleet(context: KioskContext, fleet: FleetSync) -> None:
    """Start the fleet sync after the pledge store, and sync early after each pledge."""
    # The pledge store opens (and migrates in the outbox) on its own worker first.
    context.pledges.opened.connect(lambda *_: fleet.start())
    context.pledges.pledge_saved.connect(fleet.nudge)

