"""Personal data kept no longer than configured: the purge runs at start and then daily.

The erasing itself runs on the pledge service's worker thread, never on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.core.retention import personal_data_cutoff
from kiosk.services.pledges import PledgeService

log = logging.getLogger(__name__)

PURGE_EVERY_MS = 24 * 60 * 60 * 1000
"""Once a day (fits Qt's 32-bit timer interval)."""

class PersonalDataRetention(QObject):
    """Erases the personal data of pledges older than ``days`` days, at start and every day.

    Args:
        pledges: the pledge service (its worker does the erasing).
        days: ``pledges.personal_data_days``; 0 keeps everything (nothing is scheduled).
        now: the current time (aware); tests pass a fixed clock.

    Signals:
        purged(int, object): a purge finished: how many pledges lost their personal data,
            and the cutoff time (pledges made before it).
    """

    purged = Signal(int, object)

    def __init__(
        self,
        pledges: PledgeService,
        days: int,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else pledges)
        self.pledges = pledges
        self.days = days
        self.now = now
        self.last_run: datetime | None = None
        self.last_erased: int | None = None
        self._started = False
        self._timer = QTimer(self)
        self._timer.setInterval(PURGE_EVERY_MS)
        self._timer.timeout.connect(self.run)

    def start(self) -> None:
        """Purge now, then every day (nothing at all when the data is kept). Runs once."""
        if self._started:
            return
        self._started = True
        if self.days == 0:
            log.info("Personal data: kept until erased in Admin (pledges.personal_data_days = 0)")
            return
        self.run()
        self._timer.start()

    def run(self) -> None:
        """Queue one purge on the pledge worker."""
        now = self.now()
        cutoff = personal_data_cutoff(now, self.days)
        if cutoff is None:
            return
        self.last_run = now
        log.info("Personal data: erasing what is older than %d days (pledges made before %s)", self.days, cutoff.isoformat())
        self.pledges.purge_personal_data(cutoff, lambda erased: self._finished(erased, cutoff), self._failed)

    def _finished(self, erased: int, cutoff: datetime) -> None:
        self.last_erased = erased
        log.info("Personal data: erased from %d pledges older than %d days", erased, self.days)
        self.purged.emit(erased, cutoff)

    def _failed(self, problem: object) -> None:
        log.error("Personal data: the scheduled erasure failed (%s); it runs again in a day", problem)
