"""The common part of Amparo's table models: a Python list of rows, texts made on request."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """A flat table over `self._rows` with `COLUMN_COUNT` columns; subclasses supply `data`."""

    COLUMN_COUNT = 0

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def retranslate(self) -> None:
        """Texts are made on request in the current language: tell the views everything changed."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)

    def id_at(self, row: int) -> int | None:
        """The `id` of the record shown on `row` (rows that have one), or None."""
        if 0 <= row < len(self._rows):
            return getattr(self._rows[row], "id", None)
        return None

    def row_of(self, record_id: int) -> int | None:
        """The row showing the record `record_id`, if it is loaded."""
        for i, r in enumerate(self._rows):
            if getattr(r, "id", None) == record_id:
                return i
        return None

    def column_titles(self) -> list[str]:
        """The translated column titles, in order (called each time, so they follow the language)."""
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return self.column_titles()[section]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT
