"""A small SQLite wrapper: one connection per thread, versioned schema, errors sorted.

Every connection uses the WAL journal with ``synchronous=FULL``, so a
committed transaction survives a power cut. The schema version lives in
``PRAGMA user_version``; :data:`MIGRATIONS` brings any older file up to date.

Errors are split like qutebrowser's ``misc/sql.py``: :class:`KnownDatabaseError`
for what the world does to a kiosk (disk full, read-only folder, locked,
corrupt file), which the UI turns into a calm message, and
:class:`DatabaseBugError` for everything else (a mistake in our SQL).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 5.0


class StorageProblem(enum.Enum):
    """The known ways storage fails; the UI maps each to a sentence."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    CANNOT_OPEN = "cannot_open"


class DatabaseError(Exception):
    """Base of every error raised by :class:`Database`."""


class KnownDatabaseError(DatabaseError):
    """A failure the kiosk expects and survives: the visitor sees "could not save"."""

    def __init__(self, problem: StorageProblem, message: str = ""):
        super().__init__(f"{problem.value}: {message}" if message else problem.value)
        self.problem = problem


class DatabaseBugError(DatabaseError):
    """A failure that means our code is wrong (bad SQL, misuse of the API)."""


# Primary SQLite result codes (https://www.sqlite.org/rescode.html).
_SQLITE_CODES = {
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    5: StorageProblem.LOCKED,  # SQLITE_BUSY
    6: StorageProblem.LOCKED,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    10: StorageProblem.CANNOT_OPEN,  # SQLITE_IOERR
    11: StorageProblem.CORRUPT,  # SQLITE_CORRUPT
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    14: StorageProblem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: StorageProblem.CORRUPT,  # SQLITE_NOTADB
}
_OS_ERRNOS = {
    28: StorageProblem.DISK_FULL,  # ENOSPC
    122: StorageProblem.DISK_FULL,  # EDQUOT
    30: StorageProblem.READ_ONLY,  # EROFS
    13: StorageProblem.READ_ONLY,  # EACCES
    1: StorageProblem.READ_ONLY,  # EPERM
}


def classify(error: BaseException) -> DatabaseError:
    """Turn a sqlite3 or OS error into a known error or a bug."""
    if isinstance(error, DatabaseError):
        return error
    if isinstance(error, OSError):
        problem = _OS_ERRNOS.get(error.errno or 0, StorageProblem.CANNOT_OPEN)
        return KnownDatabaseError(problem, str(error))
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _SQLITE_CODES:
        return KnownDatabaseError(_SQLITE_CODES[code & 0xFF], str(error))
    if isinstance(error, sqlite3.OperationalError):
        text = str(error).lower()
        for needle, problem in (
            ("disk is full", StorageProblem.DISK_FULL),
            ("database or disk is full", StorageProblem.DISK_FULL),
            ("readonly", StorageProblem.READ_ONLY),
            ("read-only", StorageProblem.READ_ONLY),
            ("locked", StorageProblem.LOCKED),
            ("malformed", StorageProblem.CORRUPT),
            ("not a database", StorageProblem.CORRUPT),
            ("unable to open", StorageProblem.CANNOT_OPEN),
            ("disk i/o error", StorageProblem.CANNOT_OPEN),
        ):
            if needle in text:
                return KnownDatabaseError(problem, str(error))
    if isinstance(error, sqlite3.DatabaseError) and "malformed" in str(error).lower():
        return KnownDatabaseError(StorageProblem.CORRUPT, str(error))
    return DatabaseBugError(f"{type(error).__name__}: {error}")


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """Re-raise sqlite3 and OS errors as :class:`KnownDatabaseError` or :class:`DatabaseBugError`."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise classify(error) from error


Migration = Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Migration:
    def run(connection: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            connection.execute(statement)

    return run


def _statements(sql: str) -> list[str]:
    """Split a script at top-level semicolons (trigger bodies keep theirs)."""
    statements, current = [], ""
    for part in sql.split(";"):
        current += part
        if sqlite3.complete_statement(current + ";"):
            if current.strip():
                statements.append(current.strip())
            current = ""
        else:
            current += ";"
    return statements


MIGRATIONS: tuple[Migration, ...] = (
    # 1: pledges
    _script(
        """
        CREATE TABLE pledges (
            uuid TEXT PRIMARY KEY,
            kiosk_id TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            language TEXT NOT NULL,
            commitments TEXT NOT NULL,
            first_name TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            consent_contact INTEGER NOT NULL DEFAULT 0,
            consent_wall INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0
        );
        """
    ),
    # 2: a trigger-kept count (the counter never scans the table) and an index by time
    _script(
        """
        CREATE TABLE pledge_count (id INTEGER PRIMARY KEY CHECK (id = 1), total INTEGER NOT NULL);
        INSERT INTO pledge_count (id, total) SELECT 1, COUNT(*) FROM pledges;
        CREATE TRIGGER pledge_count_insert AFTER INSERT ON pledges
            BEGIN UPDATE pledge_count SET total = total + 1 WHERE id = 1; END;
        CREATE TRIGGER pledge_count_delete AFTER DELETE ON pledges
            BEGIN UPDATE pledge_count SET total = total - 1 WHERE id = 1; END;
        CREATE INDEX pledges_by_time ON pledges (created_utc);
        """
    ),
    # 3: anonymous analytics (which screens were opened, when)
    _script(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            created_utc TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        """
    ),
    # 4: the fleet outbox. A trigger queues each new pledge in the same transaction that stores
    # it, so nothing committed can miss the outbox; a pledge erased before it left leaves the
    # outbox with it. ``kind`` leaves room for analytics events ('event') next to 'pledge'.
    _script(
        """
        CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            item TEXT NOT NULL,
            queued_utc TEXT NOT NULL,
            UNIQUE (kind, item)
        );
        INSERT INTO outbox (kind, item, queued_utc)
            SELECT 'pledge', uuid, created_utc FROM pledges ORDER BY created_utc, uuid;
        CREATE TRIGGER outbox_pledge_queued AFTER INSERT ON pledges
            BEGIN
                INSERT OR IGNORE INTO outbox (kind, item, queued_utc)
                VALUES ('pledge', NEW.uuid, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
            END;
        CREATE TRIGGER outbox_pledge_erased AFTER DELETE ON pledges
            BEGIN DELETE FROM outbox WHERE kind = 'pledge' AND item = OLD.uuid; END;
        CREATE TABLE fleet_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    ),
    # 5: events as kiosk/core/events.py describes them: merged by uuid, grouped by local day
    _script(
        """
        ALTER TABLE events ADD COLUMN uuid TEXT;
        ALTER TABLE events ADD COLUMN kiosk_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN visit TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN day TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN hour INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN extra TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN value REAL NOT NULL DEFAULT 0;
        UPDATE events SET uuid = lower(hex(randomblob(16))), day = substr(created_utc, 1, 10),
            hour = CAST(substr(created_utc, 12, 2) AS INTEGER);
        CREATE UNIQUE INDEX events_by_uuid ON events (uuid);
        CREATE INDEX events_by_day ON events (day);
        """
    ),
    # 6: running totals per day, kept by triggers as events arrive, so that Admin → Impact
    # reads a few thousand rows, not a million events (kiosk/storage/events.py reads them).
    # event_totals: (day, kind, key, hour) → count, sum of values, count of values ≥ 0.9.
    #   key is the event's detail; for visit_end the whole seconds (a histogram for the median
    #   and p90); "kiosk" rows count each kiosk's visits; "reach" rows count distinct visits per
    #   screen (and "pledge_made"), through visit_reach. The hour is kept for visit_start and
    #   pledge only.
    _script(
        """
        CREATE TABLE event_totals (
            day TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, hour INTEGER NOT NULL,
            n INTEGER NOT NULL, total REAL NOT NULL, done INTEGER NOT NULL,
            PRIMARY KEY (day, kind, key, hour)
        ) WITHOUT ROWID;
        CREATE TABLE visit_reach (
            visit TEXT NOT NULL, key TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (visit, key)
        ) WITHOUT ROWID;
        CREATE INDEX visit_reach_by_day ON visit_reach (day);
        CREATE TRIGGER event_totals_insert AFTER INSERT ON events BEGIN
            INSERT INTO event_totals (day, kind, key, hour, n, total, done) VALUES (
                NEW.day, NEW.kind,
                CASE NEW.kind WHEN 'visit_end' THEN CAST(CAST(NEW.value AS INTEGER) AS TEXT) ELSE NEW.detail END,
                CASE WHEN NEW.kind IN ('visit_start', 'pledge') THEN NEW.hour ELSE 0 END,
                1, NEW.value, NEW.value >= 0.9)
            ON CONFLICT (day, kind, key, hour) DO UPDATE
                SET n = n + 1, total = total + excluded.total, done = done + excluded.done;
        END;
        CREATE TRIGGER event_totals_kiosk AFTER INSERT ON events WHEN NEW.kind = 'visit_start' BEGIN
            INSERT INTO event_totals (day, kind, key, hour, n, total, done)
                VALUES (NEW.day, 'kiosk', NEW.kiosk_id, 0, 1, 0, 0)
            ON CONFLICT (day, kind, key, hour) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER event_reach AFTER INSERT ON events
            WHEN NEW.visit != '' AND NEW.kind IN ('screen_view', 'pledge') BEGIN
            INSERT OR IGNORE INTO visit_reach (visit, key, day)
                VALUES (NEW.visit, CASE NEW.kind WHEN 'pledge' THEN 'pledge_made' ELSE NEW.detail END, NEW.day);
        END;
        CREATE TRIGGER event_reach_totals AFTER INSERT ON visit_reach BEGIN
            INSERT INTO event_totals (day, kind, key, hour, n, total, done)
                VALUES (NEW.day, 'reach', NEW.key, 0, 1, 0, 0)
            ON CONFLICT (day, kind, key, hour) DO UPDATE SET n = n + 1;
        END;
        INSERT INTO visit_reach (visit, key, day)
            SELECT visit, CASE kind WHEN 'pledge' THEN 'pledge_made' ELSE detail END, MIN(day) FROM events
            WHERE visit != '' AND kind IN ('screen_view', 'pledge') GROUP BY 1, 2;
        INSERT INTO event_totals (day, kind, key, hour, n, total, done)
            SELECT day, kind, CASE kind WHEN 'visit_end' THEN CAST(CAST(value AS INTEGER) AS TEXT) ELSE detail END,
                CASE WHEN kind IN ('visit_start', 'pledge') THEN hour ELSE 0 END, COUNT(*), SUM(value), SUM(value >= 0.9)
            FROM events WHERE true GROUP BY 1, 2, 3, 4
            ON CONFLICT (day, kind, key, hour) DO UPDATE
                SET n = n + excluded.n, total = total + excluded.total, done = done + excluded.done;
        INSERT INTO event_totals (day, kind, key, hour, n, total, done)
            SELECT day, 'kiosk', kiosk_id, 0, COUNT(*), 0, 0 FROM events WHERE kind = 'visit_start' GROUP BY 1, 3
            ON CONFLICT (day, kind, key, hour) DO UPDATE SET n = n + excluded.n;
        """
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class StartWarning:
    """What went wrong when the database was opened at start, for Admin and the log.

    Attributes:
        problem: the kind of failure.
        moved_to: where the unreadable file was moved, kept for recovery (None if it was not moved).
        detail: the underlying error text (English, for the log).
    """

    problem: StorageProblem
    moved_to: Path | None
    detail: str


class Database:
    """A SQLite file opened lazily, one connection per thread.

    Args:
        path: the database file.
        migrations: schema steps; the file's ``user_version`` says how many ran.
    """

    def __init__(self, path: Path, migrations: tuple[Migration, ...] = MIGRATIONS):
        self.path = Path(path)
        self._migrations = migrations
        # Each thread's connection lives in its thread-local slot and closes with the thread.
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            with translated_errors():
                connection = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=True
                )
                try:
                    connection.execute("PRAGMA journal_mode=WAL")
                    connection.execute("PRAGMA synchronous=FULL")
                    connection.execute("PRAGMA secure_delete=ON")
                    connection.execute("PRAGMA foreign_keys=ON")
                except sqlite3.Error:
                    connection.close()
                    raise
            self._local.connection = connection
        return connection

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``); returns only after COMMIT succeeded."""
        connection = self.connection()
        with translated_errors():
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                # SQLite has already rolled back after some errors (SQLITE_FULL …).
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            try:
                connection.execute("COMMIT")
            except sqlite3.Error:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> list[sqlite3.Row]:
        """Run a read query and return every row."""
        connection = self.connection()
        with translated_errors():
            cursor = connection.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    def version(self) -> int:
        """The schema version stored in the file."""
        return int(self.query("PRAGMA user_version")[0][0])

    def migrate(self) -> int:
        """Run the migrations the file has not seen yet; return the new version."""
        with self.transaction() as connection:
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if version > len(self._migrations):
                raise KnownDatabaseError(
                    StorageProblem.CANNOT_OPEN,
                    f"schema version {version} is newer than this kiosk ({len(self._migrations)})",
                )
            for number in range(version, len(self._migrations)):
                log.info("Database %s: migrating to schema version %d", self.path, number + 1)
                self._migrations[number](connection)
                connection.execute(f"PRAGMA user_version = {number + 1}")
        return self.version()

    def check(self) -> None:
        """Raise KnownDatabaseError(CORRUPT) unless SQLite's quick check passes."""
        rows = self.query("PRAGMA quick_check")
        if [tuple(r) for r in rows] != [("ok",)]:
            raise KnownDatabaseError(StorageProblem.CORRUPT, "; ".join(str(r[0]) for r in rows[:5]))

    def close(self) -> None:
        """Close this thread's connection (others close with their threads or at exit)."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


def _move_aside(path: Path, now: datetime) -> Path:
    """Rename the file and its -wal/-shm with a timestamp; return the new main file path."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{counter}")
        counter += 1
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    if path.exists():
        os.replace(path, target)
    return target


def _probe(path: Path) -> None:
    """Check an existing file without letting SQLite change it or its -wal.

    ``immutable=1`` reads the main file alone (no -wal replay, no -shm, no
    checkpoint on close), so a bad file and its companions are moved aside
    exactly as they were found. The main file alone is always a consistent
    earlier state of a WAL database, so its quick check is meaningful.
    """
    if not path.exists():
        return
    with translated_errors():
        probe = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = probe.execute("PRAGMA quick_check").fetchall()
        finally:
            probe.close()
    if rows != [("ok",)]:
        raise KnownDatabaseError(StorageProblem.CORRUPT, "; ".join(str(r[0]) for r in rows[:5]))


def open_database(path: Path, now: datetime | None = None) -> tuple[Database, StartWarning | None]:
    """Open (creating or migrating) the database at start, never failing on a bad file.

    A file SQLite cannot read, or whose quick check fails, is moved aside with
    a timestamp (with its -wal and -shm) and a fresh database is made.

    Returns:
        The database and a warning for Admin and the log, or None when all was well.

    Raises:
        KnownDatabaseError: when even a fresh database cannot be made (read-only
            folder, disk full); the caller keeps running without saving.
    """
    path = Path(path)
    now = now or datetime.now(UTC)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise classify(error) from error
    try:
        _probe(path)
    except KnownDatabaseError as error:
        if error.problem not in (StorageProblem.CORRUPT, StorageProblem.CANNOT_OPEN):
            raise
        first_error = error
    else:
        database = Database(path)
        try:
            database.migrate()
            return database, None
        except KnownDatabaseError as error:
            database.close()
            # A file that passed the probe is moved only when SQLite calls it corrupt.
            if error.problem is not StorageProblem.CORRUPT:
                raise
            first_error = error
    log.error("Database %s cannot be read (%s); moving it aside", path, first_error)
    try:
        moved = _move_aside(path, now)
    except OSError as error:
        raise classify(error) from error
    fresh = Database(path)
    fresh.migrate()
    warning = StartWarning(first_error.problem, moved, str(first_error))
    log.error("Database %s: unreadable file kept as %s; started a fresh one", path, moved)
    return fresh, warning
