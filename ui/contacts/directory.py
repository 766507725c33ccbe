"""Contacts' read-only resource directory: Amparo's public resources and imported clinic packs.

Nothing here is written into the vault until the person copies an entry: "Copy to my contacts" makes
an ordinary vault contact from it (phone checked as in the editor, the publisher as organization, the
date it was checked as the date last verified), which they can then edit like any other. The
directory itself lives only in the content and the pack store; removing a publisher removes its entries.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.active import ContentUnverified, active_content
from content.i18n import _, language
from content.resources import builtin_resources
from content.rule_loader import ContentFileError
from domain.models import CONTACT_CATEGORY_LABELS
from domain.textfold import fold
from storage.pack_store import PackStore
from ui.cli.pack_import import publishers, remove_publisher
from ui.contacts.directory_entries import DirectoryEntry, as_contact, from_local, from_public, language_names
from ui.notices import questions
from ui.notices.message_bar import MessageBar
from ui.tables.table_view import setup_table, share_columns
from ui.wording.formatting import date_long


class ResourcesModel(QAbstractTableModel):
    """Read-only rows: name, category, phone, who publishes it."""

    NAME, CATEGORY, PHONE, PUBLISHER = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DirectoryEntry] = []

    def set_entries(self, entries: list[DirectoryEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda e: (e.pack_id is None, fold(e.name)))
        self.endResetModel()

    def entry(self, row: int) -> DirectoryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return entry.name
        if column == self.CATEGORY:
            return CONTACT_CATEGORY_LABELS[entry.category].get(language())
        if column == self.PHONE:
            return ", ".join(entry.phones)
        return entry.publisher

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_("Name"), _("Category"), _("Phone"), _("Published by"))[section] if 0 <= section < 4 else None


class ResourceDirectory(QWidget):
    """The directory tab of Contacts: Amparo's public resources and imported clinic entries, read only.

    Clinic entries come first (the family imported them on purpose), then Amparo's own.
    """

    def __init__(self, session: Any, store: PackStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ResourcesModel(self)
        self.view = QTableView(self)
        setup_table(self.view, "")
        self.view.setModel(self.model)
        # As in My contacts: names take what is left, the short columns never wrap or get cut.
        share_columns(self.view, stretch=(ResourcesModel.NAME, ResourcesModel.CATEGORY),
                      fit=(ResourcesModel.PHONE, ResourcesModel.PUBLISHER))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_current)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_publisher)
        self.message_bar = MessageBar(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        right = QWidget(self)
        right_layout = QFormLayout(right)
        right_layout.addRow(self.details)
        splitter.addWidget(right)
        splitter.setSizes([3000, 2000])
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_details())
        self.view.activated.connect(lambda _i: self.copy_current())
        self.refresh()
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        """Read the packs again each time the tab is shown: one may have been imported from the Guides."""
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the imported packs again."""
        chosen = self.current()
        lang = language()
        entries = [from_local(r, p) for p in publishers(self.store) for r in p.resources]
        # Unverified or unreadable content: the start and the guides screen say why; clinic entries stay usable.
        with contextlib.suppress(ContentUnverified, ContentFileError):
            active_content()  # a number from content that does not verify is not shown
            entries += [from_public(r, lang) for r in builtin_resources()]
        self.model.set_entries(entries)
        rows = [self.model.entry(i) for i in range(self.model.rowCount())]
        if rows:
            self.view.selectRow(rows.index(chosen) if chosen in rows else 0)
        self._show_details()

    def retranslate(self) -> None:
        self.intro.setText(_("Public resources from Amparo and from local packs you imported (read only). Copy an "
                             "entry to your contacts to keep it in your vault. A clinic can give you its own pack "
                             "on a USB stick: Rights guides, then Update rights information from a file…"))
        self.view.setAccessibleName(_("Resource directory"))
        self.copy_button.setText(_("&Copy to my contacts"))
        self.copy_button.setAccessibleName(_("Copy the selected resource to my contacts"))
        self.remove_button.setText(_("&Remove this publisher…"))
        self.remove_button.setAccessibleName(_("Remove the publisher of the selected resource"))
        self.message_bar.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_details()

    def current(self) -> DirectoryEntry | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def copy_current(self) -> int | None:
        """Copy the selected entry into the vault as a new contact; returns its id."""
        chosen = self.current()
        if chosen is None:
            return None
        entry = chosen
        contact = as_contact(entry, language())
        # Copying twice made a second, identical contact without a word: say it is there already.
        for row in self.session.vault.contacts.search(entry.name):
            if row.name == contact.name and row.organization == contact.organization and row.phones == contact.phones:
                self.message_bar.show_message(
                    lambda: _("{name} is already in your contacts.").format(name=entry.name))
                return row.id
        contact_id = int(self.session.vault.contacts.add(contact))
        self.message_bar.show_message(lambda: _("{name} was copied to your contacts.").format(name=entry.name))
        self.session.notify_changed()
        return contact_id

    def remove_publisher(self) -> bool:
        """After a confirmation, forget the selected entry's clinic pack (a lost or stolen key, a clinic not wanted)."""
        chosen = self.current()
        if chosen is None or chosen.pack_id is None:
            return False
        name, pack_id = chosen.publisher, chosen.pack_id
        if not questions.confirm(
            self,
            _("Remove {name}?").format(name=name),
            _("Its entries leave this directory. Contacts you already copied stay in your vault."),
            _("Remove"),
        ):
            return False
        remove_publisher(self.store, pack_id)
        self.message_bar.show_message(lambda: _("{name} was removed.").format(name=name))
        self.refresh()
        return True

    def _show_details(self) -> None:
        chosen = self.current()
        self.copy_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None and chosen.pack_id is not None)
        if chosen is None:
            self.details.setText("")
            return
        entry = chosen
        lines = [entry.name]
        for label, value in ((_("Phone"), ", ".join(entry.phones)), (_("Address"), entry.address),
                             (_("Hours"), entry.hours), (_("Languages"), language_names(entry.languages, language())),
                             (_("Web address"), entry.url), (_("Notes"), entry.notes)):
            if value:
                lines.append(f"{label}: {value}")
        if entry.pack_id is None:
            lines.append(_("From Amparo's own list, checked in its source on {date}.").format(
                date=date_long(entry.checked, language()) if entry.checked else "—"))
        else:
            lines.append(_("Published by {name}, key fingerprint {fingerprint}").format(
                name=entry.publisher, fingerprint=entry.fingerprint))
        self.details.setText("\n".join(lines))
