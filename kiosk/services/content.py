"""The content pack: the bundled one with the organiser's over it, loaded on demand.

Loading validates every file (pydantic): it waits until the first screen that needs the pack
is built, right after the first frame, so that nothing of it is on the first frame's path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.core.media_list import PlaylistEntry
from kiosk.core.paths import bundled_content_dir
from kiosk.services.warnings import Warnings

if TYPE_CHECKING:
    from kiosk.core.blocklist import Blocklist
    from kiosk.core.content import LoadedContent
    from kiosk.core.pledge_offer import PledgeOffer

log = logging.getLogger(__name__)


class ContentService(QObject):
    """Owns the bundled content folder and the organiser's; loads the pack the first time it
    is asked for, and lists every problem in the warnings.

    Args:
        organiser_dir: the organiser's pack (``--content`` or ``kiosk.content_dir``), or None.
        warnings: where the pack's problems are listed for Admin.
        bundled_dir: the bundled pack (default: the one in the assets).
        today: the date that decides which news is current.

    Signals:
        loaded: the pack has just been loaded (once).
    """

    loaded = Signal()

    def __init__(
        self,
        organiser_dir: Path | None,
        warnings: Warnings,
        bundled_dir: Path | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.organiser_dir = Path(organiser_dir) if organiser_dir else None
        self.bundled_dir = Path(bundled_dir) if bundled_dir else bundled_content_dir()
        self._warnings = warnings
        self._today = today
        self._pack: LoadedContent | None = None

    @property
    def is_loaded(self) -> bool:
        return self._pack is not None

    @property
    def pack(self) -> LoadedContent:
        """The loaded pack (loaded now if it was not yet)."""
        return self.load()

    def load(self) -> LoadedContent:
        """Load the pack unless it is loaded; emits :attr:`loaded` the first time."""
        if self._pack is None:
            self._pack = self._read()
            self.loaded.emit()
        return self._pack

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` now if the pack is loaded, else once it is."""
        if self._pack is not None:
            callback()
        else:
            self.loaded.connect(callback)

    def playlist(self) -> list[PlaylistEntry]:
        """The PSAs and interviews of the loaded pack, in pack order (Watch, and Attract's loop)."""
        return [PlaylistEntry.from_item(item) for item in self.pack.media.items]

    def pledge_offer(self) -> PledgeOffer:
        """The commitments on offer and the words kept off the wall, from the loaded pack."""
        from kiosk.core.pledge_offer import offer_from_pack

        return offer_from_pack(self.pack.pledge)

    def blocklist(self) -> Blocklist:
        """The words no name on the wall may contain."""
        return self.pledge_offer().blocklist()

    def _read(self) -> LoadedContent:
        from kiosk.core.content import ContentSource, load_pack

        content = load_pack(self.bundled_dir, self.organiser_dir, self._today())
        if content.source is ContentSource.BUNDLED_AFTER_REJECTED_OVERRIDE:
            note = f"{self.organiser_dir}: the organiser's content pack was not used (problems below); showing the bundled content"
            log.warning("%s", note)
            self._warnings.add(note)
        for problem in content.problems:
            where = self.organiser_dir if problem in content.override_problems else self.bundled_dir
            line = f"{where}/{problem}" if problem.file else f"{where}: {problem}"
            log.warning("content: %s", line)
            self._warnings.add(line)
        log.info("content: %s (%s)", content.summary(), content.source.value)
        return content
