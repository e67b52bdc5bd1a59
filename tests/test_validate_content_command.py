"""``blueheart-kiosk validate-content DIR``: exit 0 with a summary, or 1 with every problem."""

from __future__ import annotations

from kiosk.cli import main
from kiosk.ui.screens.base import ScreenId
from tests.helpers.content import BROKEN, EXAMPLE


def test_valid_example_pack(capsys, monkeypatch, tmp_path):
    from tests.helpers import content

    monkeypatch.setattr("kiosk.core.content.command.bundled_content_dir", lambda: content.bundled_copy(tmp_path / "b"))
    assert main(["validate-content", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("Content pack OK: 37 news items")


def test_broken_pack_lists_every_problem(capsys):
    assert main(["validate-content", str(BROKEN / "unknown_field")]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "news.json: items.0.headline: required field is missing",
        "news.json: items.0.headlin: unknown field (check the spelling; the README lists every field)",
        f"2 problems found in {BROKEN / 'unknown_field'}",
    ]


def test_missing_folder_is_not_a_traceback(capsys, tmp_path):
    assert main(["validate-content", str(tmp_path / "usb")]) == 1
    assert capsys.readouterr().out.splitlines()[0] == f"folder not found: {tmp_path / 'usb'}"


def test_kiosk_with_a_broken_pack_shows_bundled_content_and_admin_lists_why(make_kiosk):
    kiosk = make_kiosk(content_dir=BROKEN / "bad_date")
    kiosk.window.show_screen(ScreenId.NEWS)
    content = kiosk.context.content.pack
    assert content.news_item("2009-08-28-training-manual-bangkok") is not None
    expected = f"{BROKEN / 'bad_date'}/news.json: items.1.date: not a date (expected YYYY-MM-DD): '2009-13-01'"
    assert expected in kiosk.context.warnings
    kiosk.window.show_screen(ScreenId.ADMIN)
    admin = kiosk.window.screen(ScreenId.ADMIN)
    assert expected in admin.warnings_card.body.text()


def test_validate_content_is_quiet_by_default():
    """No FFmpeg stream dump or PipeWire probe after the verdict (they come with --debug)."""
    import subprocess
    import sys

    from kiosk.core.paths import bundled_content_dir

    done = subprocess.run([sys.executable, "-m", "kiosk", "validate-content", str(bundled_content_dir())],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    for noise in ("Input #0", "Stream #0", "pipewire", "FFmpeg version"):
        assert noise not in done.stdout + done.stderr
