"""export-pledges and merge-pledges as an organiser runs them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from kiosk.cli import main
from kiosk.core.pledge import PledgeForm, make_pledge, validate
from kiosk.storage.pledges import PledgeStore


def _kiosk_with_pledges(data_dir, names, kiosk="11111111-1111-4111-8111-111111111111"):
    store = PledgeStore.open(data_dir)
    for n, name in enumerate(names, start=1):
        form = validate(PledgeForm("fr", ("learn",), name, consent_wall=True)).form
        store.add(make_pledge(form, kiosk, datetime(2026, 7, 30, 9, n, tzinfo=UTC)))
    return store


def test_export_then_merge_twice_counts_each_pledge_once(tmp_path, capsys):
    _kiosk_with_pledges(tmp_path / "a", ["Ann", "=1+2", "Zoë"])
    out = tmp_path / "a.csv"
    assert main(["export-pledges", "--data-dir", str(tmp_path / "a"), "--out", str(out)]) == 0
    assert "Exported 3 pledges" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "'=1+2" in out.read_text(encoding="utf-8-sig")

    jsonl = tmp_path / "a.jsonl"
    assert main(["export-pledges", "--data-dir", str(tmp_path / "a"), "--out", str(jsonl), "--format", "jsonl"]) == 0
    assert [json.loads(line)["first_name"] for line in jsonl.read_text().splitlines()] == ["Ann", "=1+2", "Zoë"]

    target = tmp_path / "b"
    _kiosk_with_pledges(target, ["Bob"], kiosk="22222222-2222-4222-8222-222222222222")
    assert main(["merge-pledges", "--data-dir", str(target), str(out), str(jsonl)]) == 0
    text = capsys.readouterr().out
    assert "3 added, 0 already present" in text and "0 added, 3 already present" in text
    assert main(["merge-pledges", "--data-dir", str(target), str(out)]) == 0
    assert "Total: 0 added, 3 already present, 0 rejected" in capsys.readouterr().out
    assert PledgeStore.open(target).count() == 4


def test_merge_reports_bad_lines_with_numbers(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"uuid": "x"}\nnot json\n', encoding="utf-8")
    assert main(["merge-pledges", "--data-dir", str(tmp_path / "d"), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "0 added, 0 already present, 2 rejected" in captured.out
    assert "line 1: missing_columns" in captured.err and "line 2: bad_json" in captured.err


def test_export_to_an_impossible_place_says_why(tmp_path, capsys):
    assert main(["export-pledges", "--data-dir", str(tmp_path / "d"), "--out", str(tmp_path / "no" / "x.csv")]) == 1
    assert "could not export" in capsys.readouterr().err
