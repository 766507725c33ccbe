"""The table behind Today: reminders grouped Overdue / next 7 / next 30 / next 90 days.

Group headers are rows of their own (the view spans them across the table), so the grouping is
read as text by a screen reader and in greyscale print — colour only repeats what the words say.

Two kinds of rows: an appointment itself (a check-in, a hearing, an expiry), with its date, time and
place and its title in bold; and a reminder step, whose title says which appointment it prepares for
and when that is. Rows are one line high, so those words come first and the long "what to do" text
is read in the details (`details`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from functools import lru_cache
from itertools import repeat
from operator import attrgetter, is_
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from content.i18n import _, language, ngettext
from domain.models import EVENT_KIND_LABELS, Item, Reminder
from domain.provenance import provenance_lines
from ui.accessibility.hints import without_glyphs
from ui.tables.list_model import Index, ListTableModel
from ui.today.rows import GroupedRows, Row
from ui.wording.formatting import count_words, date_in_words, date_long, days_left_words, time_words, when_words


class Group(IntEnum):
    """How soon a reminder is due; the order is the order on screen."""

    OVERDUE = 0
    WEEK = 1
    MONTH = 2
    QUARTER = 3


def group_of(days_left: int) -> Group:
    """The group of a reminder `days_left` days away (today itself belongs to the next 7 days)."""
    if days_left < 0:
        return Group.OVERDUE
    if days_left <= 7:
        return Group.WEEK
    if days_left <= 30:
        return Group.MONTH
    return Group.QUARTER


# A symbol per group, so the group is visible without colour and without reading the header.
GROUP_SYMBOLS = {Group.OVERDUE: "⚠", Group.WEEK: "◆", Group.MONTH: "◇", Group.QUARTER: "○"}
_GROUP_COLOURS = {
    Group.OVERDUE: "#b00020", Group.WEEK: "#8a4b00", Group.MONTH: "#1f4e79", Group.QUARTER: "#444444",
}


def group_label(group: Group) -> str:
    """The translated name of a group."""
    labels = {
        Group.OVERDUE: _("Overdue"),
        Group.WEEK: _("Next 7 days"),
        Group.MONTH: _("Next 30 days"),
        Group.QUARTER: _("Next 90 days"),
    }
    return labels[group]


# Babel takes about a third of a millisecond per date; a screenful is repainted on every filter change.
_date_words = lru_cache(maxsize=4096)(date_in_words)
_when_words = lru_cache(maxsize=4096)(when_words)
_LIMITS = [-1, 7, 30]  # the last day of each group but the last (see group_of)


class TodayModel(ListTableModel):
    """Reminders with one header row before each non-empty group."""

    DATE, PERSON, TITLE, ACTION = range(4)
    COLUMN_COUNT = 4
    ReminderRole = Qt.ItemDataRole.UserRole + 1  # the Reminder of a row (None on headers)
    HeaderRole = Qt.ItemDataRole.UserRole + 2  # True on group header rows

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: GroupedRows[Group] = GroupedRows([], list(Group), _LIMITS)
        self._appointments: dict[Group, int] | None = None
        self._today: date | None = None

    def set_reminders(self, reminders: list[Reminder], today: date, presorted: bool = False,
                      counting: bool = False) -> None:
        """Replace everything shown (reminders sorted by due date, as storage returns them).

        `presorted`: the caller guarantees that order, so it is not checked (at 100,000 reminders
        the check alone was a good part of the time a change of filter took). `counting`: these are
        only the first rows of the list, so the group headers say the count is still to come rather
        than show a number that is too small.
        """
        self.beginResetModel()
        self._today = today
        self._counting = counting
        self._rows = GroupedRows(reminders, list(Group), _LIMITS, presorted)
        self._appointments: dict[Group, int] | None = None  # counted when a header is first shown
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = GroupedRows([], list(Group), _LIMITS)
        self.endResetModel()

    def reminder_count(self) -> int:
        return len(self._rows.reminders)

    def reminder_at(self, row: int) -> Reminder | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].reminder
        return None

    def row_of(self, reminder: Reminder) -> int | None:
        """The row showing this very reminder object, or None."""
        return self._rows.row_of(reminder)

    def row_where(self, wanted: Callable[[Reminder], bool]) -> int | None:
        """The first row whose reminder is `wanted` (a hook for keeping the selection), or None."""
        return self._rows.row_where(wanted)

    def header_rows(self) -> list[int]:
        """The rows that head a group (one per non-empty group)."""
        return self._rows.header_rows()

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].reminder is None

    def rows_of_group(self, group: Group) -> list[Reminder]:
        return self._rows.of_group(group)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].reminder is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def column_titles(self) -> list[str]:
        return [_("When"), _("Person"), _("Reminder"), _("What to do")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == self.HeaderRole:
            return row.reminder is None
        if role == self.ReminderRole:
            return row.reminder
        if row.reminder is None:
            return self._header_data(row, col, role)
        return self._item_data(row.group, row.reminder, col, role)

    def _appointments_in(self, group: Group) -> int:
        if self._appointments is None:
            # At C speed: no Python call per line (a clinic's Today has 100,000 of them).
            self._appointments = {
                g: sum(map(is_, map(attrgetter("item"), self._rows.of_group(g)), repeat(Item.APPOINTMENT)))
                for g in Group
            }
        return self._appointments[group]

    def _header_data(self, row: Row[Group], col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col != 0:
                return ""
            if self._counting:
                text = f"{group_label(row.group)} — " + _("still counting…")
                return text if role == Qt.ItemDataRole.AccessibleTextRole else f"{GROUP_SYMBOLS[row.group]}  {text}"
            appointments = self._appointments_in(row.group)
            steps = row.count - appointments
            counts = []
            if appointments:
                counts.append(ngettext("{count} appointment or deadline", "{count} appointments and deadlines",
                                       appointments).format(count=count_words(appointments, language())))
            if steps:
                counts.append(ngettext("{count} reminder", "{count} reminders", steps).format(
                    count=count_words(steps, language())))
            text = f"{group_label(row.group)} — " + " · ".join(counts)
            if role == Qt.ItemDataRole.AccessibleTextRole:  # the symbol only repeats the group's name
                return text
            return f"{GROUP_SYMBOLS[row.group]}  {text}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(_GROUP_COLOURS[row.group]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#eef1f5"))
        return None

    def details(self, r: Reminder) -> str:
        """Everything about one row, in lines, for the details under the list."""
        lang = language()
        when = self._when(r, lang)
        lines = [r.title.render(lang), f"{when} · {r.person}" if r.person else when]
        if r.item is not Item.APPOINTMENT:
            lines.append(self._for_words(r, lang))
        if r.place:
            lines.append(_("Where: {place}").format(place=r.place))
        lines += ["", r.action.render(lang)]
        source = r.source.render(lang)
        if source and r.checked is not None:
            # Where the rule comes from, when it was checked, and — for a changing rule — a plain warning.
            lines += provenance_lines(source, date_long(r.checked, lang), r.confidence, lang)
        return "\n".join(lines)

    def _when(self, r: Reminder, lang: str) -> str:
        """The date (and, for an appointment, the time) in words, with how far it is from today."""
        if r.item is Item.APPOINTMENT:
            words = _when_words(r.due, r.event_time, lang)
            return f"{words} · {days_left_words(r.days_left, lang)}" if self._today else words
        return _date_words(r.due, self._today, lang) if self._today else date_long(r.due, lang)

    @staticmethod
    def _for_words(r: Reminder, lang: str, weekday: bool = True) -> str:
        """Which appointment a step prepares for, and when: "Para: Cita de control con ICE, martes, …".

        Without `weekday` (on the one-line rows, where space is short) the date reads "29 de diciembre
        de 2026, 8:30 a.m."; the details keep the weekday.
        """
        if weekday:
            when = when_words(r.event_date, r.event_time, lang)
        else:
            when = date_long(r.event_date, lang)
            if r.event_time is not None:
                when += ", " + time_words(r.event_time, lang)
        return _("For: {event}, {when}").format(event=EVENT_KIND_LABELS[r.kind].get(lang), when=when)

    def _item_data(self, group: Group, r: Reminder, col: int, role: int) -> Any:
        lang = language()
        appointment = r.item is Item.APPOINTMENT
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DATE:
                words = self._when(r, lang)
                if group == Group.OVERDUE:
                    overdue = _("Overdue")
                    return f"{GROUP_SYMBOLS[group]} {overdue}: {words}"
                return f"{GROUP_SYMBOLS[group]} {words}"
            if col == self.PERSON:
                return r.person
            if col == self.TITLE:
                # The title column is the widest one on screen: what the row is for comes right after it.
                if not appointment:
                    return f"{r.title.render(lang)} · {self._for_words(r, lang, weekday=False)}"
                if r.place:
                    return f"{r.title.render(lang)} · " + _("Where: {place}").format(place=r.place)
                return r.title.render(lang)
            if col == self.ACTION:
                if r.place and not appointment:
                    return f"{r.action.render(lang)} · " + _("Where: {place}").format(place=r.place)
                return r.action.render(lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return without_glyphs(self._item_data(group, r, col, Qt.ItemDataRole.DisplayRole) or "")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DATE:
            return QBrush(QColor(_GROUP_COLOURS[group]))
        if role == Qt.ItemDataRole.FontRole and (
            (col == self.DATE and group == Group.OVERDUE) or (appointment and col in (self.DATE, self.TITLE))
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None
