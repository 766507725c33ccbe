"""One person's page: details, cases, dates, documents checklist, contacts, family plan and notes.

Details and the family plan sit on the left; dates, cases, documents and contacts are tabs on the
right, so the page fits a 1366×768 screen at 150 % text. Every list has its own Add / Edit / Delete
buttons (Enter edits, Delete deletes after asking). Print… (Ctrl+P) offers the case summary and the
family plan, built in memory and shown in the print preview.
Deleting the person asks first and can be undone from the message bar until something else is
deleted: storage hands back everything it removed (`Deleted`), which this page keeps in memory only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.models import CASE_KIND_LABELS, CONTACT_CATEGORY_LABELS, EVENT_KIND_LABELS, FamilyPlan, Person
from domain.recurrence import date_standing
from ui.accessibility.shortcuts import add_shortcut
from ui.editors.family_plan import FamilyPlanEditor
from ui.editors.person import PersonEditor
from ui.notices import questions
from ui.notices.message_bar import MessageBar
from ui.printing.paper import locale_paper
from ui.wording.formatting import (
    a_number_display,
    date_in_words,
    date_long,
    phone_display,
    recurrence_words,
    time_words,
)

if TYPE_CHECKING:
    from ui.printing.preview import PdfPreviewDialog


from ui.people.page_section import Section
from ui.people.person_records import PersonRecords


class PersonPage(PersonRecords, QWidget):
    """Everything about one person, editable section by section."""

    person_deleted = Signal(int, str)  # id and name; the page can undo it (`undo_delete`)
    person_restored = Signal(int)

    def __init__(self, session: Any, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._person: Person | None = None
        self._person_id: int | None = person_id
        self._deleted: Any = None  # storage's Deleted of the last delete, for undo

        self.name_label = QLabel(self)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.print_menu = QMenu(self.print_button)
        self.print_summary_action = QAction(self.print_menu)
        self.print_plan_action = QAction(self.print_menu)
        self.print_menu.addAction(self.print_summary_action)
        self.print_menu.addAction(self.print_plan_action)
        self.print_button.setMenu(self.print_menu)
        self.delete_button = QPushButton(self)
        self.message_bar = MessageBar(self)

        self.details_box = QGroupBox(self)
        self.details = QFormLayout(self.details_box)
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "a_number",
            "birth",
            "country",
            "languages",
            "phone",
            "address",
            "relationship",
            "contact",
            "notes",
        ):
            name, value = QLabel(self.details_box), QLabel(self.details_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(name, value)
            self._detail_labels[key] = (name, value)

        self.events = Section(4, self)
        self.cases = Section(4, self)
        self.documents = Section(4, self)
        self.contacts = Section(4, self)
        self.plan_box = QGroupBox(self)
        self.plan_text = QLabel(self.plan_box)
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_button = QPushButton(self.plan_box)
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.addWidget(self.plan_text)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addStretch(1)
        plan_layout.addLayout(plan_row)
        plan_layout.addStretch(1)

        # Details and the family plan on the left; the four lists share the right side as tabs, so
        # the page fits 1366×768 even at 150 % text without scrolling either way.
        self.tabs = QTabWidget(self)
        for section in (self.events, self.cases, self.documents, self.contacts):
            section.setFlat(True)
            self.tabs.addTab(section, "")
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.details_box, 0, 0)
        grid.addWidget(self.plan_box, 1, 0)
        grid.addWidget(self.tabs, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.print_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.scroll_area, 1)

        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button.clicked.connect(self.delete_person)
        self.events.connect(self.add_event, self.edit_event, self.delete_event)
        self.events.table.itemChanged.connect(self._event_item_changed)
        self.cases.connect(self.add_case, self.edit_case, self.delete_case)
        self.documents.connect(self.add_document, self.edit_document, self.delete_document)
        self.contacts.connect(self.link_contact, self.link_contact_role, self.unlink_contact)
        self.plan_button.clicked.connect(self.edit_family_plan)
        self.print_summary_action.triggered.connect(self.print_summary)
        self.print_plan_action.triggered.connect(self.print_family_plan)
        # Ctrl+P here opens the choice of what to print; the window's own Ctrl+P never sees it.
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.Print), self.print_current)
        session.data_changed.connect(self.refresh)
        self._filling = False

        self.retranslate()
        self.refresh()

    # --- public -----------------------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        return self._person_id

    def set_person(self, person_id: int) -> None:
        self._person_id = person_id
        self.message_bar.dismiss()
        self.refresh()
        self.scroll_area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self.edit_button.setText(_("&Edit…"))
        self.edit_button.setAccessibleName(_("Edit this person"))
        self.print_button.setText(_("&Print…"))
        self.print_button.setAccessibleName(_("Print for this person"))
        self.print_button.setToolTip(_("Print the case summary or the family plan (Ctrl+P)"))
        self.print_summary_action.setText(_("Case &summary for a lawyer…"))
        self.print_plan_action.setText(_("&Family plan for the caregivers…"))
        self.delete_button.setText(_("&Delete person…"))
        self.delete_button.setAccessibleName(_("Delete this person"))
        self.details_box.setTitle(_("Details"))
        labels = {
            "a_number": _("A-number"),
            "birth": _("Date of birth"),
            "country": _("Country of birth"),
            "languages": _("Languages"),
            "phone": _("Phone"),
            "address": _("Address"),
            "relationship": _("Relationship"),
            "contact": _("Contact"),
            "notes": _("Notes"),
        }
        for key, (name, _value) in self._detail_labels.items():
            name.setText(labels[key] + ":")
        self.events.set_texts(
            _("Dates"),
            [_("Done"), _("Date"), _("What"), _("Place")],
            _("Add a date…"),
            _("Edit…"),
            _("Delete…"),
        )
        self.cases.set_texts(
            _("Cases"),
            [_("Kind"), _("Status"), _("Office"), _("Receipt numbers")],
            _("Add a case…"),
            _("Edit…"),
            _("Delete…"),
        )
        self.documents.set_texts(
            _("Documents checklist"),
            [_("Copy"), _("Document"), _("Original kept at"), _("Expires")],
            _("Add a document…"),
            _("Edit…"),
            _("Delete…"),
        )
        self.contacts.set_texts(
            _("Contacts"),
            [_("Name"), _("Role"), _("Category"), _("Phones")],
            _("Link a contact…"),
            _("Change role…"),
            _("Unlink…"),
        )
        self._title_tabs()
        self.plan_box.setTitle(_("Family plan"))
        self.plan_button.setText(_("Edit the family plan…"))
        self.plan_button.setAccessibleName(_("Edit the family plan"))
        self.message_bar.retranslate()
        self.refresh()

    def refresh(self) -> None:
        if not self.session.is_open or self._person_id is None:
            return
        person = self.session.vault.people.get(self._person_id)
        self._person = person
        self.scroll_area.setVisible(person is not None)
        self.edit_button.setEnabled(person is not None)
        self.print_button.setEnabled(person is not None)
        self.delete_button.setEnabled(person is not None)
        if person is None:
            self.name_label.setText(_("This person is no longer in the vault."))
            return
        self._fill(person)

    # --- filling ----------------------------------------------------------------------------

    def _fill(self, p: Person) -> None:
        lang = language()
        vault = self.session.vault
        today = self.session.clock.today()
        self.name_label.setText(p.display_name)
        contact = p.contact_method or ""
        safe = _("safe to contact") if p.safe_to_contact else _("NOT safe to contact")
        values = {
            "a_number": a_number_display(p.a_number) or "—",
            "birth": date_long(p.date_of_birth, lang) or "—",
            "country": p.country_of_birth or "—",
            "languages": p.languages or "—",
            "phone": phone_display(p.phone) or "—",
            "address": p.address or "—",
            "relationship": p.relationship or "—",
            "contact": f"{safe}" + (f" · {contact}" if contact else ""),
            "notes": p.notes or "—",
        }
        for key, (_name, value) in self._detail_labels.items():
            value.setText(values[key])

        self._filling = True
        events = vault.events.for_person(p.id)
        rows = []
        for e in events:
            when = date_in_words(e.date if e.done else date_standing(e.date, e.recurrence, today), today, lang)
            if e.time is not None:
                when += " · " + time_words(e.time, lang)
            what = EVENT_KIND_LABELS[e.kind].get(lang)
            if e.recurrence is not None:
                what += " · " + recurrence_words(e.recurrence.every, e.recurrence.unit.value == "months", lang)
            rows.append((e.id, ["", when, what, e.place]))
        self.events.set_rows(rows)
        for r, e in enumerate(events):
            item = self.events.table.item(r, 0)
            item.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Checked if e.done else Qt.CheckState.Unchecked)
            item.setText(_("done") if e.done else _("to do"))
        self.events.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._filling = False

        self.cases.set_rows(
            [
                (
                    c.id,
                    [
                        CASE_KIND_LABELS[c.kind].get(lang),
                        c.status,
                        " ".join(x for x in (c.agency, c.office) if x),
                        ", ".join(c.receipt_numbers),
                    ],
                )
                for c in vault.cases.for_person(p.id)
            ]
        )
        self.documents.set_rows(
            [
                (
                    d.id,
                    [
                        "✔ " + _("yes") if d.have_copy else "✘ " + _("no"),
                        d.kind,
                        d.location,
                        date_long(d.expiry, lang),
                    ],
                )
                for d in vault.documents.for_person(p.id)
            ]
        )
        self.documents.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.contacts.set_rows(
            [
                (
                    c.id,
                    [
                        c.name + (f" ({c.organization})" if c.organization else ""),
                        role,
                        CONTACT_CATEGORY_LABELS[c.category].get(lang),
                        ", ".join(phone_display(x) for x in c.phones),
                    ],
                )
                for c, role in vault.contacts.for_person(p.id)
            ]
        )
        self.plan_text.setText(self._plan_summary(p))
        self._title_tabs()

    def _title_tabs(self) -> None:
        # Short tab words, so four fit side by side at 150 % text; the count and the section's full
        # title are in the tooltip and the accessible description.
        words = (_("Dates"), _("Cases"), _("Documents"), _("Contacts"))
        for index, word in enumerate(words):
            section = self.tabs.widget(index)
            if not isinstance(section, Section):
                continue
            self.tabs.setTabText(index, word)
            described = f"{section.title_text}: {len(section.ids)}"
            self.tabs.setTabToolTip(index, described)
            section.table.setAccessibleDescription(described)

    def _plan_summary(self, p: Person) -> str:
        plan = self.session.vault.family_plans.for_person(p.id)
        if plan is None:
            return _("No family plan yet. It says who cares for the children if a parent is detained.")
        lines = []
        for child in plan.children:
            linked = self.session.vault.people.get(child.child_id) if child.child_id is not None else None
            name = child.name or (linked.display_name if linked else "?")
            names = ", ".join(c.name for c in child.caregivers if c.name)
            lines.append(_("Who cares for {child}: {caregivers}").format(
                child=name, caregivers=names or _("(nobody named yet)")))
        if plan.documents_location:
            lines.append(_("Important documents: {where}").format(where=plan.documents_location))
        if plan.power_of_attorney:
            lines.append(_("Power of attorney: {who}").format(who=plan.power_of_attorney))
        return "\n".join(lines) or _("The family plan is empty.")

    # --- printing ---------------------------------------------------------------------------

    def print_current(self) -> None:
        """Ctrl+P: offer what this page can print, under the Print button."""
        if self._person is None:
            return
        self.print_menu.popup(self.print_button.mapToGlobal(self.print_button.rect().bottomLeft()))
        self.print_menu.setActiveAction(self.print_summary_action)

    def print_summary(self) -> PdfPreviewDialog | None:
        """The case summary of this person, built in memory and shown in the print preview."""
        person = self._person
        if person is None or person.id is None:
            return None
        # ReportLab and the preview load on first print, not when a vault opens.
        from reports.summary import SUMMARY_DAYS, SummaryData, case_summary_pdf
        from ui.printing.actions import preview_built_pdf

        vault, today, person_id = self.session.vault, self.session.clock.today(), person.id
        data = SummaryData(
            person=person, cases=vault.cases.for_person(person_id), events=vault.events.for_person(person_id),
            reminders=vault.deadlines(today, SUMMARY_DAYS, person_id=person_id),
            contacts=vault.contacts.for_person(person_id), documents=vault.documents.for_person(person_id),
            today=today,
        )
        lang, paper = language(), locale_paper()
        return preview_built_pdf(self, lambda: case_summary_pdf(data, lang, paper=paper), _("case-summary"))

    def print_family_plan(self) -> PdfPreviewDialog | None:
        """The family plan of this person for the caregivers, in the print preview."""
        person = self._person
        if person is None or person.id is None:
            return None
        from reports.family_plan import FamilyPlanData, family_plan_pdf
        from ui.printing.actions import preview_built_pdf

        vault = self.session.vault
        plan = vault.family_plans.for_person(person.id) or FamilyPlan(person.id)
        children = [c for c in (vault.people.get(ch.child_id) for ch in plan.children if ch.child_id) if c]
        data = FamilyPlanData(person, plan, children, vault.contacts.for_person(person.id))
        lang, paper = language(), locale_paper()
        return preview_built_pdf(self, lambda: family_plan_pdf(data, lang, paper=paper), _("family-plan"))

    # --- person -----------------------------------------------------------------------------

    def edit_person(self) -> None:
        if self._person is None:
            return
        PersonEditor(self.session, self._person, self).exec()

    def delete_person(self) -> None:
        person = self._person
        if person is None or person.id is None:
            return
        name = person.display_name
        if not questions.confirm(
            self,
            _("Delete {name}?").format(name=name),
            _(
                "Their cases, dates, documents and family plan are deleted too. "
                "You can undo this right after."
            ),
            _("Delete"),
        ):
            return
        person_id = person.id
        self._deleted = self.session.vault.people.delete(person_id)
        self.message_bar.show_message(lambda: _("{name} was deleted.").format(name=name), self.undo_delete)
        self.session.notify_changed()
        self.person_deleted.emit(person_id, name)

    def undo_delete(self) -> None:
        """Bring back the person deleted last from this page, with everything that went with them."""
        deleted, self._deleted = self._deleted, None
        if deleted is None:
            return
        self.session.vault.people.restore(deleted)
        self._person_id = deleted.person_id
        self.message_bar.dismiss()
        self.session.notify_changed()
        self.person_restored.emit(deleted.person_id)

    # --- family plan ------------------------------------------------------------------------

    def edit_family_plan(self) -> None:
        if self._person_id is not None:
            FamilyPlanEditor(self.session, self._person_id, self).exec()
