"""Watch laid out like every other screen: the same margins, the paused symbol beside the
poster's subject (never on the Blue Heart), and no empty caption band after the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from kiosk.core.media_list import PlaylistEntry
from kiosk.ui.screens import watch as watch_module
from kiosk.ui.screens.base import ScreenId
from kiosk.ui.widgets.video_surface import VideoSurface
from tests.helpers.touch import tap

# As in test_watch.py: QtMultimedia's threads log through Qt's own handler in these tests.
pytestmark = pytest.mark.no_qt_log

POSTER = Path(__file__).resolve().parents[2] / "assets" / "content" / "media" / "blue-heart-psa.jpg"


def window_rect(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def open_screen(kiosk, screen_id):
    window = kiosk.window
    if window.current_id is ScreenId.ATTRACT:
        tap(window.screen(ScreenId.ATTRACT))
    if window.current_id is not ScreenId.HOME:
        tap(window.bottom_bar.home)
    tap(window.screen(ScreenId.HOME).tiles[screen_id])
    assert window.current_id is screen_id
    return window.screen(screen_id)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_watch_has_the_margins_of_every_other_screen(make_kiosk, size):
    kiosk = make_kiosk(size=size)
    titles = {}
    for screen_id in (ScreenId.PUBLICATIONS, ScreenId.NEWS, ScreenId.WATCH):
        screen = open_screen(kiosk, screen_id)
        titles[screen_id] = window_rect(screen.header.title)
    expected = titles[ScreenId.PUBLICATIONS]
    for screen_id, rect in titles.items():
        assert (rect.left(), rect.top(), rect.right()) == (expected.left(), expected.top(), expected.right()), screen_id
    # The player page starts where the list's title did, and ends at the same right edge.
    watch = kiosk.window.screen(ScreenId.WATCH)
    tap(watch.rows["blue-heart-psa"])
    assert watch.is_player_open()
    assert window_rect(watch.close_button).left() == expected.left()
    assert window_rect(watch.close_button).top() == expected.top()
    assert window_rect(watch.surface).right() == expected.right()
    watch.close_player()


def heart_pixels(image: QImage, area: QRect) -> list[QPoint]:
    """The points of ``area`` painted in the Blue Heart's blue."""
    points = []
    for y in range(area.top(), area.bottom(), 3):
        for x in range(area.left(), area.right(), 3):
            colour = image.pixelColor(x, y)
            if colour.blue() > 180 and colour.red() < 60 and 120 < colour.green() < 190:
                points.append(QPoint(x, y))
    return points


@pytest.mark.parametrize("size", [(1600, 900), (1000, 562), (1000, 900)])
def test_the_paused_symbol_is_not_drawn_over_the_posters_heart(qapp, size):
    poster = QImage(str(POSTER))
    assert not poster.isNull()
    surface = VideoSurface()
    surface.resize(*size)
    surface.set_still(poster)
    plain = surface.grab().toImage()
    surface.set_paused_hint(True)
    hinted = surface.grab().toImage()
    heart = heart_pixels(plain, plain.rect())
    assert len(heart) > 500  # the poster's heart is there
    changed = [p for p in heart if hinted.pixelColor(p) != plain.pixelColor(p)]
    assert not changed, f"the paused symbol covers {len(changed)} points of the heart"
    # ... and the symbol is drawn, inside the picture.
    spot = surface.play_symbol_rect().toRect()
    assert hinted.pixelColor(spot.center()) != plain.pixelColor(spot.center())
    surface.deleteLater()


@pytest.fixture
def clip_playlist(monkeypatch, test_media):
    entries = [PlaylistEntry("clip", "video", test_media["clip"], {"en": "Clip"})]
    monkeypatch.setattr(watch_module, "playlist_entries", lambda context: list(entries))


def test_no_empty_caption_band_stays_after_the_end(qtbot, kiosk, clip_playlist):
    watch = open_screen(kiosk, ScreenId.WATCH)
    tap(watch.rows["clip"])
    qtbot.waitUntil(lambda: watch.player.is_playing, timeout=3000)
    assert watch.captions.isVisible()  # captions on: the band is there while it plays
    band_top = window_rect(watch.captions).top()
    watch.player.seek(2500)
    qtbot.waitUntil(lambda: not watch.player.is_playing, timeout=3000)
    qtbot.waitUntil(lambda: not watch.captions.isVisible(), timeout=1000)
    # The picture (the last frame) takes the band's place: no black strip under it.
    qtbot.waitUntil(lambda: window_rect(watch.surface).bottom() > band_top)
    # Played again, the band is back.
    tap(watch.play_button)
    qtbot.waitUntil(lambda: watch.player.is_playing, timeout=3000)
    assert watch.captions.isVisible()
    watch.close_player()


def test_in_portrait_a_long_title_never_squeezes_the_back_button(make_kiosk):
    kiosk = make_kiosk(size=(1080, 1920))
    watch = open_screen(kiosk, ScreenId.WATCH)
    tap(watch.rows["blue-heart-psa"])
    button = watch.close_button
    assert button.width() >= button.sizeHint().width(), "the Back button's words are cut"
    watch.close_player()
