"""Pledge export files: CSV for Excel and JSON Lines, written and read back for merging.

CSV is UTF-8 with a byte-order mark (Excel then reads every script) and safe
against formula injection: a cell starting with ``= + - @``, a tab or a
carriage return is prefixed with an apostrophe so a spreadsheet shows it as
text. A cell that itself starts with an apostrophe gets one more, so reading
the file back strips exactly one and gives the original text.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from kiosk.core.pledge import (
    Pledge,
    PledgeForm,
    canonical_uuid,
    describe,
    format_utc,
    make_pledge,
    parse_utc,
    validate,
)

COLUMNS = (
    "uuid",
    "kiosk_id",
    "created_utc",
    "language",
    "commitments",
    "first_name",
    "country",
    "email",
    "consent_contact",
    "consent_wall",
    "hidden",
)
COMMITMENT_SEPARATOR = ";"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"


class ExportFormat(enum.Enum):
    """The file formats an organiser can export to."""

    CSV = "csv"
    JSONL = "jsonl"

    @property
    def suffix(self) -> str:
        return "." + self.value


class LineProblem(enum.Enum):
    """Why a line (or a whole file) of an export could not be merged."""

    NOT_UTF8 = "not_utf8"
    UNKNOWN_FORMAT = "unknown_format"
    MISSING_COLUMNS = "missing_columns"
    BAD_JSON = "bad_json"
    NOT_AN_OBJECT = "not_an_object"
    WRONG_CELL_COUNT = "wrong_cell_count"
    BAD_UUID = "bad_uuid"
    BAD_KIOSK_ID = "bad_kiosk_id"
    BAD_TIME = "bad_time"
    BAD_FLAG = "bad_flag"
    BAD_COMMITMENTS = "bad_commitments"
    INVALID_PLEDGE = "invalid_pledge"


@dataclass(frozen=True)
class RejectedLine:
    """A line that was not merged: its number (1-based, 0 for the whole file) and why."""

    line: int
    problem: LineProblem
    detail: str = ""

    def describe(self) -> str:
        """English text for the command line and the log, e.g. ``line 4: bad_time: 'yesterday'``."""
        where = f"line {self.line}" if self.line else "file"
        return f"{where}: {self.problem.value}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class ParsedExport:
    """The pledges read from one export file and the lines rejected."""

    pledges: tuple[tuple[int, Pledge], ...]
    rejected: tuple[RejectedLine, ...]


class _LineError(Exception):
    def __init__(self, problem: LineProblem, detail: str = ""):
        super().__init__(problem, detail)
        self.problem = problem
        self.detail = detail


# -- writing -----------------------------------------------------------------


def neutralise_cell(text: str) -> str:
    """Make a CSV cell safe to open in a spreadsheet (see module docstring)."""
    if text.startswith(_FORMULA_STARTS) or text.startswith(_QUOTE):
        return _QUOTE + text
    return text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralise_cell`."""
    return text[1:] if text.startswith(_QUOTE) else text


def pledge_record(pledge: Pledge) -> dict[str, object]:
    """The pledge as a plain dict of JSON types, keys in :data:`COLUMNS` order."""
    return {
        "uuid": pledge.uuid,
        "kiosk_id": pledge.kiosk_id,
        "created_utc": format_utc(pledge.created_utc),
        "language": pledge.language,
        "commitments": list(pledge.commitments),
        "first_name": pledge.first_name,
        "country": pledge.country,
        "email": pledge.email,
        "consent_contact": pledge.consent_contact,
        "consent_wall": pledge.consent_wall,
        "hidden": pledge.hidden,
    }


def csv_row(pledge: Pledge) -> list[str]:
    """One CSV row of cells, already neutralised."""
    cells = []
    for value in pledge_record(pledge).values():
        if isinstance(value, bool):
            text = "1" if value else "0"
        elif isinstance(value, list):  # the commitments
            text = COMMITMENT_SEPARATOR.join(str(item) for item in value)
        else:
            text = str(value)
        cells.append(neutralise_cell(text))
    return cells


def write_csv(pledges: Iterable[Pledge], out: io.TextIOBase) -> int:
    """Write a header and one row per pledge; ``out`` must be opened with ``newline=""``."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for pledge in pledges:
        writer.writerow(csv_row(pledge))
        count += 1
    return count


def write_jsonl(pledges: Iterable[Pledge], out: io.TextIOBase) -> int:
    """Write one JSON object per line (UTF-8 text, not escaped to ASCII)."""
    count = 0
    for pledge in pledges:
        out.write(json.dumps(pledge_record(pledge), ensure_ascii=False) + "\n")
        count += 1
    return count


def write(pledges: Iterable[Pledge], out: io.TextIOBase, fmt: ExportFormat) -> int:
    """Write ``pledges`` in ``fmt``; return how many were written."""
    return write_csv(pledges, out) if fmt is ExportFormat.CSV else write_jsonl(pledges, out)


# -- reading -----------------------------------------------------------------


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes"):
        return True
    if text in ("0", "false", "no", ""):
        return False
    raise _LineError(LineProblem.BAD_FLAG, repr(value))


def pledge_from_record(record: dict[str, object]) -> Pledge:
    """Check a record read from a file and build the pledge; raise _LineError when bad."""
    try:
        pledge_uuid = canonical_uuid(str(record["uuid"]))
    except (ValueError, AttributeError):
        raise _LineError(LineProblem.BAD_UUID, repr(record["uuid"])) from None
    try:
        kiosk_id = canonical_uuid(str(record["kiosk_id"]))
    except (ValueError, AttributeError):
        raise _LineError(LineProblem.BAD_KIOSK_ID, repr(record["kiosk_id"])) from None
    try:
        created = parse_utc(str(record["created_utc"]))
    except ValueError:
        raise _LineError(LineProblem.BAD_TIME, repr(record["created_utc"])) from None
    commitments = record["commitments"]
    if isinstance(commitments, str):
        commitments = [c for c in commitments.split(COMMITMENT_SEPARATOR) if c]
    if not isinstance(commitments, list) or not all(isinstance(c, str) for c in commitments):
        raise _LineError(LineProblem.BAD_COMMITMENTS, repr(commitments))
    texts = {}
    for key in ("language", "first_name", "country", "email"):
        value = record[key]
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise _LineError(LineProblem.INVALID_PLEDGE, f"{key} is not text")
        texts[key] = value
    form = PledgeForm(
        language=texts["language"],
        commitments=tuple(commitments),
        first_name=texts["first_name"],
        country=texts["country"],
        email=texts["email"],
        consent_contact=_flag(record["consent_contact"]),
        consent_wall=_flag(record["consent_wall"]),
    )
    checked = validate(form)
    if not checked.ok:
        raise _LineError(LineProblem.INVALID_PLEDGE, ", ".join(describe(p) for p in checked.problems))
    pledge = make_pledge(checked.form, kiosk_id, created, pledge_uuid)
    return replace(pledge, hidden=_flag(record["hidden"]))


def _csv_records(text: str) -> Iterator[tuple[int, dict[str, object] | _LineError]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        yield 1, _LineError(LineProblem.MISSING_COLUMNS, ", ".join(missing))
        return
    index = {name: header.index(name) for name in COLUMNS}
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield line, _LineError(LineProblem.WRONG_CELL_COUNT, f"{len(row)} cells, expected {len(header)}")
            continue
        yield line, {name: restore_cell(row[i]) for name, i in index.items()}


def _jsonl_records(text: str) -> Iterator[tuple[int, dict[str, object] | _LineError]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, _LineError(LineProblem.BAD_JSON, error.msg)
            continue
        if not isinstance(record, dict):
            yield number, _LineError(LineProblem.NOT_AN_OBJECT)
            continue
        missing = [c for c in COLUMNS if c not in record]
        if missing:
            yield number, _LineError(LineProblem.MISSING_COLUMNS, ", ".join(missing))
            continue
        yield number, record


def guess_format(text: str) -> ExportFormat | None:
    """CSV when the first line is our header, JSON Lines when it is an object."""
    first = text.lstrip("\ufeff").lstrip().split("\n", 1)[0]
    if first.startswith("{"):
        return ExportFormat.JSONL
    if first.split(",", 1)[0].strip().strip('"') == COLUMNS[0]:
        return ExportFormat.CSV
    return None


def parse_export(data: bytes) -> ParsedExport:
    """Read an export file's bytes (CSV or JSON Lines, told apart by content)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return ParsedExport((), (RejectedLine(line, LineProblem.NOT_UTF8),))
    if not text.strip():
        return ParsedExport((), ())
    fmt = guess_format(text)
    if fmt is None:
        return ParsedExport((), (RejectedLine(0, LineProblem.UNKNOWN_FORMAT),))
    records = _csv_records(text) if fmt is ExportFormat.CSV else _jsonl_records(text)
    pledges: list[tuple[int, Pledge]] = []
    rejected: list[RejectedLine] = []
    for line, record in records:
        try:
            if isinstance(record, _LineError):
                raise record
            pledges.append((line, pledge_from_record(record)))
        except _LineError as error:
            rejected.append(RejectedLine(line, error.problem, error.detail))
    return ParsedExport(tuple(pledges), tuple(rejected))
