"""Admin's personal-data section: how long names and emails are kept, and erasing them now.

The erasing runs on the pledge service's worker; it asks once more inside the section (never a
dialog box).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services.operations import SaveProblem
from kiosk.services.pledges import PledgeService
from kiosk.services.retention import PersonalDataRetention
from kiosk.ui.widgets.pages import plain_label

if TYPE_CHECKING:
    from kiosk.ui.widgets.admin_door import AdminPage


def _label(name: str) -> QLabel:
    return plain_label(name)


def _button(role: str, name: str) -> QPushButton:
    button = QPushButton()
    button.setProperty("role", role)
    button.setObjectName(name)
    return button


class PersonalDataSection(QFrame):
    """Retention in words, the last automatic erasure, and *Erase personal data now…*."""

    def __init__(
        self, pledges: PledgeService, retention: PersonalDataRetention | None, days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.pledges = pledges
        self.retention = retention
        self.days = days
        self.title = _label("CardTitle")
        self.policy = _label("Body")
        self.last_run = _label("Muted")
        self.result = _label("Body")
        self.result.setObjectName("AdminPersonalDataResult")
        self.erase = _button("danger", "ErasePersonalData")
        self.confirm_text = _label("Warning")
        self.confirm_yes = _button("danger", "ErasePersonalDataConfirm")
        self.confirm_no = _button("secondary", "ErasePersonalDataCancel")
        self.erase.clicked.connect(lambda: self._ask(True))
        self.confirm_no.clicked.connect(lambda: self._ask(False))
        self.confirm_yes.clicked.connect(self._erase_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase)
        buttons.addWidget(self.confirm_yes)
        buttons.addWidget(self.confirm_no)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for label in (self.title, self.policy, self.last_run, self.result, self.confirm_text):
            layout.addWidget(label)
        layout.addLayout(buttons)
        if retention is not None:
            retention.purged.connect(lambda *_: self.retranslate())
        self._asking = False
        self._show_result("")
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Personal data"))
        if self.days:
            self.policy.setText(
                self.tr(
                    "First names, emails and countries are erased automatically %n day(s) after the pledge. "
                    "The pledges, their commitments and the counts remain.",
                    "",
                    self.days,
                )
            )
        else:
            self.policy.setText(
                self.tr("First names, emails and countries are kept until you erase them (pledges.personal_data_days = 0).")
            )
        retention = self.retention
        if retention is not None and retention.last_erased is not None and retention.last_run is not None:
            self.last_run.setText(
                self.tr("Last automatic erasure: %1, from %2 pledges.")
                .replace("%1", _local(retention.last_run))
                .replace("%2", str(retention.last_erased))
            )
        else:
            # The line keeps its place until the first erasure reports (right after start), so
            # nothing below it moves under the organiser's finger when it does.
            self.last_run.setText("\u00a0")
        self.last_run.setVisible(bool(self.days))
        self.erase.setText(self.tr("Erase personal data now…"))
        self.confirm_yes.setText(self.tr("Erase names, emails and countries"))
        self.confirm_no.setText(self.tr("Cancel"))
        self._ask(self._asking)

    def _ask(self, asking: bool) -> None:
        self._asking = asking
        if asking:
            self.confirm_text.setText(
                self.tr(
                    "This erases the first names, emails and countries of all %1 pledges on this kiosk. "
                    "The pledges and the counts remain. Export them first if you need the names. "
                    "This cannot be undone."
                ).replace("%1", str(self.pledges.count))
            )
        self.erase.setVisible(not asking)
        for widget in (self.confirm_text, self.confirm_yes, self.confirm_no):
            widget.setVisible(asking)

    def _show_result(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    def _erase_now(self) -> None:
        self._ask(False)
        self._show_result(self.tr("Erasing personal data…"))
        self.pledges.erase_personal_data(None, self._finished, self._failed)

    def _finished(self, erased: int) -> None:
        self._show_result(
            self.tr("Personal data erased from %1 pledges; all %2 pledges remain.")
            .replace("%1", str(erased))
            .replace("%2", str(self.pledges.count))
        )

    def _failed(self, problem: SaveProblem) -> None:
        self._show_result(
            self.tr("Could not erase the personal data: the pledge database cannot be written (%1).").replace("%1", problem.value)
        )

    def reset(self) -> None:
        """Back to the plain view (on entering Admin)."""
        self._ask(False)
        self._show_result("")


def _local(moment: datetime) -> str:
    """Local date and time, isolated left-to-right (U+2066 … U+2069) for right-to-left pages."""
    return "\u2066" + moment.astimezone().strftime("%Y-%m-%d %H:%M") + "\u2069"


def add_personal_data_section(admin: AdminPage, context, retention: PersonalDataRetention | None, window) -> PersonalDataSection:
    """Append the personal-data section to Admin; it starts plain each time Admin is shown."""
    from kiosk.ui.widgets.admin_door import pad_like_admin_cards

    section = PersonalDataSection(context.pledges, retention, context.settings.pledges.personal_data_days)
    pad_like_admin_cards(section, context.theme)
    admin.add_section(section)
    window.screen_changed.connect(lambda screen_id: section.reset() if screen_id == admin.screen_id else None)
    return section
