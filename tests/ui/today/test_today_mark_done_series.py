"""Marking done a date that repeats asks first: it would end every later check-in of the series."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from domain.models import Event, EventKind, Item, Recurrence, RecurrenceUnit
from tests.ui import conftest_views
from tests.ui.conftest_views import add_person
from tests.ui.today.test_views_today_filters import _loaded_view
from ui.shell.session import Session

english = conftest_views.english
session = conftest_views.session


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.mark.usefixtures("english")
def test_a_monthly_check_in_is_not_ended_without_saying_so(qtbot, session: Session,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    vault = session.vault
    pid = add_person(vault, "Marta", "Ejemplo")
    event_id = vault.events.add(Event(pid, EventKind.ICE_CHECKIN, session.clock.today() + timedelta(days=3),
                                      recurrence=Recurrence(1, RecurrenceUnit.MONTHS)))
    view = _loaded_view(qtbot, session)
    row = view.model.row_where(lambda r: r.item is Item.APPOINTMENT and r.event_id == event_id)
    assert row is not None
    view.view.selectRow(row)

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    view.mark_current_done()
    assert len(asked) == 1 and "every month" in asked[0] and "ends the whole series" in asked[0]
    assert not vault.events.get(event_id).done  # type: ignore[union-attr]

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.mark_current_done()
    assert vault.events.get(event_id).done  # type: ignore[union-attr]


@pytest.mark.usefixtures("english")
def test_a_single_date_is_marked_done_without_a_question(qtbot, session: Session,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    vault = session.vault
    pid = add_person(vault, "Luis", "Prueba")
    event_id = vault.events.add(Event(pid, EventKind.BIOMETRICS, session.clock.today() + timedelta(days=3)))
    view = _loaded_view(qtbot, session)
    view.view.selectRow(view.model.row_where(lambda r: r.event_id == event_id))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.mark_current_done()
    assert asked == [] and vault.events.get(event_id).done  # type: ignore[union-attr]
