"""The bundled fonts: Latin and Cyrillic, Arabic, simplified Chinese and a few symbols.

They are subsets of the Noto families made by build_spec/subset_fonts.py and kept in
assets/fonts/ (package data, not the Qt resources: the Chinese file is 1.5 MiB). Loading them at
start means no glyph depends on the fonts installed on the host.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from kiosk.core.languages import LANGUAGES
from kiosk.core.paths import assets_dir

log = logging.getLogger(__name__)

#: Symbols no language's family has (check marks, circles, arrows): the last fallback.
SYMBOLS_FAMILY = "BlueHeart Noto Sans Symbols 2"
#: The bundled families in fallback order: each language's font in the table's order, then the
#: symbols. The same list as the style sheet's font-family (assets/ui/qss/00_base.qss).
BUNDLED_FAMILIES: tuple[str, ...] = (*dict.fromkeys(lang.font for lang in LANGUAGES), SYMBOLS_FAMILY)

_loaded: dict[Path, list[str]] = {}


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def font_files(folder: Path | None = None) -> list[Path]:
    """Every bundled font file."""
    folder = folder or fonts_dir()
    return sorted(path for path in folder.iterdir() if path.suffix.lower() in (".ttf", ".otf"))


def load_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled fonts with Qt (once per process); returns the families now available.

    A missing or broken file is logged and the others still load: the kiosk then shows the
    host's fonts rather than nothing.
    """
    families: set[str] = set()
    try:
        files = font_files(folder)
    except OSError as exc:
        log.error("bundled fonts not found: %s", exc)
        return []
    for path in files:
        if path not in _loaded:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.error("could not load the bundled font %s", path)
                continue
            _loaded[path] = list(QFontDatabase.applicationFontFamilies(font_id))
        families.update(_loaded[path])
    missing = [family for family in BUNDLED_FAMILIES if family not in families]
    if missing:
        log.error("bundled font families missing: %s", ", ".join(missing))
    return sorted(families)


def bundled_font(pixel_size: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """A font of the bundled families, in the style sheet's fallback order.

    For text a widget paints itself: a widget's own ``font()`` is the host's default until the
    style sheet has polished it (and again after some restyles), so painted text must not
    start from it.
    """
    font = QFont()
    font.setFamilies(list(BUNDLED_FAMILIES))
    font.setPixelSize(max(1, pixel_size))
    font.setWeight(weight)
    return font
