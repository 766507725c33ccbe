"""The person editor: names, dates, A-number, phones and address, with likely duplicates shown
before a new person is saved.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from content.i18n import _
from domain.models import Event, EventKind, Person
from domain.validation import clean_person, parse_a_number, parse_name, parse_phone, validate_person
from ui.editors.base import EditorBase
from ui.editors.unprintable_note import UnprintableNote
from ui.notices import questions
from ui.people import duplicate_dialog
from ui.wording.formatting import phone_display


class PersonEditor(EditorBase):
    """Add or edit a person; warns about likely duplicates before adding."""

    def __init__(self, session: Any, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person = person
        p = person or Person("", "")
        self.heading.setText(_("Edit person") if person else _("New person"))
        self.given = self._line(_("Given names"), "given_names",
                                lambda t: parse_name(t, "given_names"), True, text=p.given_names)
        self.family = self._line(_("Family names"), "family_names",
                                 lambda t: parse_name(t, "family_names"), True, text=p.family_names)
        self.preferred = self._line(_("Preferred name"), "preferred_name",
                                    lambda t: parse_name(t, "preferred_name"), text=p.preferred_name)
        self.unprintable = UnprintableNote([self.given, self.family, self.preferred], self)
        self.form.addRow("", self.unprintable)
        self.birth = self._date(_("Date of birth"), "date_of_birth", p.date_of_birth)
        self.country = self._line(_("Country of birth"), "country_of_birth", text=p.country_of_birth)
        self.languages = self._line(_("Languages"), "languages", text=p.languages)
        self.a_number = self._line(_("A-number"), "a_number", parse_a_number, hint="A-123-456-789",
                                   text=p.a_number)
        self.phone = self._line(_("Phone"), "phone", parse_phone, text=phone_display(p.phone))
        self.address = self._line(_("Address"), "address", text=p.address)
        self.relationship = self._line(_("Relationship in the household"), "relationship",
                                       text=p.relationship)
        self.safe = self._check(_("Safe to contact"), p.safe_to_contact)
        self.method = self._line(_("Preferred way to contact"), "contact_method", text=p.contact_method)
        self.notes = self._text_area(_("Notes"), p.notes)
        self.setAccessibleName(self.heading.text())

    def value(self) -> Person:
        """The person as typed (normalised where checks passed)."""
        base = self.person or Person("", "")
        return dataclasses.replace(
            base,
            given_names=self.given.text(),
            family_names=self.family.text(),
            preferred_name=self.preferred.text(),
            date_of_birth=self.checks.value("date_of_birth"),
            country_of_birth=self.country.text().strip(),
            languages=self.languages.text().strip(),
            a_number=self.a_number.text(),
            phone=self.phone.text(),
            address=self.address.text().strip(),
            relationship=self.relationship.text().strip(),
            safe_to_contact=self.safe.isChecked(),
            contact_method=self.method.text().strip(),
            notes=self.notes.toPlainText(),
        )

    def _save(self) -> bool:
        today = self.session.clock.today()
        typed = self.value()
        problems = validate_person(typed, today)
        if problems:
            for problem in problems:
                self.checks.show_problem(problem.field, problem)
            return False
        person = clean_person(typed, today)
        vault = self.session.vault
        if self.person is None:
            duplicates = vault.people.duplicates(person)
            if duplicates:
                shown = duplicates[:duplicate_dialog.SHOWN]
                stored = [p for p in (vault.people.get(d.id) for d in shown) if p is not None]
                choice, existing = duplicate_dialog.ask(self, person, stored, len(duplicates) - len(shown))
                if choice is duplicate_dialog.Choice.OPEN:
                    # Nothing is saved; the caller shows the person already in the vault.
                    self.saved_id = existing
                    return True
                if choice is not duplicate_dialog.Choice.NEW:
                    return False
            self.saved_id = vault.people.add(person)
            return True
        vault.people.update(person)
        self.saved_id = person.id
        old_address = self.person.address.strip()
        # Moving starts the change-of-address duties (reminders come from this event).
        if person.address and person.address != old_address and person.id is not None and questions.confirm(
                       self, _("The address changed"),
                       _("After a move, USCIS must be told the new address within 10 days, and the "
                         "immigration court within 5 days. Add a change of address dated today, so "
                         "Amparo reminds you?"),
                       _("Add the change of address"), _("Not now")):
            vault.events.add(Event(person.id, EventKind.ADDRESS_CHANGE, today, place=person.address))
        return True
