"""Theme tokens, scaling with the screen, and the application style sheet.

The style sheet is assembled from the ordered QSS files in the resources (``:/qss/NN_*.qss``)
and filled with tokens: ``{{name}}`` is a colour, ``{{px:64}}`` a length designed at 1080 px
(the shorter side of a 1920x1080 screen) and scaled with the window, ``{{font:28}}`` a font size
scaled with the window and the visitor's text size, ``{{font_families}}`` the bundled families.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDir, QFile, QIODevice, QObject, QSize, Signal
from PySide6.QtGui import QColor

from kiosk.services.fonts import BUNDLED_FAMILIES

#: Colour tokens per theme. Text/background pairs are checked for WCAG AA contrast by the tests.
TOKENS: dict[str, dict[str, str]] = {
    "standard": {
        "bg": "#0A1E3C",  # deep navy
        "surface": "#12305A",  # cards and tiles
        "surface_pressed": "#1F4B82",
        "border": "#2B5C94",
        "primary": "#0072BC",  # UN dark blue: buttons with white text
        "primary_pressed": "#005A94",
        "accent": "#009EDB",  # UN blue: the heart, highlights, focus
        "text": "#FFFFFF",
        "text_muted": "#C5D5EA",
        "text_on_accent": "#0A1E3C",
        "ticker_bg": "#061428",
        "bar_bg": "#071830",
        "overlay": "#F0050F1E",  # ARGB: near-opaque navy veil
        "ok": "#7EE2A8",
        "error": "#FFB4A9",
    },
    "high_contrast": {
        "bg": "#000000",
        "surface": "#000000",
        "surface_pressed": "#333333",
        "border": "#FFFFFF",
        "primary": "#000000",
        "primary_pressed": "#333333",
        "accent": "#FFE600",
        "text": "#FFFFFF",
        "text_muted": "#FFFFFF",
        "text_on_accent": "#000000",
        "ticker_bg": "#000000",
        "bar_bg": "#000000",
        "overlay": "#F0000000",
        "ok": "#7CFF9B",
        "error": "#FFB0B0",
    },
}

DESIGN_SHORT_SIDE = 1080.0
#: Text up to this design size grows in full with the visitor's text size (see Theme.font_px).
LARGE_TEXT_FULL_SCALE_PX = 36.0
_TOKEN = re.compile(r"\{\{(\w+)(?::([\d.]+))?\}\}")


class Theme(QObject):
    """The current theme, scale and text size, and the style sheet they make.

    The visitor's accessibility options live here too (larger text, high contrast, reach
    mode), so every screen follows them; they return to the defaults at the end of a visit.

    Signals:
        changed: scale, text size, theme or reach mode changed; the style sheet was rebuilt.
    """

    changed = Signal()

    def __init__(self, name: str = "standard", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.default_name = name
        self.scale = 1.0
        self.text_scale = 1.0
        #: Reach mode (see :meth:`set_reach`).
        self.reach = False
        self._sources: list[str] | None = None
        self._apply: Callable[[str], None] | None = None

    # -- tokens ---------------------------------------------------------------------------------
    def color(self, token: str) -> QColor:
        return QColor(TOKENS[self.name][token])

    def px(self, design_px: float) -> int:
        """A length designed for a 1080 px short side, scaled to the window."""
        return max(1, round(design_px * self.scale))

    def font_px(self, design_px: float) -> int:
        """A font size designed at 1080 px, scaled to the window and the visitor's text size.

        The visitor's text size applies in full to text up to 36 px (body text, buttons,
        subtitles: 150 % with "Larger text") and less to headings already larger than that, which
        grow by the same number of pixels as a 36 px text would: they stay readable and the
        screen keeps room for its content.
        """
        extra = (self.text_scale - 1.0) * min(design_px, LARGE_TEXT_FULL_SCALE_PX)
        return max(8, round((design_px + extra) * self.scale))

    # -- changes --------------------------------------------------------------------------------
    def attach(self, apply: Callable[[str], None]) -> None:
        """Use ``apply`` (usually ``QApplication.setStyleSheet``) to install the style sheet."""
        self._apply = apply
        self._rebuild()

    def fit_to(self, size: QSize) -> None:
        """Scale with the window: controls keep their size relative to the shorter side."""
        scale = round(min(size.width(), size.height()) / DESIGN_SHORT_SIDE, 2)
        scale = min(4.0, max(0.5, scale))
        if abs(scale - self.scale) >= 0.01:
            self.scale = scale
            self._rebuild()

    def set_text_scale(self, factor: float) -> None:
        self.set_visitor_options(text_scale=factor)

    def set_reach(self, on: bool) -> None:
        """Reach mode: the main window keeps every control in the lower part of the screen."""
        self.set_visitor_options(reach=on)

    def set_visitor_options(
        self, text_scale: float | None = None, theme: str | None = None, reach: bool | None = None
    ) -> None:
        """Change the visitor's accessibility options at once (one style sheet rebuild)."""
        if theme is not None and theme not in TOKENS:
            raise KeyError(theme)
        restyle = (text_scale is not None and text_scale != self.text_scale) or (theme is not None and theme != self.name)
        moved = reach is not None and reach != self.reach
        if text_scale is not None:
            self.text_scale = text_scale
        if theme is not None:
            self.name = theme
        if reach is not None:
            self.reach = reach
        if restyle:
            self._rebuild()
        elif moved:
            self.changed.emit()

    def reset_visitor_options(self) -> None:
        """The default theme, normal text, no reach mode: the end of a visit."""
        self.set_visitor_options(text_scale=1.0, theme=self.default_name, reach=False)

    # -- the style sheet ----------------------------------------------------------------------
    def stylesheet(self) -> str:
        """The full application style sheet for the current tokens."""
        tokens = TOKENS[self.name]

        def fill(match: re.Match[str]) -> str:
            name, arg = match.group(1), match.group(2)
            if name == "px":
                return str(self.px(float(arg)))
            if name == "font":
                return str(self.font_px(float(arg)))
            if name == "font_families":
                return ", ".join(f'"{family}"' for family in BUNDLED_FAMILIES)
            return _qss_color(tokens[name])

        return _TOKEN.sub(fill, "\n".join(self._qss_sources()))

    def _qss_sources(self) -> list[str]:
        if self._sources is None:
            names = sorted(QDir(":/qss").entryList(["*.qss"], QDir.Filter.Files))
            self._sources = [_read_resource(f":/qss/{name}") for name in names]
        return self._sources

    def _rebuild(self) -> None:
        if self._apply is not None:
            self._apply(self.stylesheet())
        self.changed.emit()


def _qss_color(value: str) -> str:
    if len(value) == 9:  # #AARRGGBB
        color = QColor(value)
        return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"
    return value


def _read_resource(path: str) -> str:
    handle = QFile(path)
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        return bytes(handle.readAll().data()).decode("utf-8")
    finally:
        handle.close()
