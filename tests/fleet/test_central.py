"""The central database: least privilege, schema versions, TLS, credentials (a real PostgreSQL)."""

from __future__ import annotations

import pytest

from kiosk.core.fleet import FleetConfig, FleetError, FleetProblem
from kiosk.storage import central as central_db
from kiosk.storage.fleet_sync import sync_once
from kiosk.storage.outbox import Outbox
from tests.fleet.conftest import EVENT, KIOSK_ROLES, ORGANISER, ORGANISER_PASSWORD, kiosk_store, pledges

KIOSK_A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"


def kiosk_connection(central, role="kiosk_a"):
    config = central.config(role)
    connection = central_db.connect(config, KIOSK_ROLES[role])
    return connection, config


def refused(connection, config, sql, params=()):
    """The problem the central database answers ``sql`` with, as the kiosk sees it."""
    import psycopg

    try:
        connection.execute(sql, params)
    except psycopg.Error as error:
        return central_db.classify(error, config).problem
    return None


def test_the_kiosk_role_inserts_and_counts_but_reads_no_name_or_email(central):
    connection, config = kiosk_connection(central)
    try:
        with connection.transaction():
            made = pledges(3, KIOSK_A, first_name="Ann", email="a@b.org", consent_contact=True)
            assert central_db.insert_pledges(connection, EVENT, made) == 3
        assert central_db.event_total(connection, EVENT) == 3
        for sql in (
            "SELECT email FROM blueheart.pledges",
            "SELECT first_name FROM blueheart.pledges",
            "SELECT count(*) FROM blueheart.pledges",
            "SELECT * FROM blueheart.events",
            "UPDATE blueheart.pledges SET email = ''",
            "DELETE FROM blueheart.pledges",
            "TRUNCATE blueheart.pledges",
            "CREATE TABLE blueheart.mine (x int)",
        ):
            assert refused(connection, config, sql) is FleetProblem.NOT_ALLOWED, sql
        privileges = connection.execute(
            "SELECT has_column_privilege('blueheart.pledges', 'email', 'SELECT'),"
            " has_column_privilege('blueheart.pledges', 'first_name', 'SELECT'),"
            " has_table_privilege('blueheart.pledges', 'INSERT'),"
            " has_table_privilege('blueheart.events', 'INSERT'),"
            " has_table_privilege('blueheart.event_totals', 'SELECT')"
        ).fetchone()
        assert privileges == (False, False, True, True, True)
    finally:
        connection.close()


def test_init_db_is_versioned_and_runs_twice_harmlessly(central):
    organiser = central.config(ORGANISER)
    connection = central_db.connect(organiser, ORGANISER_PASSWORD)
    try:
        assert central_db.init_db(connection, organiser) == (1, 1)
        assert central_db.schema_version(connection) == central_db.CENTRAL_SCHEMA_VERSION == 1
    finally:
        connection.close()


def test_a_schema_too_old_or_too_new_stops_the_sync_and_keeps_the_queue(central, postgres, tmp_path):
    store = kiosk_store(tmp_path / "a", pledges(4, KIOSK_A))
    outbox = Outbox(store.database)
    postgres.execute(f"CREATE DATABASE never_made OWNER {ORGANISER}")
    never_made = FleetConfig(postgres.url("kiosk_a", "never_made"), EVENT)
    with pytest.raises(FleetError) as old:
        sync_once(outbox, never_made, KIOSK_ROLES["kiosk_a"])
    assert old.value.problem is FleetProblem.SCHEMA_TOO_OLD
    assert "run 'blueheart-kiosk fleet init-db'" in old.value.message

    central.query("INSERT INTO blueheart.schema_version (version) VALUES (2)")
    with pytest.raises(FleetError) as new:
        sync_once(outbox, central.config(), KIOSK_ROLES["kiosk_a"])
    assert new.value.problem is FleetProblem.SCHEMA_TOO_NEW
    assert "update the kiosk" in new.value.message
    organiser = central.config(ORGANISER)
    connection = central_db.connect(organiser, ORGANISER_PASSWORD)
    try:
        with pytest.raises(FleetError) as init:
            central_db.init_db(connection, organiser)
        assert init.value.problem is FleetProblem.SCHEMA_TOO_NEW
    finally:
        connection.close()
    assert outbox.queued() == 4
    assert central.uuids() == []


def test_wrong_password_unknown_role_and_no_server(central, postgres):
    with pytest.raises(FleetError) as wrong:
        central_db.connect(central.config(), "not-the-password")
    assert wrong.value.problem is FleetProblem.BAD_CREDENTIALS
    assert "not-the-password" not in wrong.value.message
    with pytest.raises(FleetError) as unknown:
        central_db.connect(FleetConfig(central.url("nobody"), EVENT), "x")
    assert unknown.value.problem is FleetProblem.BAD_CREDENTIALS
    from tests.helpers.postgres import free_port

    with pytest.raises(FleetError) as away:
        central_db.connect(FleetConfig(f"postgresql://kiosk_a@127.0.0.1:{free_port()}/x", EVENT), "x")
    assert away.value.problem is FleetProblem.UNREACHABLE
    for error in (wrong.value, unknown.value, away.value):
        assert "\n" not in error.message


def test_sslmode_verify_full_reaches_libpq_and_checks_the_host_name(central, postgres):
    params = {"sslmode": "verify-full", "sslrootcert": str(postgres.cert)}
    good = FleetConfig(central.url("kiosk_a", host="localhost", **params), EVENT)
    assert "sslmode=verify-full" in central_db.connection_string(good, "secret")
    connection = central_db.connect(good, KIOSK_ROLES["kiosk_a"])
    try:
        assert connection.pgconn.ssl_in_use
        assert connection.info.get_parameters()["sslmode"] == "verify-full"
        central_db.check_schema(connection, good)
    finally:
        connection.close()
    # The certificate names localhost: asked for 127.0.0.1, verify-full refuses the server.
    wrong_name = FleetConfig(central.url("kiosk_a", host="127.0.0.1", **params), EVENT)
    with pytest.raises(FleetError) as mismatch:
        central_db.connect(wrong_name, KIOSK_ROLES["kiosk_a"])
    assert mismatch.value.problem is FleetProblem.TLS
    assert "does not match host name" in mismatch.value.message


def test_the_event_total_follows_inserts_deletes_moves_and_truncate(central):
    connection, config = kiosk_connection(central)
    try:
        with connection.transaction():
            central_db.insert_pledges(connection, EVENT, pledges(5, KIOSK_A))
        with connection.transaction():
            central_db.insert_pledges(connection, "other-event", pledges(2, KIOSK_A))
        assert central_db.event_total(connection, EVENT) == 5
        # The organiser tidies up centrally (their own role): the counts follow.
        central.query("DELETE FROM blueheart.pledges WHERE uuid = (SELECT uuid FROM blueheart.pledges WHERE event = %s LIMIT 1)", (EVENT,))
        central.query("UPDATE blueheart.pledges SET event = %s WHERE event = 'other-event'", (EVENT,))
        assert central_db.event_total(connection, EVENT) == 6
        assert central_db.event_total(connection, "other-event") == 0
        assert refused(connection, config, "SELECT * FROM blueheart.event_counts") is FleetProblem.NOT_ALLOWED
        central.query("TRUNCATE blueheart.pledges")
        assert central_db.event_total(connection, EVENT) == 0
    finally:
        connection.close()
