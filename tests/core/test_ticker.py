"""The ticker's motion: steady, monotone, no jump at the wrap; tapping finds the right item."""

from __future__ import annotations

import itertools
import random

import pytest

from kiosk.core.ticker import TickerClock, TickerStrip, copy_origins, item_at, strip_origin

SPEED = 90.0  # px/s
WIDTHS = [("a", 300.0), ("b", 520.0), ("c", 180.0)]
GAP = 100.0  # strip length: 300+520+180 + 3*100 = 1300


def frames(seconds: float = 60.0, fps: float = 60.0, jitter: float = 0.004, seed: int = 1):
    """Simulated frame times with a little jitter, as a real event loop gives."""
    rng = random.Random(seed)
    t, times = 0.0, []
    while t < seconds:
        times.append(t)
        t += 1.0 / fps + rng.uniform(-jitter, jitter)
    return times


def test_layout_ltr_and_rtl():
    ltr = TickerStrip.layout(WIDTHS, GAP)
    assert ltr.length == 1300
    assert [(i.item_id, i.start) for i in ltr.items] == [("a", 0), ("b", 400), ("c", 1020)]
    rtl = TickerStrip.layout(WIDTHS, GAP, rtl=True)
    assert [(i.item_id, i.start) for i in rtl.items] == [("a", 1000), ("b", 380), ("c", 100)]


@pytest.mark.parametrize("rtl", [False, True])
def test_distance_is_monotone_and_steady_over_a_simulated_minute(rtl):
    clock = TickerClock(SPEED, now=0.0)
    times = frames()
    distances = [clock.distance(t) for t in times]
    assert all(b > a for a, b in itertools.pairwise(distances))
    assert distances[-1] == pytest.approx(SPEED * times[-1])
    length = TickerStrip.layout(WIDTHS, GAP, rtl).length
    wraps = 0
    for (t0, d0), (t1, d1) in itertools.pairwise(zip(times, distances, strict=True)):
        o0, o1 = strip_origin(d0, length, rtl), strip_origin(d1, length, rtl)
        assert -length <= o0 <= 0 and -length <= o1 <= 0
        step = SPEED * (t1 - t0)
        moved = (o1 - o0) if rtl else (o0 - o1)
        if moved < 0:  # wrapped: the content moved by step, the origin jumped by one period
            wraps += 1
            moved += length
        # Every frame moves the content by exactly speed * dt: no jump at the wrap.
        assert moved == pytest.approx(step, abs=1e-6)
        assert 0 < moved < 2.0  # sub-pixel steps at 90 px/s and 60 fps
    assert wraps == int(SPEED * times[-1] // length)


def test_rtl_scrolls_the_other_way():
    length = 1300.0
    ltr = [strip_origin(d, length) for d in (10.0, 20.0)]
    rtl = [strip_origin(d, length, rtl=True) for d in (10.0, 20.0)]
    assert ltr[1] < ltr[0]
    assert rtl[1] > rtl[0]


def test_copies_cover_the_view_without_gaps():
    for origin in (-1300.0, -650.5, -0.25):
        copies = copy_origins(origin, 1300.0, 1700.0)
        assert copies[0] <= 0 < copies[0] + 1300
        assert copies[-1] + 1300 >= 1700
        assert all(b - a == 1300.0 for a, b in itertools.pairwise(copies))


def test_tap_hits_the_item_under_the_finger():
    strip = TickerStrip.layout(WIDTHS, GAP)
    assert item_at(strip, 10.0, 0.0) == "a"
    assert item_at(strip, 350.0, 0.0) is None  # the gap after "a"
    assert item_at(strip, 450.0, 0.0) == "b"
    # After scrolling 400 px, "b" has moved to the left edge.
    assert item_at(strip, 10.0, 400.0) == "b"
    # After a full period and a bit, the second copy shows "a" again.
    assert item_at(strip, 10.0, 1300.0) == "a"
    assert item_at(strip, 10.0, 1300.0 * 7 + 1025.0) == "c"


def test_tap_in_rtl_follows_the_mirrored_layout():
    strip = TickerStrip.layout(WIDTHS, GAP, rtl=True)
    # Unscrolled, origin is -1300: the first copy ends at 0, the second spans 0..1300.
    assert item_at(strip, 1299.0, 0.0) == "a"  # first headline at the right end
    assert item_at(strip, 1050.0, 0.0) == "a"
    assert item_at(strip, 600.0, 0.0) == "b"
    # Content moves right: after 100 px, what was at 600 is at 700.
    assert item_at(strip, 700.0, 100.0) == "b"


def test_rtl_starts_with_the_first_headline_at_the_right_edge():
    strip = TickerStrip.layout(WIDTHS, GAP, rtl=True)
    view = 1700.0
    assert item_at(strip, view - 1.0, 0.0, view) == "a"
    assert item_at(strip, view - 350.0, 0.0, view) is None  # the gap before "a"
    assert item_at(strip, view - 450.0, 0.0, view) == "b"
    # Moving right: 100 px later "a" reaches 100 px beyond the edge; "b" follows.
    assert item_at(strip, view - 350.0, 100.0, view) == "b"


def test_pause_freezes_and_resume_continues_without_a_jump():
    clock = TickerClock(SPEED, now=0.0)
    clock.pause(now=10.0)
    assert clock.distance(25.0) == pytest.approx(900.0)
    clock.resume(now=25.0)
    assert clock.distance(26.0) == pytest.approx(990.0)


def test_speed_change_keeps_the_distance():
    clock = TickerClock(SPEED, now=0.0)
    clock.set_speed(180.0, now=2.0)
    assert clock.distance(2.0) == pytest.approx(180.0)
    assert clock.distance(3.0) == pytest.approx(360.0)
