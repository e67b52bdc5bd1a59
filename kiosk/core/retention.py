"""How long a pledge's personal data (first name, email, country) is kept.

Pure Python; ``now`` is passed in. The pledge itself, its commitments and the counts stay.
"""

from __future__ import annotations

from datetime import datetime, timedelta

DEFAULT_PERSONAL_DATA_DAYS = 90
"""Days a pledge's personal data is kept unless the configuration says otherwise."""

KEEP_FOREVER = 0
"""``pledges.personal_data_days = 0``: keep the personal data until an organiser erases it."""


def personal_data_cutoff(now: datetime, days: int) -> datetime | None:
    """Pledges made before the returned time lose their personal data; None: keep all.

    A pledge is erased once it is *older* than ``days`` days: one made exactly ``days`` days
    before ``now`` keeps its data until the next run.

    Raises:
        ValueError: ``now`` has no time zone, or ``days`` is negative.
    """
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    if days < 0:
        raise ValueError(f"days cannot be negative ({days})")
    if days == KEEP_FOREVER:
        return None
    return now - timedelta(days=days)
