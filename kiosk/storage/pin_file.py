"""The admin PIN file: one line holding the salted hash, readable only by its owner."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class PinFile:
    """Reads and replaces the stored PIN hash at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> str | None:
        """The stored hash, or None when no PIN is set (or the file is unreadable)."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return text or None

    def write(self, pin_hash: str) -> None:
        """Atomically replace the stored hash."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".admin-pin.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(pin_hash + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
