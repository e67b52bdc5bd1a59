"""The command line as an organiser or deployer uses it."""

import io
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import build_parser, main
from kiosk.core.admin_door import verify_pin
from kiosk.core.paths import user_paths
from kiosk.storage.pin_file import PinFile

ROOT = Path(__file__).resolve().parents[1]


def test_every_subcommand_has_help():
    parser = build_parser()
    text = parser.format_help()
    for command in ("validate-content", "tour", "export-pledges", "merge-pledges", "set-pin", "self-test", "erase-personal-data"):
        assert command in text


def test_set_pin_stores_only_a_hash(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("482916\n"))
    assert main(["set-pin", "--pin-stdin"]) == 0
    stored = PinFile(user_paths().pin_file).read()
    assert "482916" not in user_paths().pin_file.read_text()
    assert verify_pin("482916", stored)
    assert "stored" in capsys.readouterr().out


@pytest.mark.parametrize("pin, reason", [("12", "at least 6"), ("12ab", "digits only")])
def test_set_pin_refuses_bad_pins_clearly(monkeypatch, capsys, pin, reason):
    monkeypatch.setattr(sys, "stdin", io.StringIO(pin + "\n"))
    assert main(["set-pin", "--pin-stdin"]) == 1
    assert reason in capsys.readouterr().err
    assert not user_paths().pin_file.exists()


def test_set_pin_refuses_a_mismatch(monkeypatch, capsys):
    answers = iter(["1234", "4321"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["set-pin"]) == 1
    assert "differ" in capsys.readouterr().err


def test_tour_rejects_a_bad_size(capsys, tmp_path):
    assert main(["tour", "--out", str(tmp_path), "--size", "big"]) == 2
    assert "1920x1080" in capsys.readouterr().err


def _run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)


def test_tour_writes_one_png_per_screen_landscape_and_portrait(tmp_path):
    from PySide6.QtGui import QImage

    for size in ("1920x1080", "1080x1920"):
        out = tmp_path / size
        result = _run("tour", "--out", str(out), "--size", size)
        assert result.returncode == 0, result.stderr
        names = sorted(p.name for p in out.glob("*.png"))
        for screen in ("attract", "home", "learn", "news", "watch", "publications", "pledge", "pin", "admin"):
            assert any(name.endswith(f"-{screen}.png") for name in names), (screen, names)
        image = QImage(str(out / names[0]))
        assert (image.width(), image.height()) == tuple(int(v) for v in size.split("x"))


def test_self_test_passes():
    result = _run("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "Traceback" not in result.stderr


def test_help_runs_as_a_console_script():
    result = _run("--help")
    assert result.returncode == 0
    assert "--windowed" in result.stdout


def test_readme_documents_every_configuration_key():
    from kiosk.core.settings import settings_reference

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key, *_ in settings_reference():
        assert f"`{key}`" in readme, f"README.md does not document {key}"
