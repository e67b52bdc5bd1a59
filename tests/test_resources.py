"""The committed resource module matches resources.qrc and the files it lists."""

import importlib.util
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
        "kiosk/resources_rc.py is stale: run  python build_spec/build_assets.py  and commit it"
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
