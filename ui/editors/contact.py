"""The contact editor: a name, organization, category and phones for the contacts directory."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from content.i18n import _, language
from domain.models import CONTACT_CATEGORY_LABELS, Contact, ContactCategory
from ui.editors.base import EditorBase
from ui.editors.checks import phones_parser, required_text
from ui.wording.formatting import phone_display


class ContactEditor(EditorBase):
    """Add or edit an entry of the contacts directory."""

    def __init__(self, session: Any, contact: Contact | None = None, parent: QWidget | None = None,
                 category: ContactCategory = ContactCategory.ATTORNEY) -> None:
        super().__init__(session, parent)
        self.contact = contact
        c = contact or Contact(category, "")
        lang = language()
        self.heading.setText(_("Edit contact") if contact else _("New contact"))
        self.category = self._combo(_("Category"),
                                    [(CONTACT_CATEGORY_LABELS[k].get(lang), k) for k in ContactCategory],
                                    c.category)
        self.name = self._line(_("Name"), "name", required_text("name"), True, text=c.name)
        self.organization = self._line(_("Organization"), "organization", text=c.organization)
        self.phones = self._line(_("Phones"), "phones", phones_parser("phones"),
                                 hint=_("separate with commas"),
                                 text=", ".join(phone_display(p) for p in c.phones))
        self.address = self._line(_("Address"), "address", text=c.address)
        self.hours = self._line(_("Hours"), "hours", text=c.hours)
        self.languages = self._line(_("Languages"), "languages", text=c.languages)
        self.verified = self._date(_("Last verified"), "last_verified", c.last_verified)
        self.notes = self._text_area(_("Notes"), c.notes)

    def value(self) -> Contact:
        base = self.contact or Contact(ContactCategory.OTHER, "")
        return dataclasses.replace(
            base, category=ContactCategory(self.category.currentData()), name=" ".join(self.name.text().split()),
            organization=self.organization.text().strip(), phones=self.checks.value("phones") or (),
            address=self.address.text().strip(), hours=self.hours.text().strip(),
            languages=self.languages.text().strip(), last_verified=self.checks.value("last_verified"),
            notes=self.notes.toPlainText())

    def _save(self) -> bool:
        contact = self.value()
        if self.contact is None:
            self.saved_id = self.session.vault.contacts.add(contact)
        else:
            self.session.vault.contacts.update(contact)
            self.saved_id = contact.id
        return True
