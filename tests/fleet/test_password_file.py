"""The fleet password file: readable only by the kiosk's user, or refused (no server needed)."""

from __future__ import annotations

import os

import pytest

from kiosk.core.fleet import FleetError, FleetProblem
from kiosk.storage.central import read_password

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX (Windows uses ACLs)")


def test_a_private_file_gives_its_first_line(tmp_path):
    path = tmp_path / "pw"
    path.write_text("  s3cret  \nignored\n")
    path.chmod(0o600)
    assert read_password(path) == "s3cret"
    assert read_password(None) is None


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_file_others_may_read_is_refused_with_the_fix(tmp_path, mode):
    path = tmp_path / "pw"
    path.write_text("s3cret\n")
    path.chmod(mode)
    with pytest.raises(FleetError) as refused:
        read_password(path)
    assert refused.value.problem is FleetProblem.PASSWORD_FILE
    assert f"chmod 600 {path}" in refused.value.message
    assert "s3cret" not in refused.value.message


def test_missing_or_empty(tmp_path):
    with pytest.raises(FleetError, match="no such password file"):
        read_password(tmp_path / "none")
    empty = tmp_path / "empty"
    empty.write_text("\n")
    empty.chmod(0o600)
    with pytest.raises(FleetError, match="is empty"):
        read_password(empty)
