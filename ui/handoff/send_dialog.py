"""Send chosen people to another vault: write the encrypted transfer file, then show its code once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, ngettext
from storage.atomic import atomic_write
from ui.handoff.files import choose_save_path
from ui.worker import Task, run_task

SUGGESTED_NAME = "amparo-transfer.amparo-bundle"


class SendDialog(QDialog):
    """Export `person_ids` (with their records) to a transfer file of the user's choosing."""

    def __init__(self, session: Any, person_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.person_ids = person_ids
        self.task: Task | None = None
        self.code = ""
        self.path: Path | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont(self.code_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setVisible(False)
        self.stored = QCheckBox(self)
        self.stored.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.choose_button, self.busy, self.result, self.code_label, self.stored):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_and_write)
        self.buttons.rejected.connect(self.reject)
        self.stored.toggled.connect(self._update_close)
        self.retranslate()
        self.choose_button.setFocus()

    def retranslate(self) -> None:
        count = len(self.person_ids)
        self.intro.setText(ngettext(
            "Amparo will write {count} person, with their cases, dates, documents, contacts and family plan, to "
            "one encrypted file. Only someone with the transfer code shown next can open it. Give the code "
            "separately from the file (for example, say it or write it on paper).",
            "Amparo will write {count} people, with their cases, dates, documents, contacts and family plans, to "
            "one encrypted file. Only someone with the transfer code shown next can open it. Give the code "
            "separately from the file (for example, say it or write it on paper).", count).format(count=count))
        self.choose_button.setText(_("&Choose where to save the file…"))
        self.stored.setText(_("I have written the code down or said it to the person who will import the file"))
        self.busy.setAccessibleName(_("Working"))

    def choose_and_write(self) -> None:
        path = choose_save_path(self, _("Save the transfer file"), SUGGESTED_NAME,
                                _("Amparo transfer files (*.amparo-bundle)"), ".amparo-bundle")
        if path is None:
            return
        self.write_to(path)

    def write_to(self, path: Path) -> None:
        """Export in the background and write `path` (0600); then show the code."""
        from storage.handoff import export_bundle

        db, people = self.session.vault.db, list(self.person_ids)

        def work() -> tuple[str, int]:
            data, code, count = export_bundle(db, people)
            atomic_write(path, data)
            return code, count

        self.path = path
        self.choose_button.setEnabled(False)
        self.busy.setVisible(True)
        self.task = run_task(work, self._written, self._failed)

    def _written(self, outcome: tuple[str, int]) -> None:
        self.busy.setVisible(False)
        self.code, count = outcome
        self.result.setText(ngettext(
            "{count} person was written to the file. The transfer code, shown only now:",
            "{count} people were written to the file. The transfer code, shown only now:", count).format(count=count))
        self.code_label.setText(self.code)
        self.code_label.setAccessibleName(_("Transfer code"))
        self.code_label.setVisible(True)
        self.stored.setVisible(True)
        self.stored.setFocus()
        self._update_close()

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.choose_button.setEnabled(True)
        if isinstance(error, OSError):
            self.result.setText(_("The file could not be written there. Choose another folder, or check that there "
                                  "is free space."))
        else:
            self.result.setText(_("The vault could not be read. Nothing was written."))

    def _update_close(self) -> None:
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        # Once a code exists, closing forgets it: first the user says they have it.
        close.setEnabled(not self.code or self.stored.isChecked())

    def reject(self) -> None:
        if self.code and not self.stored.isChecked():
            return
        self.code = ""
        self.code_label.clear()
        super().reject()
