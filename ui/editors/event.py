"""The event editor: what is due, its date and time of day, where, and how it repeats."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from content.i18n import _, language
from domain.models import (
    CASE_KIND_LABELS,
    DERIVED_EVENT_KINDS,
    EVENT_KIND_LABELS,
    Event,
    EventKind,
    Recurrence,
    RecurrenceUnit,
)
from domain.time_input import parse_time
from ui.editors.base import EditorBase
from ui.editors.time_field import TimeField
from ui.wording.formatting import unit_words


class EventEditor(EditorBase):
    """Add or edit a dated obligation; check-ins can repeat every N weeks or months."""

    def __init__(self, session: Any, person_id: int, event: Event | None = None,
                 parent: QWidget | None = None, kind: EventKind = EventKind.ICE_CHECKIN) -> None:
        super().__init__(session, parent)
        self.person_id = person_id
        self.event = event
        e = event or Event(person_id, kind, session.clock.today())
        lang = language()
        self.heading.setText(_("Edit date") if event else _("New date"))
        # Dates worked out from a birth date are not offered (unless this event already is one).
        kinds = [k for k in EventKind if k not in DERIVED_EVENT_KINDS or k == e.kind]
        self.kind = self._combo(_("What"), [(EVENT_KIND_LABELS[k].get(lang), k) for k in kinds], e.kind)
        self.date = self._date(_("Date"), "date", e.date if event else None, required=True)
        self.time_field = TimeField(self)
        self.time_field.set_time(e.time)
        self.time = self.time_field.edit
        self._add_field(_("Time"), "time", self.time_field, self.time, lambda t: parse_time(t, "time"),
                        hint=_("leave empty if there is no set time"))
        self.place = self._line(_("Place"), "place", text=e.place)
        cases = session.vault.cases.for_person(person_id)
        self.case = self._combo(_("Case"), [(_("None"), None)]
                                + [(CASE_KIND_LABELS[c.kind].get(lang), c.id) for c in cases], e.case_id)
        self.repeats = self._check(_("Repeats (check-ins)"), e.recurrence is not None)
        self.every = QSpinBox(self)
        self.every.setRange(1, 52)
        self.every.setValue(e.recurrence.every if e.recurrence else 1)
        self.every.setAccessibleName(_("Repeat every"))
        self.unit = QComboBox(self)
        self.unit.addItem("", RecurrenceUnit.WEEKS)
        self.unit.addItem("", RecurrenceUnit.MONTHS)
        self._name_units(self.every.value())
        # "cada 1 meses" reads wrong: the unit follows the number ("1 mes", "3 meses").
        self.every.valueChanged.connect(self._name_units)
        self.unit.setCurrentIndex(max(self.unit.findData(e.recurrence.unit if e.recurrence else
                                                         RecurrenceUnit.MONTHS), 0))
        self.unit.setAccessibleName(_("Repeat unit"))
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.every)
        h.addWidget(self.unit)
        h.addStretch(1)
        self.every_label = QLabel(_("Repeat every"), self)
        self.every_label.setBuddy(self.every)
        self.form.addRow(self.every_label, row)
        self.until = self._date(_("Repeat until (optional)"), "until",
                                e.recurrence.until if e.recurrence else None)
        self.done_box = self._check(_("Done"), e.done)
        self.notes = self._text_area(_("Notes"), e.notes)
        self.repeats.toggled.connect(self._sync)
        self.kind.currentIndexChanged.connect(self._sync)
        self._sync()

    def _name_units(self, every: int) -> None:
        lang = language()
        self.unit.setItemText(0, unit_words(every, False, lang))
        self.unit.setItemText(1, unit_words(every, True, lang))

    def _sync(self) -> None:
        checkin = self.kind.currentData() == EventKind.ICE_CHECKIN
        self.repeats.setEnabled(checkin)
        repeating = checkin and self.repeats.isChecked()
        self.every.setEnabled(repeating)
        self.unit.setEnabled(repeating)
        self.until.setEnabled(repeating)

    def value(self) -> Event:
        base = self.event or Event(self.person_id, EventKind.OTHER, self.session.clock.today())
        recurrence = None
        if self.repeats.isEnabled() and self.repeats.isChecked():
            recurrence = Recurrence(self.every.value(), RecurrenceUnit(self.unit.currentData()),
                                    self.checks.value("until"))
        return dataclasses.replace(
            base, kind=EventKind(self.kind.currentData()), date=self.checks.value("date"),
            time=self.checks.value("time"),
            place=self.place.text().strip(), case_id=self.case.currentData(), recurrence=recurrence,
            done=self.done_box.isChecked(), notes=self.notes.toPlainText())

    def _save(self) -> bool:
        event = self.value()
        if self.event is None:
            self.saved_id = self.session.vault.events.add(event)
        else:
            self.session.vault.events.update(event)
            self.saved_id = event.id
        return True
