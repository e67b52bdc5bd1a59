"""One table of icon names, so a theme change is one file. Icons come from qtawesome's fonts."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon

#: Meaning → qtawesome name (Material Design Icons 6).
ICONS: dict[str, str] = {
    "home": "mdi6.home",
    "language": "mdi6.translate",
    "accessibility": "mdi6.human",
    "learn": "mdi6.book-open-page-variant",
    "news": "mdi6.newspaper-variant-outline",
    "watch": "mdi6.play-circle-outline",
    "publications": "mdi6.bookshelf",
    "pledge": "mdi6.heart",
    "back": "mdi6.arrow-left",
    "close": "mdi6.close",
    "check": "mdi6.check",
    "lock": "mdi6.lock",
    "admin": "mdi6.shield-account",
    "exit": "mdi6.exit-to-app",
    "backspace": "mdi6.backspace-outline",
    "play": "mdi6.play",
    "pause": "mdi6.pause",
    "captions": "mdi6.closed-caption",
    "volume": "mdi6.volume-high",
    "qr": "mdi6.qrcode",
    "quiz": "mdi6.help-circle-outline",
    "text_size": "mdi6.format-size",
    "contrast": "mdi6.contrast-box",
    "reach": "mdi6.arrow-collapse-down",
    "toggle_on": "mdi6.toggle-switch",
    "toggle_off": "mdi6.toggle-switch-off-outline",
}

#: Icons that point along the reading direction, and their mirror image for right-to-left
#: languages (Qt mirrors layouts, never icons): "back" points right in Arabic.
MIRRORED: dict[str, str] = {
    "back": "mdi6.arrow-right",
}


@lru_cache(maxsize=256)
def _cached(glyph: str, color: str) -> QIcon:
    import qtawesome  # imported on first use: it costs ~0.2 s, kept off the first frame

    return qtawesome.icon(glyph, color=color)


def icon(name: str, color: QColor | str = "#FFFFFF") -> QIcon:
    """The icon for ``name`` (a key of :data:`ICONS`) in ``color``.

    A directional icon (:data:`MIRRORED`) follows the application's layout direction at the
    time of the call: set it again when the language changes (``retranslate_ui``).
    """
    glyph = ICONS[name]
    if name in MIRRORED and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        glyph = MIRRORED[name]
    return _cached(glyph, QColor(color).name(QColor.NameFormat.HexArgb))
