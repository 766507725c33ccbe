"""People: search as you type, open, delete with confirmation and undo, the person page."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from domain.models import Case, CaseKind, Contact, ContactCategory, Document, Event, EventKind
from storage import Vault
from tests.ui.conftest_views import add_person, english, session  # noqa: F401
from ui.notices import questions
from ui.people.view import PeopleView
from ui.shell.session import Session

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def people(vault: Vault) -> dict[str, int]:
    ids = {
        "jose": add_person(vault, "José", "Ñúñez Peña", a_number="123456789", phone="+12025550143",
                           date_of_birth=date(1985, 3, 4)),
        "maria": add_person(vault, "María", "García", a_number="987654321", phone="+12025550199"),
        "josefa": add_person(vault, "Josefa", "López"),
    }
    for i in range(30):
        add_person(vault, f"Persona{i:02d}", "Relleno")
    return ids


def _names(view: PeopleView) -> list[str]:
    return [view.model.data(view.model.index(r, 0)) for r in range(view.model.rowCount())]


def _search(qtbot, view: PeopleView, text: str) -> None:  # type: ignore[no-untyped-def]
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    # keystrokes are coalesced by a 0-ms timer: the search runs when the event loop gets control
    qtbot.waitUntil(lambda: view.model.search_text == text.strip())


@pytest.mark.parametrize("typed", ["jose nunez", "JOSE NUNEZ", "nunez", "123-456-789", "A123456789",
                                   "2025550143", "202 555 0143"])
def test_search_as_you_type(qtbot, session: Session, people: dict[str, int], typed: str) -> None:
    view = PeopleView(session)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 33
    _search(qtbot, view, typed)
    assert _names(view) == ["José Ñúñez Peña"]
    assert view.model.data(view.model.index(0, 1)) == "A-123-456-789"
    assert view.model.data(view.model.index(0, 3)) == "(202) 555-0143"


def test_keystrokes_are_coalesced(qtbot, session: Session, people: dict[str, int], monkeypatch) -> None:
    view = PeopleView(session)
    qtbot.addWidget(view)
    searches: list[str] = []
    original = view.model.set_search
    monkeypatch.setattr(view.model, "set_search", lambda text: (searches.append(text), original(text)))
    view.search.setText("j")
    view.search.setText("jo")
    view.search.setText("jos")  # three changes before the event loop runs: one search
    qtbot.waitUntil(lambda: bool(searches))
    assert searches == ["jos"]
    assert set(_names(view)) == {"José Ñúñez Peña", "Josefa López"}


def test_enter_opens_the_person_page(qtbot, session: Session, people: dict[str, int]) -> None:
    view = PeopleView(session)
    qtbot.addWidget(view)
    _search(qtbot, view, "maria")
    with qtbot.waitSignal(session.open_person) as blocker:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert blocker.args == [people["maria"]]
    assert view.stack.currentWidget() is view.person_container
    assert view.person_page.name_label.text() == "María García"
    view.show_list()
    assert view.stack.currentWidget() is view.list_page


def test_delete_with_real_confirmation_and_undo(qtbot, session: Session, vault: Vault,
                                                people: dict[str, int]) -> None:
    view = PeopleView(session)
    qtbot.addWidget(view)
    _search(qtbot, view, "jose nunez")
    vault.events.add(Event(people["jose"], EventKind.ICE_CHECKIN, date(2026, 12, 1)))
    seen: list[str] = []

    def press_delete() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "Delete"]
        button.click()

    QTimer.singleShot(0, press_delete)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert seen == ["Delete José Ñúñez Peña?"]
    assert vault.people.get(people["jose"]) is None
    assert _names(view) == []
    assert view.message_bar.can_undo
    assert "José Ñúñez Peña was deleted." in view.message_bar.label.text()
    qtbot.mouseClick(view.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert vault.people.get(people["jose"]) is not None
    assert len(vault.events.for_person(people["jose"])) == 1  # what went with the person came back
    assert _names(view) == ["José Ñúñez Peña"]


def test_cancelled_delete_keeps_the_person(qtbot, session: Session, vault: Vault, people: dict[str, int]) -> None:
    view = PeopleView(session)
    qtbot.addWidget(view)
    _search(qtbot, view, "maria")

    def press_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == "Cancel"]
        button.click()

    QTimer.singleShot(0, press_cancel)
    view.delete_current()
    assert vault.people.get(people["maria"]) is not None
    assert not view.message_bar.can_undo


def test_person_page_sections_and_delete_undo(qtbot, session: Session, vault: Vault,
                                              people: dict[str, int], monkeypatch) -> None:
    pid = people["jose"]
    vault.cases.add(Case(pid, CaseKind.ASYLUM, status="pending"))
    eid = vault.events.add(Event(pid, EventKind.COURT_HEARING, date(2027, 3, 3), place="Sala 4"))
    vault.documents.add(Document(pid, "Passport", location="caja azul", have_copy=True))
    cid = vault.contacts.add(Contact(ContactCategory.ATTORNEY, "Lic. Prueba", phones=("+12025550100",)))
    vault.contacts.link(pid, cid, "attorney of record")
    view = PeopleView(session)
    qtbot.addWidget(view)
    view.show_person(pid)
    page = view.person_page
    assert page.cases.table.rowCount() == 1
    assert page.events.table.item(0, 1).text() == "Wednesday, March 3, 2027 · in 101 days"
    assert page.documents.table.item(0, 1).text() == "Passport"
    assert page.contacts.table.item(0, 1).text() == "attorney of record"
    # the done toggle marks the event done in the vault
    page.events.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    event = vault.events.get(eid)
    assert event is not None and event.done

    monkeypatch.setattr(questions, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert vault.people.get(pid) is None
    assert view.stack.currentWidget() is view.list_page
    assert view.message_bar.can_undo
    qtbot.mouseClick(view.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert vault.people.get(pid) is not None
    assert view.stack.currentWidget() is view.person_container
    assert page.cases.table.rowCount() == 1 and page.contacts.table.rowCount() == 1


def test_delete_key_asks_first(qtbot, session: Session, vault: Vault, people: dict[str, int], monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(questions, "confirm", lambda parent, title, *a, **k: asked.append(title) or False)
    view = PeopleView(session)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    _search(qtbot, view, "maria")
    view.view.setFocus()
    qtbot.waitUntil(view.view.hasFocus)
    qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert asked == ["Delete María García?"]
    assert vault.people.get(people["maria"]) is not None


def test_a_monthly_check_in_shows_its_next_date_not_its_first(qtbot, session: Session, vault: Vault,
                                                              people: dict[str, int]) -> None:
    # The first one, 18 days ago, read "18 days ago · to do", as if missed; Today shows the next one.
    from domain.models import Recurrence, RecurrenceUnit

    today = session.clock.today()
    first = date.fromordinal(today.toordinal() - 18)
    vault.events.add(Event(people["jose"], EventKind.ICE_CHECKIN, first,
                           recurrence=Recurrence(1, RecurrenceUnit.MONTHS)))
    ended = Recurrence(1, RecurrenceUnit.MONTHS, until=date.fromordinal(today.toordinal() - 5))
    vault.events.add(Event(people["jose"], EventKind.ICE_CHECKIN, date.fromordinal(today.toordinal() - 70),
                           recurrence=ended))
    view = PeopleView(session)
    qtbot.addWidget(view)
    view.show_person(people["jose"])
    shown = sorted(view.person_page.events.table.item(r, 1).text() for r in range(2))
    nxt = first.replace(month=first.month % 12 + 1, year=first.year + (first.month == 12))
    assert any(text.startswith(f"{nxt:%A}, {nxt:%B} {nxt.day}, {nxt.year} · in ") for text in shown), shown
    assert any(" ago" in text for text in shown)  # an ended series keeps its last date, in the past
