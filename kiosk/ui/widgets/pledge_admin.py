"""Admin's pledge section: counts, export, merge, hide from the wall, erase (confirmed twice)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.pledge_files import ExportFormat
from kiosk.services.operations import Operation, SaveProblem, Worker
from kiosk.storage.drives import export_files, removable_drives
from kiosk.ui.context import KioskContext
from kiosk.ui.widgets.pages import plain_label

if TYPE_CHECKING:
    from kiosk.storage.pledges import ExportReport, MergeReport

RECENT_ROWS = 30


def _label(text: str = "", name: str = "Body") -> QLabel:
    return plain_label(name, text)


def _button(role: str = "secondary") -> QPushButton:
    button = QPushButton()
    button.setProperty("role", role)
    return button


class PledgesAdminSection(QFrame):
    """The organiser's pledge tools. Slow work runs on the pledge service's worker."""

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.context = context
        self.pledges = context.pledges
        self.title = _label(name="CardTitle")
        self.counts = _label()
        self.counts.setObjectName("AdminPledgeCounts")
        self.warning = _label(name="Warning")
        self.result = _label()
        self.result.setObjectName("AdminPledgeResult")
        self._today = 0

        # Export: format, then a destination.
        self.export_title = _label(name="SectionTitle")
        self.csv_button = _button()
        self.jsonl_button = _button()
        for button in (self.csv_button, self.jsonl_button):
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.csv_button.setChecked(True)
        self.folder = QLineEdit()
        self.folder.setObjectName("ExportFolder")
        self.folder.setText(str(Path.home()))
        self.export_here = _button("primary")
        self.export_here.clicked.connect(lambda: self.export_to(Path(self.folder.text().strip())))
        self.merge_here = _button()
        self.merge_here.clicked.connect(lambda: self.show_merge_files(Path(self.folder.text().strip())))
        self.drives_box = QVBoxLayout()
        self.files_box = QVBoxLayout()

        # Hide from the wall.
        self.hide_title = _label(name="SectionTitle")
        self.recent_box = QGridLayout()

        # Erase, confirmed twice.
        self.erase = _button("danger")
        self.erase.setObjectName("EraseAll")
        self.confirm_text = _label(name="Warning")
        self.confirm_yes = _button("danger")
        self.confirm_yes.setObjectName("EraseConfirm")
        self.confirm_no = _button()
        self._erase_step = 0
        self.erase.clicked.connect(lambda: self._erase_step_to(1))
        self.confirm_yes.clicked.connect(lambda: self._erase_step_to(self._erase_step + 1))
        self.confirm_no.clicked.connect(lambda: self._erase_step_to(0))

        formats = QHBoxLayout()
        formats.addWidget(self.csv_button)
        formats.addWidget(self.jsonl_button)
        formats.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.export_here)
        folder_row.addWidget(self.merge_here)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_yes)
        confirm_row.addWidget(self.confirm_no)
        confirm_row.addStretch(1)
        layout = QVBoxLayout(self)
        for item in (self.title, self.counts, self.warning, self.result, self.export_title, formats, folder_row,
                     self.drives_box, self.files_box, self.hide_title, self.recent_box, self.erase,
                     self.confirm_text, confirm_row):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)

        self.pledges.count_changed.connect(lambda _n: self._show_counts())
        self.pledges.today_changed.connect(self._set_today)
        # Drives and folders are looked at on their own thread: a slow or unplugged USB drive
        # never holds up the screen (nor the pledges' worker).
        self.files_worker = Worker("drives", "drives", self)
        self.pledges.personal_data_erased.connect(lambda _n: self._ask_recent())
        self.retranslate()
        self._erase_step_to(0)

    # -- texts -------------------------------------------------------------------------------------
    def retranslate(self) -> None:

        self.title.setText(self.tr("Pledges"))
        self.export_title.setText(self.tr("Export or merge"))
        self.csv_button.setText(self.tr("CSV (Excel)"))
        self.jsonl_button.setText(self.tr("JSON Lines"))
        self.export_here.setText(self.tr("Export to this folder"))
        self.merge_here.setText(self.tr("Find exports to merge"))
        self.hide_title.setText(self.tr("Names on the pledge wall"))
        self.erase.setText(self.tr("Erase all pledges…"))
        self.confirm_no.setText(self.tr("Cancel"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.confirm_yes.setAccessibleName(self.tr("Erase all pledges"))
        self._show_counts()

    def _set_today(self, today: int) -> None:
        self._today = today
        self._show_counts()

    def _show_counts(self) -> None:
        self.counts.setText(self.tr("Today: %1    Total: %2").replace("%1", str(self._today)).replace("%2", str(self.pledges.count)))
        warning = self.pledges.start_warning
        if self.pledges.problem is not None:
            self.warning.setText(
                self.tr("Pledges cannot be saved: %1. Check the data folder.").replace("%1", self.problem_text(self.pledges.problem))
            )
        elif warning is not None:
            self.warning.setText(
                self.tr("The pledge database could not be read and was set aside as %1; a new one was started.").replace(
                    "%1", str(warning.moved_to)
                )
            )
        self.warning.setVisible(self.pledges.problem is not None or warning is not None)

    def problem_text(self, problem: SaveProblem) -> str:
        return {
            SaveProblem.DISK_FULL: self.tr("the disk is full"),
            SaveProblem.READ_ONLY: self.tr("the folder is read-only"),
            SaveProblem.LOCKED: self.tr("the database is in use by another program"),
            SaveProblem.CORRUPT: self.tr("the file is damaged"),
            SaveProblem.CANNOT_OPEN: self.tr("the file or folder cannot be opened"),
        }[problem]

    # -- refresh -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read counts, drives and the recent names (on entering Admin)."""
        self.pledges.refresh()
        self._ask_recent()
        self._show_counts()
        Operation(removable_drives, success=self._show_drives).run(self.files_worker)

    def _ask_recent(self) -> None:
        self.pledges.recent(RECENT_ROWS, success=self._show_recent)

    def _clear(self, layout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from the page now, deleted later
                widget.deleteLater()

    def _show_drives(self, drives: list[Path]) -> None:
        self._clear(self.drives_box)
        for drive in drives:
            row = QHBoxLayout()
            name = _label(self.tr("USB drive %1").replace("%1", str(drive)))
            export = _button("primary")
            export.setText(self.tr("Export here"))
            export.clicked.connect(lambda _=False, d=drive: self.export_to(d))
            merge = _button()
            merge.setText(self.tr("Find exports"))
            merge.clicked.connect(lambda _=False, d=drive: self.show_merge_files(d))
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(name, 1)
            row.addWidget(export)
            row.addWidget(merge)
            self.drives_box.addWidget(holder)

    # -- export and merge --------------------------------------------------------------------------
    def export_format(self) -> ExportFormat:
        return ExportFormat.CSV if self.csv_button.isChecked() else ExportFormat.JSONL

    def export_to(self, folder: Path) -> None:
        fmt = self.export_format()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        self.result.setText(self.tr("Exporting…"))
        self.pledges.export(Path(folder) / f"blueheart-pledges-{stamp}{fmt.suffix}", fmt, self._exported, self._failed)

    def show_merge_files(self, folder: Path) -> None:
        """List the export files in ``folder`` (read off the GUI thread) as buttons to merge."""
        self._clear(self.files_box)
        Operation(lambda: export_files(folder), success=lambda files: self._show_merge_files(folder, files)).run(self.files_worker)

    def _show_merge_files(self, folder: Path, files: list[Path]) -> None:
        self._clear(self.files_box)
        if not files:
            self.result.setText(self.tr("No .csv or .jsonl files in %1").replace("%1", str(folder)))
        for path in files[:10]:
            button = _button()
            button.setObjectName("MergeFile")
            button.setText(self.tr("Merge %1").replace("%1", path.name))
            button.clicked.connect(lambda _=False, p=path: self._merge(p))
            self.files_box.addWidget(button)

    def _merge(self, path: Path) -> None:
        self.result.setText(self.tr("Merging…"))
        self.pledges.merge([path], self._merged, self._failed)

    # -- hide from the wall ------------------------------------------------------------------------
    def _show_recent(self, summaries) -> None:
        self._clear(self.recent_box)
        for row, summary in enumerate(summaries):
            name = _label(summary.first_name)  # plain text: a visitor typed it
            name.setObjectName("AdminWallName")
            when = _label(summary.created_utc.astimezone().strftime("%Y-%m-%d %H:%M"), "Muted")
            on_wall = summary.consent_wall and not summary.hidden
            state = _label(
                self.tr("on the wall") if on_wall else (self.tr("hidden") if summary.hidden else self.tr("not on the wall")), "Muted"
            )
            toggle = _button()
            toggle.setObjectName("HideFromWall")
            toggle.setText(self.tr("Show again") if summary.hidden else self.tr("Hide"))
            toggle.setVisible(summary.consent_wall)  # a name never on the wall has nothing to hide
            toggle.clicked.connect(
                lambda _=False, s=summary: self.pledges.hide(s.uuid, not s.hidden, lambda _changed: self._ask_recent(), self._failed)
            )
            for column, widget in enumerate((name, when, state, toggle)):
                self.recent_box.addWidget(widget, row, column)

    # -- erase -------------------------------------------------------------------------------------
    def _erase_step_to(self, step: int) -> None:
        if step >= 3:
            step = 0
            self.result.setText(self.tr("Erasing…"))
            self.pledges.erase_all(self._erased, self._failed)
        self._erase_step = step
        self.erase.setVisible(step == 0)
        for widget in (self.confirm_text, self.confirm_yes, self.confirm_no):
            widget.setVisible(step > 0)
        if step == 1:
            self.confirm_text.setText(
                self.tr(
                    "This deletes all %1 pledges on this kiosk, names and emails included. "
                    "Export them first if you need them."
                ).replace("%1", str(self.pledges.count))
            )
            self.confirm_yes.setText(self.tr("Erase all pledges"))
        elif step == 2:
            self.confirm_text.setText(self.tr("Are you sure? This cannot be undone."))
            self.confirm_yes.setText(self.tr("Yes, erase everything"))

    # -- results -----------------------------------------------------------------------------------
    def _exported(self, report: ExportReport) -> None:
        self.result.setText(self.tr("Exported %1 pledges to %2").replace("%1", str(report.written)).replace("%2", str(report.path)))
        self._ask_recent()

    def _merged(self, report: MergeReport) -> None:
        lines = [
            self.tr("%1: %2 added, %3 already here, %4 rejected")
            .replace("%1", f.path.name).replace("%2", str(f.added))
            .replace("%3", str(f.already_present)).replace("%4", str(len(f.rejected)))
            for f in report.files
        ]
        lines += [f"  {r.describe()}" for f in report.files for r in f.rejected[:5]]
        self.result.setText("\n".join(lines))
        self._ask_recent()

    def _erased(self, erased: int) -> None:
        self.result.setText(self.tr("Erased %1 pledges").replace("%1", str(erased)))
        self._ask_recent()

    def _failed(self, problem: SaveProblem) -> None:
        self.result.setText(self.tr("Could not finish: %1").replace("%1", self.problem_text(problem)))
