"""The wheel ``pip install .`` builds carries every asset the kiosk needs.

Slow (builds the wheel): skipped by default, run with ``python -m pytest -m slow tests/test_wheel.py``.
``.ci/run`` also installs that wheel into a fresh venv and runs its self-test.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)], check=True)
    (wheel,) = out.glob("blueheart_kiosk-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_the_wheel_carries_every_asset(wheel_names):
    assets = ROOT / "assets"
    expected = {f"kiosk/assets/{path.relative_to(assets).as_posix()}" for path in assets.rglob("*") if path.is_file()}
    assert {"kiosk/assets/content/pack.json", "kiosk/assets/content/media/blue-heart-psa.mp4"} <= expected
    assert expected - wheel_names == set()


@pytest.mark.slow
def test_the_wheel_carries_the_resource_module_and_every_module(wheel_names):
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "kiosk").rglob("*.py")}
    assert "kiosk/resources_rc.py" in wheel_names
    assert modules - wheel_names == set()
