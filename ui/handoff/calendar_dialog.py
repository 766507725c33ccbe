"""Chosen people's appointments as a calendar file, with a plain warning about calendars and the cloud."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from content.i18n import _, language
from storage.atomic import atomic_write
from ui.handoff.files import choose_save_path

SUGGESTED_NAME = "citas.ics"


class CalendarDialog(QDialog):
    """Write the open appointments of `person_ids` for the next year to an .ics file."""

    def __init__(self, session: Any, person_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.session = session
        self.person_ids = person_ids
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.names = QCheckBox(self)
        self.places = QCheckBox(self)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        layout = QVBoxLayout(self)
        for widget in (self.warning, self.names, self.places, self.result):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.names.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Calendar file"))
        self.warning.setText(_("A calendar file is NOT encrypted, and calendar programs often copy their events to "
                               "the internet (the cloud), where others may see them. Leave out what you do not "
                               "need."))
        self.names.setText(_("Include people's &names"))
        self.places.setText(_("Include &places"))

    def build(self) -> bytes:
        from reports.calendar import CalendarOptions, appointments_ics

        vault = self.session.vault
        people = []
        for person_id in self.person_ids:
            person = vault.people.get(person_id)
            if person is not None:
                people.append((person, vault.events.for_person(person_id)))
        today = self.session.clock.today()
        options = CalendarOptions(lang=language(), names=self.names.isChecked(), places=self.places.isChecked(),
                                  first=today, days=365)
        return appointments_ics(people, options)

    def choose_and_save(self) -> None:
        path = choose_save_path(self, _("Save the calendar file"), SUGGESTED_NAME, _("Calendar files (*.ics)"),
                                ".ics")
        if path is None:
            return
        self.save_to(path)

    def save_to(self, path: Any) -> bool:
        try:
            atomic_write(path, self.build())
        except OSError:
            self.result.setText(_("The file could not be written there. Choose another folder, or check that "
                                  "there is free space."))
            return False
        self.result.setText(_("Saved. Delete the file when it is in your calendar."))
        return True
