"""Keeping the kiosk's memory flat over days of running (Linux with glibc).

Measured with ``python -m tests.benchmarks.bench_memory`` (PySide6 6.11.3): the playback,
keyboard and database threads each get a glibc malloc arena of their own, and memory freed in one
stays fragmented there. Without these two measures RSS grew from 335 to 414 MiB over 150 visits
(peak 426 MiB). With them the heaps stay at 150-170 MiB over 300 visits (peak RSS 357 MiB).
"""

from __future__ import annotations

import ctypes
import functools
import logging
import sys

log = logging.getLogger(__name__)

#: glibc's mallopt() parameter for the number of malloc arenas.
_M_ARENA_MAX = -8
#: Arenas for the whole process (glibc's default is eight per core).
ARENAS = 2


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's name; not find_library(), which runs ldconfig
        libc.mallopt  # noqa: B018 - only glibc has it (musl does not)
        libc.malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Limit glibc's malloc arenas; call early, before the threads that allocate the most
    (keyboard, media playback, pledge worker) start. Arenas made before stay.

    True when the limit is set; False (and nothing changed) on other C libraries and systems.
    """
    libc = _glibc()
    if libc is None:
        return False
    ok = bool(libc.mallopt(_M_ARENA_MAX, arenas))
    if not ok:
        log.warning("could not limit malloc arenas to %d", arenas)
    return ok


def release_free_memory() -> None:
    """Give memory that was freed back to the system (for the quiet moment after a visit)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
