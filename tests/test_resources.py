"""The generated files (not in git: every pip install makes them) match their sources: the
resource module matches resources.qrc and the files it lists, each .qm its .ts file."""

import importlib.util
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice

ROOT = Path(__file__).resolve().parents[1]


def _build_assets():
    spec = importlib.util.spec_from_file_location("build_assets", ROOT / "build_spec" / "build_assets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_resource_module_is_fresh():
    build = _build_assets()
    assert build.recorded_hash() == build.resources_hash(), (
        "kiosk/resources_rc.py is stale: run  python build_spec/build_assets.py  (or pip install -e . again)"
    )


def test_every_listed_file_is_in_the_resources_byte_for_byte(qapp):
    import kiosk.resources_rc  # noqa: F401

    build = _build_assets()
    entries = build.qrc_files()
    assert entries
    for resource_path, disk in entries:
        handle = QFile(resource_path)
        assert handle.open(QIODevice.OpenModeFlag.ReadOnly), f"{resource_path} missing from resources"
        assert bytes(handle.readAll().data()) == disk.read_bytes(), f"{resource_path} differs from {disk}"
        handle.close()


def test_no_large_media_in_the_resources():
    for _, disk in _build_assets().qrc_files():
        assert disk.stat().st_size < 2 * 1024 * 1024, f"{disk} is too big for the qrc: ship it as package data"


def test_every_compiled_translation_is_fresh(tmp_path):
    build = _build_assets()
    sources = sorted(build.I18N.glob("*.ts"))
    assert {ts.stem for ts in sources} >= {"kiosk_en", *(f"kiosk_{code}" for code in build.TS_LANGUAGES)}
    for ts in sources:
        compiled = ts.with_suffix(".qm")
        assert compiled.is_file(), f"{compiled} is missing: run  python build_spec/build_assets.py  (or pip install -e . again)"
        fresh = tmp_path / compiled.name
        build.subprocess.run([build.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert compiled.read_bytes() == fresh.read_bytes(), f"{compiled} is stale: run  python build_spec/build_assets.py"


def test_generated_files_stay_out_of_git():
    """They are made by the build from their sources; a committed copy would go stale."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        return  # an unpacked source distribution: nothing to check
    tracked = subprocess.run(
        [git, "ls-files", "kiosk/resources_rc.py", "assets/i18n/*.qm"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert tracked.stdout.split() == []
