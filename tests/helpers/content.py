"""Content pack fixtures: a copy of the bundled pack with its media files present."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "assets" / "content"
EXAMPLE = REPO / "assets" / "example-pack"
BROKEN = REPO / "tests" / "data" / "broken_packs"
SEED = REPO / "tests" / "data" / "seed" / "000_5615674de9655887.txt"

# The PSA video, poster and captions are produced elsewhere; until they are in the
# repository a copy of the bundled pack gets small stand-ins so validation can pass.
MEDIA_FILES = (
    "media/blue-heart-psa.mp4",
    "media/blue-heart-psa.jpg",
    "media/blue-heart-psa.en.vtt",
    "media/blue-heart-psa.fr.vtt",
    "media/blue-heart-psa.es.vtt",
)


def bundled_copy(dest: Path) -> Path:
    """Copy the bundled pack to ``dest`` and add stand-ins for any missing media file."""
    shutil.copytree(BUNDLED, dest)
    for name in MEDIA_FILES:
        path = dest / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("WEBVTT\n" if name.endswith(".vtt") else "stand-in\n")
    return dest
