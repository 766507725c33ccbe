"""Send people to another vault: write the encrypted transfer file, then show its code once.

Two choices: the people chosen in the list, or (a clinic's end of day) everything that changed since
the last transfer to a named destination, such as the clinic's main vault.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language, ngettext
from reports.i18n import long_date
from storage.atomic import atomic_write
from ui.app.worker import Task, run_task
from ui.handoff.files import choose_save_path

SUGGESTED_NAME = "amparo-transfer.amparo-bundle"


def local_day(stamp: str) -> str:
    """An ISO UTC stamp as the date in words on this computer's calendar."""
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).replace(tzinfo=UTC)
    return long_date(moment.astimezone().date(), language())


class SendDialog(QDialog):
    """Export `person_ids`, or everything changed since the last transfer to a destination, to a file."""

    def __init__(self, session: Any, person_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from storage.handoff.bundle import sent_to

        self.session = session
        self.person_ids = person_ids
        self.task: Task | None = None
        self.code = ""
        self.path: Path | None = None
        self.peers = dict(sent_to(session.vault.db))
        self.chosen_option = QRadioButton(self)
        self.changed_option = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.chosen_option)
        group.addButton(self.changed_option)
        self.peer = QComboBox(self)
        self.peer.setEditable(True)
        self.peer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.peer.addItems(list(self.peers))
        self.peer_label = QLabel(self)
        self.peer_label.setBuddy(self.peer)
        self.peer_note = QLabel(self)
        self.peer_note.setWordWrap(True)
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
        for widget in (self.chosen_option, self.changed_option, self.peer_label, self.peer, self.peer_note,
                       self.intro, self.choose_button, self.busy, self.result, self.code_label, self.stored):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_and_write)
        self.buttons.rejected.connect(self.reject)
        self.stored.toggled.connect(self._update_close)
        self.changed_option.toggled.connect(self._update_choice)
        self.peer.currentTextChanged.connect(self._update_choice)
        self.chosen_option.setEnabled(bool(person_ids))
        (self.chosen_option if person_ids else self.changed_option).setChecked(True)
        # Wide enough that the wrapped explanations keep their lines when the code appears below them.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.retranslate()
        (self.choose_button if person_ids else self.peer).setFocus()

    def everything_changed(self) -> bool:
        """True when the user chose "everything changed since the last transfer"."""
        return self.changed_option.isChecked()

    def peer_name(self) -> str:
        return " ".join(self.peer.currentText().split())

    def retranslate(self) -> None:
        self.setWindowTitle(_("Send to another vault"))
        count = len(self.person_ids)
        self.chosen_option.setText(ngettext("The c&hosen person ({count})", "The c&hosen people ({count})",
                                            count).format(count=count))
        self.changed_option.setText(_("&Everything changed since the last transfer to one destination"))
        self.peer_label.setText(_("&Destination name (for example, the clinic's main vault):"))
        self.peer.setAccessibleName(_("Destination name"))
        self.choose_button.setText(_("&Choose where to save the file…"))
        self.stored.setText(_("I have written the code down or said it to the person who will import the file"))
        self.busy.setAccessibleName(_("Working"))
        self._update_choice()

    def _update_choice(self) -> None:
        changed = self.everything_changed()
        for widget in (self.peer_label, self.peer, self.peer_note):
            widget.setEnabled(changed)
        name = self.peer_name()
        if not changed:
            self.peer_note.clear()
        elif not name:
            self.peer_note.setText(_("Type a name for where the file is going, or choose one used before."))
        elif name in self.peers:
            self.peer_note.setText(_("Last transfer to {name}: {date}. Only what changed after it is included, "
                                     "and deletions too.").format(name=name, date=local_day(self.peers[name])))
        else:
            self.peer_note.setText(_("Nothing has been sent to {name} yet, so everyone in this vault is "
                                     "included.").format(name=name))
        if self.code:
            return
        self.choose_button.setEnabled(not changed or bool(name))
        if changed:
            self.intro.setText(_(
                "Amparo will write these people, with their cases, dates, documents, contacts and family plans, "
                "to one encrypted file. Only someone with the transfer code shown next can open it. Give the "
                "code separately from the file (for example, say it or write it on paper)."))
            return
        count = len(self.person_ids)
        self.intro.setText(ngettext(
            "Amparo will write {count} person, with their cases, dates, documents, contacts and family plan, to "
            "one encrypted file. Only someone with the transfer code shown next can open it. Give the code "
            "separately from the file (for example, say it or write it on paper).",
            "Amparo will write {count} people, with their cases, dates, documents, contacts and family plans, to "
            "one encrypted file. Only someone with the transfer code shown next can open it. Give the code "
            "separately from the file (for example, say it or write it on paper).", count).format(count=count))

    def choose_and_write(self) -> None:
        if self.everything_changed() and not self.peer_name():
            self.peer.setFocus()
            return
        path = choose_save_path(self, _("Save the transfer file"), SUGGESTED_NAME,
                                _("Amparo transfer files (*.amparo-bundle)"), ".amparo-bundle")
        if path is None:
            return
        self.write_to(path)

    def write_to(self, path: Path) -> None:
        """Export in the background and write `path` (0600); then show the code."""
        from storage.handoff import export_bundle

        db = self.session.vault.db
        # None with a destination: whatever changed since the last transfer there (everyone the first time).
        people, peer = (None, self.peer_name()) if self.everything_changed() else (list(self.person_ids), "")

        def work() -> tuple[str, int]:
            data, code, count = export_bundle(db, people, peer=peer)
            atomic_write(path, data)
            return code, count

        self.path = path
        for widget in (self.chosen_option, self.changed_option, self.peer, self.choose_button):
            widget.setEnabled(False)
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
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the wrapped texts need at the current width (sizeHint guesses another width)."""
        layout = self.layout()
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.chosen_option.setEnabled(bool(self.person_ids))
        for widget in (self.changed_option, self.peer, self.choose_button):
            widget.setEnabled(True)
        self._update_choice()
        from storage.handoff import NothingToSend

        if isinstance(error, NothingToSend):
            self.result.setText(_("Nothing changed since the last transfer to {name}. No file was written.").format(
                name=self.peer_name()))
        elif isinstance(error, OSError):
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
