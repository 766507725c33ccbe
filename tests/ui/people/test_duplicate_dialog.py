"""The side-by-side before saving a likely duplicate: what it shows, and each choice from the keyboard."""


from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from domain.models import Person
from tests.ui.conftest_views import english, spanish  # noqa: F401
from ui.people.duplicate_dialog import Choice, DuplicateDialog

TYPED = Person("María", "López", date_of_birth=date(1985, 4, 3))
STORED = Person("María", "López García", date_of_birth=date(1985, 3, 4), a_number="087654321",
                phone="+12025550143", country_of_birth="México", id=7)


def _texts(dialog: DuplicateDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


@pytest.mark.usefixtures("english")
def test_both_people_are_shown_side_by_side(qtbot) -> None:
    dialog = DuplicateDialog(TYPED, [STORED])
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    for expected in ("What you typed", "Already in the vault", "María López", "María López García",
                     "April 3, 1985", "March 4, 1985", "A-087-654-321", "(202) 555-0143", "México", "not given"):
        assert expected in texts, expected


@pytest.mark.usefixtures("spanish")
def test_the_dialog_speaks_spanish(qtbot) -> None:
    dialog = DuplicateDialog(TYPED, [STORED])
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert "Lo que usted escribió" in texts and "3 de abril de 1985" in texts
    assert dialog.new_button.text() == "Guardar como persona nueva de todos modos"


@pytest.mark.usefixtures("english")
def test_enter_and_escape_go_back_without_saving(qtbot) -> None:
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        dialog = DuplicateDialog(TYPED, [STORED])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        with qtbot.waitSignal(dialog.finished):
            qtbot.keyClick(dialog.focusWidget(), key)
        assert dialog.choice is Choice.BACK


@pytest.mark.usefixtures("english")
def test_open_and_save_anyway_are_reached_with_tab_and_space(qtbot) -> None:
    dialog = DuplicateDialog(TYPED, [STORED])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    reached = []
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert dialog.open_buttons[0] in reached and dialog.new_button in reached
    dialog.open_buttons[0].setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.open_buttons[0], Qt.Key.Key_Space)
    assert (dialog.choice, dialog.chosen_id) == (Choice.OPEN, 7)

    dialog = DuplicateDialog(TYPED, [STORED])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_button.setFocus()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.new_button, Qt.Key.Key_Space)
    assert dialog.choice is Choice.NEW


@pytest.mark.usefixtures("english")
def test_more_matches_than_fit_are_counted(qtbot) -> None:
    others = [Person("María", "López García", id=i) for i in range(1, 6)]
    dialog = DuplicateDialog(TYPED, others)
    qtbot.addWidget(dialog)
    assert len(dialog.open_buttons) == 3
    assert "Other people who look similar: 2." in _texts(dialog)
    dialog = DuplicateDialog(TYPED, others[:3], more=40)
    qtbot.addWidget(dialog)
    assert "Other people who look similar: 40." in _texts(dialog)
