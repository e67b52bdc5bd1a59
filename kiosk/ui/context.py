"""What the composition root hands to every screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.core.paths import UserPaths
from kiosk.core.settings import Settings
from kiosk.services.i18n import LanguageService
from kiosk.services.render_path import RenderPath
from kiosk.services.visit import VisitReset
from kiosk.ui.style import Theme


@dataclass
class ScreenContext:
    """Services and data the screens use. Screens never create services themselves.

    Attributes:
        settings: the validated configuration.
        paths: config, data and log folders.
        theme: colours, scale and the style sheet.
        language: the UI language service.
        visit_reset: register what a screen clears at the end of a visit.
        kiosk_mode: True when full screen and locked down.
        warnings: configuration and content problems for the Admin screen (``file: key: problem``).
        content: the loaded content pack (None until content is loaded).
        pledges: the pledge service (a :class:`kiosk.services.pledges.PledgeService`).
        render_path: the keyboard's renderer, decided once after the first frame.
        config_file: the configuration file in use (``--config``, or the default place).
        fleet: the fleet sync (a :class:`kiosk.services.fleet.FleetSync`), None without [fleet].
    """

    settings: Settings
    paths: UserPaths
    theme: Theme
    language: LanguageService
    visit_reset: VisitReset
    kiosk_mode: bool = True
    warnings: list[str] = field(default_factory=list)
    content: Any = None
    pledges: Any = None
    render_path: RenderPath | None = None
    config_file: Path | None = None
    fleet: Any = None
