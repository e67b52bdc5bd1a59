"""Which characters the bundled fonts can draw, and which font a text really renders with."""

from __future__ import annotations

from PySide6.QtGui import QFont, QRawFont, QTextLayout

from kiosk.services.fonts import font_files

FIX = "rebuild the fonts:  python build_spec/subset_fonts.py"


def bundled_raw_fonts(pixel_size: int = 32) -> list[QRawFont]:
    """Every bundled font file, opened on its own (no fallback to the host's fonts)."""
    fonts = [QRawFont(str(path), pixel_size) for path in font_files()]
    assert fonts and all(font.isValid() for font in fonts)
    return fonts


def uncovered(text: str, fonts: list[QRawFont]) -> set[str]:
    """Characters of ``text`` that no font in ``fonts`` has (spaces and controls aside)."""
    return {
        char for char in text
        if char.isprintable() and not char.isspace() and not any(font.supportsCharacter(ord(char)) for font in fonts)
    }


def listing(chars: set[str], limit: int = 60) -> str:
    """``chars`` for an assertion message: each with its code point, at most ``limit`` of them."""
    shown = " ".join(f"{c} U+{ord(c):04X}" for c in sorted(chars)[:limit])
    return shown + (f" … ({len(chars)} in all)" if len(chars) > limit else "")


def glyph_runs(text: str, font: QFont) -> list:
    """The glyph runs Qt shapes ``text`` into with ``font`` (its fallbacks included)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return layout.glyphRuns()


def rendering_families(text: str, font: QFont) -> set[str]:
    """The families whose glyphs Qt really draws for ``text`` with ``font``."""
    return {run.rawFont().familyName() for run in glyph_runs(text, font)}


def missing_glyphs(text: str, font: QFont) -> bool:
    """Whether any character of ``text`` is drawn as the empty box (glyph 0, .notdef)."""
    return any(0 in run.glyphIndexes() for run in glyph_runs(text, font))
