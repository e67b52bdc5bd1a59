"""Admin: the organiser's screen behind the PIN."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.ui.context import KioskContext
from kiosk.ui.screens.base import Screen, ScreenHeader, ScreenId
from kiosk.ui.widgets.card import TextCard
from kiosk.ui.widgets.drag_scroll import scroll_by_drag

if TYPE_CHECKING:
    from kiosk.ui.widgets.admin_fleet import FleetAdminSection
    from kiosk.ui.widgets.pledge_admin import PledgesAdminSection


class AdminScreen(Screen):
    """Version, folders, configuration and content warnings, and the way out of the kiosk.

    Other features add their own sections with :meth:`add_section`.

    Signals:
        exit_requested: the organiser wants to close the kiosk.
    """

    screen_id = ScreenId.ADMIN
    shows_bottom_bar = False
    exit_requested = Signal()

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = ScreenHeader()
        self.back = QPushButton()
        self.back.setProperty("role", "secondary")
        self.back.clicked.connect(lambda: self.navigate_requested.emit(ScreenId.ATTRACT))
        self.exit = QPushButton()
        self.exit.setProperty("role", "danger")
        self.exit.setObjectName("ExitKiosk")
        self.exit.clicked.connect(self._ask_exit)
        # Exiting shows the computer's desktop to the next visitor: it asks first, in the screen.
        self.exit_question = QLabel()
        self.exit_question.setObjectName("Warning")
        self.exit_question.setTextFormat(Qt.TextFormat.PlainText)
        self.exit_question.setWordWrap(True)
        self.exit_confirm = QPushButton()
        self.exit_confirm.setProperty("role", "danger")
        self.exit_confirm.setObjectName("ConfirmExitKiosk")
        self.exit_confirm.clicked.connect(self.exit_requested)
        self.exit_cancel = QPushButton()
        self.exit_cancel.setProperty("role", "secondary")
        self.exit_cancel.clicked.connect(self._keep_running)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.exit_question, 3)
        buttons.addWidget(self.exit_cancel)
        buttons.addWidget(self.exit_confirm)
        buttons.addWidget(self.exit)
        self._keep_running()

        self.facts = QFormLayout()
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("version", "mode", "config", "data", "log", "renderer"):
            name, value = QLabel(), QLabel()
            value.setObjectName("AdminValue")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            for label in (name, value):
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)
            self.facts.addRow(name, value)
            self.fact_labels[key] = (name, value)
        self.warnings_card = TextCard()
        self.warnings_card.body.setObjectName("Warning")

        self.sections = QVBoxLayout()
        self.sections.addLayout(self.facts)
        self.sections.addWidget(self.warnings_card)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.sections)
        body_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        scroll_by_drag(self.scroll_area.viewport())

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.scroll_area, 1)
        self.fleet_section: FleetAdminSection | None = None
        self.pledges_section: PledgesAdminSection | None = None
        context.warnings.added.connect(self._warning_added)
        # The pledge and fleet sections come once the pledge store is started (it opens after
        # the first frame), or as it opens while Admin shows.
        context.pledges.opened.connect(self._store_opened)
        context.pledges.unavailable.connect(self._store_opened)
        self.finish_setup()

    def _ask_exit(self) -> None:
        self.exit.hide()
        for widget in (self.exit_question, self.exit_cancel, self.exit_confirm):
            widget.show()

    def _keep_running(self) -> None:
        for widget in (self.exit_question, self.exit_cancel, self.exit_confirm):
            widget.hide()
        self.exit.show()

    def reset_for_next_visitor(self) -> None:
        self._keep_running()
        self.scroll_area.verticalScrollBar().setValue(0)  # the next opening starts at the top

    def add_section(self, widget: QWidget) -> None:
        """Append a feature's own admin section."""
        self.sections.addWidget(widget)

    def retranslate_ui(self) -> None:
        paths = self.context.paths
        self.header.set_texts(self.tr("Admin"), self.tr("For the organiser of this kiosk"))
        self.back.setText(self.tr("Back to the kiosk"))
        self.exit.setText(self.tr("Exit the kiosk"))
        self.exit_question.setText(self.tr("Close the kiosk? This computer's desktop will show until it is started again."))
        self.exit_confirm.setText(self.tr("Yes, exit"))
        self.exit_cancel.setText(self.tr("Cancel"))
        values = {
            "version": (self.tr("Version"), __version__),
            "mode": (self.tr("Mode"), self.tr("Kiosk (full screen, locked)") if self.context.kiosk_mode
                     else self.tr("Window (development)")),
            "config": (self.tr("Configuration file"), str(self.context.config_file or paths.config_file)),
            "data": (self.tr("Data folder"), str(paths.data_dir)),
            "log": (self.tr("Log file"), str(paths.log_file)),
            "renderer": (self.tr("Keyboard renderer"), self._renderer_text()),
        }
        for key, (name, value) in values.items():
            self.fact_labels[key][0].setText(name)
            self.fact_labels[key][1].setText(value)
        self.refresh_warnings()

    def _renderer_text(self) -> str:
        render_path = self.context.render_path
        decision = render_path.decision
        if decision is None:
            return self.tr("not chosen yet")
        detected = decision.detected or self.tr("no OpenGL")
        # Technical facts for the organiser's support contact: kept in English as logged.
        return f"{decision.used.value} ({decision.reason}; display.renderer = {render_path.choice.value}; detected: {detected})"

    def refresh_warnings(self) -> None:
        warnings = self.context.warnings
        title = self.tr("Warnings") if warnings else self.tr("No configuration or content warnings")
        self.warnings_card.set_texts(title, "\n".join(warnings))
        self.warnings_card.body.setVisible(bool(warnings))

    def _warning_added(self, _line: str) -> None:
        self.refresh_warnings()

    def _store_opened(self, *_args: object) -> None:
        if self.isVisible():
            self._show_own_sections()

    def on_shown(self) -> None:
        self.retranslate_ui()
        if self.context.pledges.started:
            self._show_own_sections()

    def _show_own_sections(self) -> None:
        fleet = self.context.fleet
        if fleet is not None and self.fleet_section is None:
            from kiosk.ui.widgets.admin_fleet import FleetAdminSection

            self.fleet_section = FleetAdminSection(fleet)
            self.add_section(self.fleet_section)
        if fleet is not None and self.fleet_section is not None:
            self.fleet_section.show_state(fleet.state)
        if self.pledges_section is None:
            from kiosk.ui.widgets.pledge_admin import PledgesAdminSection

            self.pledges_section = PledgesAdminSection(self.context)
            self.add_section(self.pledges_section)
        self.pledges_section.refresh()

    def apply_metrics(self) -> None:
        super().apply_metrics()
        px = self.context.theme.px
        self.facts.setHorizontalSpacing(px(24))
        self.facts.setVerticalSpacing(px(12))
        self.warnings_card.set_padding(px(24))
