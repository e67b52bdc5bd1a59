"""Accessibility on every screen: names for screen readers, touch targets, the accessibility
panel (larger text, high contrast, reach mode) and its reset at the end of a visit.

The walks are generic: they cover every screen of ScreenId and every overlay, whatever widgets
those screens hold.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap
from tests.helpers.widgets import accessible_name, interactive_widgets, small_or_overlapping, unnamed
from tests.ui.test_layouts import layout_problems

#: The smallest touch target at 1080p, in design pixels.
MIN_TARGET_PX = 64
SIZES = [(1920, 1080), (1080, 1920)]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def overlays(window):
    """Open each overlay in turn (over Home); yields (name, overlay widget)."""
    window.show_screen(ScreenId.HOME)
    window.open_language_picker()
    settle()
    yield "language picker", window.language_picker
    window.language_picker.hide()
    window.open_accessibility()
    settle()
    yield "accessibility panel", window.accessibility
    window.accessibility.hide()
    window.show_still_there(9)
    settle()
    yield "still there", window.still_there
    window.hide_still_there()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_interactive_widget_has_an_accessible_name(make_kiosk, lang):
    kiosk = make_kiosk(lang=lang)
    window = kiosk.window
    failures = {}
    for screen_id in ScreenId:
        window.show_screen(screen_id)
        settle()
        problems = unnamed(window.screen(screen_id)) + unnamed(window.bottom_bar)
        if problems:
            failures[str(screen_id)] = problems
    for name, overlay in overlays(window):
        if unnamed(overlay):
            failures[name] = unnamed(overlay)
    assert not failures, failures


def test_the_name_check_finds_an_unnamed_button(make_kiosk):
    from PySide6.QtWidgets import QPushButton

    kiosk = make_kiosk()
    home = kiosk.window.screen(ScreenId.HOME)
    icon_only = QPushButton(home)
    icon_only.setObjectName("IconOnly")
    assert any("IconOnly" in problem for problem in unnamed(home))
    icon_only.setAccessibleName("Play")
    assert accessible_name(icon_only) == "Play"
    assert not any("IconOnly" in problem for problem in unnamed(home))


@pytest.mark.parametrize("text_scale", [1.0, 1.5])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_touch_targets_are_big_enough_and_apart(make_kiosk, size, text_scale):
    kiosk = make_kiosk(size=size)
    kiosk.context.theme.set_text_scale(text_scale)
    window = kiosk.window
    minimum = kiosk.context.theme.px(MIN_TARGET_PX)
    failures = {}
    for screen_id in ScreenId:
        window.show_screen(screen_id)
        settle()
        problems = small_or_overlapping(window, minimum)
        if problems:
            failures[str(screen_id)] = problems
    for name, overlay in overlays(window):
        if small_or_overlapping(overlay, minimum):
            failures[name] = small_or_overlapping(overlay, minimum)
    assert not failures, failures


def test_the_target_check_finds_a_small_button(make_kiosk):
    from PySide6.QtWidgets import QPushButton

    kiosk = make_kiosk()
    kiosk.window.show_screen(ScreenId.HOME)
    home = kiosk.window.screen(ScreenId.HOME)
    tiny = QPushButton("x", home)
    tiny.setObjectName("Tiny")
    tiny.setStyleSheet("min-height: 0; min-width: 0; padding: 0")
    tiny.setGeometry(0, 0, 30, 30)
    tiny.show()
    assert any("Tiny" in problem for problem in small_or_overlapping(kiosk.window, 64))


# -- the accessibility panel -----------------------------------------------------------------
def open_panel(kiosk):
    kiosk.window.show_screen(ScreenId.HOME)
    settle()
    tap(kiosk.window.bottom_bar.accessibility)
    panel = kiosk.window.accessibility
    assert panel.isVisible()
    return panel


def test_the_accessibility_button_is_on_every_visitor_screen(kiosk):
    for screen_id in (ScreenId.HOME, ScreenId.LEARN, ScreenId.NEWS, ScreenId.WATCH, ScreenId.PUBLICATIONS, ScreenId.PLEDGE):
        kiosk.window.show_screen(screen_id)
        settle()
        button = kiosk.window.bottom_bar.accessibility
        assert button.isVisible() and button.text() == "Accessibility"


def test_larger_text_makes_every_text_bigger_and_says_so(kiosk):
    panel = open_panel(kiosk)
    # Body text grows by half; headings grow by as many pixels (Theme.font_px).
    body = kiosk.window.screen(ScreenId.HOME).tiles[ScreenId.NEWS].subtitle_label
    title = kiosk.window.screen(ScreenId.HOME).header.title
    before, title_before = body.fontInfo().pixelSize(), title.fontInfo().pixelSize()
    assert panel.large_text.state_label.text() == "Off"
    tap(panel.large_text)
    settle()
    assert kiosk.context.theme.text_scale == 1.5
    assert panel.large_text.state_label.text() == "On"
    assert body.fontInfo().pixelSize() >= before * 1.45
    assert title.fontInfo().pixelSize() >= title_before + before * 0.45


def test_high_contrast_switches_to_black_white_and_yellow(kiosk):
    panel = open_panel(kiosk)
    tap(panel.high_contrast)
    settle()
    assert kiosk.context.theme.name == "high_contrast"
    assert kiosk.window.grab().toImage().pixelColor(5, 5).name() == "#000000"
    tap(panel.high_contrast)
    assert kiosk.context.theme.name == "standard"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_reach_mode_brings_every_control_into_the_lower_part(make_kiosk, size):
    kiosk = make_kiosk(size=size)
    panel = open_panel(kiosk)
    home = kiosk.window.screen(ScreenId.HOME)
    top_before = min(w.mapTo(kiosk.window, w.rect().topLeft()).y() for w in interactive_widgets(home))
    tap(panel.reach)
    tap(panel.done)
    settle()
    height = kiosk.window.height()
    top_after = min(w.mapTo(kiosk.window, w.rect().topLeft()).y() for w in interactive_widgets(home))
    assert top_after > top_before
    assert top_after >= 0.3 * height * 0.95 if size[1] < size[0] else top_after >= 0.4 * height * 0.95
    header = home.header.title.mapTo(kiosk.window, home.header.title.rect().topLeft()).y()
    assert header >= kiosk.window.reach_offset()
    assert not layout_problems(kiosk.window)


def test_every_option_resets_at_the_end_of_the_visit(kiosk):
    panel = open_panel(kiosk)
    for switch in panel.switches:
        tap(switch)
    theme = kiosk.context.theme
    assert (theme.text_scale, theme.name, theme.reach) == (1.5, "high_contrast", True)
    kiosk.window.end_visit()
    settle()
    assert (theme.text_scale, theme.name, theme.reach) == (1.0, "standard", False)
    assert kiosk.window.reach_offset() == 0 and not kiosk.window.reach_band.isVisible()
    panel = open_panel(kiosk)
    assert not any(switch.isChecked() for switch in panel.switches)
    assert {switch.state_label.text() for switch in panel.switches} == {"Off"}


@pytest.mark.parametrize("lang", ["en", "ar", "ru", "zh"])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_and_overlay_fits_at_150_percent_with_reach_mode(make_kiosk, size, lang):
    kiosk = make_kiosk(size=size, lang=lang)
    kiosk.context.theme.set_visitor_options(text_scale=1.5, reach=True)
    window = kiosk.window
    failures = {}
    for screen_id in ScreenId:
        window.show_screen(screen_id)
        settle()
        problems = layout_problems(window)
        if problems:
            failures[str(screen_id)] = problems[:5]
    for name, overlay in overlays(window):
        problems = [p for p in layout_problems(overlay) if p]
        labels = [label for label in overlay.findChildren(QLabel) if label.isVisible()]
        if problems or any(label.y() < 0 for label in labels):
            failures[name] = problems[:5]
    assert not failures, failures


COMBINATIONS = [(large, contrast, reach) for large in (False, True) for contrast in (False, True) for reach in (False, True)]


@pytest.mark.parametrize("large, contrast, reach", COMBINATIONS,
                         ids=[f"large{int(a)}-contrast{int(b)}-reach{int(c)}" for a, b, c in COMBINATIONS])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_all_eight_combinations_of_the_options_work(make_kiosk, size, large, contrast, reach):
    """Each option does what it says whatever the other two are, on every visitor screen."""
    kiosk = make_kiosk(size=size)
    window = kiosk.window
    panel = open_panel(kiosk)
    wanted = {panel.switches[0]: large, panel.switches[1]: contrast, panel.switches[2]: reach}
    for switch, on in wanted.items():
        if on:
            tap(switch)
    tap(panel.done)
    settle()
    theme = kiosk.context.theme
    assert (theme.text_scale > 1, theme.name == "high_contrast", theme.reach) == (large, contrast, reach)
    height = window.height()
    lower_part = (0.4 if height > window.width() else 0.3) * height * 0.95
    for screen_id in (ScreenId.HOME, ScreenId.LEARN, ScreenId.NEWS, ScreenId.WATCH, ScreenId.PUBLICATIONS, ScreenId.PLEDGE):
        window.show_screen(screen_id)
        settle()
        screen = window.screen(screen_id)
        top = min((w.mapTo(window, w.rect().topLeft()).y() for w in interactive_widgets(screen)), default=height)
        if reach:
            assert top >= lower_part, f"{screen_id}: a control at y={top}, above the lower part ({lower_part:.0f})"
        else:
            assert window.reach_offset() == 0
        assert not layout_problems(window), (screen_id, layout_problems(window)[:3])
