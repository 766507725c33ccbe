"""The contacts directory: attorneys, hotlines, congregations, consulates, bond funds, caregivers.

A details pane shows the selected contact with the date it was last verified, since a hotline number
that changed without anyone noticing is useless on the day it is needed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.models import CONTACT_CATEGORY_LABELS, ContactCategory
from storage.pack_store import PackStore
from ui.accessibility.shortcuts import add_shortcut
from ui.accessibility.text_size import scaled_font
from ui.contacts.directory import ResourceDirectory
from ui.contacts.model import ContactsModel
from ui.editors.contact import ContactEditor
from ui.editors.pickers import pick_person
from ui.notices import questions
from ui.notices.message_bar import MessageBar
from ui.tables.table_view import setup_table, share_columns
from ui.wording.formatting import date_long, days_left_words, phone_display


class ContactsView(QWidget):
    """Search and filter the directory; add, edit, delete contacts; link one to a person."""

    def __init__(self, session: Any, parent: QWidget | None = None, *, pack_store: PackStore | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ContactsModel(session.vault, self)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.4, bold=True))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.category = QComboBox(self)
        self.category_label = QLabel(self)
        self.category_label.setBuddy(self.category)
        self.view = QTableView(self)
        setup_table(self.view, "")
        self.view.setModel(self.model)
        # Phone numbers and categories are short and must never wrap or be cut (Spanish headers are
        # longer); names and organizations share what is left, with the full text in a tooltip.
        share_columns(self.view, stretch=(ContactsModel.NAME, ContactsModel.ORGANIZATION),
                      fit=(ContactsModel.CATEGORY, ContactsModel.PHONES))
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("M") * 6)

        self.details_box = QGroupBox(self)
        self.details = QFormLayout(self.details_box)
        self._detail: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "name",
            "organization",
            "category",
            "phones",
            "address",
            "hours",
            "languages",
            "verified",
            "notes",
        ):
            name, value = QLabel(self.details_box), QLabel(self.details_box)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(name, value)
            self._detail[key] = (name, value)

        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.link_button = QPushButton(self)
        self.message_bar = MessageBar(self)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(12)
        filters.addWidget(self.category_label)
        filters.addWidget(self.category, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # 3 : 2 from the start (scaled to the real width): with large fonts the details' size hint
        # would otherwise squeeze the list until names are unreadable.
        splitter.setSizes([3000, 2000])
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        mine = QWidget(self)
        mine_layout = QVBoxLayout(mine)
        mine_layout.setContentsMargins(0, 0, 0, 0)
        mine_layout.addLayout(filters)
        mine_layout.addWidget(self.message_bar)
        mine_layout.addWidget(splitter, 1)
        mine_layout.addLayout(buttons)
        # Imported clinic resources sit in their own read-only tab, so they never mix with the vault's.
        self.directory = ResourceDirectory(session, pack_store, self) if pack_store is not None else None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(mine, "")
        if self.directory is not None:
            self.tabs.addTab(self.directory, "")
        self.tabs.tabBar().setVisible(self.directory is not None)
        layout.addWidget(self.tabs, 1)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.view)
        self.setTabOrder(self.view, self.edit_button)
        self.setTabOrder(self.edit_button, self.link_button)
        self.setTabOrder(self.link_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.new_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.category.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.view.activated.connect(lambda _i: self.edit_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_details())
        self.model.modelReset.connect(self._show_details)
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.link_button.clicked.connect(self.link_current)
        add_shortcut(self.view, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current)
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.Find), self.focus_search)
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.New), self.new_contact)
        session.data_changed.connect(self.refresh)

        self.retranslate()
        self._apply_filter()

    # --- public -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = language()
        self.title.setText(_("Contacts"))
        self.search_label.setText(_("&Search:"))
        self.search.setPlaceholderText(_("Name or organization"))
        self.search.setAccessibleName(_("Search contacts"))
        self.category_label.setText(_("C&ategory:"))
        self.category.setAccessibleName(_("Category"))
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(_("All categories"), None)
        for cat in ContactCategory:
            self.category.addItem(CONTACT_CATEGORY_LABELS[cat].get(lang), cat)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))
        self.category.blockSignals(False)
        self.view.setAccessibleName(_("Contacts"))
        self.tabs.setTabText(0, _("My contacts"))
        if self.directory is not None:
            self.tabs.setTabText(1, _("Resource directory"))
            self.directory.retranslate()
        self.details_box.setTitle(_("Details"))
        labels = {
            "name": _("Name"),
            "organization": _("Organization"),
            "category": _("Category"),
            "phones": _("Phones"),
            "address": _("Address"),
            "hours": _("Hours"),
            "languages": _("Languages"),
            "verified": _("Last verified"),
            "notes": _("Notes"),
        }
        for key, (name, _value) in self._detail.items():
            name.setText(labels[key] + ":")
        self.new_button.setText(_("&New contact…"))
        self.new_button.setAccessibleName(_("New contact"))
        self.edit_button.setText(_("&Edit…"))
        self.edit_button.setAccessibleName(_("Edit the selected contact"))
        self.delete_button.setText(_("&Delete…"))
        self.delete_button.setAccessibleName(_("Delete the selected contact"))
        self.link_button.setText(_("&Link to a person…"))
        self.link_button.setAccessibleName(_("Link the selected contact to a person"))
        self.message_bar.retranslate()
        self.model.retranslate()
        self._show_details()

    def refresh(self) -> None:
        if not self.session.is_open:
            return
        current = self.current_contact_id()
        self.model.refresh()
        if current is not None:
            self._select(current)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_category(self) -> ContactCategory | None:
        data = self.category.currentData()
        return ContactCategory(data) if data else None

    def current_contact_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else None

    def new_contact(self) -> None:
        category = self.current_category() or ContactCategory.ATTORNEY
        editor = ContactEditor(self.session, None, self, category=category)
        if editor.exec() and editor.saved_id is not None:
            self._select(editor.saved_id)

    def edit_current(self) -> None:
        contact_id = self.current_contact_id()
        contact = self.session.vault.contacts.get(contact_id) if contact_id is not None else None
        if contact is not None:
            ContactEditor(self.session, contact, self).exec()

    def delete_current(self) -> None:
        contact_id = self.current_contact_id()
        contact = self.session.vault.contacts.get(contact_id) if contact_id is not None else None
        if contact is None:
            return
        if not questions.confirm(
            self,
            _("Delete {name}?").format(name=contact.name),
            _("The contact is removed from the directory and from every person it is linked to."),
            _("Delete"),
        ):
            return
        self.session.vault.contacts.delete(contact.id)
        self.message_bar.show_message(lambda: _("{name} was deleted.").format(name=contact.name))
        self.session.notify_changed()

    def link_current(self) -> None:
        contact_id = self.current_contact_id()
        if contact_id is None:
            return
        dialog = pick_person(self.session, self, _("Link to a person"), with_role=True)
        if dialog.exec() and dialog.chosen_id is not None:
            self.session.vault.contacts.link(dialog.chosen_id, contact_id, dialog.role_text)
            self.session.notify_changed()

    # --- private ----------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text().strip(), self.current_category())
        if self.model.rowCount() > 0:
            self._select(self.model.contact_id(0))

    def _select(self, contact_id: int | None) -> None:
        row = self.model.row_of(contact_id) if contact_id is not None else None
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_details(self) -> None:
        contact_id = self.current_contact_id()
        contact = (
            self.session.vault.contacts.get(contact_id) if (contact_id and self.session.is_open) else None
        )
        has = contact is not None
        for button in (self.edit_button, self.delete_button, self.link_button):
            button.setEnabled(has)
        if contact is None:
            for _name, value in self._detail.values():
                value.setText("")
            return
        lang = language()
        verified = "—"
        if contact.last_verified is not None:
            verified = (
                date_long(contact.last_verified, lang)
                + " · "
                + days_left_words((contact.last_verified - self.session.clock.today()).days, lang)
            )
        values = {
            "name": contact.name,
            "organization": contact.organization or "—",
            "category": CONTACT_CATEGORY_LABELS[contact.category].get(lang),
            "phones": "\n".join(phone_display(p) for p in contact.phones) or "—",
            "address": contact.address or "—",
            "hours": contact.hours or "—",
            "languages": contact.languages or "—",
            "verified": verified,
            "notes": contact.notes or "—",
        }
        for key, (_name, value) in self._detail.items():
            value.setText(values[key])
