"""Admin's fleet section: is the central database reachable, when did the kiosk last sync, what
waits to leave, and the last error (never the password: the worker's messages hold none)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.fleet import FleetState
from kiosk.ui.widgets.pages import plain_label


def _label(name: str = "Body") -> QLabel:
    return plain_label(name)  # server messages are untrusted text


class FleetAdminSection(QFrame):
    """The sync state of this kiosk, updated after every attempt; "Sync now" skips the wait.

    Args:
        fleet: the :class:`kiosk.services.fleet.FleetSync` worker.
    """

    def __init__(self, fleet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.fleet = fleet
        self.title = _label("CardTitle")
        self.where = _label()
        self.where.setObjectName("FleetWhere")
        self.connection = _label()
        self.connection.setObjectName("FleetConnection")
        self.last_sync = _label()
        self.last_sync.setObjectName("FleetLastSync")
        self.counts = _label()
        self.counts.setObjectName("FleetCounts")
        self.error = _label("Warning")
        self.error.setObjectName("FleetError")
        self.sync_now = QPushButton()
        self.sync_now.setObjectName("FleetSyncNow")
        self.sync_now.setProperty("role", "secondary")
        self.sync_now.clicked.connect(fleet.sync_now)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.where, self.connection, self.last_sync, self.counts, self.error, self.sync_now):
            layout.addWidget(widget)
        fleet.state_changed.connect(self.show_state)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Event sync"))
        self.sync_now.setText(self.tr("Sync now"))
        self.show_state(self.fleet.state)

    def show_state(self, state: FleetState) -> None:
        self.where.setText(self.tr("Server: %1 · Event: %2").replace("%1", state.where).replace("%2", state.event))
        if state.connected is None:
            self.connection.setText(self.tr("Not tried yet"))
        else:
            self.connection.setText(self.tr("Connected") if state.connected else self.tr("Not connected"))
        when = state.last_sync_utc.astimezone().strftime("%Y-%m-%d %H:%M:%S") if state.last_sync_utc else self.tr("never")
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", when))
        total = "–" if state.event_total is None else str(state.event_total)
        self.counts.setText(self.tr("Queued: %1    Event total: %2").replace("%1", str(state.queued)).replace("%2", total))
        self.error.setText(self.tr("Last error: %1").replace("%1", state.last_error))
        self.error.setVisible(bool(state.last_error))
