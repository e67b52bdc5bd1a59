"""``blueheart-kiosk validate-content DIR``: the command's whole behaviour, without argparse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.core.content.loader import load_pack
from kiosk.core.content.references import MediaProbe, media_files_exist
from kiosk.core.content.validation import validate_pack
from kiosk.core.paths import bundled_content_dir


def validate_command(
    folder: Path | str,
    today: date | None = None,
    bundled: Path | None = None,
    media_probe: MediaProbe = media_files_exist,
) -> tuple[int, list[str]]:
    """Check the pack at ``folder`` the way the kiosk would load it.

    A pack other than the bundled one is checked as an override of the bundled pack.

    Returns:
        ``(0, [one-line summary])`` when valid, ``(1, [every problem])`` otherwise.
        Never raises.
    """
    bundled = Path(bundled) if bundled is not None else bundled_content_dir()
    folder = Path(folder)
    try:
        is_bundled = folder.resolve() == bundled.resolve()
    except OSError:
        is_bundled = False
    problems = validate_pack(folder, base=None if is_bundled else bundled, media_probe=media_probe)
    if problems:
        lines = [str(problem) for problem in problems]
        lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found in {folder}")
        return 1, lines
    content = load_pack(bundled, None if is_bundled else folder, today or date.today(), media_probe)
    return 0, [f"Content pack OK: {content.summary()}"]
