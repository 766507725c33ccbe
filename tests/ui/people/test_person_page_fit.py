"""The person page fits a 1366×768 screen at 150 % scale without scrolling (issue #9 item 9).

At QT_SCALE_FACTOR=1.5 a maximised 1366×768 window is 910×500 logical pixels once the title bar is
taken off; the whole vault area (navigation, Lock, the page) is laid out at that size.
"""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date

import pytest

from domain.models import Case, CaseKind, Contact, ContactCategory, Document, Event, EventKind
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.shell.session import Session
from ui.shell.vault_area import PEOPLE, VaultArea


@pytest.mark.parametrize("lang", ["es", "en"])
def test_person_page_needs_no_scrolling_at_150_percent(qtbot, session: Session, vault: Vault, english: None,
                                                       lang: str) -> None:  # type: ignore[no-untyped-def]
    from content.i18n import set_language

    set_language(lang)
    pid = add_person(vault, "Begoña", "del Río del Río", date_of_birth=date(1994, 11, 12), phone="+17655551708",
                     address="5255 Calle Inventada, Apt 3", relationship="madre", country_of_birth="Vietnam")
    for day in (3, 10, 17):
        vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2027, 1, day), place="Oficina de ejemplo"))
    vault.cases.add(Case(pid, CaseKind.STAY_OF_REMOVAL, status="vigente", receipt_numbers=("IOE0123456789",)))
    vault.documents.add(Document(pid, "Pasaporte", location="caja azul", expiry=date(2030, 1, 1)))
    lawyer = vault.contacts.add(Contact(ContactCategory.ATTORNEY, "Lcda. Ejemplo", phones=("+12025550143",)))
    vault.contacts.link(pid, lawyer, "abogada")
    area = VaultArea(session)
    qtbot.addWidget(area)
    area.resize(910, 500)
    area.show()
    qtbot.waitExposed(area)
    area.show_page(PEOPLE)
    session.open_person.emit(pid)
    page = area.people.person_page
    qtbot.waitUntil(lambda: page.isVisible() and page.name_label.text() != "")
    scroll = page.scroll_area
    bars = (scroll.verticalScrollBar(), scroll.horizontalScrollBar())
    # The scroll area decides on its bars after the layout settles: wait for that, never a fixed time.
    qtbot.waitUntil(lambda: not any(bar.isVisible() for bar in bars), timeout=3000)
    assert all(bar.maximum() == 0 for bar in bars)
    assert [page.tabs.tabText(i) for i in range(4)] != ["", "", "", ""]

