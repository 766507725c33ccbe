"""The views' table models pass Qt's model tester; the people model reads the vault page by page."""


from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from domain.clock import FakeClock
from domain.models import Contact, ContactCategory, Event, EventKind, Person
from storage import Vault
from tests.ui.conftest_views import english  # noqa: F401
from ui.contacts.model import ContactsModel
from ui.people.model import PeopleModel
from ui.today.model import Group, TodayModel, group_of

pytestmark = pytest.mark.usefixtures("english")


def _many_people(vault: Vault, n: int) -> None:
    vault.people.add_many([
        Person(f"Persona{i:04d}", "Prueba Ejemplo", a_number=f"{100000000 + i}", phone=f"+1202555{i % 10000:04d}",
               date_of_birth=date(1980, 1, 1) + timedelta(days=i))
        for i in range(n)
    ])


def test_people_model_fetches_pages(qtmodeltester, vault: Vault) -> None:
    _many_people(vault, 450)
    model = PeopleModel(vault, page_size=200)
    model.set_search("")
    assert model.rowCount() == 200  # only the first page is read
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    qtmodeltester.check(model)  # the tester also calls fetchMore
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert model.data(model.index(0, PeopleModel.A_NUMBER)) == "A-100-000-000"
    assert model.data(model.index(0, PeopleModel.BIRTH)) == "January 1, 1980"
    assert model.data(model.index(0, PeopleModel.PHONE)) == "(202) 555-0000"
    assert model.headerData(PeopleModel.NAME, Qt.Orientation.Horizontal) == "Name"


def test_people_model_search_resets_to_first_page(qtmodeltester, vault: Vault) -> None:
    _many_people(vault, 250)
    model = PeopleModel(vault, page_size=100)
    model.set_search("")
    model.fetchMore(QModelIndex())
    model.set_search("Persona0007")
    assert model.rowCount() == 1
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_today_model_groups(qtmodeltester, vault: Vault, fake_clock: FakeClock) -> None:
    today = fake_clock.today()
    pid = vault.people.add(Person("Ana", "Prueba"))
    for days in (-5, 3, 20, 60):
        vault.events.add(Event(pid, EventKind.ICE_CHECKIN, today + timedelta(days=days)))
    model = TodayModel()
    model.set_reminders(vault.deadlines(today, days=90), today)
    qtmodeltester.check(model)
    groups = [g for g in Group if model.rows_of_group(g)]
    assert groups == [Group.OVERDUE, Group.WEEK, Group.MONTH, Group.QUARTER]
    # every group has a header row with words and a symbol, not only a colour
    headers = [model.data(model.index(r, 0)) for r in range(model.rowCount()) if model.is_header(r)]
    assert [h.split("—")[0].strip() for h in headers] == [
        "⚠  Overdue", "◆  Next 7 days", "◇  Next 30 days", "○  Next 90 days"]
    overdue_row = next(r for r in range(model.rowCount()) if model.reminder_at(r) is not None)
    assert model.data(model.index(overdue_row, TodayModel.DATE)).startswith("⚠ Overdue:")
    assert model.data(model.index(overdue_row, TodayModel.PERSON)) == "Ana Prueba"


def test_group_boundaries() -> None:
    assert [group_of(n) for n in (-1, 0, 7, 8, 30, 31, 90)] == [
        Group.OVERDUE, Group.WEEK, Group.WEEK, Group.MONTH, Group.MONTH, Group.QUARTER, Group.QUARTER]


def test_contacts_model(qtmodeltester, vault: Vault) -> None:
    vault.contacts.add(Contact(ContactCategory.HOTLINE, "Línea Ejemplo", phones=("+12025550143",)))
    vault.contacts.add(Contact(ContactCategory.ATTORNEY, "Lic. Prueba", "Centro Legal Ficticio"))
    vault.contacts.add(Contact(ContactCategory.CONSULATE, "Consulado Ficticio"))
    model = ContactsModel(vault)
    model.set_filter("", None)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    model.set_filter("", ContactCategory.HOTLINE)
    assert model.rowCount() == 1
    assert model.data(model.index(0, ContactsModel.PHONES)) == "(202) 555-0143"
    assert model.data(model.index(0, ContactsModel.CATEGORY)) == "Rapid-response hotline"
    model.set_filter("linea", None)
    assert model.rowCount() == 1
    qtmodeltester.check(model)
