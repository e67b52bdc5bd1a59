"""Export files: Excel-safe CSV, JSON Lines, and reading them back for a merge."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.pledge import Pledge, PledgeForm, validate
from kiosk.core.pledge_files import (
    COLUMNS,
    ExportFormat,
    LineProblem,
    neutralise_cell,
    parse_export,
    restore_cell,
    write,
)

KIOSK = "9f5c9ecf-6749-4001-823f-71f329072bd3"


def pledge(n: int = 1, **changes) -> Pledge:
    values = dict(
        uuid=f"00000000-0000-4000-8000-{n:012d}",
        kiosk_id=KIOSK,
        created_utc=datetime(2026, 7, 30, 9, 0, n % 60, tzinfo=UTC),
        language="en",
        commitments=("learn", "report"),
        first_name="Ann",
        country="FR",
        email="ann@example.org",
        consent_contact=True,
        consent_wall=True,
    )
    values.update(changes)
    return Pledge(**values)


def export_bytes(pledges, fmt) -> bytes:
    out = io.StringIO(newline="")
    write(pledges, out, fmt)
    return out.getvalue().encode("utf-8")


@pytest.mark.parametrize(
    ("text", "cell"),
    [("=1+1", "'=1+1"), ("+33 1", "'+33 1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("'quoted", "''quoted"), ("Ann", "Ann"), ("", ""), ("a=b", "a=b")],
)
def test_cells_starting_like_a_formula_are_neutralised(text, cell):
    assert neutralise_cell(text) == cell
    assert restore_cell(cell) == text


def test_csv_has_bom_header_and_neutralised_names():
    data = export_bytes([pledge(first_name="=HYPERLINK(\"http://x\")", email="")], ExportFormat.CSV)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS)
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["first_name"] == "'=HYPERLINK(\"http://x\")"
    assert record["commitments"] == "learn;report"
    assert record["consent_wall"] == "1" and record["hidden"] == "0"
    assert record["created_utc"] == "2026-07-30T09:00:01.000000Z"
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in rows[1])


def test_jsonl_is_one_object_a_line_in_utf8():
    data = export_bytes([pledge(1, first_name="فاطمة"), pledge(2)], ExportFormat.JSONL)
    lines = data.decode("utf-8").splitlines()
    assert len(lines) == 2
    assert "فاطمة" in lines[0]
    assert json.loads(lines[0])["commitments"] == ["learn", "report"]


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_round_trip(fmt):
    pledges = [pledge(1), pledge(2, first_name="-Zoë", hidden=True, email="", consent_contact=False), pledge(3, country="")]
    parsed = parse_export(export_bytes(pledges, fmt))
    assert parsed.rejected == ()
    assert [p for _, p in parsed.pledges] == pledges


def test_bad_csv_lines_are_reported_with_their_numbers():
    good = export_bytes([pledge(1), pledge(2), pledge(3), pledge(4)], ExportFormat.CSV).decode("utf-8-sig")
    lines = good.split("\r\n")
    lines[2] = lines[2].replace("00000000-0000-4000-8000-000000000002", "not-a-uuid")
    lines[3] = lines[3].replace("2026-07-30T09:00:03.000000Z", "yesterday")
    lines[4] = lines[4] + ",extra"
    lines.insert(5, "")
    parsed = parse_export("\r\n".join(lines).encode("utf-8"))
    assert [p.uuid[-1] for _, p in parsed.pledges] == ["1"]
    assert [(r.line, r.problem) for r in parsed.rejected] == [
        (3, LineProblem.BAD_UUID),
        (4, LineProblem.BAD_TIME),
        (5, LineProblem.WRONG_CELL_COUNT),
    ]
    assert parsed.rejected[1].describe() == "line 4: bad_time: 'yesterday'"


def test_bad_jsonl_lines_are_reported_with_their_numbers():
    good = export_bytes([pledge(1)], ExportFormat.JSONL).decode()
    record = json.loads(good)
    bad_email = dict(record, uuid="00000000-0000-4000-8000-000000000009", email="nope")
    no_commitment = dict(record, uuid="00000000-0000-4000-8000-000000000008", commitments=[])
    text = "\n".join([good.strip(), "{broken", "[1]", json.dumps(bad_email), json.dumps({"uuid": "x"}), json.dumps(no_commitment)])
    parsed = parse_export(text.encode())
    assert len(parsed.pledges) == 1
    assert [(r.line, r.problem) for r in parsed.rejected] == [
        (2, LineProblem.BAD_JSON),
        (3, LineProblem.NOT_AN_OBJECT),
        (4, LineProblem.INVALID_PLEDGE),
        (5, LineProblem.MISSING_COLUMNS),
        (6, LineProblem.INVALID_PLEDGE),
    ]
    assert "not a valid email" in parsed.rejected[2].describe()


def test_whole_file_problems():
    assert parse_export(b"name,age\nAnn,3\n").rejected[0].problem is LineProblem.UNKNOWN_FORMAT
    assert parse_export(b"uuid,first_name\r\n").rejected[0].problem is LineProblem.MISSING_COLUMNS
    not_utf8 = parse_export(b"uuid,x\n\xff\xfe\n")
    assert not_utf8.rejected[0].problem is LineProblem.NOT_UTF8 and not_utf8.rejected[0].line == 2
    assert parse_export(b"") == parse_export(b"\n\n")


names = st.text(max_size=45)


@given(first_name=names, email_local=st.text(min_size=1, max_size=10), fmt=st.sampled_from(list(ExportFormat)))
def test_any_accepted_pledge_survives_export_and_import(first_name, email_local, fmt):
    form = validate(PledgeForm("ar", ("learn",), first_name, "", f"{email_local}@example.org", True, bool(first_name.strip())))
    if not form.ok:
        return
    original = pledge(7, first_name=form.form.first_name, email=form.form.email, consent_wall=form.form.consent_wall)
    parsed = parse_export(export_bytes([original], fmt))
    assert parsed.rejected == ()
    assert parsed.pledges[0][1] == original
