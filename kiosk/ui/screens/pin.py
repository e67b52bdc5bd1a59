"""The PIN pad in front of Admin."""

from __future__ import annotations

import math

from PySide6.QtCore import QDate, QDateTime, QLocale, QSize, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.admin_door import PIN_MAX_DIGITS, PIN_MIN_DIGITS
from kiosk.services.admin_door import AdminDoor, PinResult
from kiosk.ui.context import KioskContext
from kiosk.ui.icons import icon
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId

#: The keys drawn as icons: key → icon name.
ICON_KEYS = {"⌫": "backspace", "✓": "check"}


class PinScreen(Screen):
    """A full-screen digit pad; the right PIN opens Admin, wrong ones lock it ever longer.

    While locked, the pad says how long it stays locked (and, for more than two minutes, until
    when), counting down.
    """

    screen_id = ScreenId.PIN
    shows_bottom_bar = False

    def __init__(self, context: KioskContext, door: AdminDoor, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.door = door
        self._digits = ""
        self.header = ScreenHeader()
        self.dots = QLabel()
        self.dots.setObjectName("PinDots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("Message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        for label in (self.dots, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys: dict[str, QPushButton] = {}
        pad = QGridLayout()
        for index, key in enumerate("123456789⌫0✓"):
            # Delete and enter are drawn as icons (no glyph needed) and named for screen readers.
            button = QPushButton("" if key in ICON_KEYS else key)
            button.setProperty("role", "pinkey")
            button.setObjectName(f"PinKey_{key}")
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.pad = pad
        self.cancel = QPushButton()
        self.cancel.setProperty("role", "secondary")
        self.cancel.clicked.connect(self._cancel)
        info = QVBoxLayout()
        info.addStretch(1)
        info.addWidget(self.dots)
        info.addWidget(self.message)
        info.addWidget(self.cancel)
        info.addStretch(1)
        # The pad sits beside the dots and message on a landscape screen, below them upright.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addStretch(1)
        self.body.addLayout(info, 3)
        # Keypads keep 1-2-3 from left to right in right-to-left languages too.
        self.keypad = QWidget()
        self.keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.keypad.setLayout(pad)
        pad.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.keypad, 3)
        self.body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addStretch(1)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._refresh)
        self.finish_setup()

    def retranslate_ui(self) -> None:
        self.header.set_texts(self.tr("Organiser access"), self.tr("Enter the admin PIN"))
        self.cancel.setText(self.tr("Back to the kiosk"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete last digit"))
        self.keys["✓"].setAccessibleName(self.tr("Open admin"))
        self._refresh()

    def apply_metrics(self) -> None:
        super().apply_metrics()
        px = self.context.theme.px
        self.pad.setSpacing(px(20))
        for key, name in ICON_KEYS.items():
            self.keys[key].setIcon(icon(name, self.context.theme.color("text")))
            self.keys[key].setIconSize(QSize(px(48), px(48)))

    def resizeEvent(self, event) -> None:
        upright = self.height() > self.width()
        self.body.setDirection(QBoxLayout.Direction.TopToBottom if upright else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    def on_shown(self) -> None:
        self.door.reload()  # a lock may have been lifted by set-pin, or set before a restart
        self._digits = ""
        self.message.clear()
        self._refresh()

    def reset_for_next_visitor(self) -> None:
        self._digits = ""
        self.message.clear()
        self._refresh()

    def _press(self, key: str) -> None:
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "✓":
            self._submit()
            return
        elif len(self._digits) < PIN_MAX_DIGITS:
            self._digits += key
        self._refresh()

    def _submit(self) -> None:
        result = self.door.try_pin(self._digits)
        self._digits = ""
        if result is PinResult.ACCEPTED:
            self.message.clear()
            self.navigate_requested.emit(ScreenId.ADMIN)
        elif result is PinResult.WRONG:
            self.message.setText(self.tr("Wrong PIN. Try again."))
        self._refresh()

    def _cancel(self) -> None:
        self._digits = ""
        self.navigate_requested.emit(ScreenId.ATTRACT)

    def _refresh(self) -> None:
        no_pin = not self.door.has_pin()
        locked = self.door.seconds_locked()
        if no_pin:
            self.message.setText(
                self.tr(
                    "Admin is locked: no PIN is set on this kiosk. "
                    "Set one on this computer with the command: blueheart-kiosk set-pin"
                )
            )
        elif locked:
            self.message.setText(self.locked_text(locked))
        if locked and not self._lock_timer.isActive():
            self._lock_timer.start()
        elif not locked and self._lock_timer.isActive():
            self._lock_timer.stop()
            self.message.clear()
        enabled = not no_pin and not locked
        for button in self.keys.values():
            button.setEnabled(enabled)
        self.dots.setText("●" * len(self._digits) if self._digits else "○" * PIN_MIN_DIGITS)

    def wait_text(self, seconds: int) -> str:
        """``seconds`` as a person says it: 45 seconds, 5 minutes, 2 hours 30 minutes.

        %Ln: the number in the UI language's digits, like the time it is shown with.
        """
        if seconds < 60:
            return self.tr("%Ln second(s)", "", seconds)
        minutes = math.ceil(seconds / 60)
        if minutes < 60:
            return self.tr("%Ln minute(s)", "", minutes)
        hours, minutes = divmod(minutes, 60)
        text = self.tr("%Ln hour(s)", "", hours)
        if not minutes:
            return text
        return self.tr("%1 %2", "hours, then minutes: 2 hours 30 minutes").replace("%1", text).replace(
            "%2", self.tr("%Ln minute(s)", "", minutes)
        )

    def locked_text(self, seconds: int) -> str:
        """What the locked pad says: how long it stays locked and, past two minutes, until when."""
        if seconds <= 120:
            return self.tr("Too many wrong PINs. The pad is locked for %1.").replace("%1", self.wait_text(seconds))
        until = QDateTime.fromSecsSinceEpoch(math.ceil(self.door.unlocks_at()))
        locale = QLocale(self.context.language.shown)
        if until.date() == QDate.currentDate():
            when = locale.toString(until.time(), QLocale.FormatType.ShortFormat)
        else:
            when = locale.toString(until, QLocale.FormatType.ShortFormat)
        return (
            self.tr("Too many wrong PINs. The pad is locked for %1, until %2.")
            .replace("%1", self.wait_text(seconds))
            .replace("%2", when)
        )
