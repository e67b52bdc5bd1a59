"""The organiser's pledge tools in Admin, and a kiosk starting on a damaged database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.core.pledge import PledgeForm, make_pledge, validate
from kiosk.core.pledge_files import ExportFormat
from kiosk.services.operations import SaveProblem
from kiosk.storage.pledges import DATABASE_NAME, PledgeStore
from kiosk.ui.screens.base import ScreenId
from tests.helpers.touch import tap


def _seed(data_dir, names, kiosk="11111111-1111-4111-8111-111111111111"):
    store = PledgeStore.open(data_dir)
    for n, name in enumerate(names, start=1):
        form = validate(PledgeForm("en", ("learn",), name, consent_wall=True)).form
        # Recent pledges: older ones lose their names to the 90-day retention at start.
        store.add(make_pledge(form, kiosk, datetime.now(UTC) - timedelta(hours=1) + timedelta(minutes=n)))
    store.database.close()
    return store


def press(widget):
    """Scroll Admin to ``widget`` as the organiser would, then tap it."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    scroll = widget.parent()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parent()
    if scroll is not None:
        QApplication.processEvents()  # lay out what arrived from a worker before scrolling to it
        scroll.ensureWidgetVisible(widget)
        QApplication.processEvents()
    tap(widget)


def admin_section(kiosk, qtbot):
    kiosk.window.show_screen(ScreenId.ADMIN)
    admin = kiosk.window.screen(ScreenId.ADMIN)
    # The pledge tools are wired in once the first frame is up.
    qtbot.waitUntil(lambda: getattr(admin, "pledges_section", None) is not None)
    section = admin.pledges_section
    qtbot.waitUntil(lambda: section.isVisible() and "Total:" in section.counts.text())
    # The recent names arrive from the worker and lengthen the page: wait, then tap.
    qtbot.waitUntil(lambda: section.recent_box.count() > 0 or kiosk.context.pledges.count == 0)
    qtbot.wait(50)
    return section


def test_counts_export_and_merge_twice(make_kiosk, qtbot, user_paths, tmp_path):
    _seed(user_paths.data_dir, ["Ann", "Bob"])
    kiosk = make_kiosk()
    section = admin_section(kiosk, qtbot)
    qtbot.waitUntil(lambda: "Total: 2" in section.counts.text())
    assert "Today:" in section.counts.text()

    out = tmp_path / "usb"
    out.mkdir()
    section.folder.setText(str(out))
    press(section.export_here)
    qtbot.waitUntil(lambda: "Exported 2 pledges" in section.result.text(), timeout=5000)
    exported = list(out.glob("blueheart-pledges-*.csv"))
    assert len(exported) == 1 and exported[0].read_bytes().startswith(b"\xef\xbb\xbf")

    other = tmp_path / "other-kiosk"
    _seed(other, ["Chen", "Dana", "Eve"], kiosk="22222222-2222-4222-8222-222222222222")
    PledgeStore.open(other).export(out / "other.jsonl", ExportFormat.JSONL)
    for expected in ("3 added, 0 already here", "0 added, 3 already here"):
        press(section.merge_here)  # the folder is read off the GUI thread: its files come back
        qtbot.waitUntil(lambda: any(b.isVisible() for b in section.findChildren(QPushButton, "MergeFile")), timeout=5000)
        buttons = [b for b in section.findChildren(QPushButton, "MergeFile") if "other.jsonl" in b.text() and b.isVisible()]
        assert buttons
        press(buttons[0])
        qtbot.waitUntil(lambda expected=expected: expected in section.result.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Total: 5" in section.counts.text())
    assert kiosk.context.pledges.count == 5


def test_hide_from_the_wall(make_kiosk, qtbot, user_paths):
    _seed(user_paths.data_dir, ["Ann", "<b>x</b>"])
    kiosk = make_kiosk()
    pledges = kiosk.context.pledges
    section = admin_section(kiosk, qtbot)  # building Admin loads the content pack: its blocklist
    qtbot.waitUntil(lambda: sorted(pledges.wall_names) == ["<b>x</b>", "Ann"])
    qtbot.waitUntil(lambda: len(section.findChildren(QPushButton, "HideFromWall")) == 2)
    names = [label.text() for label in section.findChildren(QLabel, "AdminWallName")]
    assert "<b>x</b>" in names
    row = names.index("<b>x</b>")
    press(section.recent_box.itemAtPosition(row, 3).widget())
    qtbot.waitUntil(lambda: pledges.wall_names == ["Ann"], timeout=5000)


def test_erase_all_needs_two_confirmations(make_kiosk, qtbot, user_paths):
    _seed(user_paths.data_dir, ["Ann", "Bob", "Chen"])
    kiosk = make_kiosk()
    section = admin_section(kiosk, qtbot)
    qtbot.waitUntil(lambda: "Total: 3" in section.counts.text())
    press(section.erase)
    assert section.confirm_yes.isVisible() and "3 pledges" in section.confirm_text.text()
    press(section.confirm_no)
    assert section.erase.isVisible() and not section.confirm_yes.isVisible()
    press(section.erase)
    press(section.confirm_yes)
    assert "cannot be undone" in section.confirm_text.text()
    assert kiosk.context.pledges.count == 3
    press(section.confirm_yes)
    qtbot.waitUntil(lambda: "Erased 3 pledges" in section.result.text(), timeout=5000)
    qtbot.waitUntil(lambda: "Total: 0" in section.counts.text())
    assert PledgeStore.open(user_paths.data_dir).count() == 0


def test_kiosk_starts_cleanly_on_a_corrupt_database(make_kiosk, qtbot, user_paths):
    user_paths.data_dir.mkdir(parents=True)
    (user_paths.data_dir / DATABASE_NAME).write_bytes(b"\x00garbage" * 1000)
    kiosk = make_kiosk()
    pledges = kiosk.context.pledges
    qtbot.waitUntil(lambda: pledges.start_warning is not None, timeout=5000)
    assert pledges.start_warning.moved_to.read_bytes().startswith(b"\x00garbage")
    assert isinstance(pledges.start_warning.problem, SaveProblem)  # the UI's name, never the storage's
    section = admin_section(kiosk, qtbot)
    assert section.warning.isVisible() and "set aside" in section.warning.text()
    assert any("set aside" in w or "unreadable" in w for w in kiosk.context.warnings)
    # And pledges are saved again.
    kiosk.window.show_screen(ScreenId.PLEDGE)
    screen = kiosk.window.screen(ScreenId.PLEDGE)
    tap(next(iter(screen.form.cards.values())))
    tap(screen.form.submit)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.thanks, timeout=5000)
    assert PledgeStore.open(user_paths.data_dir).count() == 1


def test_admin_looks_at_drives_and_folders_off_the_gui_thread(make_kiosk, qtbot, tmp_path, monkeypatch):
    import threading

    from kiosk.ui.widgets import pledge_admin

    usb = tmp_path / "usb-stick"
    usb.mkdir()
    (usb / "kiosk-2.jsonl").write_text("")
    threads = []
    real_files = pledge_admin.export_files

    def drives():
        threads.append(("drives", threading.current_thread()))
        return [usb]

    def files(folder):
        threads.append(("files", threading.current_thread()))
        return real_files(folder)

    monkeypatch.setattr(pledge_admin, "removable_drives", drives)
    monkeypatch.setattr(pledge_admin, "export_files", files)
    kiosk = make_kiosk()
    section = admin_section(kiosk, qtbot)
    qtbot.waitUntil(lambda: any(str(usb) in label.text() for label in section.findChildren(QLabel) if label.isVisible()), timeout=5000)
    find = [b for b in section.findChildren(QPushButton) if b.text() == "Find exports" and b.isVisible()]
    press(find[0])
    def offers_kiosk_2() -> bool:
        return any(b.isVisible() and "kiosk-2.jsonl" in b.text() for b in section.findChildren(QPushButton, "MergeFile"))

    qtbot.waitUntil(offers_kiosk_2, timeout=5000)
    assert {kind for kind, _ in threads} == {"drives", "files"}
    assert all(thread is not threading.main_thread() for _, thread in threads)
