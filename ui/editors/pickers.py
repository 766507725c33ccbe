"""Choose a person or a contact from a searchable list, optionally with their role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _
from ui.tables.table_view import setup_table


class PickerDialog(QDialog):
    """Choose one row of a searchable model (people or contacts), optionally with a role."""

    def __init__(self, model: Any, search: Callable[[str], None], title: str, with_role: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amparo")
        self.model = model
        self._search = search
        heading = QLabel(title, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search"))
        self.search.setAccessibleName(_("Search"))
        self.view = QTableView(self)
        setup_table(self.view, title)
        self.view.setModel(model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.role = QLineEdit(self)
        self.role.setAccessibleName(_("Role"))
        self.role.setPlaceholderText(_("For example: attorney of record, caregiver"))
        form = QFormLayout()
        if with_role:
            role_label = QLabel(_("Role"), self)
            role_label.setBuddy(self.role)
            form.addRow(role_label, self.role)
        else:
            self.role.hide()
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(_("Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(_("Choose"))
        cancel = buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self._choose)
        cancel.clicked.connect(self.reject)
        self.view.activated.connect(lambda _i: self._choose())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self.chosen_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(lambda: search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        search("")

    def _choose(self) -> None:
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid():
            return
        self.chosen_id = self.model.data(self.model.index(index.row(), 0), self.model.IdRole)
        self.accept()

    @property
    def role_text(self) -> str:
        return self.role.text().strip()


def pick_person(session: Any, parent: QWidget | None, title: str, with_role: bool = False) -> PickerDialog:
    from ui.people.model import PeopleModel

    model = PeopleModel(session.vault)
    dialog = PickerDialog(model, model.set_search, title, with_role, parent)
    model.setParent(dialog)
    return dialog


def pick_contact(session: Any, parent: QWidget | None, title: str, with_role: bool = True) -> PickerDialog:
    from ui.contacts.model import ContactsModel

    model = ContactsModel(session.vault)
    dialog = PickerDialog(model, lambda text: model.set_filter(text, None), title, with_role, parent)
    model.setParent(dialog)
    return dialog
