"""Today shows a clinic's first rows before the whole list is worked out, and never a wrong count."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest

from domain.models import Event, EventKind
from storage import Vault, deadline_reading
from storage import vault as vault_module
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.shell.session import Session
from ui.today.view import TodayView


def _first_rows_at_least(monkeypatch: pytest.MonkeyPatch, rows: int) -> None:
    """Split a list of a dozen dates as a clinic's list of thousands is split."""
    monkeypatch.setattr(vault_module, "read_first_deadlines",
                        partial(deadline_reading.read_first_deadlines, at_least=rows))


def _first_rows_shown(qtbot, session: Session, vault: Vault, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                      checkins: int, at_least: int) -> TodayView:
    """Today over check-ins a month apart (the first rows are the overdue ones), at its first rows."""
    _first_rows_at_least(monkeypatch, at_least)
    today = session.clock.today()
    for i in range(checkins):
        pid = add_person(vault, f"Persona{i:02}", "Prueba")
        vault.events.add(Event(pid, EventKind.ICE_CHECKIN, today + timedelta(days=30 * i - 200)))
    view = TodayView(session)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.first_rows_shown, timeout=10_000):
        pass
    return view


def _headers(view: TodayView) -> list[str]:
    return [view.model.data(view.model.index(row, 0)) for row in view.model.header_rows()]


@pytest.mark.usefixtures("english")
def test_first_rows_then_the_whole_list(qtbot, session: Session, vault: Vault, monkeypatch) -> None:
    view = _first_rows_shown(qtbot, session, vault, monkeypatch, checkins=12, at_least=3)
    first = view.shown_reminders()
    assert not view.is_loaded
    assert 3 <= len(first) < 12
    assert all("still counting" in header for header in _headers(view))
    assert "still reading the rest" in view.count_label.text()
    assert not view.empty_label.isVisible()

    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    whole = view.shown_reminders()
    assert whole[: len(first)] == first
    assert len(whole) > len(first)
    assert not any("still counting" in header for header in _headers(view))
    assert view.count_label.text() == f"{len(whole)} dates in the list"


@pytest.mark.usefixtures("spanish")
def test_first_rows_in_spanish(qtbot, session: Session, vault: Vault, monkeypatch) -> None:
    view = _first_rows_shown(qtbot, session, vault, monkeypatch, checkins=8, at_least=2)
    assert view.count_label.text() == "Se muestran las primeras fechas; todavía se lee el resto de la lista…"
    assert all("todavía se cuentan" in header for header in _headers(view))
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)


@pytest.mark.usefixtures("english")
def test_a_short_list_shows_at_once_with_its_counts(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    vault.events.add(Event(pid, EventKind.ICE_CHECKIN, session.clock.today() + timedelta(days=3)))
    view = TodayView(session)
    qtbot.addWidget(view)
    shown: list[bool] = []
    view.first_rows_shown.connect(lambda: shown.append(True))
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    assert not shown
    assert all("—" in header and "still counting" not in header for header in _headers(view))
