"""What the person page does with one person's dates, cases, documents and contacts: add, edit,
delete (asking first; dates and documents can be undone) and link or unlink contacts.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from content.i18n import _, language
from domain.models import CASE_KIND_LABELS, EVENT_KIND_LABELS
from ui.editors.case import CaseEditor
from ui.editors.document import DocumentEditor
from ui.editors.event import EventEditor
from ui.editors.pickers import pick_contact
from ui.notices import questions
from ui.notices.message_bar import MessageBar
from ui.people.page_section import Section
from ui.wording.formatting import date_long


class PersonRecords:
    """The actions of the four lists of `PersonPage`, which mixes this class in.

    The page provides these attributes; the methods here are the lists' button and key actions.
    """

    session: Any
    _person_id: int | None
    _filling: bool
    message_bar: MessageBar
    events: Section
    cases: Section
    documents: Section
    contacts: Section

    # --- events -----------------------------------------------------------------------------

    def add_event(self) -> None:
        if self._person_id is not None:
            EventEditor(self.session, self._person_id, None, self).exec()

    def edit_event(self) -> None:
        event_id = self.events.current_id()
        event = self.session.vault.events.get(event_id) if event_id is not None else None
        if event is not None and self._person_id is not None:
            EventEditor(self.session, self._person_id, event, self).exec()

    def delete_event(self) -> None:
        event_id = self.events.current_id()
        event = self.session.vault.events.get(event_id) if event_id is not None else None
        if event is None:
            return
        what = EVENT_KIND_LABELS[event.kind].get(language())
        if not questions.confirm(
            self, _("Delete this date?"), f"{what} — {date_long(event.date, language())}", _("Delete")
        ):
            return
        self.session.vault.events.delete(event.id)

        def undo() -> None:
            self.session.vault.events.add(dataclasses.replace(event, id=None, uuid=""))
            self.session.notify_changed()

        self.message_bar.show_message(lambda: _("The date was deleted."), undo)
        self.session.notify_changed()

    def _event_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0 or not 0 <= item.row() < len(self.events.ids):
            return
        event_id = self.events.ids[item.row()]
        done = item.checkState() == Qt.CheckState.Checked
        self.session.vault.events.mark_done(event_id, done)
        self.session.notify_changed()
        self.events.select_id(event_id)

    # --- cases ------------------------------------------------------------------------------

    def add_case(self) -> None:
        if self._person_id is not None:
            CaseEditor(self.session, self._person_id, None, self).exec()

    def edit_case(self) -> None:
        case_id = self.cases.current_id()
        case = self.session.vault.cases.get(case_id) if case_id is not None else None
        if case is not None and self._person_id is not None:
            CaseEditor(self.session, self._person_id, case, self).exec()

    def delete_case(self) -> None:
        case_id = self.cases.current_id()
        case = self.session.vault.cases.get(case_id) if case_id is not None else None
        if case is None:
            return
        if questions.confirm(
            self, _("Delete this case?"), CASE_KIND_LABELS[case.kind].get(language()), _("Delete")
        ):
            self.session.vault.cases.delete(case.id)
            self.session.notify_changed()

    # --- documents --------------------------------------------------------------------------

    def add_document(self) -> None:
        if self._person_id is not None:
            DocumentEditor(self.session, self._person_id, None, self).exec()

    def edit_document(self) -> None:
        doc_id = self.documents.current_id()
        doc = self.session.vault.documents.get(doc_id) if doc_id is not None else None
        if doc is not None and self._person_id is not None:
            DocumentEditor(self.session, self._person_id, doc, self).exec()

    def delete_document(self) -> None:
        doc_id = self.documents.current_id()
        doc = self.session.vault.documents.get(doc_id) if doc_id is not None else None
        if doc is None:
            return
        if not questions.confirm(self, _("Delete this document from the checklist?"), doc.kind, _("Delete")):
            return
        self.session.vault.documents.delete(doc.id)

        def undo() -> None:
            self.session.vault.documents.add(dataclasses.replace(doc, id=None, uuid=""))
            self.session.notify_changed()

        self.message_bar.show_message(lambda: _("The document was deleted."), undo)
        self.session.notify_changed()

    # --- contacts ---------------------------------------------------------------------------

    def link_contact(self) -> None:
        if self._person_id is None:
            return
        dialog = pick_contact(self.session, self, _("Link a contact"), with_role=True)
        if dialog.exec() and dialog.chosen_id is not None:
            self.session.vault.contacts.link(self._person_id, dialog.chosen_id, dialog.role_text)
            self.session.notify_changed()

    def link_contact_role(self) -> None:
        contact_id = self.contacts.current_id()
        if contact_id is None or self._person_id is None:
            return
        from PySide6.QtWidgets import QInputDialog

        role, ok = QInputDialog.getText(self, "Amparo", _("Role of this contact:"))
        if ok:
            self.session.vault.contacts.link(self._person_id, contact_id, role.strip())
            self.session.notify_changed()

    def unlink_contact(self) -> None:
        contact_id = self.contacts.current_id()
        if contact_id is None or self._person_id is None:
            return
        if questions.confirm(
            self, _("Unlink this contact?"), _("The contact stays in the directory."), _("Unlink")
        ):
            self.session.vault.contacts.unlink(self._person_id, contact_id)
            self.session.notify_changed()
