"""How long personal data is kept: the cutoff, with time passed in."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.retention import personal_data_cutoff
from kiosk.core.settings import settings_from_dict

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def test_the_cutoff_is_that_many_days_before_now():
    assert personal_data_cutoff(NOW, 90) == NOW - timedelta(days=90)
    assert personal_data_cutoff(NOW, 1) == NOW - timedelta(days=1)


def test_zero_keeps_everything():
    assert personal_data_cutoff(NOW, 0) is None


@given(st.integers(min_value=1, max_value=3650), st.integers(min_value=-10**6, max_value=10**6))
def test_a_pledge_loses_its_data_only_once_older_than_the_days(days, seconds_from_boundary):
    made = NOW - timedelta(days=days) + timedelta(seconds=seconds_from_boundary)
    erased = made < personal_data_cutoff(NOW, days)
    assert erased == (NOW - made > timedelta(days=days))


@pytest.mark.parametrize("bad", [-1, -90])
def test_negative_days_are_refused(bad):
    with pytest.raises(ValueError):
        personal_data_cutoff(NOW, bad)


def test_now_must_carry_its_zone():
    with pytest.raises(ValueError):
        personal_data_cutoff(datetime(2026, 12, 2), 90)


def test_the_setting_defaults_to_ninety_days_and_refuses_a_negative_one():
    assert settings_from_dict({}).settings.pledges.personal_data_days == 90
    loaded = settings_from_dict({"pledges": {"personal_data_days": 0}})
    assert loaded.settings.pledges.personal_data_days == 0 and not loaded.warnings
    loaded = settings_from_dict({"pledges": {"personal_data_days": -5}}, "kiosk.toml")
    assert loaded.settings.pledges.personal_data_days == 90
    assert loaded.warnings == ("kiosk.toml: pledges.personal_data_days: must be at least 0, not -5; using the default 90",)
