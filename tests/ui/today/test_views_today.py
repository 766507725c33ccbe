"""Today: reminders in the right group, mark done with undo, open the person."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool

from domain.models import Event, EventKind
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.shell.session import Session
from ui.today.model import Group, TodayModel
from ui.today.view import TodayView


def _select_reminder_of(view: TodayView, event_id: int) -> None:
    for row in range(view.model.rowCount()):
        r = view.model.reminder_at(row)
        if r is not None and r.event_id == event_id:
            view.view.setCurrentIndex(view.model.index(row, 0))
            view.view.selectRow(row)
            return
    raise AssertionError("no reminder for the event")


def _wait_loaded(qtbot, view: TodayView) -> None:
    """Today is computed in a worker thread: wait until the list on screen is current."""
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)


def _event_ids(view: TodayView, group: Group) -> set[int]:
    return {r.event_id for r in view.model.rows_of_group(group)}


@pytest.mark.usefixtures("english")
def test_events_in_groups_mark_done_and_undo(qtbot, session: Session, vault: Vault) -> None:
    today = session.clock.today()
    pid = add_person(vault, "Ana", "Prueba")
    late = vault.events.add(Event(pid, EventKind.ICE_CHECKIN, today - timedelta(days=4)))
    soon = vault.events.add(Event(pid, EventKind.ICE_CHECKIN, today + timedelta(days=3), place="Oficina Ficticia"))
    later = vault.events.add(Event(pid, EventKind.COURT_HEARING, today + timedelta(days=75)))
    view = TodayView(session)
    qtbot.addWidget(view)
    _wait_loaded(qtbot, view)
    assert _event_ids(view, Group.OVERDUE) == {late}
    assert soon in _event_ids(view, Group.WEEK)
    assert later in _event_ids(view, Group.QUARTER) | _event_ids(view, Group.MONTH)
    # the header row spans the table and says the group in words
    header_row = next(r for r in range(view.model.rowCount()) if view.model.is_header(r))
    assert view.view.columnSpan(header_row, 0) == TodayModel.COLUMN_COUNT
    assert "Overdue" in view.model.data(view.model.index(header_row, 0))

    _select_reminder_of(view, soon)
    opened: list[int] = []
    session.open_person.connect(opened.append)
    qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert opened == [pid]

    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, view)
    assert soon not in _event_ids(view, Group.WEEK)
    event = vault.events.get(soon)
    assert event is not None and event.done
    assert view.message_bar.isVisibleTo(view) and view.message_bar.can_undo
    qtbot.mouseClick(view.message_bar.undo_button, Qt.MouseButton.LeftButton)
    _wait_loaded(qtbot, view)
    assert soon in _event_ids(view, Group.WEEK)
    event = vault.events.get(soon)
    assert event is not None and not event.done
    assert not view.message_bar.isVisibleTo(view)


@pytest.mark.usefixtures("spanish")
def test_spanish_texts_and_keyboard_shortcut(qtbot, session: Session, vault: Vault) -> None:
    today = session.clock.today()
    pid = add_person(vault, "José", "Ñúñez")
    eid = vault.events.add(Event(pid, EventKind.ICE_CHECKIN, today - timedelta(days=2)))
    view = TodayView(session)
    qtbot.addWidget(view)
    _wait_loaded(qtbot, view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    text = view.model.data(view.model.index(1, TodayModel.DATE))
    assert text.startswith("⚠ Vencido: ") and "de 2026 · " in text
    assert view.title.text() == "Hoy" and view.done_button.text() == "&Marcar como hecho"
    title = view.model.data(view.model.index(1, TodayModel.TITLE))
    assert title == vault.deadlines(today)[0].title.render("es") + (
        " · Para: Cita de control con ICE, 20 de noviembre de 2026")
    _select_reminder_of(view, eid)
    view.view.setFocus()
    qtbot.waitUntil(view.view.hasFocus)
    qtbot.keyClick(view.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    _wait_loaded(qtbot, view)
    event = vault.events.get(eid)
    assert event is not None and event.done
    assert view.model.reminder_count() == 0 and view.empty_label.isVisibleTo(view)


@pytest.mark.usefixtures("english")
def test_retranslate_switches_language(qtbot, session: Session, vault: Vault, spanish) -> None:
    view = TodayView(session)
    qtbot.addWidget(view)
    _wait_loaded(qtbot, view)
    assert view.title.text() == "Hoy"
    import content.i18n as i18n

    i18n.set_language("en")
    view.retranslate()
    assert view.title.text() == "Today"


@pytest.mark.usefixtures("english")
def test_details_of_the_selected_reminder_and_a_stale_result_is_ignored(qtbot, session: Session, vault: Vault) -> None:
    today = session.clock.today()
    pid = add_person(vault, "Ana", "Prueba")
    eid = vault.events.add(Event(pid, EventKind.ICE_CHECKIN, today + timedelta(days=3), place="Oficina Ficticia"))
    view = TodayView(session)
    qtbot.addWidget(view)
    _wait_loaded(qtbot, view)
    assert "Choose a date" in view.details.text()
    _select_reminder_of(view, eid)
    text = view.details.text()
    assert "Oficina Ficticia" in text and "Ana Prueba" in text and "lawyer" in text
    # Two refreshes in a row: the first result arrives stale and must not replace the second.
    rows_before = view.model.rowCount()
    view.refresh()
    vault.events.add(Event(pid, EventKind.BIOMETRICS, today + timedelta(days=5)))
    view.refresh()
    _wait_loaded(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() > rows_before, timeout=10_000)


@pytest.mark.usefixtures("english")
def test_a_result_after_the_vault_is_locked_is_dropped(qtbot, session: Session, vault: Vault) -> None:
    pid = add_person(vault, "Ana", "Prueba")
    vault.events.add(Event(pid, EventKind.ICE_CHECKIN, session.clock.today() + timedelta(days=3)))
    view = TodayView(session)
    qtbot.addWidget(view)
    view.refresh()  # a computation under way…
    session.close()  # …when the vault is locked
    # The worker finishes (its vault calls fail or complete); then its queued answer is delivered.
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.processEvents()
    assert view.model.rowCount() == 0 and not view.is_loaded
