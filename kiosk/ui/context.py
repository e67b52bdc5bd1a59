"""What the composition root hands to every screen: the services, all built before it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.paths import UserPaths
from kiosk.core.resolved import ResolvedConfig
from kiosk.core.settings import Settings
from kiosk.services.content import ContentService
from kiosk.services.i18n import LanguageService
from kiosk.services.render_path import RenderPath
from kiosk.services.visit import VisitReset
from kiosk.services.warnings import Warnings
from kiosk.ui.style import Theme

if TYPE_CHECKING:
    from kiosk.services.fleet import FleetSync
    from kiosk.services.pledges import PledgeService


@dataclass(frozen=True)
class KioskContext:
    """Services and data the screens use, complete when made. Screens never create services.

    Attributes:
        settings: the validated configuration.
        config: the command line over the configuration (folders, language, renderer).
        theme: colours, scale and the style sheet.
        language: the UI language service.
        visit_reset: register what a screen clears at the end of a visit.
        warnings: configuration, content and storage problems for Admin (``file: key: problem``).
        content: the content pack (bundled and the organiser's), loaded on demand.
        pledges: the pledge service (its store opens after the first frame).
        render_path: the keyboard's renderer, decided once after the first frame.
        fleet: the sync to the event's central database, None without ``[fleet]``.
    """

    settings: Settings
    config: ResolvedConfig
    theme: Theme
    language: LanguageService
    visit_reset: VisitReset
    warnings: Warnings
    content: ContentService
    pledges: PledgeService
    render_path: RenderPath
    fleet: FleetSync | None = None

    def supporters(self) -> int:
        """The number the counters show: the event's total with a fleet, else this kiosk's."""
        count = self.pledges.count
        return self.fleet.supporters(count) if self.fleet is not None else count

    @property
    def paths(self) -> UserPaths:
        """Config, data and log folders."""
        return self.config.paths

    @property
    def kiosk_mode(self) -> bool:
        """True when full screen and locked down."""
        return self.config.kiosk_mode

    @property
    def config_file(self) -> Path:
        """The configuration file in use (``--config``, or the default place)."""
        return self.config.config_file
