"""The pledge wall's names never cover the page (the counter, the heart, the words), each
other, nor leave the wall, over a long run: on Attract and on the thank-you, both shapes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from kiosk.core.pledge import PledgeForm, validate
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.widgets.pledge_wall import drawn_rect
from tests.helpers.touch import tap

NAMES = ("Amina", "José", "Мария", "李娜", "فاطمة", "Zoë", "Kwame", "Bartholomew-Alexander", "Li", "Nguyễn Thị",
         "Oluwaseun", "Ana", "Amina")  # two people called Amina: one Amina on the wall at a time
FRAME_S = 1 / 30
FRAMES = 1200  # 40 s of drift: names rise and make way for the others several times


def pledge_names(kiosk) -> None:
    for name in NAMES:
        kiosk.context.pledges.submit(validate(PledgeForm("en", ("reject-exploitation",), name, consent_wall=True)).form)
    kiosk.context.pledges.wait()
    for _ in range(5):
        QApplication.processEvents()


def in_wall(widget, wall) -> QRect:
    """Where ``widget`` draws, in the wall's coordinates."""
    drawn = drawn_rect(widget)
    return QRect(wall.mapFromGlobal(widget.mapToGlobal(drawn.topLeft())), drawn.size())


def run_wall(wall, fake_clock, content: dict) -> set[str]:
    """Drift for FRAMES frames; check every drawn name on every frame. Returns the names seen."""
    wall.clock = fake_clock
    seen: set[str] = set()
    area = wall.rect()
    for frame in range(FRAMES):
        fake_clock.advance(FRAME_S)
        wall.step()
        bubbles = wall.shown_bubbles()
        shown = [bubble.label.text() for bubble in bubbles]
        assert len(shown) == len(set(shown)), f"frame {frame}: a name twice on the wall: {shown}"
        for index, bubble in enumerate(bubbles):
            name = bubble.label.text()
            seen.add(name)
            rect = bubble.geometry()
            assert area.contains(rect), f"frame {frame}: {name} {rect} leaves the wall {area}"
            for what, other in content.items():
                assert not rect.intersects(other), f"frame {frame}: {name} {rect} covers the {what} {other}"
            for later in bubbles[index + 1:]:
                assert not rect.intersects(later.geometry()), f"frame {frame}: {name} covers {later.label.text()}"
    return seen


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_names_on_attract_keep_clear_of_the_counter_the_heart_and_the_words(make_kiosk, fake_clock, qtbot, size):
    kiosk = make_kiosk(size=size)
    pledge_names(kiosk)
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))  # a visit: the content pack (and its blocklist) loads
    window.end_visit()
    attract = window.screen(ScreenId.ATTRACT)
    # The wall is built a moment after the first frame.
    qtbot.waitUntil(lambda: attract.pledge_wall is not None and sorted(attract.pledge_wall.names()) == sorted(NAMES))
    wall = attract.pledge_wall
    assert attract.counter.isVisible() and f"{len(NAMES)} people" in attract.counter.text()
    assert sorted(wall.names()) == sorted(NAMES)
    content = {name: in_wall(widget, wall) for name, widget in (
        ("counter", attract.counter), ("heart", attract.heart), ("title", attract.title),
        ("tagline", attract.tagline), ("prompt", attract.prompt))}
    assert all(not rect.isEmpty() for rect in content.values())
    seen = run_wall(wall, fake_clock, content)
    assert seen == set(NAMES), "every name gets its turn on the wall"
    assert len(wall.shown_bubbles()) >= 4, "the wall is not left empty"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_names_on_the_thank_you_keep_clear_of_the_heart_and_the_words(make_kiosk, fake_clock, qtbot, size):
    kiosk = make_kiosk(size=size)
    pledge_names(kiosk)
    window = kiosk.window
    tap(window.screen(ScreenId.ATTRACT))
    tap(window.screen(ScreenId.HOME).tiles[ScreenId.PLEDGE])
    screen = window.screen(ScreenId.PLEDGE)
    screen.form.name.setText("Amina")
    tap(next(iter(screen.form.cards.values())))
    screen.scroll_area.ensureWidgetVisible(screen.form.consent_wall)
    tap(screen.form.consent_wall)
    tap(screen.form.submit)
    kiosk.context.pledges.wait()
    for _ in range(5):
        QApplication.processEvents()
    thanks = screen.thanks
    qtbot.waitUntil(thanks.isVisible)
    qtbot.waitUntil(lambda: len(thanks.wall.names()) > len(NAMES))
    wall = thanks.wall
    content = {name: in_wall(widget, wall) for name, widget in (
        ("heart", thanks.heart), ("title", thanks.title), ("number", thanks.number), ("Done button", thanks.done))}
    seen = run_wall(wall, fake_clock, content)
    assert len(seen) >= 6
    assert wall.shown_bubbles()
