"""The pledge store: every pledge this kiosk knows, kept in SQLite.

Every method may be called from any thread (each thread gets its own
connection); the GUI calls the writing ones from a worker.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid as uuid_module
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.core.blocklist import Blocklist
from kiosk.core.pledge import Pledge, format_utc, parse_utc
from kiosk.core.pledge_files import ExportFormat, LineProblem, RejectedLine, parse_export, write
from kiosk.storage.database import (
    Database,
    DatabaseBugError,
    StartWarning,
    open_database,
    translated_errors,
)

if TYPE_CHECKING:
    from kiosk.storage.events import EventMergeReport

log = logging.getLogger(__name__)

DATABASE_NAME = "pledges.sqlite3"
KIOSK_ID_NAME = "kiosk-id"


@dataclass(frozen=True)
class WallName:
    """A first name the wall may show, with the pledge it belongs to."""

    uuid: str
    first_name: str


@dataclass(frozen=True)
class PledgeSummary:
    """What Admin lists to hide a pledge from the wall (never the email)."""

    uuid: str
    created_utc: datetime
    first_name: str
    consent_wall: bool
    hidden: bool


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote."""

    path: Path
    format: ExportFormat
    written: int
    #: The anonymous events written beside the pledges (``x.events.jsonl``), and how many.
    events_path: Path | None = None
    events_written: int = 0


@dataclass
class FileMergeReport:
    """What a merge did with one file."""

    path: Path
    added: int = 0
    already_present: int = 0
    rejected: list[RejectedLine] = field(default_factory=list)


@dataclass
class MergeReport:
    """What a merge did, file by file."""

    files: list[FileMergeReport] = field(default_factory=list)
    #: Events files merged (given, or found beside a pledge file), see kiosk/storage/events.py.
    events: list[EventMergeReport] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def already_present(self) -> int:
        return sum(f.already_present for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(len(f.rejected) for f in self.files) + sum(len(e.rejected) for e in self.events)


def kiosk_id(data_dir: Path) -> str:
    """This kiosk's id: made once (uuid4), kept in ``data_dir``, the same ever after.

    A missing or unreadable id file is replaced by a new id (logged).
    """
    path = Path(data_dir) / KIOSK_ID_NAME
    try:
        return str(uuid_module.UUID(path.read_text(encoding="ascii").strip()))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, UnicodeDecodeError) as error:
        log.warning("Kiosk id file %s unreadable (%s); making a new id", path, error)
    new_id = str(uuid_module.uuid4())
    with translated_errors():
        path.parent.mkdir(parents=True, exist_ok=True)
        _write_durably(path, (new_id + "\n").encode("ascii"))
    return new_id


def _write_durably(path: Path, data: bytes) -> None:
    """Write to a temporary file, flush it to disk and rename it over ``path``."""
    temporary = path.with_name(path.name + ".part")
    with open(temporary, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


def _row_to_pledge(row: sqlite3.Row) -> Pledge:
    return Pledge(
        uuid=row["uuid"],
        kiosk_id=row["kiosk_id"],
        created_utc=parse_utc(row["created_utc"]),
        language=row["language"],
        commitments=tuple(json.loads(row["commitments"])),
        first_name=row["first_name"],
        country=row["country"],
        email=row["email"],
        consent_contact=bool(row["consent_contact"]),
        consent_wall=bool(row["consent_wall"]),
        hidden=bool(row["hidden"]),
    )


_INSERT = """
    INSERT OR IGNORE INTO pledges (uuid, kiosk_id, created_utc, language, commitments,
        first_name, country, email, consent_contact, consent_wall, hidden)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


def _insert_values(pledge: Pledge) -> tuple[str, str, str, str, str, str, str, str, int, int, int]:
    return (
        pledge.uuid,
        pledge.kiosk_id,
        format_utc(pledge.created_utc),
        pledge.language,
        json.dumps(list(pledge.commitments), ensure_ascii=False),
        pledge.first_name,
        pledge.country,
        pledge.email,
        int(pledge.consent_contact),
        int(pledge.consent_wall),
        int(pledge.hidden),
    )


class PledgeStore:
    """Pledges in a SQLite database.

    Args:
        database: the opened database (see :meth:`open`).
        start_warning: what went wrong opening it at start, if anything.
    """

    def __init__(self, database: Database, start_warning: StartWarning | None = None):
        self.database = database
        self.start_warning = start_warning

    @classmethod
    def open(cls, data_dir: Path, now: datetime | None = None) -> PledgeStore:
        """Open the store in ``data_dir``, moving an unreadable file aside (see open_database).

        Raises:
            KnownDatabaseError: when no database can be made there (read-only, disk full).
        """
        database, warning = open_database(Path(data_dir) / DATABASE_NAME, now)
        return cls(database, warning)

    def close(self) -> None:
        """Close this thread's connection (the worker's, at exit)."""
        self.database.close()

    # -- visitors ------------------------------------------------------------

    def add(self, pledge: Pledge) -> int:
        """Store a pledge; return the new total. Returns only after the commit."""
        with self.database.transaction() as connection:
            cursor = connection.execute(_INSERT, _insert_values(pledge))
            if cursor.rowcount != 1:
                raise DatabaseBugError(f"pledge {pledge.uuid} already stored")
            total = connection.execute("SELECT total FROM pledge_count WHERE id = 1").fetchone()[0]
        return int(total)

    def count(self) -> int:
        """Every pledge the kiosk knows (its own and merged), read from the kept counter."""
        return int(self.database.query("SELECT total FROM pledge_count WHERE id = 1")[0][0])

    def count_between(self, start: datetime, end: datetime) -> int:
        """Pledges made in [start, end) (an index range, not a table scan)."""
        rows = self.database.query(
            "SELECT COUNT(*) FROM pledges WHERE created_utc >= ? AND created_utc < ?",
            (format_utc(start), format_utc(end)),
        )
        return int(rows[0][0])

    def count_today(self, now: datetime) -> int:
        """Pledges made on ``now``'s local calendar day (``now`` must be aware)."""
        local = now.astimezone()
        midnight = datetime.combine(local.date(), time(0)).astimezone()
        next_midnight = datetime.combine(local.date() + timedelta(days=1), time(0)).astimezone()
        return self.count_between(midnight, next_midnight)

    def wall_names(self, limit: int, blocklist: Blocklist | None = None) -> list[WallName]:
        """First names the wall may show, newest first.

        Only pledges with a name, consent to the wall, not hidden, and (when a
        blocklist is given) allowed by it.
        """
        names: list[WallName] = []
        for row in self._iter_rows(
            "SELECT uuid, first_name FROM pledges"
            " WHERE consent_wall = 1 AND hidden = 0 AND first_name != ''"
            " ORDER BY created_utc DESC, uuid"
        ):
            if blocklist is None or blocklist.allows(row[1]):
                names.append(WallName(row[0], row[1]))
                if len(names) >= limit:
                    break
        return names

    def _iter_rows(self, sql: str, params: tuple[object, ...] = ()) -> Iterator[tuple[Any, ...]]:
        connection = self.database.connection()
        with translated_errors():
            cursor = connection.execute(sql, params)
            try:
                while batch := cursor.fetchmany(200):
                    yield from batch
            finally:
                cursor.close()

    # -- organiser -----------------------------------------------------------

    def recent(self, limit: int, offset: int = 0) -> list[PledgeSummary]:
        """The newest pledges with a first name, for Admin's hide list."""
        rows = self.database.query(
            "SELECT uuid, created_utc, first_name, consent_wall, hidden FROM pledges"
            " WHERE first_name != '' ORDER BY created_utc DESC, uuid LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [
            PledgeSummary(r[0], parse_utc(r[1]), r[2], bool(r[3]), bool(r[4])) for r in rows
        ]

    def get(self, pledge_uuid: str) -> Pledge | None:
        """The pledge with this id, or None."""
        rows = self.database.query("SELECT * FROM pledges WHERE uuid = ?", (pledge_uuid,))
        return _row_to_pledge(rows[0]) if rows else None

    def all(self) -> Iterator[Pledge]:
        """Every pledge, oldest first (streamed)."""
        connection = self.database.connection()
        with translated_errors():
            cursor = connection.execute("SELECT * FROM pledges ORDER BY created_utc, uuid")
            cursor.row_factory = sqlite3.Row
            try:
                while batch := cursor.fetchmany(500):
                    for row in batch:
                        yield _row_to_pledge(row)
            finally:
                cursor.close()

    def hide(self, pledge_uuid: str, hidden: bool = True) -> bool:
        """Hide a pledge from the wall (or show it again); False when there is no such pledge."""
        with self.database.transaction() as connection:
            cursor = connection.execute(
                "UPDATE pledges SET hidden = ? WHERE uuid = ?", (int(hidden), pledge_uuid)
            )
        return cursor.rowcount == 1

    def erase_all(self) -> int:
        """Delete every pledge for good (freed pages are zeroed); return how many were erased."""
        with self.database.transaction() as connection:
            erased = connection.execute("DELETE FROM pledges").rowcount
        with translated_errors():
            # Move the erased pages out of the write-ahead log into the zeroed file.
            self.database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return erased

    def erase_personal_data(self, before: datetime | None = None) -> int:
        """Erase the first name, email and country of pledges made before ``before`` (None: all).

        The pledges, their commitments and the counts stay; with no name and no email the
        consents mean nothing any more and are cleared too. Freed bytes are zeroed
        (secure_delete) and moved out of the write-ahead log. Returns how many pledges lost data.
        """
        sql = (
            "UPDATE pledges SET first_name = '', email = '', country = '', consent_contact = 0, consent_wall = 0"
            " WHERE (first_name != '' OR email != '' OR country != '' OR consent_contact != 0 OR consent_wall != 0)"
        )
        params: tuple[str, ...] = ()
        if before is not None:
            sql += " AND created_utc < ?"
            params = (format_utc(before),)
        with self.database.transaction() as connection:
            erased = connection.execute(sql, params).rowcount
        if erased:
            with translated_errors():
                self.database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if before is None:
            log.info("Personal data erased from %d pledges (all)", erased)
        else:
            log.info("Personal data erased from %d pledges made before %s", erased, format_utc(before))
        return erased

    def export(self, path: Path, fmt: ExportFormat) -> ExportReport:
        """Write every pledge to ``path`` (via a temporary file, flushed to disk).

        Raises:
            KnownDatabaseError: the target is full or read-only.
        """
        path = Path(path)
        temporary = path.with_name(path.name + ".part")
        connection = self.database.connection()
        with translated_errors():
            # One read transaction: the file is a consistent snapshot.
            connection.execute("BEGIN")
            try:
                with open(temporary, "w", encoding="utf-8", newline="") as out:
                    written = write(self.all(), out, fmt)
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException:
                temporary.unlink(missing_ok=True)
                raise
            finally:
                connection.execute("COMMIT")
            os.replace(temporary, path)
        log.info("Exported %d pledges to %s", written, path)
        from kiosk.core.events import events_file_for
        from kiosk.storage.events import EventStore

        events_path = path.with_name(events_file_for(path.name))
        events_written = EventStore(self.database).export(events_path)
        return ExportReport(path, fmt, written, events_path, events_written)

    def merge(self, paths: Sequence[Path]) -> MergeReport:
        """Add the pledges of other kiosks' export files; one already known is skipped.

        Merging the same file twice changes nothing. Each file is one transaction.
        """
        from kiosk.core.events import events_file_for, is_events_file
        from kiosk.storage.events import EventStore

        report = MergeReport()
        events = EventStore(self.database)
        for path in paths:
            if is_events_file(Path(path).name):
                report.events.append(events.merge(Path(path)))
                continue
            beside = Path(path).with_name(events_file_for(Path(path).name))
            if beside.is_file() and beside not in [Path(p) for p in paths]:
                report.events.append(events.merge(beside))
            file_report = FileMergeReport(Path(path))
            report.files.append(file_report)
            try:
                data = Path(path).read_bytes()
            except OSError as error:
                file_report.rejected.append(RejectedLine(0, LineProblem.UNKNOWN_FORMAT, str(error)))
                continue
            parsed = parse_export(data)
            file_report.rejected.extend(parsed.rejected)
            with self.database.transaction() as connection:
                for _line, pledge in parsed.pledges:
                    cursor = connection.execute(_INSERT, _insert_values(pledge))
                    if cursor.rowcount == 1:
                        file_report.added += 1
                    else:
                        file_report.already_present += 1
            log.info(
                "Merged %s: %d added, %d already present, %d rejected",
                path,
                file_report.added,
                file_report.already_present,
                len(file_report.rejected),
            )
        return report

    # -- analytics -----------------------------------------------------------

    def record_event(self, kind: str, detail: str, now: datetime) -> None:
        """Keep an anonymous event (e.g. ``screen_view``, ``learn``)."""
        with self.database.transaction() as connection:
            connection.execute(
                "INSERT INTO events (created_utc, kind, detail) VALUES (?, ?, ?)",
                (format_utc(now), kind, detail),
            )

    def event_counts(self, kind: str) -> dict[str, int]:
        """How often each detail of one kind of event was recorded."""
        rows = self.database.query(
            "SELECT detail, COUNT(*) FROM events WHERE kind = ? GROUP BY detail", (kind,)
        )
        return {r[0]: r[1] for r in rows}


def add_many(store: PledgeStore, pledges: Iterable[Pledge]) -> int:
    """Store several pledges in one transaction (tests and benchmarks); return how many were new."""
    added = 0
    with store.database.transaction() as connection:
        for pledge in pledges:
            added += connection.execute(_INSERT, _insert_values(pledge)).rowcount
    return added


def export_pledges(data_dir: Path, out: Path, fmt: ExportFormat) -> ExportReport:
    """``blueheart-kiosk export-pledges``: write every pledge of the kiosk in ``data_dir``."""
    return PledgeStore.open(data_dir).export(out, fmt)


def erase_personal_data(data_dir: Path, before: datetime | None = None) -> int:
    """``blueheart-kiosk erase-personal-data``: erase names, emails and countries in ``data_dir``."""
    store = PledgeStore.open(data_dir)
    try:
        return store.erase_personal_data(before)
    finally:
        store.database.close()


def merge_pledges(data_dir: Path, paths: Sequence[Path]) -> MergeReport:
    """``blueheart-kiosk merge-pledges``: add other kiosks' exports to the kiosk in ``data_dir``."""
    return PledgeStore.open(data_dir).merge(paths)
