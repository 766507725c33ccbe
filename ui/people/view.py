"""People: instant search and a list that stays fast at 100,000 people.

Keystrokes are coalesced by a 0-ms single-shot timer: a burst of typed (or pasted) characters that
arrives before the event loop runs again triggers one search, never one per character, and no
fixed delay is ever added. Matching (accents, case, A-number and phone digits) is done by storage.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, ngettext
from ui.accessibility.shortcuts import add_shortcut
from ui.accessibility.text_size import scaled_font
from ui.editors.person import PersonEditor
from ui.notices import questions
from ui.notices.message_bar import MessageBar
from ui.people.model import PeopleModel
from ui.people.person_page import PersonPage
from ui.tables.table_view import setup_table


class PeopleView(QWidget):
    """Search field, the people list, and add / open / delete with undo."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = PeopleModel(session.vault, self)
        self.title = QLabel(self)
        self.title.setFont(scaled_font(self.title, 1.4, bold=True))
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(self)
        self.search_label.setBuddy(self.search)
        self.view = QTableView(self)
        setup_table(self.view, "")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (PeopleModel.A_NUMBER, PeopleModel.BIRTH, PeopleModel.PHONE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, 190)
        self.status = QLabel(self)
        self.status.setAccessibleName("")
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.send_button = QPushButton(self)
        self.receive_button = QPushButton(self)
        self.spreadsheet_button = QPushButton(self)
        self.calendar_button = QPushButton(self)
        self.message_bar = MessageBar(self)
        # Several people can be chosen at once for a transfer file or a calendar.
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.spreadsheet_button)
        top.addWidget(self.receive_button)
        top.addWidget(self.new_button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.calendar_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        self.list_page = QWidget(self)
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(search_row)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        # The person page lives in this view, so "back" returns to the list as it was left.
        self.person_container = QWidget(self)
        self.back_button = QPushButton(self.person_container)
        self.person_page = PersonPage(session, None, self.person_container)
        person_layout = QVBoxLayout(self.person_container)
        person_layout.setContentsMargins(0, 0, 0, 0)
        back_row = QHBoxLayout()
        back_row.addWidget(self.back_button)
        back_row.addStretch(1)
        person_layout.addLayout(back_row)
        person_layout.addWidget(self.person_page, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_page)
        self.stack.addWidget(self.person_container)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self.setTabOrder(self.search, self.view)
        self.setTabOrder(self.view, self.open_button)
        self.setTabOrder(self.open_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.send_button)
        self.setTabOrder(self.send_button, self.calendar_button)
        self.setTabOrder(self.calendar_button, self.new_button)
        self.setTabOrder(self.new_button, self.spreadsheet_button)
        self.setTabOrder(self.spreadsheet_button, self.receive_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        # Down arrow from the search field goes to the list, as in any search box.
        add_shortcut(self.search, QKeySequence(Qt.Key.Key_Down), self._focus_list)
        self.search.returnPressed.connect(self._open_first)
        self.view.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.new_person)
        self.open_button.clicked.connect(self.open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.send_button.clicked.connect(self.send_selected)
        self.receive_button.clicked.connect(self.receive)
        self.spreadsheet_button.clicked.connect(self.from_spreadsheet)
        self.calendar_button.clicked.connect(self.calendar_for_selected)
        add_shortcut(self.view, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current)
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.Find), self.focus_search)
        add_shortcut(self, QKeySequence(QKeySequence.StandardKey.New), self.new_person)
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        session.data_changed.connect(self.refresh)
        session.open_person.connect(self.show_person)
        self.back_button.clicked.connect(self.show_list)
        add_shortcut(self.person_container, QKeySequence(QKeySequence.StandardKey.Back), self.show_list)
        add_shortcut(self.person_container, QKeySequence(Qt.Key.Key_Escape), self.show_list)
        self.person_page.person_deleted.connect(self._person_deleted)

        self.retranslate()
        self.model.set_search("")

    # --- public -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(_("People"))
        self.search_label.setText(_("&Search:"))
        self.search.setPlaceholderText(_("Name, A-number or phone"))
        self.search.setAccessibleName(_("Search people by name, A-number or phone"))
        self.view.setAccessibleName(_("People"))
        self.new_button.setText(_("&New person…"))
        self.new_button.setAccessibleName(_("New person"))
        self.open_button.setText(_("&Open"))
        self.open_button.setAccessibleName(_("Open the selected person"))
        self.delete_button.setText(_("&Delete…"))
        self.delete_button.setAccessibleName(_("Delete the selected person"))
        self.send_button.setText(_("Send to another &vault…"))
        self.send_button.setAccessibleName(_("Write people to an encrypted transfer file"))
        self.receive_button.setText(_("Add from a &transfer file…"))
        self.receive_button.setAccessibleName(_("Import people from a transfer file"))
        self.spreadsheet_button.setText(_("From a &spreadsheet…"))
        self.spreadsheet_button.setAccessibleName(_("Add people from a spreadsheet (.csv or .xlsx)"))
        self.calendar_button.setText(_("&Calendar file…"))
        self.calendar_button.setAccessibleName(_("Save the selected people's appointments as a calendar file"))
        self.back_button.setText(_("← &Back to the list"))
        self.back_button.setAccessibleName(_("Back to the list of people"))
        self.message_bar.retranslate()
        self.person_page.retranslate()
        self.model.retranslate()
        self._update_status()

    def refresh(self) -> None:
        """Re-read the list keeping the search, the scroll position and the selected person."""
        if not self.session.is_open:
            return
        current = self.current_person_id()
        self.model.refresh()
        if current is not None:
            self._select_person(current)

    def show_person(self, person_id: int) -> None:
        """Show one person's page (the answer to `session.open_person`)."""
        self.person_page.set_person(person_id)
        self.stack.setCurrentWidget(self.person_container)
        self.person_page.edit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_list(self) -> None:
        person_id = self.person_page.person_id
        self.stack.setCurrentWidget(self.list_page)
        if person_id is not None:
            self._select_person(person_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.show_list()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_search_text(self, text: str) -> None:
        """Type into the search field (also used by tests and the benchmark)."""
        self.search.setText(text)

    def new_person(self) -> None:
        editor = PersonEditor(self.session, None, self)
        if editor.exec() and editor.saved_id is not None:
            self.session.open_person.emit(editor.saved_id)

    def selected_person_ids(self) -> list[int]:
        """The people chosen in the list (several with Ctrl or Shift), in list order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [pid for pid in (self.model.person_id(row) for row in rows) if pid is not None]

    def send_selected(self) -> None:
        from ui.handoff.send_dialog import SendDialog

        # With nobody chosen the dialog still offers "everything changed since the last transfer".
        SendDialog(self.session, self.selected_person_ids(), self).exec()

    def receive(self) -> None:
        from ui.handoff.receive_dialog import ReceiveDialog

        ReceiveDialog(self.session, self).exec()

    def from_spreadsheet(self) -> None:
        from ui.handoff.spreadsheet_dialog import SpreadsheetDialog

        SpreadsheetDialog(self.session, self).exec()

    def calendar_for_selected(self) -> None:
        from ui.handoff.calendar_dialog import CalendarDialog

        chosen = self.selected_person_ids()
        if chosen:
            CalendarDialog(self.session, chosen, self).exec()

    def current_person_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.person_id(index.row())

    def open_current(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.session.open_person.emit(person_id)

    def delete_current(self) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            return
        person = self.session.vault.people.get(person_id)
        if person is None:
            return
        name = person.display_name
        if not questions.confirm(
            self, _("Delete {name}?").format(name=name),
            _("Their cases, dates, documents and family plan are deleted too. "
              "You can undo this right after."),
            _("Delete"),
        ):
            return
        deleted = self.session.vault.people.delete(person_id)

        def undo() -> None:
            self.session.vault.people.restore(deleted)
            self.session.notify_changed()
            self._select_person(person_id)

        self.message_bar.show_message(lambda: _("{name} was deleted.").format(name=name), undo)
        self.session.notify_changed()

    def _person_deleted(self, person_id: int, name: str) -> None:
        """Deleted from the person page: back to the list, with the undo offered there."""
        page = self.person_page

        def undo() -> None:
            page.undo_delete()
            self.show_person(person_id)

        page.message_bar.dismiss()
        self.message_bar.show_message(lambda: _("{name} was deleted.").format(name=name), undo)
        self.show_list()

    # --- private ----------------------------------------------------------------------------

    def _run_search(self) -> None:
        self.model.set_search(self.search.text().strip())
        if self.model.rowCount() > 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _open_first(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._run_search()
        if self.model.rowCount() > 0:
            row = max(self.view.currentIndex().row(), 0)
            person_id = self.model.person_id(row)
            if person_id is not None:
                self.session.open_person.emit(person_id)

    def _open_index(self, index: QModelIndex) -> None:
        person_id = self.model.person_id(index.row())
        if person_id is not None:
            self.session.open_person.emit(person_id)

    def _update_buttons(self) -> None:
        has = self.current_person_id() is not None
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        chosen = bool(self.view.selectionModel().selectedRows())
        self.calendar_button.setEnabled(chosen)

    def _update_status(self) -> None:
        shown = self.model.rowCount()
        if self.model.canFetchMore(QModelIndex()):
            text = _("Showing the first {count} — scroll for more").format(count=shown)
        else:
            text = ngettext("{count} person", "{count} people", shown).format(count=shown)
        self.status.setText(text)
