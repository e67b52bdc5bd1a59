"""The SQLite wrapper: durable settings, migrations, known errors, recovery from a bad file."""

from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.storage.database import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Database,
    DatabaseBugError,
    KnownDatabaseError,
    StorageProblem,
    classify,
    open_database,
)

NOW = datetime(2026, 11, 28, 17, 40, 3, tzinfo=UTC)


def test_fresh_database_is_wal_full_sync_and_current(tmp_path):
    database, warning = open_database(tmp_path / "k.sqlite3", NOW)
    assert warning is None
    assert database.version() == SCHEMA_VERSION == 6
    assert database.query("PRAGMA journal_mode")[0][0] == "wal"
    assert database.query("PRAGMA synchronous")[0][0] == 2  # FULL
    tables = {r[0] for r in database.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"pledges", "pledge_count", "events"} <= tables


def test_migration_from_version_1_keeps_rows_and_counts_them(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, MIGRATIONS[:1])
    assert old.migrate() == 1
    with old.transaction() as connection:
        for n in range(3):
            connection.execute(
                "INSERT INTO pledges (uuid, kiosk_id, created_utc, language, commitments) VALUES (?, 'k', ?, 'en', '[\"a\"]')",
                (f"u{n}", f"2026-01-0{n + 1}T00:00:00.000000Z"),
            )
    old.close()
    database, warning = open_database(path, NOW)
    assert warning is None
    assert database.version() == SCHEMA_VERSION
    assert database.query("SELECT total FROM pledge_count")[0][0] == 3
    with database.transaction() as connection:
        connection.execute("DELETE FROM pledges WHERE uuid = 'u0'")
    assert database.query("SELECT total FROM pledge_count")[0][0] == 2


@pytest.mark.parametrize("start", range(1, SCHEMA_VERSION))
def test_every_intermediate_version_migrates(tmp_path, start):
    path = tmp_path / "k.sqlite3"
    Database(path, MIGRATIONS[:start]).migrate()
    assert Database(path).migrate() == SCHEMA_VERSION


def test_a_newer_file_is_not_touched(tmp_path):
    path = tmp_path / "k.sqlite3"
    Database(path).migrate()
    sqlite3.connect(path).execute("PRAGMA user_version = 99").connection.close()
    with pytest.raises(KnownDatabaseError):
        Database(path).migrate()


def test_transaction_rolls_back_on_error(tmp_path):
    database, _ = open_database(tmp_path / "k.sqlite3", NOW)
    with pytest.raises(RuntimeError):
        with database.transaction() as connection:
            connection.execute("INSERT INTO events (created_utc, kind) VALUES ('t', 'x')")
            raise RuntimeError
    assert database.query("SELECT COUNT(*) FROM events")[0][0] == 0


def test_bad_sql_is_a_bug_not_a_known_error(tmp_path):
    database, _ = open_database(tmp_path / "k.sqlite3", NOW)
    with pytest.raises(DatabaseBugError):
        database.query("SELECT nonsense FROM nowhere")


def test_one_connection_per_thread(tmp_path):
    database, _ = open_database(tmp_path / "k.sqlite3", NOW)
    mine = database.connection()
    theirs = []
    thread = threading.Thread(target=lambda: theirs.append(database.connection()))
    thread.start()
    thread.join()
    assert theirs[0] is not mine
    assert database.connection() is mine


@pytest.mark.parametrize("garbage", [b"\x00" * 10, os.urandom(8192), b"SQLite format 3\x00" + b"\xff" * 4000])
def test_corrupt_file_at_start_is_moved_aside_and_replaced(tmp_path, garbage):
    path = tmp_path / "k.sqlite3"
    path.write_bytes(garbage)
    (tmp_path / "k.sqlite3-wal").write_bytes(b"junk")
    database, warning = open_database(path, NOW)
    assert warning is not None
    assert warning.problem in (StorageProblem.CORRUPT, StorageProblem.CANNOT_OPEN)
    assert warning.moved_to == tmp_path / "k.sqlite3.unreadable-20261128T174003Z"
    assert warning.moved_to.read_bytes() == garbage
    assert (tmp_path / "k.sqlite3.unreadable-20261128T174003Z-wal").read_bytes() == b"junk"
    assert database.version() == SCHEMA_VERSION
    # A second bad start on the same second keeps both old files.
    database.close()
    path.write_bytes(garbage)
    _, again = open_database(path, NOW)
    assert again.moved_to != warning.moved_to and again.moved_to.exists()


def test_damaged_pages_fail_the_quick_check(tmp_path):
    path = tmp_path / "k.sqlite3"
    database, _ = open_database(path, NOW)
    with database.transaction() as connection:
        connection.executemany(
            "INSERT INTO events (created_utc, kind, detail) VALUES ('t', 'k', ?)", [("x" * 500,)] * 200
        )
    database.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 6] = os.urandom(4096 * 4)
    path.write_bytes(bytes(data))
    fresh, warning = open_database(path, NOW)
    assert warning is not None and warning.problem is StorageProblem.CORRUPT
    assert fresh.query("SELECT COUNT(*) FROM events")[0][0] == 0


def test_disk_full_is_a_known_error(tmp_path):
    database, _ = open_database(tmp_path / "k.sqlite3", NOW)
    database.connection().execute(f"PRAGMA max_page_count = {database.query('PRAGMA page_count')[0][0] + 1}")
    with pytest.raises(KnownDatabaseError) as caught:
        for _ in range(100):
            with database.transaction() as connection:
                connection.execute("INSERT INTO events (created_utc, kind, detail) VALUES ('t', 'k', ?)", ("x" * 2000,))
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert not database.connection().in_transaction


def test_os_errors_are_classified():
    assert classify(OSError(28, "No space left")).problem is StorageProblem.DISK_FULL
    assert classify(OSError(30, "Read-only file system")).problem is StorageProblem.READ_ONLY
    assert isinstance(classify(ValueError("x")), DatabaseBugError)


def run_unprivileged(function, *args):
    """Run ``function(*args)`` where file permissions apply (as nobody when we are root)."""
    if os.geteuid() != 0:
        return function(*args)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            result = ("ok", function(*args))
        except BaseException as error:  # noqa: BLE001 - sent back to the parent
            result = ("error", error)
        with os.fdopen(write, "wb") as out:
            pickle.dump(result, out)
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        status, value = pickle.load(source)
    os.waitpid(pid, 0)
    if status == "error":
        raise value
    return value


@pytest.fixture
def read_only_dir():
    """A data folder nobody may write to (outside pytest's private tmp so nobody can reach it)."""
    base = Path(tempfile.mkdtemp(prefix="kiosk-ro-"))
    base.chmod(0o755)
    data = base / "data"
    data.mkdir()
    yield data
    data.chmod(0o755)
    for child in sorted(base.rglob("*"), reverse=True):
        child.unlink() if child.is_file() else child.rmdir()
    base.rmdir()


def _start_in(data: Path) -> str:
    try:
        open_database(data / "k.sqlite3", NOW)
    except KnownDatabaseError as error:
        return error.problem.value
    return "opened"


def test_read_only_folder_at_start_is_a_known_error(read_only_dir):
    read_only_dir.chmod(0o555)
    assert run_unprivileged(_start_in, read_only_dir) in ("read_only", "cannot_open")


def test_read_only_folder_keeps_an_existing_file(read_only_dir):
    database, _ = open_database(read_only_dir / "k.sqlite3", NOW)
    database.close()
    before = (read_only_dir / "k.sqlite3").read_bytes()
    read_only_dir.chmod(0o555)
    (read_only_dir / "k.sqlite3").chmod(0o444)
    run_unprivileged(_start_in, read_only_dir)
    assert (read_only_dir / "k.sqlite3").read_bytes() == before
    assert not list(read_only_dir.glob("*unreadable*"))
