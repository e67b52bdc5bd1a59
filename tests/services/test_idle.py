"""The idle watcher counts touch, mouse, key and wheel as activity and drives the warning."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.session import Phase
from kiosk.services.idle import IdleWatcher
from tests.helpers.touch import tap


def _watcher(fake_clock):
    watcher = IdleWatcher(90, 10, clock=fake_clock)
    watcher.install()
    return watcher


class TouchSurface(QWidget):
    """Accepts touch itself, like a scroller viewport: Qt synthesises no mouse events for it."""

    def __init__(self):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.touches = 0

    def event(self, event):
        if event.type() in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            self.touches += 1
            event.accept()
            return True
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            raise AssertionError("mouse synthesised: the test would not prove touch is counted")
        return super().event(event)


def test_touch_counts_as_activity(qtbot, fake_clock):
    watcher = _watcher(fake_clock)
    widget = TouchSurface()
    qtbot.addWidget(widget)
    widget.resize(200, 200)
    widget.show()
    try:
        with qtbot.waitSignal(watcher.visit_started, timeout=1000):
            tap(widget)
        assert widget.touches == 2
        assert watcher.phase is Phase.ACTIVE
    finally:
        watcher.uninstall()


def test_key_and_wheel_cancel_the_warning(qtbot, fake_clock):
    watcher = _watcher(fake_clock)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    try:
        watcher.record_activity()
        fake_clock.advance(90)
        with qtbot.waitSignal(watcher.warning_shown) as shown:
            watcher.poll()
        assert shown.args == [10]
        with qtbot.waitSignal(watcher.warning_cancelled, timeout=1000):
            QTest.keyClick(widget, Qt.Key.Key_A)
        fake_clock.advance(90)
        watcher.poll()
        assert watcher.phase is Phase.WARNING
        with qtbot.waitSignal(watcher.warning_cancelled, timeout=1000):
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    finally:
        watcher.uninstall()


def test_countdown_ticks_then_visit_ends(qtbot, fake_clock):
    watcher = _watcher(fake_clock)
    try:
        ticks = []
        watcher.warning_tick.connect(ticks.append)
        watcher.record_activity()
        fake_clock.advance(90)
        watcher.poll()
        for _ in range(9):
            fake_clock.advance(1)
            watcher.poll()
        assert ticks == [9, 8, 7, 6, 5, 4, 3, 2, 1]
        with qtbot.waitSignal(watcher.visit_ended):
            fake_clock.advance(1)
            watcher.poll()
        assert watcher.phase is Phase.ATTRACT
    finally:
        watcher.uninstall()


def test_pause_reasons_stack(qtbot, fake_clock):
    watcher = _watcher(fake_clock)
    try:
        watcher.record_activity()
        watcher.pause("video")
        watcher.pause("export")
        fake_clock.advance(1000)
        watcher.poll()
        assert watcher.phase is Phase.ACTIVE
        watcher.resume("video")
        fake_clock.advance(1000)
        watcher.poll()
        assert watcher.phase is Phase.ACTIVE  # "export" still holds it
        watcher.resume("export")
        fake_clock.advance(90)
        watcher.poll()
        assert watcher.phase is Phase.WARNING
    finally:
        watcher.uninstall()


def test_real_timer_fires_without_polling(qtbot):
    watcher = IdleWatcher(0.05, 0.05)
    watcher.install()
    try:
        with qtbot.waitSignal(watcher.visit_ended, timeout=3000):
            watcher.record_activity()
            QApplication.processEvents()
    finally:
        watcher.uninstall()
