"""The people list: a table model that reads the vault one page at a time.

A clinic vault can hold 100,000 people; the model asks storage for one page of `PAGE_SIZE` rows and
lets the view ask for more (`canFetchMore`/`fetchMore`) as the user scrolls, so neither memory nor
the time to show a search result grows with the size of the vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from content.i18n import _, language
from storage.rows import PersonRow
from ui.tables.list_model import Index, ListTableModel
from ui.wording.formatting import a_number_display, date_long, phone_display

PAGE_SIZE = 200
_CACHE_LIMIT = 20_000
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole})


class PeopleModel(ListTableModel):
    """People matching the search text, fetched in pages from `vault.people.page`."""

    NAME, A_NUMBER, BIRTH, PHONE = range(4)
    COLUMN_COUNT = 4
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, vault: Any, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._vault = vault
        self._page_size = page_size
        self._text = ""
        self._rows: list[PersonRow] = []
        self._exhausted = True
        # Formatted cells by person id: babel dates and phone formatting are slow enough to matter when
        # the list repaints after every keystroke, and the same people come back as a name is typed.
        # Kept across searches; dropped when the vault changes (`refresh`), the language changes, or it
        # grows past _CACHE_LIMIT entries.
        self._cells: dict[int, tuple[str, str, str, str]] = {}
        self._cells_lang = ""

    @property
    def search_text(self) -> str:
        return self._text

    def set_search(self, text: str) -> None:
        """Show the people matching `text` ("" for everyone): reset, then read the first page."""
        self.beginResetModel()
        self._text = text
        if len(self._cells) > _CACHE_LIMIT:
            self._cells = {}
        self._rows = []
        self._exhausted = False
        self._read_page()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read from the vault with the same search, as many rows as were shown before."""
        shown = max(len(self._rows), self._page_size)
        self.beginResetModel()
        self._cells = {}
        self._rows = []
        self._exhausted = False
        while not self._exhausted and len(self._rows) < shown:
            self._read_page()
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self.beginResetModel()
        self._cells = {}
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def _read_page(self) -> int:
        page = self._vault.people.page(self._text, len(self._rows), self._page_size)
        self._rows.extend(page)
        if len(page) < self._page_size:
            self._exhausted = True
        return len(page)

    def retranslate(self) -> None:
        self._cells = {}
        super().retranslate()

    def person_id(self, row: int) -> int | None:
        return self.id_at(row)

    # --- Qt model interface -------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        # A view may still ask between the lock and its own deletion: a locked vault has no more rows.
        return not parent.isValid() and not self._exhausted and self._vault.is_open

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        page = self._vault.people.page(self._text, len(self._rows), self._page_size)
        if len(page) < self._page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def column_titles(self) -> list[str]:
        return [_("Name"), _("A-number"), _("Date of birth"), _("Phone")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called hundreds of times per repaint: unknown roles leave before touching the index.
        if role not in _TEXT_ROLES and role != self.IdRole:
            return None
        row_number = index.row()
        if not index.isValid() or not 0 <= row_number < len(self._rows):
            return None
        row = self._rows[row_number]
        if role == self.IdRole:
            return row.id
        return self._cells_of(row)[index.column()]

    def _cells_of(self, row: PersonRow) -> tuple[str, str, str, str]:
        lang = language()
        if lang != self._cells_lang:
            self._cells, self._cells_lang = {}, lang
        cells = self._cells.get(row.id)
        if cells is None:
            cells = (row.display_name, a_number_display(row.a_number), date_long(row.date_of_birth, lang),
                     phone_display(row.phone))
            self._cells[row.id] = cells
        return cells
