"""People from a clinic's spreadsheet: map the columns, see every row checked, then add them all at once.

The mapping starts from the headers (English or Spanish) and each column can be changed; the first
rows are shown under each column so the choice is easy. Rows with problems are listed with the
editor's own messages and can be saved to a file to fix; rows that look like people already in the
vault (or earlier in the file) are left out unless the user asks. Nothing is added until Add is
pressed, and then in one transaction: all or none.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.spreadsheet_import import FIELDS, RowCheck, check_rows, guess_mapping, split_duplicates
from storage.atomic import atomic_write
from ui.handoff.files import choose_open_path, choose_save_path

PREVIEW_ROWS = 3


def field_labels() -> dict[str, str]:
    return {
        "given_names": _("Given names"), "family_names": _("Family names"), "preferred_name": _("Preferred name"),
        "date_of_birth": _("Date of birth"), "country_of_birth": _("Country of birth"), "languages": _("Languages"),
        "a_number": _("A-number"), "phone": _("Phone"), "address": _("Address"), "notes": _("Notes"),
    }


class SpreadsheetDialog(QDialog):
    """Import people from a .csv or .xlsx file into the session's vault."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.checked: RowCheck | None = None
        self.ready: list[Any] = []
        self.duplicates: list[Any] = []
        self.file_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.columns = QTableWidget(0, 2, self)
        self.columns.horizontalHeader().setStretchLastSection(True)
        # The whole "read as" choice and a few sample values fit without scrolling sideways.
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)
        self.check_button = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QListWidget(self)
        self.include_duplicates = QCheckBox(self)
        self.rejects_button = QPushButton(self)
        self.add_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        top = QHBoxLayout()
        top.addWidget(self.file_button)
        top.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns, 2)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.include_duplicates)
        row = QHBoxLayout()
        row.addWidget(self.rejects_button)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        for button in (self.check_button, self.rejects_button, self.add_button):
            button.setEnabled(False)
        self.file_button.clicked.connect(self.choose_file)
        self.check_button.clicked.connect(self.check)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.add_button.clicked.connect(self.confirm_add)
        self.include_duplicates.toggled.connect(lambda _on: self._show_summary())
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.file_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(_("People from a spreadsheet"))
        self.file_button.setText(_("&Choose a spreadsheet (.csv or .xlsx)…"))
        self.file_label.setText(_("No file chosen yet.") if not self.headers else self.file_label.text())
        self.columns.setHorizontalHeaderLabels([_("Column and first rows"), _("Read as")])
        self.check_button.setText(_("Check every &row"))
        self.include_duplicates.setText(_("Also add rows that look like people already in the vault"))
        self.rejects_button.setText(_("Save the rows with &problems…"))
        self.add_button.setText(_("&Add the people…"))

    def choose_file(self) -> None:
        path = choose_open_path(self, _("Open a spreadsheet"), _("Spreadsheets (*.csv *.xlsx)"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> bool:
        from storage.spreadsheet import SpreadsheetError, read_table

        try:
            self.headers, self.rows = read_table(path)
        except (OSError, SpreadsheetError):
            self.summary.setText(_("Could not read the spreadsheet. Save it as .csv or .xlsx and try again."))
            return False
        self.file_label.setText(path.name)
        guessed = guess_mapping(self.headers)
        labels = field_labels()
        self.columns.setRowCount(len(self.headers))
        for index, header in enumerate(self.headers):
            samples = [r[index] for r in self.rows[:PREVIEW_ROWS] if index < len(r) and r[index].strip()]
            self.columns.setItem(index, 0, QTableWidgetItem(" · ".join([header or str(index + 1), *samples])))
            box = QComboBox(self.columns)
            box.addItem(_("(not read)"), "")
            for name in FIELDS:
                box.addItem(labels[name], name)
            box.setCurrentIndex(max(0, box.findData(guessed.get(index, ""))))
            box.setAccessibleName(_("What column {column} holds").format(column=header or index + 1))
            self.columns.setCellWidget(index, 1, box)
        self.columns.resizeColumnsToContents()
        widest = max((self.columns.cellWidget(i, 1).sizeHint().width() for i in range(len(self.headers))), default=0)
        room = self.columns.viewport().width() - widest
        self.columns.setColumnWidth(0, max(self.columns.fontMetrics().averageCharWidth() * 30,
                                           min(self.columns.columnWidth(0), room)))
        self.check_button.setEnabled(True)
        self.summary.setText(_("Check that each column is read as the right thing, then check the rows."))
        return True

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for index in range(self.columns.rowCount()):
            box = self.columns.cellWidget(index, 1)
            if isinstance(box, QComboBox) and box.currentData() and box.currentData() not in chosen.values():
                chosen[index] = box.currentData()
        return chosen

    def check(self) -> None:
        mapping = self.mapping()
        self.problems.clear()
        if "given_names" not in mapping.values() or "family_names" not in mapping.values():
            self.summary.setText(_("Choose which columns hold the given names and the family names."))
            return
        self.checked = check_rows(self.rows, mapping, language(), self.session.clock.today())
        people = self.session.vault.people
        self.ready, self.duplicates = split_duplicates(self.checked.accepted, lambda p: bool(people.duplicates(p)))
        for line, problems in self.checked.rejected:
            self.problems.addItem(_("Line {line}: {problems}").format(
                line=line, problems=" ".join(p.render(language()) for p in problems)))
        if self.duplicates:
            self.problems.addItem(_("Lines that look like duplicates: {lines}").format(
                lines=", ".join(str(line) for line, _p in self.duplicates)))
        self.rejects_button.setEnabled(bool(self.checked.rejected))
        self._show_summary()

    def to_add(self) -> list[Any]:
        return [p for _l, p in self.ready + (self.duplicates if self.include_duplicates.isChecked() else [])]

    def _show_summary(self) -> None:
        if self.checked is None:
            return
        self.summary.setText(_("{ready} rows ready, {rejected} set aside with problems, {duplicates} look like "
                               "people already in the vault or earlier in the file.").format(
            ready=len(self.ready), rejected=len(self.checked.rejected), duplicates=len(self.duplicates)))
        self.add_button.setEnabled(bool(self.to_add()))

    def save_rejects(self) -> None:
        path = choose_save_path(self, _("Save the rows with problems"), "filas-con-problemas.csv",
                                _("CSV files (*.csv)"), ".csv")
        if path is not None:
            self.write_rejects(path)

    def write_rejects(self, path: Path) -> None:
        assert self.checked is not None
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([_("line"), _("problem"), *self.headers])
        for line, problems in self.checked.rejected:
            writer.writerow([line, " ".join(p.render(language()) for p in problems), *self.rows[line - 2]])
        atomic_write(path, buffer.getvalue().encode("utf-8-sig"))
        self.summary.setText(_("Warning: this file is NOT encrypted. Anyone who gets it can read it. Delete it "
                               "when you no longer need it."))

    def confirm_add(self) -> None:
        people = self.to_add()
        answer = QMessageBox.question(self, "Amparo", _("Add {count} people to this vault now?").format(
            count=len(people)))
        if answer == QMessageBox.StandardButton.Yes:
            self.add()

    def add(self) -> int:
        """Add every ready row in one transaction; returns how many were added."""
        people = self.to_add()
        self.session.vault.people.add_many(people)
        self.summary.setText(_("{count} people added.").format(count=len(people)))
        self.add_button.setEnabled(False)
        self.session.notify_changed()
        return len(people)
