"""The read-only directory of resources from imported clinic packs, shown beside the person's own contacts.

Nothing here is written into the vault until the person copies an entry: "Copy to my contacts" makes
an ordinary vault contact from it (phone checked as in the editor, the clinic named as organization,
the pack's date as the date last verified), which they can then edit like any other. The directory
itself lives only in the pack store; removing a publisher removes its entries.
"""

from __future__ import annotations

from typing import Any

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from content.packs.local_resources import LocalResource
from domain.models import CONTACT_CATEGORY_LABELS, Contact, ContactCategory
from domain.validation import Invalid, parse_phone
from storage.pack_store import PackStore
from ui.cli.pack_import import Publisher, publishers, remove_publisher
from ui.notices import questions
from ui.notices.message_bar import MessageBar
from ui.tables.table_view import setup_table

_CATEGORY: dict[str, ContactCategory] = {
    "hotline": ContactCategory.HOTLINE,
    "legal": ContactCategory.ATTORNEY,
    "sanctuary": ContactCategory.SANCTUARY,
    "bond-fund": ContactCategory.BOND_FUND,
    "consulate": ContactCategory.CONSULATE,
    "other": ContactCategory.OTHER,
}


def language_names(codes: tuple[str, ...], lang: str) -> str:
    """"es", "en" as "español, inglés" (in `lang`); an unknown code is shown as it is."""
    names: list[str] = []
    for code in codes:
        try:
            names.append(Locale.parse(code).get_display_name("es_US" if lang == "es" else "en_US") or code)
        except (ValueError, UnknownLocaleError):
            names.append(code)
    return ", ".join(names)


def as_contact(entry: LocalResource, publisher: Publisher) -> Contact:
    """A new vault contact with the entry's details; a phone the checks refuse is kept in the notes."""
    phones: tuple[str, ...] = ()
    notes = [entry.notes] if entry.notes else []
    if entry.phone:
        parsed = parse_phone(entry.phone)
        if isinstance(parsed, Invalid):
            notes.append(entry.phone)
        else:
            phones = (parsed.value,)
    if entry.url:
        notes.append(entry.url)
    return Contact(_CATEGORY.get(entry.category, ContactCategory.OTHER), entry.name, organization=publisher.name,
                   phones=phones, address=entry.address, hours=entry.hours,
                   languages=language_names(entry.languages, language()), last_verified=publisher.date,
                   notes="\n".join(notes))


class ResourcesModel(QAbstractTableModel):
    """Read-only rows of (entry, publisher): name, category, phone, publisher."""

    NAME, CATEGORY, PHONE, PUBLISHER = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[LocalResource, Publisher]] = []

    def set_publishers(self, found: list[Publisher]) -> None:
        self.beginResetModel()
        self._rows = sorted(((r, p) for p in found for r in p.resources), key=lambda row: row[0].name.lower())
        self.endResetModel()

    def entry(self, row: int) -> tuple[LocalResource, Publisher] | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry, publisher = self._rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return entry.name
        if column == self.CATEGORY:
            return CONTACT_CATEGORY_LABELS[_CATEGORY.get(entry.category, ContactCategory.OTHER)].get(language())
        if column == self.PHONE:
            return entry.phone
        return publisher.name

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (_("Name"), _("Category"), _("Phone"), _("Published by"))[section] if 0 <= section < 4 else None


class ResourceDirectory(QWidget):
    """The directory tab of Contacts: imported resources, their details, and "Copy to my contacts"."""

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
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (ResourcesModel.PHONE, ResourcesModel.PUBLISHER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (ResourcesModel.NAME, ResourcesModel.CATEGORY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
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
        self.model.set_publishers(publishers(self.store))
        rows = [self.model.entry(i) for i in range(self.model.rowCount())]
        if rows:
            self.view.selectRow(rows.index(chosen) if chosen in rows else 0)
        self._show_details()

    def retranslate(self) -> None:
        self.intro.setText(_("Resources from local packs you imported (read only). Copy an entry to your contacts "
                             "to keep it in your vault. To add a clinic's pack: Rights guides, then Update "
                             "rights information from a file…") if self.model.rowCount() else
                           _("No local resource packs are imported. A clinic can give you one on a USB stick; "
                             "import it from Rights guides, then Update rights information from a file…"))
        self.view.setAccessibleName(_("Resource directory"))
        self.copy_button.setText(_("&Copy to my contacts"))
        self.copy_button.setAccessibleName(_("Copy the selected resource to my contacts"))
        self.remove_button.setText(_("&Remove this publisher…"))
        self.remove_button.setAccessibleName(_("Remove the publisher of the selected resource"))
        self.message_bar.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._show_details()

    def current(self) -> tuple[LocalResource, Publisher] | None:
        index = self.view.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def copy_current(self) -> int | None:
        """Copy the selected entry into the vault as a new contact; returns its id."""
        chosen = self.current()
        if chosen is None:
            return None
        entry, publisher = chosen
        contact_id = int(self.session.vault.contacts.add(as_contact(entry, publisher)))
        self.message_bar.show_message(lambda: _("{name} was copied to your contacts.").format(name=entry.name))
        self.session.notify_changed()
        return contact_id

    def remove_publisher(self) -> bool:
        """After a confirmation, forget the selected entry's clinic pack (a lost or stolen key, a clinic not wanted)."""
        chosen = self.current()
        if chosen is None:
            return False
        publisher = chosen[1]
        if not questions.confirm(
            self,
            _("Remove {name}?").format(name=publisher.name),
            _("Its entries leave this directory. Contacts you already copied stay in your vault."),
            _("Remove"),
        ):
            return False
        remove_publisher(self.store, publisher.pack_id)
        self.message_bar.show_message(lambda: _("{name} was removed.").format(name=publisher.name))
        self.refresh()
        return True

    def _show_details(self) -> None:
        chosen = self.current()
        self.copy_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        if chosen is None:
            self.details.setText("")
            return
        entry, publisher = chosen
        lines = [entry.name]
        for label, value in ((_("Phone"), entry.phone), (_("Address"), entry.address), (_("Hours"), entry.hours),
                             (_("Languages"), language_names(entry.languages, language())),
                             (_("Web address"), entry.url), (_("Notes"), entry.notes)):
            if value:
                lines.append(f"{label}: {value}")
        lines.append(_("Published by {name}, key fingerprint {fingerprint}").format(
            name=publisher.name, fingerprint=publisher.fingerprint))
        self.details.setText("\n".join(lines))
