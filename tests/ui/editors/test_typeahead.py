"""Keys typed while an editor is still opening land in its first field (issue #9 item 6)."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from storage import Vault
from tests.ui.conftest_views import add_person, english, session, spanish  # noqa: F401
from ui.editors.person import PersonEditor
from ui.shell.session import Session


@pytest.fixture
def behind(qtbot) -> tuple[QWidget, QLineEdit, QPushButton]:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    search = QLineEdit(window)
    button = QPushButton("Delete", window)
    layout = QVBoxLayout(window)
    layout.addWidget(search)
    layout.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    return window, search, button


@pytest.mark.usefixtures("english")
def test_keys_aimed_at_the_window_behind_go_into_the_first_field(qtbot, session: Session, behind) -> None:  # type: ignore[no-untyped-def]
    window, search, button = behind
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    editor = PersonEditor(session, None, window)
    seen: list[str] = []

    def while_open() -> None:
        # What X does before the window manager activates the editor: keys go to the old window.
        qtbot.keyClicks(search, "Ana")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen.append(editor.given.text())
        seen.append(search.text())
        editor.reject()

    QTimer.singleShot(0, while_open)
    assert editor.exec() == 0
    assert seen == ["Ana", ""]
    assert clicked == []  # the window behind takes no clicks while the editor is open


@pytest.mark.usefixtures("english")
def test_save_returns_accepted_and_the_window_behind_works_again(qtbot, session: Session, vault: Vault,
                                                                 behind) -> None:  # type: ignore[no-untyped-def]
    window, search, _button = behind
    editor = PersonEditor(session, None, window)

    def fill_and_save() -> None:
        qtbot.keyClicks(editor.given, "Ana")
        qtbot.keyClicks(editor.family, "Prueba")
        editor.save()

    QTimer.singleShot(0, fill_and_save)
    assert editor.exec() == 1 and editor.saved_id is not None
    qtbot.keyClicks(search, "x")
    assert search.text() == "x" and vault.people.count() == 1


@pytest.mark.usefixtures("english")
def test_an_editor_deleted_while_open_ends_the_run(qtbot, session: Session, vault: Vault, behind) -> None:  # type: ignore[no-untyped-def]
    window, _search, _button = behind
    pid = add_person(vault, "Ana", "Prueba")
    editor = PersonEditor(session, vault.people.get(pid), window)
    QTimer.singleShot(0, editor.deleteLater)  # as when the window locks and drops the page
    assert editor.exec() == 0
