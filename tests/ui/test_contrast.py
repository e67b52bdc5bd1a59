"""WCAG 2 contrast of every text/background pair the style sheet uses, in every theme.

Normal text needs 4.5:1, large text 3:1 (at least 24 px bold or 32 px regular at 1080p, the
design size of the QSS font tokens). A new text colour or background in the QSS must be added to
TEXT_PAIRS, or the coverage test fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.ui.style.theme import TOKENS

ROOT = Path(__file__).resolve().parents[2]
QSS_DIR = ROOT / "assets" / "ui" / "qss"

NORMAL, LARGE = 4.5, 3.0

#: (text token, background token, minimum ratio, where the QSS uses it).
TEXT_PAIRS: list[tuple[str, str, float, str]] = [
    ("text", "bg", NORMAL, "titles, body text on the window"),
    ("text", "surface", NORMAL, "tiles, cards, secondary buttons, bottom-bar buttons"),
    ("text", "surface_pressed", NORMAL, "pressed tiles and buttons"),
    ("text", "primary", NORMAL, "primary buttons"),
    ("text", "primary_pressed", NORMAL, "pressed or checked primary buttons"),
    ("text", "bar_bg", NORMAL, "bottom bar"),
    ("text", "ticker_bg", NORMAL, "news ticker"),
    ("text", "overlay", NORMAL, "overlay titles"),
    ("text_muted", "bg", NORMAL, "subtitles, counter"),
    ("text_muted", "surface", NORMAL, "tile subtitles, disabled buttons"),
    ("text_muted", "overlay", NORMAL, "overlay body"),
    ("text_on_accent", "accent", NORMAL, "the pledge tile, selected text"),
    ("text_on_accent", "text", NORMAL, "the pressed pledge tile"),
    ("accent", "bg", LARGE, "attract prompt (52 px bold), PIN dots (64 px)"),
    ("accent", "overlay", LARGE, "countdown (160 px bold)"),
    ("error", "bg", NORMAL, "PIN message"),
    ("error", "surface", NORMAL, "danger button, admin warnings on a card"),
    ("error", "surface_pressed", NORMAL, "pressed danger button"),
    ("ok", "bg", NORMAL, "success messages"),
    ("ok", "surface", NORMAL, "success messages on a card"),
]


def luminance(hex_rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in hex_rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def rgba(value: str) -> tuple[float, float, float, float]:
    """"#RRGGBB" or "#AARRGGBB" (Qt's order) → r, g, b, a in 0..1."""
    digits = value.lstrip("#")
    alpha = 1.0
    if len(digits) == 8:
        alpha, digits = int(digits[:2], 16) / 255, digits[2:]
    r, g, b = (int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b, alpha


def over(top: str, below: str) -> tuple[float, float, float]:
    r, g, b, a = rgba(top)
    br, bg, bb, _ = rgba(below)
    return (r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a))


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def worst_contrast(tokens: dict[str, str], fg: str, bg: str) -> float:
    """The pair's contrast; a see-through background is judged over every opaque one it may veil."""
    text = rgba(tokens[fg])[:3]
    if rgba(tokens[bg])[3] < 1:
        under = [value for value in tokens.values() if rgba(value)[3] == 1]
        return min(contrast(text, over(tokens[bg], below)) for below in under)
    return contrast(text, rgba(tokens[bg])[:3])


def qss_tokens(property_pattern: str) -> set[str]:
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(QSS_DIR.glob("*.qss")))
    return set(re.findall(property_pattern + r"\s*:\s*\{\{(\w+)\}\}", text))


@pytest.mark.parametrize("theme", sorted(TOKENS))
def test_every_text_pair_meets_wcag_aa(theme):
    tokens = TOKENS[theme]
    failures = []
    for fg, bg, minimum, where in TEXT_PAIRS:
        ratio = worst_contrast(tokens, fg, bg)
        if ratio < minimum:
            failures.append(f"{fg} on {bg} ({where}): {ratio:.2f}:1 < {minimum}:1")
    assert not failures, f"theme {theme}: " + "; ".join(failures)


def test_every_text_colour_and_background_of_the_qss_is_checked():
    checked_fg = {fg for fg, _, _, _ in TEXT_PAIRS}
    checked_bg = {bg for _, bg, _, _ in TEXT_PAIRS}
    assert qss_tokens(r"(?<![-\w])color") <= checked_fg | {"text"}, "a QSS text colour is missing from TEXT_PAIRS"
    backgrounds = qss_tokens(r"(?<![-\w])background") | qss_tokens(r"selection-background-color")
    assert backgrounds - {"border"} <= checked_bg | {"accent"}, "a QSS background is missing from TEXT_PAIRS"


def test_the_themes_have_the_same_tokens():
    names = [set(tokens) for tokens in TOKENS.values()]
    assert all(n == names[0] for n in names)


def test_the_check_catches_a_weak_pair():
    assert contrast(rgba("#777777")[:3], rgba("#FFFFFF")[:3]) < NORMAL
    assert round(contrast(rgba("#000000")[:3], rgba("#FFFFFF")[:3]), 1) == 21.0
    # A see-through veil is only as good as its worst background.
    tokens = {"text": "#FFFFFF", "veil": "#20000000", "light": "#FFFFFF", "dark": "#000000"}
    assert worst_contrast(tokens, "text", "veil") < 1.5
