"""Many kiosks, one event: the fleet settings checked, the ways sync fails, what it reports.

Pure Python: the database work is in :mod:`kiosk.storage.central` and
:mod:`kiosk.storage.fleet_sync`, the background worker in :mod:`kiosk.services.fleet`.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from kiosk.core.settings import FleetSection

EVENT_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
URL_SCHEMES = ("postgresql", "postgres")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")

#: Longest wait between two failed syncs, in seconds.
MAX_BACKOFF_SECONDS = 900


class FleetProblem(enum.Enum):
    """The known ways a sync fails; each gets a one-line message and an exit code."""

    BAD_CONFIG = "bad_config"
    PASSWORD_FILE = "password_file"
    BAD_URL = "bad_url"
    BAD_CREDENTIALS = "bad_credentials"
    UNREACHABLE = "unreachable"
    TLS = "tls"
    SCHEMA_TOO_OLD = "schema_too_old"
    SCHEMA_TOO_NEW = "schema_too_new"
    NOT_ALLOWED = "not_allowed"
    SERVER_ERROR = "server_error"
    LOCAL_STORAGE = "local_storage"

    @property
    def exit_code(self) -> int:
        return _EXIT_CODES[self]


_EXIT_CODES = {
    FleetProblem.BAD_CONFIG: 2,
    FleetProblem.PASSWORD_FILE: 2,
    FleetProblem.BAD_URL: 2,
    FleetProblem.BAD_CREDENTIALS: 3,
    FleetProblem.UNREACHABLE: 4,
    FleetProblem.TLS: 4,
    FleetProblem.SCHEMA_TOO_OLD: 5,
    FleetProblem.SCHEMA_TOO_NEW: 5,
    FleetProblem.NOT_ALLOWED: 6,
    FleetProblem.SERVER_ERROR: 7,
    FleetProblem.LOCAL_STORAGE: 8,
}


class FleetError(Exception):
    """A sync that could not happen, with a one-line message that never holds a secret."""

    def __init__(self, problem: FleetProblem, message: str):
        super().__init__(message)
        self.problem = problem
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FleetConfig:
    """A checked ``[fleet]`` section.

    Attributes:
        url: the libpq URL (no password in it); its query (``sslmode`` …) goes to libpq as is.
        event: the event id every pushed pledge is filed under.
        sync_seconds: the pause between two good syncs.
        password_file: the file with the password, or None.
    """

    url: str
    event: str
    sync_seconds: int = 30
    password_file: Path | None = None

    @property
    def where(self) -> str:
        """Host, port and database, for Admin and messages (never the user's password)."""
        return describe_url(self.url)


def describe_url(url: str) -> str:
    """``user@host:port/database`` of a libpq URL, without any password or query."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(unreadable url)"
    user = f"{parts.username}@" if parts.username else ""
    return f"{user}{host}{port}{parts.path or '/'}"


def check_url(url: str) -> str | None:
    """What is wrong with a central database URL, or None when it is usable."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        return f"not a valid URL ({error})"
    if parts.scheme not in URL_SCHEMES:
        return "must start with postgresql://"
    if parts.password is not None:
        return "holds a password; put it in the file named by fleet.password_file instead"
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "password":
            return "holds a password; put it in the file named by fleet.password_file instead"
        if key == "sslmode" and value not in SSL_MODES:
            return f"sslmode must be one of {', '.join(SSL_MODES)}, not {value!r}"
    return None


def fleet_config(section: FleetSection, source: str = "config") -> tuple[FleetConfig | None, list[str]]:
    """The checked fleet settings, or None (sync off) with the reasons as ``file: key: problem``.

    An empty ``url`` means no fleet and no warning.
    """
    if not section.url:
        return None, []
    problems = []
    url_problem = check_url(section.url)
    if url_problem:
        problems.append(f"{source}: fleet.url: {url_problem}; sync is off")
    if not EVENT_PATTERN.match(section.event):
        problems.append(
            f"{source}: fleet.event: must be 1-64 letters, digits, '.', '_' or '-' (not {section.event!r}); sync is off"
        )
    if problems:
        return None, problems
    password_file = Path(section.password_file).expanduser() if section.password_file else None
    return FleetConfig(section.url, section.event, section.sync_seconds, password_file), []


def backoff_seconds(failures: int, sync_seconds: int, jitter: float = 0.0) -> float:
    """The wait after ``failures`` failed syncs in a row: doubling from ``sync_seconds``, capped.

    Args:
        jitter: a number in [0, 1) that spreads the kiosks of one event apart (up to +25 %).
    """
    if failures <= 0:
        return float(sync_seconds)
    base = min(sync_seconds * 2 ** min(failures, 16), MAX_BACKOFF_SECONDS)
    return float(base * (1 + 0.25 * jitter))


def scrub(message: str, secret: str | None) -> str:
    """``message`` on one line, with ``secret`` (the password) blanked out."""
    text = " ".join(str(message).split())
    if secret:
        text = text.replace(secret, "***")
    return text


@dataclass(frozen=True)
class PushReport:
    """What one push did.

    Attributes:
        sent: pledges sent to the central database.
        new: how many of them it did not have yet (the rest were already there: a resend).
        queued: what is left in the outbox afterwards.
    """

    sent: int
    new: int
    queued: int

    @property
    def already_there(self) -> int:
        return self.sent - self.new


@dataclass(frozen=True)
class FleetState:
    """What Admin shows about sync, and what the counter needs.

    Attributes:
        connected: the last attempt reached the central database (None: not tried yet).
        last_sync_utc: when the last good sync ended, or None.
        queued: items in the outbox waiting to leave.
        last_error: the last failure's one-line message ('' after a good sync); never a secret.
        event_total: the event's pledges across kiosks at the last good sync, or None.
        local_at_sync: this kiosk's own count at that moment (to add pledges made since).
        where: ``user@host:port/database``.
        event: the event id.
    """

    connected: bool | None = None
    last_sync_utc: datetime | None = None
    queued: int = 0
    last_error: str = ""
    event_total: int | None = None
    local_at_sync: int = 0
    where: str = ""
    event: str = ""

    def supporters(self, local_count: int) -> int:
        """The number the counter shows: the event's total when the server answered, else local."""
        if not self.connected or self.event_total is None:
            return local_count
        return max(local_count, self.event_total + self.queued + max(0, local_count - self.local_at_sync))
