"""Forms for people, cases, events, documents and contacts, with inline validation.

Each editor checks every field with `domain.validation` as the user types or leaves the field and
shows the message (in the interface language) right under it. Saving re-checks everything and
refuses while anything is invalid, so nothing invalid ever reaches the vault. Editors save through
the session's vault themselves and then call `session.notify_changed()`; the id of what was saved
is left in `saved_id`.

Every editor opens with the focus in its first field (Save and Cancel come last in the Tab order).
The family plan's editor is `ui.editors.family_plan`, built on `EditorBase`; the event editor's
time field is `ui.editors.time_field`.

Also here: small shared widgets of the vault views (confirmation box, undo message bar, pickers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.models import (
    CASE_KIND_LABELS,
    CONTACT_CATEGORY_LABELS,
    DERIVED_EVENT_KINDS,
    EVENT_KIND_LABELS,
    Case,
    CaseKind,
    Contact,
    ContactCategory,
    Document,
    Event,
    EventKind,
    Person,
    Recurrence,
    RecurrenceUnit,
)
from domain.text import Message, Text
from domain.time_input import parse_time
from domain.validation import (
    Invalid,
    Valid,
    ValidationError,
    clean_person,
    parse_a_number,
    parse_date,
    parse_name,
    parse_phone,
    parse_receipt_number,
    validate_person,
)
from ui.accessibility.hints import describe, mark_required, set_glyph_text
from ui.editors.time_field import TimeField
from ui.editors.unprintable_note import UnprintableNote
from ui.people import duplicate_dialog
from ui.wording.formatting import date_hint, date_input_text, phone_display, unit_words

Parser = Callable[[str], "Valid[Any] | Invalid"]

REQUIRED = Text("This field is required.", "Este dato es obligatorio.")
_ERROR_STYLE = "color: #b00020;"


# --- shared small widgets ---------------------------------------------------------------------


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """Ask a yes/no question with explicit button words ("Delete" / "Cancel"), default No.

    Tests replace this function (it is looked up on the module at call time).
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Amparo")
    box.setText(title)
    box.setInformativeText(text)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong in words they can act on."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Amparo")
    box.setText(title)
    box.setInformativeText(text)
    box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class MessageBar(QFrame):
    """A strip that says what just happened ("Deleted …") with an Undo button; hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("MessageBar { background: #fff4d6; border: 1px solid #d9b44a; }")
        # An icon, not the "ⓘ" character: the fonts Amparo meets often lack it (drawn as a box).
        self.icon = QLabel(self)
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.close_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._message: Callable[[], str] | None = None
        self.undo_button.clicked.connect(self._do_undo)
        self.close_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.undo_button.setText(_("&Undo"))
        self.undo_button.setAccessibleName(_("Undo"))
        self.close_button.setText(_("Dismiss"))
        self.close_button.setAccessibleName(_("Dismiss the message"))
        if self._message is not None:
            self.label.setText(self._message())

    def show_message(self, message: Callable[[], str], undo: Callable[[], None] | None = None) -> None:
        """Show `message()` (a callable, so it can be re-rendered on a language change)."""
        self._message = message
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.label.setText(message())
        self.show()

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def _do_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.dismiss()
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._undo = None
        self._message = None
        self.hide()


def setup_table(view: QTableView, name: str) -> None:
    """Common behaviour of every list: whole rows, one at a time, readable by screen readers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    view.setAccessibleName(name)


# --- validated fields -------------------------------------------------------------------------


class _Check:
    def __init__(self, edit: QLineEdit, error: QLabel, parse: Parser, required: bool) -> None:
        self.edit, self.error, self.parse, self.required = edit, error, parse, required
        self.revealed = False

    def result(self) -> Valid[Any] | Invalid | None:
        """The parse result, or None for an empty optional field."""
        text = self.edit.text()
        if not text.strip():
            if self.required:
                return self.parse(text)
            return None
        return self.parse(text)


class FormChecks:
    """Validated line edits of one form: messages shown under each field, values read back."""

    def __init__(self) -> None:
        self._checks: dict[str, _Check] = {}

    def add(self, name: str, edit: QLineEdit, error: QLabel, parse: Parser, required: bool = False) -> None:
        check = _Check(edit, error, parse, required)
        self._checks[name] = check
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        # As you type: once a message is showing, it follows every keystroke (and goes away as soon
        # as the text is right); a first message appears when the field is left, not mid-word.
        edit.textEdited.connect(lambda _t, c=check: self._update(c, reveal=c.revealed))
        edit.editingFinished.connect(lambda c=check: self._update(c, reveal=bool(c.edit.text().strip())))

    def _update(self, check: _Check, reveal: bool) -> bool:
        result = check.result()
        if isinstance(result, Invalid):
            if reveal:
                check.revealed = True
                self._show(check, result.render(language()))
            return False
        check.revealed = False
        check.error.hide()
        describe(check.edit)
        return True

    @staticmethod
    def _show(check: _Check, text: str) -> None:
        set_glyph_text(check.error, "⚠", text)
        check.error.show()
        describe(check.edit, text)

    def show_problem(self, name: str, problem: Invalid | Message) -> None:
        """Show a message found by a whole-object check (e.g. a birth date in the future)."""
        check = self._checks[name]
        message = problem.message if isinstance(problem, Invalid) else problem
        check.revealed = True
        self._show(check, message.render(language()))

    def check_all(self) -> bool:
        """Check and reveal every field; focus the first invalid one. True when all are valid."""
        first: QLineEdit | None = None
        for check in self._checks.values():
            if not self._update(check, reveal=True) and first is None:
                first = check.edit
        if first is not None:
            first.setFocus()
        return first is None

    def value(self, name: str) -> Any:
        """The normalised value of a field (None when empty and optional, or invalid)."""
        result = self._checks[name].result()
        return result.value if isinstance(result, Valid) else None

    def error_text(self, name: str) -> str:
        check = self._checks[name]
        return check.error.text() if not check.error.isHidden() else ""

    def names(self) -> list[str]:
        return list(self._checks)


def date_parser(field: str) -> Parser:
    return lambda text: parse_date(text, language(), field)


def _required_text(field: str) -> Parser:
    def parse(text: str) -> Valid[str] | Invalid:
        if text.strip():
            return Valid(" ".join(text.split()))
        return Invalid(field, Message.of(REQUIRED))

    return parse


def _phones_parser(field: str) -> Parser:
    """Several phones separated by commas or semicolons, each checked."""

    def parse(text: str) -> Valid[tuple[str, ...]] | Invalid:
        phones: list[str] = []
        for part in text.replace(";", ",").split(","):
            if part.strip():
                result = parse_phone(part, field=field)
                if isinstance(result, Invalid):
                    return result
                phones.append(result.value)
        return Valid(tuple(phones))

    return parse


def _receipts_parser(field: str) -> Parser:
    def parse(text: str) -> Valid[tuple[str, ...]] | Invalid:
        receipts: list[str] = []
        for part in text.replace(";", ",").split(","):
            if part.strip():
                result = parse_receipt_number(part, field=field)
                if isinstance(result, Invalid):
                    return result
                receipts.append(result.value)
        return Valid(tuple(receipts))

    return parse


class _FormScroll(QScrollArea):
    """The scroll area around an editor's form, whose size hint is the whole form.

    QScrollArea caps its hint at about 24 text lines, which would make a long form scroll even on a
    big screen; the dialog itself clamps its size to the screen instead (see `EditorBase.fit`).
    """

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        frame = 2 * self.frameWidth()
        # Room for the vertical scroll bar too, so a form that does scroll never needs a horizontal one.
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


# Room left for the window manager's title bar and borders when a dialog is sized to the screen.
_FRAME_ALLOWANCE = QSize(32, 64)


class EditorBase(QDialog):
    """A form dialog: fields in a QFormLayout, errors under fields, Save / Cancel buttons.

    The form sits in a scroll area and the buttons below it, so on a small screen or with large
    fonts the dialog is as tall as the screen allows, the form scrolls and Save / Cancel stay visible.
    """

    def __init__(self, session: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Amparo")
        self.setModal(True)
        self.saved_id: int | None = None
        self.checks = FormChecks()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(_("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(_("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(_("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.form_area = QWidget(self)
        self.form_area.setLayout(self.form)
        self.scroll = _FormScroll(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.form_area)
        # A message appearing under a field makes the form taller: grow the dialog to match.
        self.form_area.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._fitted = False
        self._focused = False

    def _room(self) -> QSize:
        """The largest size the dialog may take on its screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() - _FRAME_ALLOWANCE

    def fit(self) -> None:
        """Size the dialog to its content (the whole form, if the screen has room for it)."""
        self._fitted = True
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint, room = self.sizeHint(), self._room()
        width = min(max(hint.width(), self.minimumWidth()), room.width())
        self.resize(width, min(hint.height(), room.height()))

    def adjustSize(self) -> None:
        """Like `fit` (QWidget.adjustSize would cap a window at two thirds of the screen)."""
        self.fit()

    def exec(self) -> int:
        """Run modally, keeping keys typed while the dialog is still opening (see `ui.editors.typeahead`)."""
        from ui.editors.typeahead import run_modal

        return run_modal(self)

    def first_field(self) -> QWidget | None:
        """The field that takes the focus when the editor opens: the first one of the form."""
        for widget in self.form_area.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                return widget
        return None

    def _focus_first_field(self) -> None:
        """Put the focus on the first field and Save / Cancel last in the Tab order.

        The buttons are built before the fields, so Qt's focus chain would start on Save; the focus
        is set before the window shows, so the first key typed lands in the field.
        """
        field = self.first_field()
        if field is None:
            return
        chain: list[QWidget] = []
        widget = field
        while widget is not None and widget not in chain and self.form_area.isAncestorOf(widget):
            chain.append(widget)
            widget = widget.nextInFocusChain()
        if chain:
            QWidget.setTabOrder(chain[-1], self.save_button)
            QWidget.setTabOrder(self.save_button, self.cancel_button)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def setVisible(self, visible: bool) -> None:
        # Sized before showing so that QDialog centres the final size over its parent.
        if visible and not self._fitted:
            self.fit()
        if visible and not self._focused:
            self._focused = True
            self._focus_first_field()
        super().setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_area and event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, self._grow)
        return super().eventFilter(watched, event)

    def _grow(self) -> None:
        """Make room for a form that got taller, never shrinking what the user has chosen."""
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), min(wanted, self._room().height()))

    # field builders: each returns the input widget, labelled and accessible
    def _line(self, label: str, name: str, parse: Parser | None = None, required: bool = False,
              hint: str = "", text: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setText(text)
        if hint:
            edit.setPlaceholderText(hint)
        self._add_field(label, name, edit, edit, parse, required, hint)
        return edit

    def _add_field(self, label: str, name: str, widget: QWidget, edit: QLineEdit, parse: Parser | None = None,
                   required: bool = False, hint: str = "") -> None:
        """Add a labelled row holding `widget` (which contains `edit`), with its message under it."""
        edit.setAccessibleName(label)
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        if hint:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            hint_label = QLabel(hint, box)
            hint_label.setStyleSheet("color: #555;")
            row.addWidget(hint_label)
            v.addLayout(row)
        else:
            v.addWidget(widget)
        if parse is not None:
            error = QLabel(box)
            v.addWidget(error)
            self.checks.add(name, edit, error, parse, required)
        if required:
            mark_required(edit)
        shown = label + (" *" if required else "")
        field_label = QLabel(shown, self)
        field_label.setAccessibleName(label)  # the star is for the eyes; the field says "Required"
        field_label.setBuddy(edit)
        self.form.addRow(field_label, box)

    def _date(self, label: str, name: str, value: date | None, required: bool = False) -> QLineEdit:
        lang = language()
        return self._line(label, name, date_parser(name), required,
                          hint=_("Format: {format}").format(format=date_hint(lang)),
                          text=date_input_text(value, lang))

    def _text_area(self, label: str, text: str) -> QPlainTextEdit:
        area = QPlainTextEdit(self)
        area.setPlainText(text)
        area.setTabChangesFocus(True)
        area.setAccessibleName(label)
        # Four lines of text in the current font (a fixed pixel height cuts text at large fonts).
        margins = 2 * (area.frameWidth() + int(area.document().documentMargin()))
        area.setFixedHeight(4 * area.fontMetrics().lineSpacing() + margins)
        field_label = QLabel(label, self)
        field_label.setBuddy(area)
        self.form.addRow(field_label, area)
        return area

    def _combo(self, label: str, items: list[tuple[str, Any]], current: Any) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.setAccessibleName(label)
        field_label = QLabel(label, self)
        field_label.setBuddy(combo)
        self.form.addRow(field_label, combo)
        return combo

    def _check(self, label: str, checked: bool) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setChecked(checked)
        box.setAccessibleName(label)
        self.form.addRow("", box)
        return box

    def save(self) -> bool:
        """Check, save, close. Returns False (and saves nothing) when something is invalid."""
        if not self.checks.check_all():
            return False
        try:
            saved = self._save()
        except ValidationError as error:
            for problem in error.problems:
                if problem.field in self.checks.names():
                    self.checks.show_problem(problem.field, problem)
            return False
        if not saved:
            return False
        self.session.notify_changed()
        self.accept()
        return True

    def _save(self) -> bool:
        raise NotImplementedError


# --- person -----------------------------------------------------------------------------------


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
        if person.address and person.address != old_address and person.id is not None and confirm(
                       self, _("The address changed"),
                       _("After a move, USCIS must be told the new address within 10 days, and the "
                         "immigration court within 5 days. Add a change of address dated today, so "
                         "Amparo reminds you?"),
                       _("Add the change of address"), _("Not now")):
            vault.events.add(Event(person.id, EventKind.ADDRESS_CHANGE, today, place=person.address))
        return True


# --- case -------------------------------------------------------------------------------------


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
                                   _receipts_parser("receipt_numbers"), hint="IOE0123456789",
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


# --- event ------------------------------------------------------------------------------------


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


# --- document ---------------------------------------------------------------------------------

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
        self.kind_error.setStyleSheet(_ERROR_STYLE)
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


# --- contact ----------------------------------------------------------------------------------


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
        self.name = self._line(_("Name"), "name", _required_text("name"), True, text=c.name)
        self.organization = self._line(_("Organization"), "organization", text=c.organization)
        self.phones = self._line(_("Phones"), "phones", _phones_parser("phones"),
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


# --- pickers ----------------------------------------------------------------------------------


class PickerDialog(QDialog):
    """Choose one row of a searchable model (people or contacts), optionally with a role."""

    def __init__(self, model: Any, search: Callable[[str], None], title: str, with_role: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amparo")
        self.model = model
        self._search = search
        heading = QLabel(title, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search"))
        self.search.setAccessibleName(_("Search"))
        self.view = QTableView(self)
        setup_table(self.view, title)
        self.view.setModel(model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.role = QLineEdit(self)
        self.role.setAccessibleName(_("Role"))
        self.role.setPlaceholderText(_("For example: attorney of record, caregiver"))
        form = QFormLayout()
        if with_role:
            role_label = QLabel(_("Role"), self)
            role_label.setBuddy(self.role)
            form.addRow(role_label, self.role)
        else:
            self.role.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(_("Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(_("Choose"))
        cancel = buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self._choose)
        cancel.clicked.connect(self.reject)
        self.view.activated.connect(lambda _i: self._choose())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.chosen_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        search("")

    def _choose(self) -> None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen_id = self.model.data(self.model.index(index.row(), 0), self.model.IdRole)
        self.accept()

    @property
    def role_text(self) -> str:
        return self.role.text().strip()


def pick_person(session: Any, parent: QWidget | None, title: str, with_role: bool = False) -> PickerDialog:
    from ui.people.model import PeopleModel

    model = PeopleModel(session.vault)
    dialog = PickerDialog(model, model.set_search, title, with_role, parent)
    model.setParent(dialog)
    return dialog


def pick_contact(session: Any, parent: QWidget | None, title: str, with_role: bool = True) -> PickerDialog:
    from ui.contacts.model import ContactsModel

    model = ContactsModel(session.vault)
    dialog = PickerDialog(model, lambda text: model.set_filter(text, None), title, with_role, parent)
    model.setParent(dialog)
    return dialog


def add_shortcut(widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str,
                 slot: Callable[[], None]) -> QShortcut:
    """A shortcut active while focus is inside `widget` (so views in a stack do not collide)."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
