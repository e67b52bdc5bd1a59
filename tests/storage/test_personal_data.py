"""Erasing personal data: the retention purge at its boundary days, and erasing all now."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.core.pledge import Pledge, PledgeForm, make_pledge, validate
from kiosk.core.retention import personal_data_cutoff
from kiosk.storage.pledges import DATABASE_NAME, PledgeStore, add_many, erase_personal_data

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
KIOSK = "9f5c9ecf-6749-4001-823f-71f329072bd3"


def pledge(n: int, when: datetime) -> Pledge:
    form = validate(
        PledgeForm("fr", ("learn", "share"), f"Amina{n}", "FR", f"amina{n}@example.org", consent_contact=True, consent_wall=True)
    )
    assert form.ok, form.problems
    return make_pledge(form.form, KIOSK, when, f"00000000-0000-4000-8000-{n:012d}")


@pytest.fixture
def store(tmp_path):
    store = PledgeStore.open(tmp_path / "data", NOW)
    yield store
    store.database.close()


def _personal(store, n: int) -> tuple[str, str, str]:
    p = store.get(pledge(n, NOW).uuid)
    return p.first_name, p.email, p.country


# age in days (as a timedelta) → erased by a 90-day purge?
BOUNDARY = [
    (timedelta(days=89, hours=23, minutes=59, seconds=59), False),
    (timedelta(days=90), False),  # exactly 90 days old: not yet *older* than 90 days
    (timedelta(days=90, microseconds=1), True),
    (timedelta(days=90, seconds=1), True),
    (timedelta(days=91), True),
    (timedelta(days=400), True),
    (timedelta(0), False),
    (timedelta(days=-1), False),  # a clock that was ahead: kept
]


def test_the_purge_at_its_boundary_days(store):
    add_many(store, [pledge(n, NOW - age) for n, (age, _) in enumerate(BOUNDARY, 1)])
    erased = store.erase_personal_data(personal_data_cutoff(NOW, 90))
    assert erased == sum(1 for _, gone in BOUNDARY if gone)
    for n, (age, gone) in enumerate(BOUNDARY, 1):
        expected = ("", "", "") if gone else (f"Amina{n}", f"amina{n}@example.org", "FR")
        assert _personal(store, n) == expected, f"a pledge {age} old"


@pytest.mark.parametrize("days", [1, 7, 30, 365])
def test_other_day_counts_have_the_same_boundary(store, days):
    add_many(store, [
        pledge(1, NOW - timedelta(days=days)),
        pledge(2, NOW - timedelta(days=days, seconds=1)),
        pledge(3, NOW - timedelta(days=days - 1)),
    ])
    assert store.erase_personal_data(personal_data_cutoff(NOW, days)) == 1
    assert _personal(store, 2) == ("", "", "")
    assert _personal(store, 1)[0] == "Amina1" and _personal(store, 3)[0] == "Amina3"


def test_the_pledge_its_commitments_and_the_counts_remain(store):
    add_many(store, [pledge(n, NOW - timedelta(days=100 + n)) for n in range(1, 6)])
    assert store.erase_personal_data(personal_data_cutoff(NOW, 90)) == 5
    assert store.count() == 5
    assert store.count_between(NOW - timedelta(days=200), NOW) == 5
    kept = store.get(pledge(3, NOW).uuid)
    assert kept.commitments == ("learn", "share")
    assert kept.language == "fr" and kept.kiosk_id == KIOSK
    assert kept.created_utc == NOW - timedelta(days=103)
    # No name, no email: the consents are cleared too, and the wall shows nothing.
    assert not kept.consent_contact and not kept.consent_wall
    assert store.wall_names(10) == []


def test_running_it_again_erases_nothing_more(store):
    add_many(store, [pledge(1, NOW - timedelta(days=100))])
    assert store.erase_personal_data(personal_data_cutoff(NOW, 90)) == 1
    assert store.erase_personal_data(personal_data_cutoff(NOW, 90)) == 0


def test_erase_now_takes_every_pledge_and_leaves_no_trace_in_the_files(tmp_path):
    data = tmp_path / "data"
    store = PledgeStore.open(data, NOW)
    add_many(store, [pledge(n, NOW - timedelta(minutes=n)) for n in range(1, 40)])
    store.database.close()
    assert erase_personal_data(data) == 39
    store = PledgeStore.open(data, NOW)
    assert store.count() == 39
    assert all(p.first_name == p.email == p.country == "" for p in store.all())
    store.database.close()
    for path in data.glob(DATABASE_NAME + "*"):
        raw = path.read_bytes()
        assert b"amina" not in raw.lower(), f"{path.name} still holds a name or email"
