"""The [fleet] section: checked before any connection; off (silently) without a url."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.core.fleet import MAX_BACKOFF_SECONDS, FleetState, backoff_seconds, describe_url, fleet_config
from kiosk.core.settings import FleetSection, settings_from_dict


def test_no_section_means_no_fleet_and_no_warning():
    loaded = settings_from_dict({"kiosk": {"language": "fr"}})
    assert loaded.warnings == ()
    assert fleet_config(loaded.settings.fleet) == (None, [])


def test_a_good_section():
    loaded = settings_from_dict({"fleet": {
        "url": "postgresql://kiosk_geneva@db.example.org:5433/blueheart?sslmode=verify-full&sslrootcert=/etc/ca.pem",
        "event": "geneva-2026", "sync_seconds": 60, "password_file": "~/fleet.pw",
    }}, "k.toml")
    assert loaded.warnings == ()
    config, problems = fleet_config(loaded.settings.fleet, "k.toml")
    assert problems == []
    assert config.event == "geneva-2026" and config.sync_seconds == 60
    assert config.password_file == Path("~/fleet.pw").expanduser()
    assert config.where == "kiosk_geneva@db.example.org:5433/blueheart"


@pytest.mark.parametrize(
    ("url", "event", "words"),
    [
        ("mysql://db/x", "e", "fleet.url: must start with postgresql://"),
        ("postgresql://k:hunter2@db/x", "e", "fleet.url: holds a password"),
        ("postgresql://k@db/x?password=hunter2", "e", "fleet.url: holds a password"),
        ("postgresql://k@db/x?sslmode=sometimes", "e", "fleet.url: sslmode must be one of"),
        ("postgresql://k@db:99999999/x", "e", "fleet.url: not a valid URL"),
        ("postgresql://k@db/x", "", "fleet.event: must be 1-64 letters"),
        ("postgresql://k@db/x", "a b", "fleet.event: must be 1-64 letters"),
    ],
)
def test_a_bad_section_turns_sync_off_with_a_line_per_problem(url, event, words):
    config, problems = fleet_config(FleetSection(url=url, event=event), "k.toml")
    assert config is None
    assert any(p.startswith("k.toml: ") and words in p and p.endswith("sync is off") for p in problems), problems
    assert not any("hunter2" in p for p in problems)


def test_sync_seconds_has_bounds():
    loaded = settings_from_dict({"fleet": {"sync_seconds": 1}}, "k.toml")
    assert loaded.settings.fleet.sync_seconds == 30
    assert "k.toml: fleet.sync_seconds: must be at least 5" in loaded.warnings[0]


def test_back_off_doubles_then_stops_growing():
    waits = [backoff_seconds(n, 30) for n in range(8)]
    assert waits[:5] == [30, 60, 120, 240, 480]
    assert waits[-1] == MAX_BACKOFF_SECONDS
    assert backoff_seconds(3, 30, jitter=0.99) <= 240 * 1.25


def test_the_counter_falls_back_to_the_local_count():
    assert FleetState().supporters(7) == 7
    offline = FleetState(connected=False, event_total=500, local_at_sync=5)
    assert offline.supporters(7) == 7
    online = FleetState(connected=True, event_total=500, local_at_sync=5, queued=0)
    assert online.supporters(5) == 500
    assert online.supporters(7) == 502  # two pledges made here since the last sync


def test_describe_url_never_shows_a_password():
    assert describe_url("postgresql://u:pw@h:1/d?sslmode=require") == "u@h:1/d"
