"""The table behind Today: reminders grouped Overdue / next 7 / next 30 / next 90 days.

Group headers are rows of their own (the view spans them across the table), so the grouping is
read as text by a screen reader and in greyscale print — colour only repeats what the words say.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from content.i18n import _, language, ngettext
from domain.models import Reminder
from ui.accessibility import without_glyphs
from ui.formatting import date_in_words, date_long
from ui.list_model import Index, ListTableModel


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


@dataclass(frozen=True, slots=True)
class _Row:
    group: Group
    reminder: Reminder | None = None  # None: the header row of `group`
    count: int = 0  # reminders in the group (header rows only)


class TodayModel(ListTableModel):
    """Reminders with one header row before each non-empty group."""

    DATE, PERSON, TITLE, ACTION = range(4)
    COLUMN_COUNT = 4
    ReminderRole = Qt.ItemDataRole.UserRole + 1  # the Reminder of a row (None on headers)
    HeaderRole = Qt.ItemDataRole.UserRole + 2  # True on group header rows

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._today: date | None = None

    def set_reminders(self, reminders: list[Reminder], today: date) -> None:
        """Replace everything shown (reminders sorted by due date, as storage returns them)."""
        self.beginResetModel()
        self._today = today
        self._rows = []
        by_group: dict[Group, list[Reminder]] = {}
        for r in reminders:
            by_group.setdefault(group_of(r.days_left), []).append(r)
        for group in Group:
            items = by_group.get(group, [])
            if items:
                self._rows.append(_Row(group, None, len(items)))
                self._rows.extend(_Row(group, r) for r in items)
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def reminder_count(self) -> int:
        return sum(1 for r in self._rows if r.reminder is not None)

    def reminder_at(self, row: int) -> Reminder | None:
        if 0 <= row < len(self._rows):
            return self._rows[row].reminder
        return None

    def header_rows(self) -> list[int]:
        """The rows that head a group (one per non-empty group)."""
        return [i for i, r in enumerate(self._rows) if r.reminder is None]

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].reminder is None

    def rows_of_group(self, group: Group) -> list[Reminder]:
        return [r.reminder for r in self._rows if r.group == group and r.reminder is not None]

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

    def _header_data(self, row: _Row, col: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col != 0:
                return ""
            count = ngettext("{count} reminder", "{count} reminders", row.count).format(count=row.count)
            if role == Qt.ItemDataRole.AccessibleTextRole:  # the symbol only repeats the group's name
                return f"{group_label(row.group)} — {count}"
            return f"{GROUP_SYMBOLS[row.group]}  {group_label(row.group)} — {count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(_GROUP_COLOURS[row.group]))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#eef1f5"))
        return None

    def _item_data(self, group: Group, r: Reminder, col: int, role: int) -> Any:
        lang = language()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DATE:
                words = date_in_words(r.due, self._today, lang) if self._today else date_long(r.due, lang)
                if group == Group.OVERDUE:
                    overdue = _("Overdue")
                    return f"{GROUP_SYMBOLS[group]} {overdue}: {words}"
                return f"{GROUP_SYMBOLS[group]} {words}"
            if col == self.PERSON:
                return r.person
            if col == self.TITLE:
                return r.title.render(lang)
            if col == self.ACTION:
                action = r.action.render(lang)
                if r.place:
                    action += "\n" + _("Where: {place}").format(place=r.place)
                return action
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return without_glyphs(self._item_data(group, r, col, Qt.ItemDataRole.DisplayRole) or "")
        if role == Qt.ItemDataRole.ForegroundRole and col == self.DATE:
            return QBrush(QColor(_GROUP_COLOURS[group]))
        if role == Qt.ItemDataRole.FontRole and col == self.DATE and group == Group.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        return None
