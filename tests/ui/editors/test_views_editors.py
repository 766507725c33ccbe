"""Editors validate inline, in the interface language, and never save invalid input."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.models import Event, EventKind, Person
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.editors.contact import ContactEditor
from ui.editors.event import EventEditor
from ui.editors.person import PersonEditor
from ui.notices import questions
from ui.people import duplicate_dialog
from ui.shell.session import Session


def _type(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a user; Qt's test key events only carry ASCII, so accented text is set as if pasted."""
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.setText(text)
        edit.textEdited.emit(text)


@pytest.mark.usefixtures("english")
def test_invalid_a_number_is_shown_and_nothing_saved_then_fixed(qtbot, session: Session, vault: Vault) -> None:
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    _type(qtbot, editor.given, "José")
    _type(qtbot, editor.family, "Ñúñez Peña")
    _type(qtbot, editor.a_number, "12345")
    editor.a_number.editingFinished.emit()  # leaving the field shows the message
    assert "8 or 9 digits" in editor.checks.error_text("a_number")
    assert editor.checks.error_text("a_number").startswith("⚠")
    assert editor.a_number.accessibleDescription()  # read out by screen readers too
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.saved_id is None
    assert vault.people.count() == 0
    # once shown, the message follows each keystroke and goes away when the text is right
    _type(qtbot, editor.a_number, "A-123-456-789")
    assert editor.checks.error_text("a_number") == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved_id is not None and not editor.isVisible()
    saved = vault.people.get(editor.saved_id)
    assert saved is not None and saved.a_number == "123456789" and saved.family_names == "Ñúñez Peña"


@pytest.mark.usefixtures("spanish")
def test_messages_in_spanish_and_dates_in_spanish_order(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    editor = EventEditor(session, pid)
    qtbot.addWidget(editor)
    assert "DD/MM/AAAA" in editor.date.placeholderText()
    _type(qtbot, editor.date, "31/02/2027")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Febrero tiene solo 28 días" in editor.checks.error_text("date")
    assert vault.events.for_person(pid) == []
    _type(qtbot, editor.date, "03/04/2027")
    editor.place.setText("Oficina Ficticia")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [event] = vault.events.for_person(pid)
    assert event.date == date(2027, 4, 3) and event.place == "Oficina Ficticia"


@pytest.mark.usefixtures("english")
def test_required_names_and_future_birth_date(qtbot, session: Session, vault: Vault) -> None:
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    _type(qtbot, editor.birth, "12/31/2030")
    assert not editor.save()
    assert editor.checks.error_text("given_names") and editor.checks.error_text("family_names")
    _type(qtbot, editor.given, "Ana")
    _type(qtbot, editor.family, "Prueba")
    assert not editor.save()
    assert "future" in editor.checks.error_text("date_of_birth")
    assert vault.people.count() == 0


@pytest.mark.usefixtures("english")
def test_duplicate_warning_before_adding(qtbot, session: Session, vault: Vault, monkeypatch) -> None:
    ana = add_person(vault, "Ana", "Prueba", a_number="123456789")
    asked: list[tuple[str, list[str]]] = []
    answers = [(duplicate_dialog.Choice.BACK, None), (duplicate_dialog.Choice.OPEN, ana),
               (duplicate_dialog.Choice.NEW, None)]

    def answer(parent, typed, matches, more):  # type: ignore[no-untyped-def]
        asked.append((typed.display_name, [m.display_name for m in matches]))
        return answers[len(asked) - 1]

    monkeypatch.setattr(duplicate_dialog, "ask", answer)
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    _type(qtbot, editor.given, "Anita")
    _type(qtbot, editor.family, "Otra")
    _type(qtbot, editor.a_number, "123-456-789")
    assert not editor.save()  # Go back: still editing, nothing saved
    assert asked[0] == ("Anita Otra", ["Ana Prueba"])
    assert vault.people.count() == 1 and editor.saved_id is None
    assert editor.save()  # Open the existing person: nothing saved, the editor names her
    assert vault.people.count() == 1 and editor.saved_id == ana
    editor = PersonEditor(session)
    qtbot.addWidget(editor)
    _type(qtbot, editor.given, "Anita")
    _type(qtbot, editor.family, "Otra")
    _type(qtbot, editor.a_number, "123-456-789")
    assert editor.save()  # Save as a new person anyway
    assert vault.people.count() == 2 and editor.saved_id not in (None, ana)


@pytest.mark.usefixtures("english")
def test_address_change_offers_an_event(qtbot, session: Session, vault: Vault, monkeypatch) -> None:
    pid = add_person(vault, "Ana", "Prueba", address="1 Calle Vieja")
    monkeypatch.setattr(questions, "confirm", lambda *a, **k: True)
    editor = PersonEditor(session, vault.people.get(pid))
    qtbot.addWidget(editor)
    _type(qtbot, editor.address, "2 Calle Nueva")
    assert editor.save()
    [event] = vault.events.for_person(pid)
    assert event.kind == EventKind.ADDRESS_CHANGE and event.date == session.clock.today()
    person = vault.people.get(pid)
    assert person is not None and person.address == "2 Calle Nueva"


@pytest.mark.usefixtures("english")
def test_recurrence_only_for_check_ins(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    editor = EventEditor(session, pid)
    qtbot.addWidget(editor)
    _type(qtbot, editor.date, "03/04/2027")
    editor.repeats.setChecked(True)
    editor.every.setValue(2)
    assert editor.every.isEnabled()
    editor.kind.setCurrentIndex(editor.kind.findData(EventKind.COURT_HEARING))
    assert not editor.repeats.isEnabled()
    editor.kind.setCurrentIndex(editor.kind.findData(EventKind.ICE_CHECKIN))
    assert editor.save()
    [event] = vault.events.for_person(pid)
    assert event.date == date(2027, 3, 4)
    assert event.recurrence is not None and event.recurrence.every == 2


@pytest.mark.usefixtures("english")
def test_contact_editor_checks_phones(qtbot, session: Session, vault: Vault) -> None:
    editor = ContactEditor(session)
    qtbot.addWidget(editor)
    _type(qtbot, editor.name, "Línea Ficticia")
    _type(qtbot, editor.phones, "202-555-0143, 12")
    assert not editor.save()
    assert editor.checks.error_text("phones")
    assert vault.contacts.search() == []
    _type(qtbot, editor.phones, "202-555-0143, +52 55 1234 5678")
    _type(qtbot, editor.verified, "11/01/2026")
    assert editor.save()
    [row] = vault.contacts.search()
    contact = vault.contacts.get(row.id)
    assert contact is not None and contact.phones == ("+12025550143", "+525512345678")
    assert contact.last_verified == date(2026, 11, 1)


def test_event_rows_are_plain_dataclasses() -> None:
    # guards the undo of a deleted event: a copy without id can be added again
    e = Event(1, EventKind.OTHER, date(2027, 1, 1), id=5, uuid="x")
    assert isinstance(Person("a", "b"), Person) and e.id == 5
