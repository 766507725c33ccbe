"""Contacts: category filter, search, add, delete with confirmation, link to a person."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from domain.models import Contact, ContactCategory
from storage import Vault
from tests.ui.conftest_views import add_person, english, session  # noqa: F401
from ui.contacts.view import ContactsView
from ui.notices import questions
from ui.shell.session import Session

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def directory(vault: Vault) -> dict[str, int]:
    return {
        "hotline": vault.contacts.add(Contact(ContactCategory.HOTLINE, "Línea Ficticia", phones=("+12025550143",),
                                              last_verified=date(2026, 11, 1))),
        "attorney": vault.contacts.add(Contact(ContactCategory.ATTORNEY, "Lic. Prueba", "Centro Legal Ficticio")),
        "consulate": vault.contacts.add(Contact(ContactCategory.CONSULATE, "Consulado Ficticio")),
    }


def test_filter_search_and_details(qtbot, session: Session, directory: dict[str, int]) -> None:
    view = ContactsView(session)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 3
    view.category.setCurrentIndex(view.category.findData(ContactCategory.HOTLINE))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.current_contact_id() == directory["hotline"]
    assert view._detail["verified"][1].text() == "November 1, 2026 · 21 days ago"
    assert view._detail["phones"][1].text() == "(202) 555-0143"
    view.category.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "centro legal")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and view.current_contact_id() == directory["attorney"])


def test_delete_and_link(qtbot, session: Session, vault: Vault, directory: dict[str, int], monkeypatch) -> None:
    view = ContactsView(session)
    qtbot.addWidget(view)
    pid = add_person(vault, "Ana", "Prueba")
    view._select(directory["attorney"])

    class FakePicker:
        chosen_id = pid
        role_text = "attorney of record"

        def exec(self) -> bool:
            return True

    monkeypatch.setattr("ui.contacts.view.pick_person", lambda *a, **k: FakePicker())
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    [(contact, role)] = vault.contacts.for_person(pid)
    assert contact.id == directory["attorney"] and role == "attorney of record"

    monkeypatch.setattr(questions, "confirm", lambda *a, **k: False)
    view.delete_current()
    assert vault.contacts.get(directory["attorney"]) is not None
    monkeypatch.setattr(questions, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert vault.contacts.get(directory["attorney"]) is None
    assert view.model.rowCount() == 2
