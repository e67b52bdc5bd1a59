"""The PIN file keeps one hash, replaced atomically, readable by its owner only."""

import os
import stat
import sys

import pytest

from kiosk.storage.pin_file import PinFile


def test_no_file_means_no_pin(tmp_path):
    assert PinFile(tmp_path / "admin-pin").read() is None


def test_write_then_read(tmp_path):
    pin_file = PinFile(tmp_path / "sub" / "admin-pin")
    pin_file.write("scrypt$1$2$3$aa$bb")
    assert pin_file.read() == "scrypt$1$2$3$aa$bb"
    pin_file.write("scrypt$1$2$3$cc$dd")
    assert pin_file.read() == "scrypt$1$2$3$cc$dd"
    assert [p.name for p in pin_file.path.parent.iterdir()] == ["admin-pin"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_only_the_owner_can_read_it(tmp_path):
    pin_file = PinFile(tmp_path / "admin-pin")
    pin_file.write("x")
    assert stat.S_IMODE(os.stat(pin_file.path).st_mode) == 0o600


def test_empty_file_means_no_pin(tmp_path):
    (tmp_path / "admin-pin").write_text("\n")
    assert PinFile(tmp_path / "admin-pin").read() is None
