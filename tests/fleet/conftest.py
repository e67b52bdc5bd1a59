"""A real, throwaway PostgreSQL for the fleet tests (no mock), and kiosks that sync to it.

One server per test session (started in about ten seconds); each test gets its own database
made by ``init-db`` as the organiser's role, and kiosk roles with the least privilege. When the
PostgreSQL server binaries are absent the tests that need them are skipped with the reason;
with ``BLUEHEART_REQUIRE_POSTGRES=1`` (set by .ci/run) they fail instead.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.core.fleet import FleetConfig
from kiosk.core.pledge import Pledge
from tests.helpers.postgres import ThrowawayPostgres, why_unavailable

ORGANISER = "organiser"
ORGANISER_PASSWORD = "organiser-secret-1"
KIOSK_ROLES = {"kiosk_a": "kiosk-a-secret-7", "kiosk_b": "kiosk-b-secret-8"}
EVENT = "geneva-2026"
_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres():
    reason = why_unavailable()
    if reason:
        if os.environ.get("BLUEHEART_REQUIRE_POSTGRES"):
            pytest.fail(f"BLUEHEART_REQUIRE_POSTGRES is set but {reason}")
        pytest.skip(reason)
    server = ThrowawayPostgres()
    try:
        server.start()
        server.execute(f"CREATE ROLE {ORGANISER} LOGIN CREATEROLE PASSWORD '{ORGANISER_PASSWORD}'")
        yield server
    finally:
        server.cleanup()


def password_file(folder: Path, name: str, secret: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.password"
    path.write_text(secret + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


@dataclass
class Central:
    """One test's central database on the throwaway server."""

    server: ThrowawayPostgres
    database: str
    folder: Path

    def url(self, role: str, host: str = "127.0.0.1", **params: str) -> str:
        return self.server.url(role, self.database, host=host, **params)

    def config(self, role: str = "kiosk_a", event: str = EVENT, **params: str) -> FleetConfig:
        secret = ORGANISER_PASSWORD if role == ORGANISER else KIOSK_ROLES[role]
        return FleetConfig(self.url(role, **params), event, 5, password_file(self.folder, role, secret))

    def config_file(self, path: Path, role: str = "kiosk_a", event: str = EVENT, sync_seconds: int = 5) -> Path:
        config = self.config(role, event)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f'[fleet]\nurl = "{config.url}"\nevent = "{event}"\nsync_seconds = {sync_seconds}\n'
            f'password_file = "{config.password_file}"\n',
            encoding="utf-8",
        )
        return path

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.server.execute(sql, params, database=self.database)

    def uuids(self, event: str = EVENT) -> list[str]:
        """Every pledge uuid of the event, as stored (a duplicate would show twice)."""
        return sorted(str(r[0]) for r in self.query("SELECT uuid FROM blueheart.pledges WHERE event = %s", (event,)))


@pytest.fixture
def central(postgres, tmp_path) -> Central:
    """A fresh database made by ``init-db`` as the organiser, and the kiosks' login roles."""
    from kiosk.storage import central as central_db

    name = f"fleet_{next(_databases)}"
    postgres.execute(f"CREATE DATABASE {name} OWNER {ORGANISER}")
    made = Central(postgres, name, tmp_path / "secrets")
    organiser = made.config(ORGANISER)
    connection = central_db.connect(organiser, ORGANISER_PASSWORD)
    try:
        central_db.init_db(connection, organiser)
    finally:
        connection.close()
    for role, secret in KIOSK_ROLES.items():
        if not postgres.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)):
            postgres.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{secret}' IN ROLE blueheart_kiosk")
    return made


def pledges(count: int, kiosk_id: str, start: datetime | None = None, **values) -> list[Pledge]:
    """``count`` pledges made on ``kiosk_id``, a minute apart from ``start``."""
    import uuid

    start = start or datetime.now(UTC)
    return [
        Pledge(str(uuid.uuid4()), kiosk_id, start + timedelta(minutes=n), "en", ("learn", "share"), **values)
        for n in range(count)
    ]


def kiosk_store(folder: Path, made: list[Pledge]):
    """A kiosk's pledge store in ``folder`` holding ``made``."""
    from kiosk.storage.pledges import PledgeStore, add_many

    store = PledgeStore.open(folder)
    add_many(store, made)
    return store
