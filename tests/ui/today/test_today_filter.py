"""Today's filtering and rows in memory (no widgets): window bounds, kind, folded text, collation,
and rows made on request from sorted or unsorted reminders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.models import EventKind, Reminder
from domain.text import Message, Text
from ui.today.filters import NameKeys, ReminderIndex, TodayFilter, Window, collated
from ui.today.model import Group
from ui.today.rows import GroupedRows

TODAY = date(2026, 11, 30)
LIMITS = [-1, 7, 30]


def reminder(person: str, days_left: int, kind: EventKind = EventKind.ICE_CHECKIN, place: str = "",
             title: tuple[str, str] = ("Synthetic reminder", "Aviso inventado")) -> Reminder:
    due = TODAY + timedelta(days=days_left)
    text = Message(Text(*title))
    return Reminder(1, person, 1, kind, due, due, days_left, "rule", text, text, "source", TODAY, place)


def by_due(reminders: list[Reminder]) -> list[Reminder]:
    return sorted(reminders, key=lambda r: r.due)


@pytest.fixture
def index() -> ReminderIndex:
    items = by_due([reminder("Ana Uno", -5), reminder("Beto Dos", -1), reminder("Carla Tres", 0),
                    reminder("Dario Cuatro", 7, EventKind.COURT_HEARING, place="Corte de Tucson"),
                    reminder("Elena Cinco", 8), reminder("Fabio Seis", 30, EventKind.BIOMETRICS),
                    reminder("Gala Siete", 31),
                    reminder("Óscar Núñez", 90, title=("Renew the work permit", "Renueve el permiso de trabajo"))])
    keys = NameKeys()
    return ReminderIndex(collated(items, keys), keys)


def names(found: list[Reminder]) -> list[str]:
    return [r.person.split()[0] for r in found]


@pytest.mark.parametrize(("window", "expected"), [
    (Window.ALL, ["Ana", "Beto", "Carla", "Dario", "Elena", "Fabio", "Gala", "Óscar"]),
    (Window.OVERDUE, ["Ana", "Beto"]),
    (Window.WEEK, ["Carla", "Dario"]),  # today and day 7 are in, day 8 is not
    (Window.MONTH, ["Carla", "Dario", "Elena", "Fabio"]),
    (Window.QUARTER, ["Carla", "Dario", "Elena", "Fabio", "Gala", "Óscar"]),
])
def test_how_soon_includes_both_ends(index: ReminderIndex, window: Window, expected: list[str]) -> None:
    assert names(index.select(TodayFilter(window), "en")) == expected


def test_kind_and_words_folded_and_combined(index: ReminderIndex) -> None:
    assert names(index.select(TodayFilter(kind=EventKind.COURT_HEARING), "en")) == ["Dario"]
    assert names(index.select(TodayFilter(text="OSCAR nuñez"), "en")) == ["Óscar"]
    assert names(index.select(TodayFilter(text="tucson"), "en")) == ["Dario"]  # the place
    assert names(index.select(TodayFilter(text="work permit"), "en")) == ["Óscar"]  # the title, in English
    assert names(index.select(TodayFilter(text="work permit"), "es")) == []  # …not in the Spanish title
    assert names(index.select(TodayFilter(text="permiso de trabajo"), "es")) == ["Óscar"]
    assert names(index.select(TodayFilter(text="huellas"), "es")) == ["Fabio"]  # the kind of date, in Spanish
    assert names(index.select(TodayFilter(Window.MONTH, EventKind.ICE_CHECKIN, "a"), "en")) == ["Carla", "Elena"]
    assert index.select(TodayFilter(text="   "), "en") == index.reminders
    assert TodayFilter().is_empty and not TodayFilter(text="x").is_empty


def test_collation_folds_accents_and_capitals_within_a_day() -> None:
    day = [reminder(n, 3) for n in ["Zoe", "Ñico", "Óscar", "beto", "Ángel", "Nora", "Alba", "Ülle", "Ιωάννης"]]
    order = names(collated(day, NameKeys()))
    assert order == ["Alba", "Ángel", "beto", "Ñico", "Nora", "Óscar", "Ülle", "Zoe", "Ιωάννης"]
    # the day still comes first
    mixed = [reminder("Zoe", 1), reminder("Ana", 2), reminder("Álvaro", 1)]
    assert names(collated(mixed, NameKeys())) == ["Álvaro", "Zoe", "Ana"]


def test_rows_put_a_header_before_each_group_and_find_reminders() -> None:
    items = by_due([reminder("A", -2), reminder("B", 3), reminder("C", 4), reminder("D", 60)])
    rows = GroupedRows(items, list(Group), LIMITS)
    assert len(rows) == 4 + 3
    assert rows.header_rows() == [0, 2, 5]
    assert [(r.group, r.reminder.person if r.reminder else None, r.count) for r in rows] == [
        (Group.OVERDUE, None, 1), (Group.OVERDUE, "A", 0), (Group.WEEK, None, 2), (Group.WEEK, "B", 0),
        (Group.WEEK, "C", 0), (Group.QUARTER, None, 1), (Group.QUARTER, "D", 0)]
    assert rows.of_group(Group.MONTH) == [] and [r.person for r in rows.of_group(Group.WEEK)] == ["B", "C"]
    assert rows.row_of(items[2]) == 4 and rows.row_of(reminder("C", 4)) is None  # the very object only
    assert rows.row_where(lambda r: r.person == "D") == 6
    with pytest.raises(IndexError):
        rows[7]
    assert GroupedRows(items, list(Group), LIMITS, presorted=True).header_rows() == [0, 2, 5]


def test_rows_of_unsorted_reminders_are_grouped_stably() -> None:
    items = [reminder("D", 60), reminder("B", 3), reminder("A", -2), reminder("C", 1)]
    rows = GroupedRows(items, list(Group), LIMITS)
    assert [r.reminder.person for r in rows if r.reminder] == ["A", "B", "C", "D"]
    assert rows.header_rows() == [0, 2, 5]
