"""The document editor: one line of a person's documents checklist, with its usual kinds offered."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from content.i18n import _, language
from domain.models import Document
from domain.text import Message, Text
from ui.accessibility.hints import set_glyph_text
from ui.editors.base import EditorBase
from ui.editors.checks import ERROR_STYLE, REQUIRED

DOCUMENT_KINDS = (
    Text("Passport", "Pasaporte"),
    Text("Birth certificate", "Acta de nacimiento"),
    Text("Consular ID (matrícula)", "Matrícula consular"),
    Text("Work permit (EAD)", "Permiso de trabajo (EAD)"),
    Text("Green card", "Tarjeta de residencia (green card)"),
    Text("I-94 record", "Registro I-94"),
    Text("Notice to Appear (NTA)", "Notificación de comparecencia (NTA)"),
    Text("Hearing notice", "Aviso de audiencia"),
    Text("USCIS receipt notice (I-797)", "Aviso de recibo de USCIS (I-797)"),
    Text("Marriage certificate", "Acta de matrimonio"),
    Text("Proof of address", "Comprobante de domicilio"),
)


class DocumentEditor(EditorBase):
    """Add or edit an entry of the documents checklist."""

    def __init__(self, session: Any, person_id: int, document: Document | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id = person_id
        self.document = document
        d = document or Document(person_id, "")
        self.heading.setText(_("Edit document") if document else _("New document"))
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.addItems([k.get(language()) for k in DOCUMENT_KINDS])
        self.kind.setCurrentText(d.kind)
        self.kind.setAccessibleName(_("Document"))
        kind_label = QLabel(_("Document") + " *", self)
        kind_label.setBuddy(self.kind)
        self.form.addRow(kind_label, self.kind)
        self.kind_error = QLabel(self)
        self.kind_error.setStyleSheet(ERROR_STYLE)
        self.kind_error.hide()
        self.form.addRow("", self.kind_error)
        self.location = self._line(_("Where the original is kept"), "location", text=d.location)
        self.expiry = self._date(_("Expires"), "expiry", d.expiry)
        self.have_copy = self._check(_("We have a copy"), d.have_copy)
        self.notes = self._text_area(_("Notes"), d.notes)

    def value(self) -> Document:
        base = self.document or Document(self.person_id, "")
        return dataclasses.replace(base, kind=self.kind.currentText().strip(),
                                   location=self.location.text().strip(), expiry=self.checks.value("expiry"),
                                   have_copy=self.have_copy.isChecked(), notes=self.notes.toPlainText())

    def _save(self) -> bool:
        doc = self.value()
        if not doc.kind:
            set_glyph_text(self.kind_error, "⚠", Message.of(REQUIRED).render(language()))
            self.kind_error.show()
            self.kind.setFocus()
            return False
        if self.document is None:
            self.saved_id = self.session.vault.documents.add(doc)
        else:
            self.session.vault.documents.update(doc)
            self.saved_id = doc.id
        return True
