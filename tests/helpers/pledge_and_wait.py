"""A real kiosk process that takes one pledge by touch, says so, and keeps running.

Run by tests/services/test_pledge_durability.py:
    python -m tests.helpers.pledge_and_wait DATA_DIR NAME
Prints ``ACK <supporter number>`` as soon as the thank-you is on screen, then runs on
until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data_dir: Path, name: str) -> int:
    from PySide6.QtCore import QTimer

    from kiosk.app import KioskOptions, build_kiosk, qt_application, show
    from kiosk.core.paths import UserPaths
    from kiosk.ui.screens.base import ScreenId
    from tests.helpers.touch import tap

    app = qt_application()
    paths = UserPaths(data_dir / "config", data_dir, data_dir / "log")
    kiosk = build_kiosk(KioskOptions(windowed=True, data_dir=data_dir), paths)
    show(kiosk)
    window = kiosk.window
    screen = window.screen(ScreenId.PLEDGE)

    def pledge() -> None:
        window.show_screen(ScreenId.PLEDGE)
        tap(next(iter(screen.form.cards.values())))
        screen.form.name.setText(name)
        tap(screen.form.consent_wall)
        tap(screen.form.submit)

    def acknowledged() -> None:
        if screen.pages.currentWidget() is screen.thanks:
            print(f"ACK {screen.thanks.number.text()}", flush=True)
            poll.stop()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(acknowledged)
    poll.start()
    QTimer.singleShot(200, pledge)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
