"""What the services need from storage: a pledge repository and an event repository.

The services depend on these protocols only, and get a repository from :func:`open_pledges`
and :func:`open_events`. SQLite (kiosk/storage/pledges.py and events.py) is today's backend.
A second backend is one new module whose classes have these methods, plus the one line in
each opener below that chooses it.

A repository is used from one worker thread at a time. A failure the kiosk expects and
survives (disk full, read-only, locked, damaged, cannot open) is raised as
:class:`RepositoryError` with its :class:`StorageProblem`; anything else is a bug.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from kiosk.storage.database import KnownDatabaseError as RepositoryError
from kiosk.storage.database import StartWarning, StorageProblem

if TYPE_CHECKING:
    from kiosk.core.blocklist import Blocklist
    from kiosk.core.events import Event
    from kiosk.core.impact import ImpactFigures, Period
    from kiosk.core.pledge import Pledge
    from kiosk.core.pledge_files import ExportFormat
    from kiosk.storage.pledges import ExportReport, MergeReport, PledgeSummary, WallName

__all__ = [
    "EventRepository",
    "PledgeRepository",
    "RepositoryError",
    "StartWarning",
    "StorageProblem",
    "kiosk_id",
    "open_events",
    "open_pledges",
]


@runtime_checkable
class PledgeRepository(Protocol):
    """Every pledge the kiosk knows: its own and those merged from other kiosks."""

    #: What went wrong opening it (a damaged file set aside), or None.
    start_warning: StartWarning | None

    def add(self, pledge: Pledge) -> int:
        """Keep a pledge durably; the new total. Returns only once it survives a power cut."""
        ...

    def count(self) -> int: ...

    def count_today(self, now: datetime) -> int: ...

    def wall_names(self, limit: int, blocklist: Blocklist | None = None) -> list[WallName]:
        """The newest first names shown on the wall (consented, not hidden, not blocked)."""
        ...

    def recent(self, limit: int, offset: int = 0) -> list[PledgeSummary]: ...

    def hide(self, pledge_uuid: str, hidden: bool = True) -> bool: ...

    def erase_all(self) -> int: ...

    def erase_personal_data(self, before: datetime | None = None) -> int: ...

    def export(self, path: Path, fmt: ExportFormat) -> ExportReport: ...

    def merge(self, paths: Sequence[Path]) -> MergeReport: ...

    def close(self) -> None: ...


@runtime_checkable
class EventRepository(Protocol):
    """The anonymous events (kiosk/core/events.py): batches in, figures out."""

    def add_many(self, events: Iterable[Event]) -> int: ...

    def purge(self, today: date, retention_days: int) -> int: ...

    def count(self) -> int: ...

    def figures(self, period: Period) -> ImpactFigures: ...

    def close(self) -> None: ...


def open_pledges(data_dir: Path, now: datetime | None = None) -> PledgeRepository:
    """The kiosk's pledges in ``data_dir``; raises :class:`RepositoryError` when none can be made."""
    from kiosk.storage.pledges import PledgeStore

    return PledgeStore.open(data_dir, now)  # the backend


def open_events(data_dir: Path) -> EventRepository:
    """The kiosk's events, beside its pledges (the pledge repository opened first)."""
    from kiosk.storage.database import Database
    from kiosk.storage.events import EventStore
    from kiosk.storage.pledges import DATABASE_NAME

    database = Database(Path(data_dir) / DATABASE_NAME)
    database.migrate()
    return EventStore(database)  # the backend


def kiosk_id(data_dir: Path) -> str:
    """This kiosk's own id (made once, kept in ``data_dir``), whatever the backend."""
    from kiosk.storage.pledges import kiosk_id as read_kiosk_id

    return read_kiosk_id(data_dir)
