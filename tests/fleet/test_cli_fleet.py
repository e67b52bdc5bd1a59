"""``blueheart-kiosk fleet …`` against a real PostgreSQL: JSON out, one-line errors, nothing lost."""

from __future__ import annotations

import json

import pytest

from kiosk.cli import main
from kiosk.core.pledge_files import ExportFormat
from kiosk.storage.outbox import Outbox
from kiosk.storage.pledges import PledgeStore
from tests.fleet.conftest import EVENT, ORGANISER, kiosk_store, password_file, pledges

KIOSK_A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def kiosk(central, tmp_path):
    """A kiosk with 6 pledges (two with an email given with consent) and its kiosk.toml."""
    made = pledges(4, KIOSK_A) + pledges(2, KIOSK_A, first_name="Zoé", email="zoe@example.org", consent_contact=True)
    kiosk_store(tmp_path / "data", made).database.close()
    config = central.config_file(tmp_path / "kiosk.toml")
    return {"data": tmp_path / "data", "config": config, "made": made}


def test_init_db_sync_status_and_export(central, kiosk, capsys, tmp_path):
    organiser = central.config(ORGANISER)
    code, out, _ = run(capsys, "fleet", "init-db", "--url", organiser.url, "--password-file", str(organiser.password_file))
    assert code == 0 and "already at version 1" in out

    base = ("--config", str(kiosk["config"]), "fleet")
    code, out, err = run(capsys, *base, "status", "--data-dir", str(kiosk["data"]))
    status = json.loads(out)
    assert code == 0, err
    assert status | {"where": None} == {
        "event": EVENT, "where": None, "reachable": True, "queued": 6, "last_sync_utc": None,
        "event_total": 0, "last_error": "",
    }

    code, out, err = run(capsys, *base, "sync", "--once", "--data-dir", str(kiosk["data"]))
    summary = json.loads(out)
    assert code == 0, err
    assert {k: summary[k] for k in ("event", "sent", "new", "already_there", "queued", "event_total")} == {
        "event": EVENT, "sent": 6, "new": 6, "already_there": 0, "queued": 0, "event_total": 6,
    }
    code, out, _ = run(capsys, *base, "status", "--data-dir", str(kiosk["data"]))
    status = json.loads(out)
    assert (status["queued"], status["event_total"], status["last_sync_utc"]) == (0, 6, summary["last_sync_utc"])

    # The organiser's export from the central database is the kiosk's own export, byte for byte.
    central_csv, local_csv = tmp_path / "central.csv", tmp_path / "local.csv"
    code, out, err = run(capsys, "fleet", "export", "--event", EVENT, "--out", str(central_csv),
                         "--url", organiser.url, "--password-file", str(organiser.password_file))
    assert code == 0, err
    assert "Exported 6 pledges" in out
    PledgeStore.open(kiosk["data"]).export(local_csv, ExportFormat.CSV)
    assert central_csv.read_bytes() == local_csv.read_bytes()

    # The kiosk's own role may not read the pledges back.
    code, out, err = run(capsys, *base, "export", "--event", EVENT, "--out", str(tmp_path / "no.csv"))
    assert code == 6
    assert err.count("\n") == 1 and "organiser's role" in err
    assert not (tmp_path / "no.csv").exists()


def _queued(data_dir):
    return Outbox(PledgeStore.open(data_dir).database).queued()


@pytest.mark.parametrize(
    ("case", "code", "words"),
    [
        ("bad url", 2, "must start with postgresql://"),
        ("password in url", 2, "holds a password"),
        ("wrong password", 3, "wrong user or password"),
        ("unreachable", 4, "cannot reach the central database"),
        ("schema too old", 5, "older than this kiosk needs"),
        ("schema too new", 5, "newer than this kiosk understands"),
        ("password file open to others", 2, "chmod 600"),
    ],
)
def test_each_failure_is_one_line_and_a_non_zero_exit_and_nothing_queued_is_lost(
    central, postgres, kiosk, capsys, tmp_path, case, code, words
):
    from tests.helpers.postgres import free_port

    config = central.config()
    url, secret_file = config.url, config.password_file
    if case == "bad url":
        url = "http://db.example.org/blueheart"
    elif case == "password in url":
        url = url.replace("kiosk_a@", "kiosk_a:hunter2@")
    elif case == "wrong password":
        secret_file = password_file(tmp_path / "wrong", "kiosk_a", "hunter2")
    elif case == "unreachable":
        url = f"postgresql://kiosk_a@127.0.0.1:{free_port()}/{central.database}?connect_timeout=3"
    elif case == "schema too old":
        postgres.execute(f"CREATE DATABASE {central.database}_empty OWNER {ORGANISER}")
        url = postgres.url("kiosk_a", f"{central.database}_empty")
    elif case == "schema too new":
        central.query("INSERT INTO blueheart.schema_version (version) VALUES (99)")
    elif case == "password file open to others":
        secret_file.chmod(0o644)
    for action in (("sync", "--once"), ("status",)):
        result, out, err = run(capsys, "fleet", *action, "--url", url, "--password-file", str(secret_file),
                               "--config", str(kiosk["config"]), "--data-dir", str(kiosk["data"]))
        assert result == code, (action, err)
        assert err.count("\n") == 1 and words in err, err
        assert "hunter2" not in err + out
    assert _queued(kiosk["data"]) == 6
    assert central.uuids() == []
