"""Before a new person is saved: the likely matches already in the vault, side by side with what was typed."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.models import Person
from ui.wording.formatting import a_number_display, date_long, phone_display

# More columns would not fit a laptop screen at 150% text; the rest are counted in words.
SHOWN = 3


class Choice(Enum):
    """What the user decided."""

    BACK = "back"  # keep editing; nothing saved
    OPEN = "open"  # show the person already in the vault; nothing saved
    NEW = "new"  # save the typed person as a new person


def _cells(person: Person) -> list[str]:
    lang = language()
    return [
        person.display_name,
        date_long(person.date_of_birth, lang) or _("not given"),
        a_number_display(person.a_number) if person.a_number else _("not given"),
        phone_display(person.phone) if person.phone else _("not given"),
        person.country_of_birth or _("not given"),
    ]


class DuplicateDialog(QDialog):
    """The typed person beside each likely match, with Open / Save anyway / Go back.

    "Go back" is the default and Escape, so a hurried Enter saves nothing twice.
    """

    def __init__(self, typed: Person, matches: list[Person], parent: QWidget | None = None, more: int = 0) -> None:
        super().__init__(parent)
        self.choice = Choice.BACK
        self.chosen_id: int | None = None
        self.open_buttons: list[QPushButton] = []
        self.setWindowTitle("Amparo")
        layout = QVBoxLayout(self)
        heading = QLabel(_("This person may already be in the vault"), self)
        heading.setObjectName("heading")
        heading.setStyleSheet("font-weight: bold; font-size: 120%;")
        explain = QLabel(_("Compare what you typed with the person already saved. Names are compared "
                           "without accents, and a birth date with day and month swapped counts as the same."), self)
        explain.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(explain)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        labels = [_("Name"), _("Date of birth"), _("A-number"), _("Phone"), _("Country of birth")]
        shown = matches[:SHOWN]
        more += len(matches) - len(shown)
        columns = [(_("What you typed"), typed), *((_("Already in the vault"), m) for m in shown)]
        for col, (title, person) in enumerate(columns, start=1):
            header = QLabel(title, self)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, col)
            for row, (label, value) in enumerate(zip(labels, _cells(person), strict=True), start=1):
                cell = QLabel(value, self)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAccessibleName(f"{title}: {label}")
                grid.addWidget(cell, row, col)
            if col > 1:
                button = QPushButton(_("Open the existing person"), self)
                button.setAccessibleName(_("Open the existing person") + ": " + person.display_name)
                button.clicked.connect(lambda _c=False, pid=person.id: self._open(pid))
                grid.addWidget(button, len(labels) + 1, col)
                self.open_buttons.append(button)
        for row, label in enumerate(labels, start=1):
            name = QLabel(label, self)
            name.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(name, row, 0)
        layout.addLayout(grid)
        if more:
            layout.addWidget(QLabel(_("Other people who look similar: {count}.").format(count=more), self))

        buttons = QHBoxLayout()
        self.new_button = QPushButton(_("Save as a new person anyway"), self)
        self.back_button = QPushButton(_("Go back"), self)
        self.new_button.clicked.connect(self._new)
        self.back_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.back_button)
        layout.addLayout(buttons)
        for button in (*self.open_buttons, self.new_button):
            button.setAutoDefault(False)
        self.back_button.setDefault(True)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setAccessibleName(heading.text())

    def _open(self, person_id: int | None) -> None:
        self.choice, self.chosen_id = Choice.OPEN, person_id
        self.accept()

    def _new(self) -> None:
        self.choice = Choice.NEW
        self.accept()


def ask(parent: QWidget | None, typed: Person, matches: list[Person], more: int = 0) -> tuple[Choice, int | None]:
    """Show the dialog and wait; returns the choice and, for Open, the existing person's id.

    `matches` are the likely matches to show (the most likely first), `more` how many others there are.

    Tests replace this function (the person editor looks it up on the module at call time).
    """
    dialog = DuplicateDialog(typed, matches, parent, more)
    dialog.exec()
    return dialog.choice, dialog.chosen_id
