"""Where the kiosk finds its bundled assets and keeps its files.

Pure path arithmetic: nothing here creates a directory.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "BlueHeartKiosk"
APP_AUTHOR = "UNODC"


def assets_dir() -> Path:
    """The bundled assets folder: frozen bundle, source checkout, or installed package."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    checkout = Path(__file__).resolve().parents[2] / "assets"
    if checkout.is_dir():
        return checkout
    installed = Path(__file__).resolve().parents[1] / "assets"
    return installed


def bundled_content_dir() -> Path:
    """The bundled content pack (made from the seed)."""
    return assets_dir() / "content"


@dataclass(frozen=True)
class UserPaths:
    """The per-kiosk folders: config, data (pledges) and logs."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "kiosk.toml"

    @property
    def pin_file(self) -> Path:
        return self.config_dir / "admin-pin"

    @property
    def door_state_file(self) -> Path:
        """The PIN pad's wrong PINs and lock, kept beside the PIN hash."""
        return self.config_dir / "admin-door.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "kiosk.log"


def user_paths(data_dir: Path | None = None) -> UserPaths:
    """The platform's user directories, with ``data_dir`` overriding the data folder."""
    return UserPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        data_dir=Path(data_dir) if data_dir else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
