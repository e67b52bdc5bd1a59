"""Where an organiser can export to: mounted removable drives (USB sticks)."""

from __future__ import annotations

import os
import string
import sys
from pathlib import Path

# Where desktop automounters put removable media on Linux (udisks2, usbmount) and macOS.
_MOUNT_PATTERNS = ("/media/*/*", "/run/media/*/*", "/media/*", "/Volumes/*")
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


def removable_drives() -> list[Path]:
    """Mounted removable drives we can write to, sorted by path."""
    if sys.platform == "win32":
        return _windows_drives()
    found: set[Path] = set()
    for pattern in _MOUNT_PATTERNS:
        for path in Path("/").glob(pattern.lstrip("/")):
            if path.is_dir() and os.path.ismount(path) and os.access(path, os.W_OK):
                found.add(path)
    return sorted(found)


def _windows_drives() -> list[Path]:
    if sys.platform != "win32":  # ctypes.windll exists only there (and the type checker knows it)
        return []
    import ctypes

    drives = []
    bitmask = ctypes.windll.kernel32.GetLogicalDrives()
    for index, letter in enumerate(string.ascii_uppercase):
        if bitmask & (1 << index):
            root = f"{letter}:\\"
            if ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOVABLE:
                drives.append(Path(root))
    return drives


def export_files(folder: Path) -> list[Path]:
    """Pledge export files (``*.csv``, ``*.jsonl``) at the top of ``folder``, newest first."""
    try:
        files = [p for p in Path(folder).iterdir() if p.suffix.lower() in (".csv", ".jsonl") and p.is_file()]
    except OSError:
        return []
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
