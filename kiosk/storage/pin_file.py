"""The admin PIN file and, beside it, the PIN pad's lockout state; both readable by their owner only.

The PIN file holds the salted hash on its first line and, on a second line, how the PIN stood
against the rules for new PINs (``rules: meets-rules``). A file written before the rules has
no second line. Every write goes to a temporary file, is flushed to disk, then replaces the
old file (and the folder entry is flushed too), so a crash or a power cut leaves the old file
or the new one, never half of one.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.admin_door import PinStrength
from kiosk.core.door_lockout import DoorState

log = logging.getLogger(__name__)

_RULES_PREFIX = "rules:"


def replace_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file: fsync, os.replace, fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


@dataclass(frozen=True)
class PinRecord:
    """The stored PIN: its hash and how it stands against the rules."""

    pin_hash: str
    strength: PinStrength


class PinFile:
    """Reads and replaces the stored PIN hash at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read_record(self) -> PinRecord | None:
        """The stored hash and strength, or None when no PIN is set (or the file is unreadable)."""
        try:
            lines = self.path.read_text(encoding="ascii").splitlines()
        except (OSError, UnicodeDecodeError):
            return None
        pin_hash = lines[0].strip() if lines else ""
        if not pin_hash:
            return None
        strength = PinStrength.UNKNOWN
        for line in lines[1:]:
            if line.startswith(_RULES_PREFIX):
                try:
                    strength = PinStrength(line[len(_RULES_PREFIX):].strip())
                except ValueError:
                    pass
        return PinRecord(pin_hash, strength)

    def read(self) -> str | None:
        """The stored hash, or None when no PIN is set (or the file is unreadable)."""
        record = self.read_record()
        return record.pin_hash if record else None

    def write(self, pin_hash: str, strength: PinStrength = PinStrength.UNKNOWN) -> None:
        """Atomically replace the stored hash (and say how the PIN stands against the rules)."""
        text = pin_hash + "\n"
        if strength is not PinStrength.UNKNOWN:
            text += f"{_RULES_PREFIX} {strength.value}\n"
        replace_atomically(self.path, text)


class DoorStateFile:
    """The lockout state (JSON) beside the PIN hash, replaced atomically after every change."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def read(self) -> tuple[DoorState | None, str | None]:
        """(the state, None); (None, None) when there is none yet; (None, why) when damaged."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None, None
        except (OSError, UnicodeDecodeError) as error:
            return None, str(error)
        try:
            return DoorState.from_dict(json.loads(text)), None
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            return None, str(error)

    def write(self, state: DoorState) -> None:
        """Replace the kept state (raises OSError when the folder cannot be written)."""
        replace_atomically(self.path, json.dumps(state.to_dict(), indent=1) + "\n")
