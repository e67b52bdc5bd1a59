"""Admin's PIN section: the wrong PINs since Admin was last opened, and a warning for an old PIN."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.core.admin_door import PinStrength
from kiosk.services.admin_door import AdminDoor
from kiosk.ui.context import KioskContext
from kiosk.ui.style import Theme
from kiosk.ui.widgets.pages import plain_label

# How many wrong-PIN times are listed (newest first); the count covers them all.
LISTED_ATTEMPTS = 20


class AdminPage(Protocol):
    """What the Admin screen offers the sections added to it."""

    @property
    def context(self) -> KioskContext: ...

    @property
    def screen_id(self) -> str: ...

    def add_section(self, widget: QWidget) -> None: ...


def _label(name: str) -> QLabel:
    return plain_label(name)


def local_time(seconds: float) -> str:
    """A Unix time as the kiosk's local date and time, to the second.

    Isolated left-to-right (U+2066 … U+2069), so an Arabic page keeps the date before the time.
    """
    return "\u2066" + QDateTime.fromSecsSinceEpoch(int(seconds)).toString("yyyy-MM-dd HH:mm:ss") + "\u2069"


class AdminDoorSection(QFrame):
    """What the organiser should know about the door: who tried, and whether the PIN is strong."""

    def __init__(self, door: AdminDoor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.door = door
        self.title = _label("CardTitle")
        self.pin_warning = _label("Warning")
        self.problem = _label("Warning")
        self.summary = _label("Body")
        self.attempts = _label("Muted")
        self.attempts.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        for label in (self.title, self.pin_warning, self.problem, self.summary, self.attempts):
            layout.addWidget(label)
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the door as it is now (on entering Admin)."""
        self.title.setText(self.tr("Admin PIN"))
        strength = self.door.pin_strength()
        if strength in (PinStrength.BELOW_RULES, PinStrength.UNKNOWN):
            self.pin_warning.setText(
                self.tr(
                    "This kiosk's PIN was set under older, weaker rules (4 digits were allowed). "
                    "Set a new PIN of 6 to 12 digits on this computer with the command: blueheart-kiosk set-pin"
                )
            )
        self.pin_warning.setVisible(strength in (PinStrength.BELOW_RULES, PinStrength.UNKNOWN))
        self.problem.setText(self.door.problem or "")
        self.problem.setVisible(bool(self.door.problem))

        wrong = self.door.wrong_before_entry()
        if not wrong.count:
            self.summary.setText(self.tr("No wrong PIN was entered since Admin was last opened."))
            self.attempts.clear()
            self.attempts.hide()
            return
        self.summary.setText(self.tr("%n wrong PIN(s) were entered since Admin was last opened:", "", wrong.count))
        newest = list(reversed(wrong.times))[:LISTED_ATTEMPTS]
        lines = [local_time(t) for t in newest]
        earlier = wrong.count - len(lines)
        if earlier > 0:
            lines.append(self.tr("and %n earlier", "", earlier))
        self.attempts.setText("\n".join(lines))
        self.attempts.show()


def pad_like_admin_cards(section: QFrame, theme: Theme) -> None:
    """The same inner padding as Admin's own cards, kept when the text size changes."""

    def apply() -> None:
        padding = theme.px(24)
        layout = section.layout()
        assert layout is not None  # every Admin section lays out its own contents
        layout.setContentsMargins(padding, padding, padding, padding)
        layout.setSpacing(padding // 2)

    apply()
    theme.changed.connect(apply)


def add_door_section(admin: AdminPage, door: AdminDoor, window) -> AdminDoorSection:
    """Append the PIN section to Admin; it refreshes each time Admin is shown."""
    section = AdminDoorSection(door)
    pad_like_admin_cards(section, admin.context.theme)
    admin.add_section(section)
    window.screen_changed.connect(lambda screen_id: section.refresh() if screen_id == admin.screen_id else None)
    return section
