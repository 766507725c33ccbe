"""How often a check-in repeats, in proper plurals: "cada mes", "cada 3 meses", never "cada 1 meses"."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.models import Event, EventKind, Recurrence, RecurrenceUnit
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.editors.event import EventEditor
from ui.people.view import PeopleView
from ui.shell.session import Session
from ui.wording.formatting import recurrence_words, unit_words


@pytest.mark.parametrize(("every", "months", "es", "en"), [
    (1, True, "cada mes", "every month"),
    (3, True, "cada 3 meses", "every 3 months"),
    (1, False, "cada semana", "every week"),
    (2, False, "cada 2 semanas", "every 2 weeks"),
])
def test_recurrence_words(every: int, months: bool, es: str, en: str) -> None:
    assert recurrence_words(every, months, "es") == es
    assert recurrence_words(every, months, "en") == en


def test_unit_words_follow_the_number() -> None:
    assert [unit_words(n, True, "es") for n in (1, 2)] == ["mes", "meses"]
    assert [unit_words(n, False, "en") for n in (1, 2)] == ["week", "weeks"]


def _units(editor: EventEditor) -> list[str]:
    return [editor.unit.itemText(i) for i in range(editor.unit.count())]


@pytest.mark.usefixtures("spanish")
def test_editor_units_follow_the_number_and_the_page_says_cada_mes(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Marta", "Ejemplo")
    editor = EventEditor(session, pid)
    qtbot.addWidget(editor)
    editor.show()
    editor.date.setText("29/12/2026")
    editor.date.textEdited.emit("29/12/2026")
    editor.repeats.setChecked(True)
    assert editor.every.value() == 1 and _units(editor) == ["semana", "mes"]
    editor.every.setFocus()
    qtbot.keyClick(editor.every, Qt.Key.Key_Up)
    assert editor.every.value() == 2 and _units(editor) == ["semanas", "meses"]
    qtbot.keyClick(editor.every, Qt.Key.Key_Down)
    assert _units(editor) == ["semana", "mes"] and editor.unit.currentData() == RecurrenceUnit.MONTHS
    assert editor.save()
    vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2027, 1, 4),
                           recurrence=Recurrence(3, RecurrenceUnit.MONTHS)))

    view = PeopleView(session)
    qtbot.addWidget(view)
    view.show_person(pid)
    table = view.person_page.events.table
    kinds = sorted(table.item(row, 2).text() for row in range(table.rowCount()))
    assert kinds == ["Cita de control con ICE · cada 3 meses", "Cita de control con ICE · cada mes"]


@pytest.mark.usefixtures("english")
def test_person_page_in_english(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Marta", "Ejemplo")
    vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2027, 1, 4),
                           recurrence=Recurrence(1, RecurrenceUnit.WEEKS)))
    view = PeopleView(session)
    qtbot.addWidget(view)
    view.show_person(pid)
    assert view.person_page.events.table.item(0, 2).text() == "ICE check-in · every week"
