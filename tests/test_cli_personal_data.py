"""``blueheart-kiosk erase-personal-data`` as an organiser runs it."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta

from kiosk.cli import main
from kiosk.core.pledge import PledgeForm, make_pledge, validate
from kiosk.storage.pledges import PledgeStore

KIOSK = "11111111-1111-4111-8111-111111111111"


def _kiosk(data_dir, ages_in_days):
    store = PledgeStore.open(data_dir)
    now = datetime.now(UTC)
    for n, days in enumerate(ages_in_days, start=1):
        form = validate(PledgeForm("es", ("learn",), f"Luis{n}", "ES", f"luis{n}@example.org", True, True)).form
        store.add(make_pledge(form, KIOSK, now - timedelta(days=days)))
    store.database.close()


def _names(data_dir):
    store = PledgeStore.open(data_dir)
    try:
        return sorted(p.first_name for p in store.all())
    finally:
        store.database.close()


def test_erase_all_with_yes(tmp_path, capsys):
    _kiosk(tmp_path, [1, 2, 200])
    assert main(["erase-personal-data", "--yes", "--data-dir", str(tmp_path)]) == 0
    assert "Personal data erased from 3 pledges (all pledges)" in capsys.readouterr().out
    assert _names(tmp_path) == ["", "", ""]  # three pledges remain, nameless


def test_erase_only_the_older_ones(tmp_path, capsys):
    _kiosk(tmp_path, [1, 29, 31, 200])
    assert main(["erase-personal-data", "--yes", "--older-than", "30", "--data-dir", str(tmp_path)]) == 0
    assert "erased from 2 pledges (pledges older than 30 days)" in capsys.readouterr().out
    assert _names(tmp_path) == ["", "", "Luis1", "Luis2"]


def test_without_yes_it_asks_and_no_keeps_everything(tmp_path, capsys, monkeypatch):
    _kiosk(tmp_path, [5])
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert main(["erase-personal-data", "--data-dir", str(tmp_path)]) == 1
    assert "Nothing was erased." in capsys.readouterr().out
    assert _names(tmp_path) == ["Luis1"]


def test_without_a_terminal_it_needs_yes(tmp_path, capsys, monkeypatch):
    _kiosk(tmp_path, [5])
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["erase-personal-data", "--data-dir", str(tmp_path)]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert _names(tmp_path) == ["Luis1"]


def test_a_bad_day_count_is_refused(tmp_path, capsys):
    assert main(["erase-personal-data", "--yes", "--older-than", "0", "--data-dir", str(tmp_path)]) == 2
    assert "--older-than needs a number of days of 1 or more" in capsys.readouterr().err
