"""The case editor: kind, agency, receipt numbers, court and status of one case."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from content.i18n import _, language
from domain.models import CASE_KIND_LABELS, Case, CaseKind, ContactCategory
from ui.editors.base import EditorBase
from ui.editors.checks import receipts_parser


class CaseEditor(EditorBase):
    """Add or edit a case of one person."""

    def __init__(self, session: Any, person_id: int, case: Case | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id = person_id
        self.case = case
        c = case or Case(person_id, CaseKind.REMOVAL)
        lang = language()
        self.heading.setText(_("Edit case") if case else _("New case"))
        self.kind = self._combo(_("Kind of case"),
                                [(CASE_KIND_LABELS[k].get(lang), k) for k in CaseKind], c.kind)
        self.status = self._line(_("Status"), "status", text=c.status)
        self.agency = self._line(_("Agency"), "agency", text=c.agency)
        self.office = self._line(_("Office"), "office", text=c.office)
        self.receipts = self._line(_("USCIS receipt numbers"), "receipt_numbers",
                                   receipts_parser("receipt_numbers"), hint="IOE0123456789",
                                   text=", ".join(c.receipt_numbers))
        attorneys = session.vault.contacts.search("", ContactCategory.ATTORNEY, 500)
        self.attorney = self._combo(_("Attorney"), [(_("None"), None)]
                                    + [(a.name + (f" ({a.organization})" if a.organization else ""), a.id)
                                       for a in attorneys], c.attorney_id)
        self.notes = self._text_area(_("Notes"), c.notes)

    def value(self) -> Case:
        base = self.case or Case(self.person_id, CaseKind.REMOVAL)
        return dataclasses.replace(
            base, kind=CaseKind(self.kind.currentData()), status=self.status.text().strip(),
            agency=self.agency.text().strip(), office=self.office.text().strip(),
            receipt_numbers=self.checks.value("receipt_numbers") or (),
            attorney_id=self.attorney.currentData(), notes=self.notes.toPlainText())

    def _save(self) -> bool:
        case = self.value()
        if self.case is None:
            self.saved_id = self.session.vault.cases.add(case)
        else:
            self.session.vault.cases.update(case)
            self.saved_id = case.id
        return True
