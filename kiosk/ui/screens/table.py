"""Every screen of the kiosk in one table: its id, how it is built, its tile on Home and icon.

Adding a screen: write its module in kiosk/ui/screens/, add a row to :data:`SCREENS` (and an
id to :class:`ScreenId`), and translate its strings. Screen modules are imported when the
screen is first built (only Attract before the first frame; the others right after it).
"""

from __future__ import annotations

import enum
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from kiosk.services.admin_door import AdminDoor
    from kiosk.services.idle import IdleWatcher
    from kiosk.services.retention import PersonalDataRetention
    from kiosk.ui.context import KioskContext
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.screens.base import Screen

log = logging.getLogger(__name__)


class ScreenId(enum.StrEnum):
    """Every screen of the kiosk."""

    ATTRACT = "attract"
    HOME = "home"
    LEARN = "learn"
    NEWS = "news"
    WATCH = "watch"
    PUBLICATIONS = "publications"
    PLEDGE = "pledge"
    PIN = "pin"
    ADMIN = "admin"


@dataclass(frozen=True)
class ScreenParts:
    """What the screens' factories are given (the composition root makes it once)."""

    context: KioskContext
    window: MainWindow
    door: AdminDoor
    idle: IdleWatcher
    retention: PersonalDataRetention | None = None


@dataclass(frozen=True)
class HomeTile:
    """A screen's tile on Home: its title and line (translated when shown) and its icon."""

    #: Translated in the "HomeScreen" context, where they always were.
    texts: Callable[[], tuple[str, str]]
    icon: str
    highlight: bool = False


@dataclass(frozen=True)
class ScreenEntry:
    """One screen: its id, the function that builds it, and its Home tile (if it has one)."""

    id: ScreenId
    factory: Callable[[ScreenParts], Screen]
    tile: HomeTile | None = None


def _screen(module: str, name: str) -> type:
    """The screen class ``name`` from ``kiosk.ui.screens.<module>``, imported on first use."""
    return getattr(importlib.import_module(f"kiosk.ui.screens.{module}"), name)


def _plain(module: str, name: str) -> Callable[[ScreenParts], Screen]:
    return lambda parts: _screen(module, name)(parts.context)


def _pledge_screen(parts: ScreenParts) -> Screen:
    """The Pledge screen, once the keyboard's renderer is chosen (see kiosk.services.render_path)."""
    parts.context.render_path.ensure_decided()
    return _screen("pledge", "PledgeScreen")(parts.context)


def _watch_screen(parts: ScreenParts) -> Screen:
    """The Watch screen and its player; the idle clock holds while something plays."""
    from kiosk.services.media import Player

    context, idle = parts.context, parts.idle
    player = Player(max_volume=context.settings.media.max_volume, language=context.language.shown)
    player.playing_changed.connect(lambda playing: idle.pause("media") if playing else idle.resume("media"))
    screen = _screen("watch", "WatchScreen")(context, player)
    player.setParent(screen)
    return screen


def _admin_screen(parts: ScreenParts) -> Screen:
    from kiosk.ui.widgets.admin_door import add_door_section
    from kiosk.ui.widgets.admin_personal_data import add_personal_data_section

    window = parts.window
    screen = _screen("admin", "AdminScreen")(parts.context)
    screen.door_section = add_door_section(screen, parts.door, window)
    screen.personal_data_section = add_personal_data_section(screen, parts.context, parts.retention, window)

    def leave_kiosk() -> None:
        log.info("exit requested from Admin")
        window.allow_close = True
        app = QApplication.instance()
        assert app is not None  # Admin is on screen, so the application runs
        app.quit()

    screen.exit_requested.connect(leave_kiosk)
    return screen


#: Every screen, in the order the warm-up builds them; Home shows the tiles in this order.
SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry(ScreenId.ATTRACT, _plain("attract", "AttractScreen")),
    ScreenEntry(ScreenId.HOME, _plain("home", "HomeScreen")),
    ScreenEntry(ScreenId.LEARN, _plain("learn", "LearnScreen"), HomeTile(
        lambda: (QCoreApplication.translate("HomeScreen", "Learn"),
                 QCoreApplication.translate("HomeScreen", "What are human trafficking and migrant smuggling?")), "learn")),
    ScreenEntry(ScreenId.NEWS, _plain("news", "NewsScreen"), HomeTile(
        lambda: (QCoreApplication.translate("HomeScreen", "News"),
                 QCoreApplication.translate("HomeScreen", "The latest from UNODC")), "news")),
    ScreenEntry(ScreenId.WATCH, _watch_screen, HomeTile(
        lambda: (QCoreApplication.translate("HomeScreen", "Watch"),
                 QCoreApplication.translate("HomeScreen", "Public service announcements and expert interviews")), "watch")),
    ScreenEntry(ScreenId.PUBLICATIONS, _plain("publications", "PublicationsScreen"), HomeTile(
        lambda: (QCoreApplication.translate("HomeScreen", "Tools and publications"),
                 QCoreApplication.translate("HomeScreen", "Take a link away on your phone")), "publications")),
    ScreenEntry(ScreenId.PIN, lambda parts: _screen("pin", "PinScreen")(parts.context, parts.door)),
    ScreenEntry(ScreenId.ADMIN, _admin_screen),
    # Last, so that the renderer probe (started at the first frame) is done by the time the
    # warm-up reaches the keyboard, whose Qt Quick backend must be chosen before it exists.
    ScreenEntry(ScreenId.PLEDGE, _pledge_screen, HomeTile(
        lambda: (QCoreApplication.translate("HomeScreen", "Take the pledge"),
                 QCoreApplication.translate("HomeScreen", "Join the Blue Heart campaign against human trafficking")), "pledge",
        highlight=True)),
)

#: The screens with a tile on Home, in reading order.
TILES: tuple[ScreenEntry, ...] = tuple(entry for entry in SCREENS if entry.tile is not None)
