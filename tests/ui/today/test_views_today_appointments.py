"""Today shows the appointments themselves (date, time, place) and what each reminder prepares for."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from domain.clock import FakeClock
from domain.models import Event, EventKind, Item, Recurrence, RecurrenceUnit
from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.shell.session import Session
from ui.today.model import TodayModel
from ui.today.view import TodayView

PLACE = "ICE, 300 N Los Angeles St"
# Babel writes a narrow no-break space (U+202F) between a time and "a.m."/"PM", so it never wraps apart.


def _household(vault: Vault, fake_clock: FakeClock) -> int:
    fake_clock.current = datetime(2026, 11, 30, 9, 0)
    pid = add_person(vault, "Marta", "Ejemplo")
    vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2026, 12, 29), time=time(8, 30), place=PLACE,
                           recurrence=Recurrence(1, RecurrenceUnit.MONTHS)))
    vault.events.add(Event(pid, EventKind.COURT_HEARING, date(2027, 1, 15), time=time(13, 0), place="Sala 3"))
    return pid


def _shown(qtbot, session: Session) -> TodayView:
    view = TodayView(session)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    qtbot.waitUntil(lambda: view.is_loaded, timeout=10_000)
    return view


def _cells(view: TodayView, row: int) -> list[str]:
    return [view.model.data(view.model.index(row, col)) for col in range(TodayModel.COLUMN_COUNT)]


def _rows(view: TodayView, item: Item) -> list[int]:
    return [row for row in range(view.model.rowCount())
            if (r := view.model.reminder_at(row)) is not None and r.item is item]


def _click(qtbot, view: TodayView, row: int) -> None:
    rect = view.view.visualRect(view.model.index(row, TodayModel.PERSON))
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.mark.usefixtures("spanish")
def test_appointment_rows_in_spanish_with_date_time_and_place(qtbot, session: Session, vault: Vault,
                                                              fake_clock: FakeClock) -> None:
    _household(vault, fake_clock)
    view = _shown(qtbot, session)
    rows = _rows(view, Item.APPOINTMENT)
    # From Nov 30: the check-ins of Dec 29, Jan 29 and Feb 28 (the 29th clamped) and the hearing.
    assert [_cells(view, row)[TodayModel.DATE] for row in rows] == [
        "◇ martes, 29 de diciembre de 2026, 8:30\u202fa.m. · en 29 días",
        "○ viernes, 15 de enero de 2027, 1:00\u202fp.m. · en 46 días",
        "○ viernes, 29 de enero de 2027, 8:30\u202fa.m. · en 60 días",
        "○ domingo, 28 de febrero de 2027, 8:30\u202fa.m. · en 90 días",
    ]
    # Each group's heading counts both. Next 7 days: the hearing's weekly re-check on Friday Dec 4.
    # Next 30: the hearing's 30-day step (Dec 16), the check-in's 7-day step (Dec 22), the check-in.
    # Next 90: the hearing and two check-ins, each check-in with its 7-day step (Jan 22, Feb 21).
    headers = [view.model.data(view.model.index(row, 0)) for row in view.model.header_rows()]
    assert headers == [
        "◆  Próximos 7 días — 1 aviso",
        "◇  Próximos 30 días — 1 cita o fecha límite · 2 avisos",
        "○  Próximos 90 días — 3 citas y fechas límite · 2 avisos",
    ]
    checkin = _cells(view, rows[0])
    assert checkin[TodayModel.PERSON] == "Marta Ejemplo"
    assert checkin[TodayModel.TITLE] == "Cita de control con ICE · Dónde: ICE, 300 N Los Angeles St"
    assert checkin[TodayModel.ACTION].startswith("Llegue a tiempo con sus papeles.")
    assert _cells(view, rows[1])[TodayModel.TITLE] == "Audiencia en la corte de inmigración · Dónde: Sala 3"
    assert _cells(view, rows[1])[TodayModel.ACTION].startswith("Vaya aunque tenga miedo")
    assert view.model.data(view.model.index(rows[0], TodayModel.TITLE), Qt.ItemDataRole.FontRole).bold()

    # A reminder step says which appointment it prepares for, and when.
    prepare = next(row for row in _rows(view, Item.REMINDER)
                   if _cells(view, row)[TodayModel.TITLE].startswith("Prepárese para la cita de control"))
    assert _cells(view, prepare)[TodayModel.TITLE].endswith(
        " · Para: Cita de control con ICE, 29 de diciembre de 2026, 8:30\u202fa.m.")
    assert _cells(view, prepare)[TodayModel.DATE].startswith("◇ martes, 22 de diciembre de 2026 · en 22 días")

    # Choosing the appointment with the mouse shows everything about it below the list.
    _click(qtbot, view, rows[0])
    details = view.details.text()
    assert "Cita de control con ICE" in details
    assert "martes, 29 de diciembre de 2026, 8:30\u202fa.m. · en 29 días · Marta Ejemplo" in details
    assert "Dónde: ICE, 300 N Los Angeles St" in details and "Fuente" not in details

    # The keyboard moves up to the step due before it (Dec 22); the details follow.
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Up)
    assert view.view.currentIndex().row() == rows[0] - 1
    assert view.details.text().splitlines()[:3] == [
        "Prepárese para la cita de control con ICE",
        "martes, 22 de diciembre de 2026 · en 22 días · Marta Ejemplo",
        "Para: Cita de control con ICE, martes, 29 de diciembre de 2026, 8:30\u202fa.m.",
    ]


@pytest.mark.usefixtures("english")
def test_appointment_rows_in_english_and_a_steps_details(qtbot, session: Session, vault: Vault,
                                                         fake_clock: FakeClock) -> None:
    _household(vault, fake_clock)
    view = _shown(qtbot, session)
    rows = _rows(view, Item.APPOINTMENT)
    hearing = _cells(view, rows[1])
    assert hearing[TodayModel.DATE] == "○ Friday, January 15, 2027, 1:00\u202fPM · in 46 days"
    assert hearing[TodayModel.TITLE] == "Immigration court hearing · Where: Sala 3"
    assert hearing[TodayModel.ACTION].startswith("Go, even if you are afraid")

    step = next(row for row in _rows(view, Item.REMINDER)
                if view.model.reminder_at(row).rule_id == "court_hearing")
    _click(qtbot, view, step)
    details = view.details.text().splitlines()
    # 30 days before the hearing is Wednesday, December 16.
    assert details[1] == "Wednesday, December 16, 2026 · in 16 days · Marta Ejemplo"
    assert details[2] == "For: Immigration court hearing, Friday, January 15, 2027, 1:00\u202fPM"
    assert details[3] == "Where: Sala 3"
    assert details[-1].startswith("Source: ")


@pytest.mark.usefixtures("english")
def test_on_the_day_the_checkin_is_one_row_and_yesterdays_is_gone(qtbot, session: Session, vault: Vault,
                                                                 fake_clock: FakeClock) -> None:
    _household(vault, fake_clock)
    fake_clock.current = datetime(2026, 12, 29, 7, 0)
    view = _shown(qtbot, session)
    today = [row for row in range(view.model.rowCount())
             if (r := view.model.reminder_at(row)) is not None and r.due == date(2026, 12, 29)]
    assert len(today) == 1
    cells = _cells(view, today[0])
    assert cells[TodayModel.DATE] == "◆ Tuesday, December 29, 2026, 8:30\u202fAM · today"
    assert "Go on time with your papers" in cells[TodayModel.ACTION]

    fake_clock.current = datetime(2026, 12, 30, 7, 0)
    view.refresh()
    qtbot.waitUntil(lambda: view.is_loaded and view.model.reminder_at(1) is not None
                    and view.model.reminder_at(1).due != date(2026, 12, 29), timeout=10_000)
    # A check-in of a series that has passed is not "overdue": it drops off, the next one stays.
    assert all(view.model.reminder_at(row).event_date != date(2026, 12, 29) for row in _rows(view, Item.APPOINTMENT))
    assert date(2027, 1, 29) in {view.model.reminder_at(row).due for row in _rows(view, Item.APPOINTMENT)}


@pytest.mark.usefixtures("spanish")
def test_model_with_appointment_rows_passes_the_model_tester(qtmodeltester, session: Session, vault: Vault,
                                                             fake_clock: FakeClock) -> None:
    _household(vault, fake_clock)
    model = TodayModel()
    today = session.clock.today()
    model.set_reminders(vault.deadlines(today), today)
    assert model.reminder_count() > 4
    qtmodeltester.check(model)
