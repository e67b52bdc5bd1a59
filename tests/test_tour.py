"""``blueheart-kiosk tour``: every language, and the accessibility variants."""

from __future__ import annotations

import pytest

from kiosk.app import KioskOptions
from kiosk.cli import build_parser
from kiosk.core.languages import LANGUAGE_CODES
from kiosk.diagnostics import tour


def test_tour_accepts_every_language_and_all():
    parser = build_parser()
    assert parser.parse_args(["tour", "--out", "x", "--lang", "all"]).lang == "all"
    assert parser.parse_args(["tour", "--out", "x", "--lang", "ar"]).lang == "ar"
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "all"])  # the kiosk itself runs in one language


def test_tour_shows_the_accessibility_variants_of_home_and_pledge():
    names = [name for name, _ in tour.tour_steps()]
    for name in ("accessibility-panel", "home-large-text", "home-high-contrast", "home-reach-mode",
                 "pledge-large-text", "pledge-high-contrast"):
        assert name in names


def test_tour_all_writes_one_folder_per_language(tmp_path, monkeypatch, qapp):
    from PySide6.QtGui import QImage

    steps = {name: enter for name, enter in tour.tour_steps()}
    monkeypatch.setattr(tour, "tour_steps", lambda: [("home-large-text", steps["home-large-text"])])
    written = tour.run_tour(tmp_path, (1280, 800), "all", KioskOptions(windowed=True))
    assert sorted(path.parent.name for path in written) == sorted(LANGUAGE_CODES)
    for path in written:
        assert QImage(str(path)).size().toTuple() == (1280, 800)
