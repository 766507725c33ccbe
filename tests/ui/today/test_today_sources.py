"""Today's details say where a reminder comes from in the user's language, when it was checked, and how sure.

Also: a reminder worked out from a birth date (no event behind it) cannot be marked done.
"""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.models import Case, CaseKind, Event, EventKind
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.shell.session import Session
from ui.today.view import TodayView


def _select(view: TodayView, kind: EventKind) -> None:
    for row in range(view.model.rowCount()):
        r = view.model.reminder_at(row)
        if r is not None and r.kind is kind:
            view.view.setCurrentIndex(view.model.index(row, 0))
            view.view.selectRow(row)
            return
    raise AssertionError(f"no reminder of kind {kind}")


def _loaded_view(qtbot, session: Session) -> TodayView:
    view = TodayView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    return view


@pytest.mark.usefixtures("spanish")
def test_changing_rule_shows_its_source_in_spanish_and_says_to_check(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    vault.events.add(Event(pid, EventKind.TPS_DESIGNATION_END, session.clock.today() + timedelta(days=30)))
    view = _loaded_view(qtbot, session)
    _select(view, EventKind.TPS_DESIGNATION_END)
    text = view.details.text()
    assert "Fuente: El aviso del Registro Federal para su país" in text
    assert "Revisado el 30 de noviembre de 2026." in text
    assert "Esto está cambiando: confírmelo con una organización legal" in text
    assert "Source" not in text and "Federal Register" not in text


@pytest.mark.usefixtures("english")
def test_settled_rule_has_no_changing_note(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    vault.events.add(Event(pid, EventKind.BIA_DECISION, session.clock.today()))
    view = _loaded_view(qtbot, session)
    _select(view, EventKind.BIA_DECISION)
    text = view.details.text()
    assert "Source: Federal law 8 U.S.C. 1252(b)(1). Checked November 30, 2026." in text
    assert "changing" not in text and "may change" not in text


@pytest.mark.usefixtures("english")
def test_a_reminder_from_a_birth_date_cannot_be_marked_done(qtbot, session: Session, vault: Vault) -> None:
    # The fake clock's today is Nov 22 2026; turning 14 on Jan 1 2027 puts the 60-day step on Nov 2,
    # already passed, so the reminder shown is the birthday itself.
    pid = add_person(vault, "Luz", "Prueba", date_of_birth=date(2013, 1, 1))
    vault.cases.add(Case(pid, CaseKind.ASYLUM))
    view = _loaded_view(qtbot, session)
    _select(view, EventKind.TURNS_14)
    assert view.current_reminder() is not None and view.current_reminder().due == date(2027, 1, 1)
    assert view.open_button.isEnabled() and not view.done_button.isEnabled()
    assert "talk to a lawyer" in view.details.text()
