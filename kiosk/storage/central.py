"""The central PostgreSQL of a fleet: connection, versioned schema, least-privilege role, SQL.

psycopg 3 is imported only here and only when a fleet is configured. Every failure leaves as a
:class:`kiosk.core.fleet.FleetError` with a one-line message that never holds the password.

The kiosk's login role belongs to the group role ``blueheart_kiosk``, which may INSERT pledges
and events, read the schema version and read per-event counts through a view. It has no SELECT
on the pledges table at all, so no name or email can be read back with it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.core.fleet import FleetConfig, FleetError, FleetProblem, scrub
from kiosk.core.pledge import Pledge, format_utc, to_utc
from kiosk.core.pledge_files import ExportFormat, write

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

SCHEMA = "blueheart"
KIOSK_GROUP_ROLE = "blueheart_kiosk"
CONNECT_TIMEOUT_S = 10
#: A random constant: init-db holds this advisory lock so two organisers cannot migrate at once.
_MIGRATION_LOCK = 7_316_402_155

#: The central schema, one entry per version (``blueheart.schema_version`` says how many ran).
CENTRAL_MIGRATIONS: tuple[str, ...] = (
    # 1: pledges, anonymous events (for the Impact analytics, not sent yet), per-event counts,
    # and the kiosks' group role with the least it needs.
    f"""
    CREATE TABLE {SCHEMA}.pledges (
        uuid uuid PRIMARY KEY,
        event text NOT NULL,
        kiosk_id text NOT NULL,
        created_utc timestamptz NOT NULL,
        received_utc timestamptz NOT NULL DEFAULT clock_timestamp(),
        language text NOT NULL,
        commitments text[] NOT NULL,
        first_name text NOT NULL DEFAULT '',
        country text NOT NULL DEFAULT '',
        email text NOT NULL DEFAULT '',
        consent_contact boolean NOT NULL DEFAULT false,
        consent_wall boolean NOT NULL DEFAULT false,
        hidden boolean NOT NULL DEFAULT false
    );
    CREATE INDEX pledges_by_event ON {SCHEMA}.pledges (event);
    CREATE TABLE {SCHEMA}.events (
        uuid uuid PRIMARY KEY,
        event text NOT NULL,
        kiosk_id text NOT NULL,
        created_utc timestamptz NOT NULL,
        received_utc timestamptz NOT NULL DEFAULT clock_timestamp(),
        kind text NOT NULL,
        detail text NOT NULL DEFAULT ''
    );
    -- Per-event counts kept by statement triggers, in 16 shards so that kiosks committing at
    -- once do not wait on one row; the counter reads at most 16 rows, never the pledges
    -- (count(*) over 100,000 pledges of an event took 133 ms, measured by bench_fleet).
    CREATE TABLE {SCHEMA}.event_counts (
        event text NOT NULL,
        shard smallint NOT NULL,
        pledges bigint NOT NULL,
        PRIMARY KEY (event, shard)
    );
    CREATE FUNCTION {SCHEMA}.count_pledges() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF TG_OP = 'TRUNCATE' THEN
            DELETE FROM {SCHEMA}.event_counts;
            RETURN NULL;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
            INSERT INTO {SCHEMA}.event_counts AS c (event, shard, pledges)
                SELECT event, (pg_backend_pid() % 16)::smallint, -count(*) FROM gone GROUP BY event
            ON CONFLICT (event, shard) DO UPDATE SET pledges = c.pledges + excluded.pledges;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            INSERT INTO {SCHEMA}.event_counts AS c (event, shard, pledges)
                SELECT event, (pg_backend_pid() % 16)::smallint, count(*) FROM came GROUP BY event
            ON CONFLICT (event, shard) DO UPDATE SET pledges = c.pledges + excluded.pledges;
        END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER pledges_counted_insert AFTER INSERT ON {SCHEMA}.pledges
        REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.count_pledges();
    CREATE TRIGGER pledges_counted_update AFTER UPDATE ON {SCHEMA}.pledges
        REFERENCING OLD TABLE AS gone NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.count_pledges();
    CREATE TRIGGER pledges_counted_delete AFTER DELETE ON {SCHEMA}.pledges
        REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.count_pledges();
    CREATE TRIGGER pledges_counted_truncate AFTER TRUNCATE ON {SCHEMA}.pledges
        FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.count_pledges();
    REVOKE ALL ON FUNCTION {SCHEMA}.count_pledges() FROM PUBLIC;
    CREATE VIEW {SCHEMA}.event_totals AS
        SELECT event, sum(pledges)::bigint AS pledges FROM {SCHEMA}.event_counts GROUP BY event;
    DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{KIOSK_GROUP_ROLE}') THEN
            CREATE ROLE {KIOSK_GROUP_ROLE} NOLOGIN;
        END IF;
    END $$;
    REVOKE ALL ON {SCHEMA}.pledges, {SCHEMA}.events, {SCHEMA}.event_counts, {SCHEMA}.event_totals FROM PUBLIC;
    GRANT USAGE ON SCHEMA {SCHEMA} TO {KIOSK_GROUP_ROLE};
    GRANT SELECT ON {SCHEMA}.schema_version TO {KIOSK_GROUP_ROLE};
    GRANT INSERT ON {SCHEMA}.pledges, {SCHEMA}.events TO {KIOSK_GROUP_ROLE};
    GRANT SELECT ON {SCHEMA}.event_totals TO {KIOSK_GROUP_ROLE};
    """,
)
CENTRAL_SCHEMA_VERSION = len(CENTRAL_MIGRATIONS)

_PLEDGE_COLUMNS = (
    "uuid, kiosk_id, created_utc, language, commitments, first_name, country, email,"
    " consent_contact, consent_wall, hidden"
)
_INSERT_PLEDGES = f"""
    INSERT INTO {SCHEMA}.pledges (event, {_PLEDGE_COLUMNS})
    SELECT %(event)s, {_PLEDGE_COLUMNS}
    FROM jsonb_to_recordset(%(rows)s::jsonb) AS p(
        uuid uuid, kiosk_id text, created_utc timestamptz, language text, commitments text[],
        first_name text, country text, email text, consent_contact boolean, consent_wall boolean,
        hidden boolean)
    ON CONFLICT DO NOTHING
"""


def read_password(path: Path | None) -> str | None:
    """The password on the first line of ``path``; refused unless only this user can read it.

    Raises:
        FleetError(PASSWORD_FILE): missing, unreadable, empty, or open to others.
    """
    if path is None:
        return None
    path = Path(path)
    try:
        status = path.stat()
        if os.name == "posix":
            if status.st_mode & 0o077:
                raise FleetError(
                    FleetProblem.PASSWORD_FILE,
                    f"{path}: the password file may be read by others (mode {status.st_mode & 0o777:o}); "
                    f"make it readable only by this user: chmod 600 {path}",
                )
            if status.st_uid != os.geteuid():
                raise FleetError(
                    FleetProblem.PASSWORD_FILE,
                    f"{path}: the password file belongs to another user; it must belong to the kiosk's user",
                )
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise FleetError(FleetProblem.PASSWORD_FILE, f"{path}: no such password file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise FleetError(FleetProblem.PASSWORD_FILE, f"{path}: cannot read the password file ({error.__class__.__name__})") from None
    password = lines[0].strip() if lines else ""
    if not password:
        raise FleetError(FleetProblem.PASSWORD_FILE, f"{path}: the password file is empty")
    return password


def connection_string(config: FleetConfig, password: str | None) -> str:
    """The libpq connection string: the URL (its ``sslmode`` … as given) plus the kiosk's options."""
    from psycopg.conninfo import make_conninfo

    options: dict[str, str | int | None] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "blueheart-kiosk",
        # A cut network must not hang a push: TCP keepalives and a limit on unacknowledged data.
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 30_000,
        # The outbox forgets a batch once COMMIT returns, so COMMIT must mean "on disk" even on a
        # server set to synchronous_commit=off (measured: such a server lost a committed batch
        # to `pg_ctl stop -m immediate`).
        "options": "-c statement_timeout=60000 -c synchronous_commit=on",
    }
    if password is not None:
        options["password"] = password
    try:
        return make_conninfo(config.url, **options)
    except Exception as error:  # noqa: BLE001 - psycopg.ProgrammingError: libpq could not parse it
        raise FleetError(FleetProblem.BAD_URL, f"fleet url {config.where}: {scrub(str(error), password)}") from None


def connect(config: FleetConfig, password: str | None) -> psycopg.Connection:
    """A new connection to the central database (not yet checked for its schema)."""
    import psycopg

    conninfo = connection_string(config, password)
    try:
        return psycopg.connect(conninfo, autocommit=True)
    except psycopg.Error as error:
        raise classify(error, config, password) from None


_CREDENTIAL_SIGNS = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "role \"",
    "pg_hba.conf",
    "password is required",
)
_TLS_SIGNS = ("ssl", "certificate", "tls")


def classify(error: BaseException, config: FleetConfig, password: str | None = None) -> FleetError:
    """A psycopg error as a FleetError with a one-line message (the password blanked out)."""
    import psycopg
    from psycopg import errors

    if isinstance(error, FleetError):
        return error
    where = config.where
    detail = scrub(str(error).strip() or type(error).__name__, password)[:300]
    text = str(error).lower()
    if isinstance(error, errors.InsufficientPrivilege):
        return FleetError(FleetProblem.NOT_ALLOWED, f"{where}: not allowed: {detail}")
    if isinstance(error, (errors.UndefinedTable, errors.InvalidSchemaName, errors.UndefinedObject)):
        return FleetError(
            FleetProblem.SCHEMA_TOO_OLD,
            f"{where}: the central schema is missing or too old; run 'blueheart-kiosk fleet init-db' ({detail})",
        )
    if isinstance(error, psycopg.ProgrammingError) and not isinstance(error, psycopg.DatabaseError):
        return FleetError(FleetProblem.BAD_URL, f"fleet url {where}: {detail}")
    if isinstance(error, psycopg.OperationalError):
        if "does not exist" in text and "database" in text:
            return FleetError(FleetProblem.BAD_URL, f"{where}: the database named in the URL does not exist")
        if "invalid connection option" in text or ("invalid" in text and "value" in text):
            return FleetError(FleetProblem.BAD_URL, f"fleet url {where}: {detail}")
        if any(sign in text for sign in _CREDENTIAL_SIGNS):
            return FleetError(FleetProblem.BAD_CREDENTIALS, f"{where}: wrong user or password ({detail})")
        if any(sign in text for sign in _TLS_SIGNS):
            return FleetError(FleetProblem.TLS, f"{where}: secure connection failed ({detail})")
        return FleetError(FleetProblem.UNREACHABLE, f"{where}: cannot reach the central database ({detail})")
    if isinstance(error, psycopg.Error):
        return FleetError(FleetProblem.SERVER_ERROR, f"{where}: the central database refused ({detail})")
    return FleetError(FleetProblem.SERVER_ERROR, f"{where}: {type(error).__name__}: {detail}")


# -- schema -----------------------------------------------------------------------------------

def schema_version(connection: psycopg.Connection) -> int:
    """The central schema's version (0 when it was never made)."""
    found = connection.execute("SELECT to_regclass(%s)", (f"{SCHEMA}.schema_version",)).fetchone()
    assert found is not None  # a SELECT with no FROM returns one row
    if found[0] is None:
        return 0
    row = connection.execute(f"SELECT coalesce(max(version), 0) FROM {SCHEMA}.schema_version").fetchone()
    assert row is not None  # an aggregate with no GROUP BY returns one row
    return int(row[0])


def check_schema(connection: psycopg.Connection, config: FleetConfig) -> None:
    """Raise FleetError(SCHEMA_TOO_OLD/NEW) unless the central schema is the one this kiosk speaks."""
    version = schema_version(connection)
    connection.rollback()  # leave no transaction open between pushes
    if version < CENTRAL_SCHEMA_VERSION:
        raise FleetError(
            FleetProblem.SCHEMA_TOO_OLD,
            f"{config.where}: central schema version {version} is older than this kiosk needs "
            f"({CENTRAL_SCHEMA_VERSION}); run 'blueheart-kiosk fleet init-db'",
        )
    if version > CENTRAL_SCHEMA_VERSION:
        raise FleetError(
            FleetProblem.SCHEMA_TOO_NEW,
            f"{config.where}: central schema version {version} is newer than this kiosk understands "
            f"({CENTRAL_SCHEMA_VERSION}); update the kiosk",
        )


def init_db(connection: psycopg.Connection, config: FleetConfig) -> tuple[int, int]:
    """Create or migrate the central schema (as its owner); return (version before, after)."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        connection.execute(
            f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_version ("
            " version integer PRIMARY KEY, migrated_utc timestamptz NOT NULL DEFAULT now())"
        )
        before = schema_version(connection)
        if before > CENTRAL_SCHEMA_VERSION:
            raise FleetError(
                FleetProblem.SCHEMA_TOO_NEW,
                f"{config.where}: central schema version {before} is newer than this kiosk understands "
                f"({CENTRAL_SCHEMA_VERSION}); update the kiosk",
            )
        for number in range(before, CENTRAL_SCHEMA_VERSION):
            log.info("central database %s: migrating to schema version %d", config.where, number + 1)
            connection.execute(CENTRAL_MIGRATIONS[number])
            connection.execute(f"INSERT INTO {SCHEMA}.schema_version (version) VALUES (%s)", (number + 1,))
    return before, CENTRAL_SCHEMA_VERSION


# -- what a kiosk does ------------------------------------------------------------------------

def _record(pledge: Pledge) -> dict[str, object]:
    return {
        "uuid": pledge.uuid,
        "kiosk_id": pledge.kiosk_id,
        "created_utc": format_utc(pledge.created_utc),
        "language": pledge.language,
        "commitments": list(pledge.commitments),
        "first_name": pledge.first_name,
        "country": pledge.country,
        # The email leaves only with the visitor's consent to be contacted (as it is kept).
        "email": pledge.email if pledge.consent_contact else "",
        "consent_contact": pledge.consent_contact,
        "consent_wall": pledge.consent_wall,
        "hidden": pledge.hidden,
    }


def insert_pledges(connection: psycopg.Connection, event: str, pledges: Sequence[Pledge]) -> int:
    """Insert pledges (inside the caller's transaction); return how many were new.

    One already there (same uuid) is skipped: a resend changes nothing.
    """
    rows = json.dumps([_record(p) for p in pledges], ensure_ascii=False)
    cursor = connection.execute(_INSERT_PLEDGES, {"event": event, "rows": rows})
    return max(cursor.rowcount, 0)


def event_total(connection: psycopg.Connection, event: str) -> int:
    """The event's pledges across every kiosk."""
    row = connection.execute(f"SELECT pledges FROM {SCHEMA}.event_totals WHERE event = %s", (event,)).fetchone()
    connection.rollback()
    return int(row[0]) if row else 0


# -- what an organiser does -------------------------------------------------------------------

def event_pledges(connection: psycopg.Connection, event: str) -> Iterable[Pledge]:
    """Every pledge of an event, oldest first (needs SELECT on the pledges: the organiser's role)."""
    with connection.cursor(name="event_pledges") as cursor:
        cursor.itersize = 1000
        cursor.execute(
            f"SELECT {_PLEDGE_COLUMNS} FROM {SCHEMA}.pledges WHERE event = %s ORDER BY created_utc, uuid",
            (event,),
        )
        for row in cursor:
            yield Pledge(
                uuid=str(row[0]),
                kiosk_id=row[1],
                created_utc=to_utc(row[2]),
                language=row[3],
                commitments=tuple(row[4]),
                first_name=row[5],
                country=row[6],
                email=row[7],
                consent_contact=row[8],
                consent_wall=row[9],
                hidden=row[10],
            )


def export_event(connection: psycopg.Connection, event: str, path: Path, fmt: ExportFormat = ExportFormat.CSV) -> int:
    """Write an event's pledges to ``path`` in the format of ``export-pledges``; return how many."""
    path = Path(path)
    temporary = path.with_name(path.name + ".part")
    try:
        with connection.transaction(), open(temporary, "w", encoding="utf-8", newline="") as out:
            written = write(event_pledges(connection, event), out, fmt)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return written
