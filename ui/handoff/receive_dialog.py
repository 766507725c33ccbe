"""Bring people in from a transfer file: open it with its code, see what would change, then confirm.

Nothing is written until the user presses Import and confirms the summary. Rows changed in both
vaults are listed side by side, each with its own choice (this vault's version by default).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _
from ui.app.worker import Task, run_task
from ui.handoff.files import choose_open_path
from ui.handoff.spreadsheet_dialog import field_labels


def _table_label(table: str) -> str:
    labels = {"person": _("Person"), "contact": _("Contact"), "case": _("Case"), "event": _("Date"),
              "document": _("Document"), "family_plan": _("Family plan"), "person_contact": _("Link to a contact")}
    return labels.get(table, table)


def _describe(change: Any) -> str:
    row = change.theirs or change.ours or {}
    if change.table == "person":
        return f"{_table_label('person')}: {row.get('given_names', '')} {row.get('family_names', '')}".strip()
    return _table_label(change.table)


def _values(row: dict[str, Any] | None, fields: list[str]) -> str:
    if row is None:
        return _("(deleted)")
    labels = field_labels()
    return "\n".join(f"{labels.get(name, name)}: {row.get(name, '')}" for name in fields)


class ReceiveDialog(QDialog):
    """Open a transfer file, review the merge, and import it into the session's vault."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path: Path | None = None
        self.plan: Any = None
        self.task: Task | None = None
        self.file_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.code_label = QLabel(self)
        self.code = QLineEdit(self)
        self.code_label.setBuddy(self.code)
        self.check_button = QPushButton(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.conflicts = QTableWidget(0, 4, self)
        self.conflicts.setVisible(False)
        self.conflicts.setWordWrap(True)
        header = self.conflicts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        # Room for both versions side by side without cutting the values.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 120)
        self.conflicts.setMinimumHeight(self.fontMetrics().height() * 12)
        self.import_button = QPushButton(self)
        self.import_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        form = QFormLayout()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        form.addRow(file_row)
        form.addRow(self.code_label, self.code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.busy)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.file_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.code.returnPressed.connect(self.check)
        self.import_button.clicked.connect(self.confirm_import)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.file_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Add from a transfer file"))
        self.file_button.setText(_("&Choose the transfer file…"))
        self.file_label.setText(self.path.name if self.path else _("No file chosen yet."))
        self.code_label.setText(_("Transfer &code:"))
        self.code.setPlaceholderText(_("six words, as you were given them"))
        self.code.setAccessibleName(_("Transfer code"))
        self.check_button.setText(_("Open the file and show what would change"))
        self.import_button.setText(_("&Import…"))
        self.busy.setAccessibleName(_("Working"))
        self.conflicts.setHorizontalHeaderLabels([_("What"), _("In this vault"), _("In the file"), _("Keep")])

    def choose_file(self) -> None:
        path = choose_open_path(self, _("Open a transfer file"), _("Amparo transfer files (*.amparo-bundle)"))
        if path is not None:
            self.set_file(path)

    def set_file(self, path: Path) -> None:
        self.path = path
        self.plan = None
        self.import_button.setEnabled(False)
        self.file_label.setText(path.name)
        self.code.setFocus()

    def check(self) -> None:
        """Open the file with the code and plan the merge, in the background; nothing is written."""
        from storage.handoff import plan_import, read_bundle

        if self.path is None:
            self.summary.setText(_("First choose the transfer file."))
            return
        path, code, db = self.path, self.code.text(), self.session.vault.db

        def work() -> Any:
            return plan_import(db, read_bundle(path.read_bytes(), code).payload)

        self.busy.setVisible(True)
        self.check_button.setEnabled(False)
        self.task = run_task(work, self._planned, self._failed)

    def _planned(self, plan: Any) -> None:
        self.busy.setVisible(False)
        self.check_button.setEnabled(True)
        self.plan = plan
        people = plan.people_summary()
        self.summary.setText(_("In this file: {new} people new, {changed} changed, {conflict} changed in both "
                               "vaults, {same} the same.").format(new=people["new"], changed=people["changed"],
                                                                  conflict=people["conflict"],
                                                                  same=people["unchanged"]))
        conflicts = plan.conflicts
        self.conflicts.setRowCount(len(conflicts))
        self.conflicts.setVisible(bool(conflicts))
        for row, change in enumerate(conflicts):
            fields = change.differing_fields
            for column, text in enumerate((_describe(change), _values(change.ours, fields),
                                           _values(change.theirs, fields))):
                self.conflicts.setItem(row, column, QTableWidgetItem(text))
            choice = QComboBox(self.conflicts)
            choice.addItem(_("this vault's version"), "ours")
            choice.addItem(_("the file's version"), "theirs")
            choice.setAccessibleName(_("Which version to keep"))
            self.conflicts.setCellWidget(row, 3, choice)
            # A cell widget's width is not counted by the header: make room for the whole choice.
            self.conflicts.setColumnWidth(3, max(self.conflicts.columnWidth(3), choice.sizeHint().width()))
        self.conflicts.resizeRowsToContents()
        self.import_button.setEnabled(plan.writes_anything)
        if not plan.writes_anything:
            self.summary.setText(self.summary.text() + " " + _("There is nothing to import."))

    def _failed(self, error: BaseException) -> None:
        from storage.handoff import BundleTooNew, WrongTransferCode

        self.busy.setVisible(False)
        self.check_button.setEnabled(True)
        if isinstance(error, WrongTransferCode):
            text = _("This transfer code does not open the file, or the file was changed after it was made. "
                     "Check the code; nothing was imported.")
        elif isinstance(error, BundleTooNew):
            text = _("This file was made by a newer version of Amparo. Update Amparo to import it; nothing was "
                     "imported.")
        elif isinstance(error, OSError):
            text = _("Could not read the transfer file.")
        else:
            text = _("This file is not an Amparo transfer file, or it is damaged. Nothing was imported.")
        self.summary.setText(text)
        self.code.setFocus()
        self.code.selectAll()

    def choices(self) -> dict[str, str]:
        chosen = {}
        for row, change in enumerate(self.plan.conflicts if self.plan else []):
            box = self.conflicts.cellWidget(row, 3)
            chosen[change.identity] = box.currentData() if isinstance(box, QComboBox) else "ours"
        return chosen

    def confirm_import(self) -> None:
        if self.plan is None:
            return
        answer = QMessageBox.question(self, "Amparo", self.summary.text() + "\n\n" + _("Import these changes now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.apply()

    def apply(self) -> None:
        """Apply the plan with the chosen versions, in one transaction, in the background."""
        from storage.handoff import apply_plan

        plan, vault = self.plan, self.session.vault
        plan.choices = self.choices()
        self.busy.setVisible(True)
        self.import_button.setEnabled(False)
        self.task = run_task(lambda: apply_plan(vault.db, plan, vault.people.reindex), self._applied,
                             self._apply_failed)

    def _applied(self, done: dict[str, int]) -> None:
        self.busy.setVisible(False)
        self.plan = None
        self.summary.setText(_("Imported: {added} records added, {changed} changed, {deleted} deleted.").format(**done))
        self.conflicts.setVisible(False)
        self.session.notify_changed()

    def _apply_failed(self, _error: BaseException) -> None:
        self.busy.setVisible(False)
        self.summary.setText(_("The import stopped before it finished. Nothing was changed in this vault."))
