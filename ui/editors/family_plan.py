"""The family plan editor: each child written into the plan, with two caregivers and their phones.

A child does not need to be a person of the vault (a parent rarely enters a small child's case): the
plan holds the child's name and birth date itself. Each child has a tab with its own form; the first
caregiver is the first choice, the second the one to call when the first cannot come. Everything is
checked as typed like the other editors (phones and dates), and nothing is saved while a field is wrong.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.models import Caregiver, ChildPlan, FamilyPlan
from domain.text import Message
from domain.validation import Invalid, Valid, parse_phone
from ui.editors.base import EditorBase
from ui.editors.checks import REQUIRED, FormChecks, Parser, date_parser
from ui.notices.questions import confirm
from ui.wording.formatting import date_hint, date_input_text, phone_display


def _phone(field: str) -> Parser:
    return lambda text: parse_phone(text, field=field)


class _Fields:
    """Builds labelled line edits, with a message line under the checked ones, into one QFormLayout."""

    def __init__(self, owner: QWidget, form: QFormLayout, checks: FormChecks) -> None:
        self.owner, self.form, self.checks = owner, form, checks

    def line(self, label: str, name: str, text: str = "", parse: Parser | None = None,
             placeholder: str = "", required: bool = False) -> QLineEdit:
        edit = QLineEdit(self.owner)
        edit.setText(text)
        edit.setAccessibleName(label)
        edit.setPlaceholderText(placeholder)
        box = QWidget(self.owner)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(edit)
        if parse is not None:
            error = QLabel(box)
            v.addWidget(error)
            self.checks.add(name, edit, error, parse, required)
        field_label = QLabel(label, self.owner)
        field_label.setBuddy(edit)
        self.form.addRow(field_label, box)
        return edit


class CaregiverBox(QGroupBox):
    """Name, relationship and phone of one caregiver."""

    def __init__(self, title: str, prefix: str, caregiver: Caregiver, checks: FormChecks,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fields = _Fields(self, form, checks)
        self.name = fields.line(_("Name"), prefix + "_name", caregiver.name)
        self.relationship = fields.line(_("Relationship"), prefix + "_relationship", caregiver.relationship,
                                        placeholder=_("for example: aunt, neighbor"))
        self.phone = fields.line(_("Phone"), prefix + "_phone", phone_display(caregiver.phone),
                                 _phone(prefix + "_phone"))
        for edit in (self.name, self.relationship, self.phone):
            edit.setAccessibleName(f"{edit.accessibleName()} — {title}")
        self._prefix, self._checks = prefix, checks

    def value(self) -> Caregiver:
        return Caregiver(" ".join(self.name.text().split()), self.relationship.text().strip(),
                         self._checks.value(self._prefix + "_phone") or "")


class ChildForm(QWidget):
    """The form of one child: name, birth date, two caregivers, authorization, school and health."""

    def __init__(self, child: ChildPlan, linked_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        self.checks = FormChecks()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = _Fields(self, form, self.checks)
        self.name = fields.line(_("Child's name") + " *", "name", child.name or linked_name,
                                self._name_parser, required=True)
        lang = language()
        self.birth = fields.line(_("Date of birth"), "date_of_birth", date_input_text(child.date_of_birth, lang),
                                 date_parser("date_of_birth"),
                                 placeholder=_("Format: {format}").format(format=date_hint(lang)))
        first = child.caregivers[0] if child.caregivers else Caregiver()
        second = child.caregivers[1] if len(child.caregivers) > 1 else Caregiver()
        self.first = CaregiverBox(_("Caregiver, first choice"), "first", first, self.checks, self)
        self.second = CaregiverBox(_("Caregiver, second choice"), "second", second, self.checks, self)
        caregivers = QHBoxLayout()
        caregivers.addWidget(self.first, 1)
        caregivers.addWidget(self.second, 1)
        lower = QFormLayout()
        lower.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        more = _Fields(self, lower, self.checks)
        self.authorization = more.line(_("Authorization"), "authorization", child.authorization,
                                       placeholder=_("for example: caregiver's authorization affidavit, signed"))
        self.school = more.line(_("School notes"), "school_notes", child.school_notes)
        self.medical = more.line(_("Health and medicines"), "medical_notes", child.medical_notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(caregivers)
        layout.addLayout(lower)
        self.setFocusProxy(self.name)

    def _name_parser(self, text: str) -> Valid[str] | Invalid:
        # The name may be left empty only when the whole form is (an unused tab is dropped on save).
        if text.strip() or self.is_empty():
            return Valid(" ".join(text.split()))
        return Invalid("name", Message.of(REQUIRED))

    def _edits(self) -> list[QLineEdit]:
        return [self.name, self.birth, self.first.name, self.first.relationship, self.first.phone,
                self.second.name, self.second.relationship, self.second.phone, self.authorization,
                self.school, self.medical]

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self._edits())

    def value(self) -> ChildPlan:
        caregivers = tuple(c for c in (self.first.value(), self.second.value()) if c != Caregiver())
        return dataclasses.replace(
            self.child, name=" ".join(self.name.text().split()), date_of_birth=self.checks.value("date_of_birth"),
            caregivers=caregivers, authorization=self.authorization.text().strip(),
            school_notes=self.school.text().strip(), medical_notes=self.medical.text().strip())


class FamilyPlanEditor(EditorBase):
    """The family preparedness plan of one parent: a form per child, where the papers are, who has power."""

    def __init__(self, session: Any, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.person_id = person_id
        self.plan = session.vault.family_plans.for_person(person_id) or FamilyPlan(person_id)
        self.heading.setText(_("Family plan"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(_("Children"))
        self.tabs.setDocumentMode(True)
        self.add_child_button = QPushButton(_("&Add a child"), self)
        self.add_child_button.setAccessibleName(_("Add a child"))
        self.remove_child_button = QPushButton(_("&Remove this child…"), self)
        self.remove_child_button.setAccessibleName(_("Remove this child from the plan"))
        buttons = QWidget(self)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_child_button)
        row.addWidget(self.remove_child_button)
        row.addStretch(1)
        children_label = QLabel(_("Children"), self)
        children_label.setBuddy(self.tabs)
        self.form.addRow(children_label)
        self.form.addRow(self.tabs)
        self.form.addRow(buttons)
        for child in self.plan.children:
            linked = session.vault.people.get(child.child_id) if child.child_id is not None else None
            self.add_child(child, linked.display_name if linked else "")
        if not self.plan.children:
            # A new plan starts on a blank child form, so typing goes straight into the child's name.
            self.add_child()
        self.add_child_button.clicked.connect(lambda: self.add_child().name.setFocus())
        self.remove_child_button.clicked.connect(self.remove_current_child)
        self.documents = self._line(_("Where the important documents are"), "documents_location",
                                    text=self.plan.documents_location)
        self.power = self._line(_("Who has power of attorney"), "power_of_attorney",
                                text=self.plan.power_of_attorney)
        self.notes = self._text_area(_("Notes"), self.plan.notes)
        self.tabs.setCurrentIndex(0)
        self.setMinimumWidth(760)

    def child_forms(self) -> list[ChildForm]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def first_field(self) -> QWidget | None:
        return self.child_forms()[0].name if self.tabs.count() else self.add_child_button

    def add_child(self, child: ChildPlan | None = None, linked_name: str = "") -> ChildForm:
        form = ChildForm(child or ChildPlan(), linked_name, self.tabs)
        index = self.tabs.addTab(form, "")
        form.name.textChanged.connect(lambda _t, f=form: self._retitle(f))
        self._retitle(form)
        self.tabs.setCurrentIndex(index)
        self.remove_child_button.setEnabled(True)
        return form

    def _retitle(self, form: ChildForm) -> None:
        index = self.tabs.indexOf(form)
        name = " ".join(form.name.text().split())
        self.tabs.setTabText(index, (name[:24] + "…" if len(name) > 25 else name) or _("New child"))

    def remove_current_child(self) -> None:
        form = self.tabs.currentWidget()
        if not isinstance(form, ChildForm):
            return
        name = form.name.text().strip() or _("this child")
        if not form.is_empty() and not confirm(
                self, _("Remove {name} from the plan?").format(name=name),
                _("What was written for this child is removed when you save."), _("Remove")):
            return
        self.tabs.removeTab(self.tabs.indexOf(form))
        form.deleteLater()
        self.remove_child_button.setEnabled(self.tabs.count() > 0)

    def value(self) -> FamilyPlan:
        children = [form.value() for form in self.child_forms() if not form.is_empty()]
        return dataclasses.replace(self.plan, children=children,
                                   documents_location=self.documents.text().strip(),
                                   power_of_attorney=self.power.text().strip(),
                                   notes=self.notes.toPlainText())

    def _save(self) -> bool:
        for form in self.child_forms():
            if form.is_empty():
                continue
            if not form.checks.check_all():
                self.tabs.setCurrentWidget(form)
                form.checks.check_all()  # again, now visible, so the first wrong field takes the focus
                return False
        self.saved_id = self.session.vault.family_plans.save(self.value())
        return True
