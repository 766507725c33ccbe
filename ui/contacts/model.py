"""The contacts directory as a table: name, organization, category, phones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from content.i18n import _, language
from domain.models import CONTACT_CATEGORY_LABELS, ContactCategory
from storage.rows import ContactRow
from ui.tables.list_model import Index, ListTableModel
from ui.wording.formatting import phone_display

# A directory is small (hundreds of entries), but a cap keeps a pasted-in list from stalling the view.
LIMIT = 2000


class ContactsModel(ListTableModel):
    """Contacts matching a search text and an optional category."""

    NAME, ORGANIZATION, CATEGORY, PHONES = range(4)
    COLUMN_COUNT = 4
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, vault: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._text = ""
        self._category: ContactCategory | None = None
        self._rows: list[ContactRow] = []

    def set_filter(self, text: str, category: ContactCategory | None) -> None:
        self._text = text
        self._category = category
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list(self._vault.contacts.search(self._text, self._category, LIMIT))
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self.id_at(row)

    def column_titles(self) -> list[str]:
        return [_("Name"), _("Organization"), _("Category"), _("Phones")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.IdRole:
            return row.id
        # The tooltip repeats the text: a narrow window elides long names and organizations.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == self.NAME:
                return row.name
            if col == self.ORGANIZATION:
                return row.organization
            if col == self.CATEGORY:
                return CONTACT_CATEGORY_LABELS[ContactCategory(row.category)].get(language())
            if col == self.PHONES:
                return ", ".join(phone_display(p) for p in row.phones)
        return None
