"""The vault area: pages, shortcuts that defer to the views' own, the person page request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import PEOPLE, SETTINGS, TODAY, VaultArea

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window


CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def area(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> VaultArea:
    unlock(qtbot, window)
    assert window.vault_area is not None
    window.activateWindow()
    window.vault_area.nav.setFocus()
    return window.vault_area


def test_pages_follow_the_navigation(area: VaultArea) -> None:
    assert area.current_view() is area.today
    area.nav.setCurrentRow(SETTINGS)
    assert area.current_view() is area.settings
    assert [area.nav.item(i).text() for i in range(area.nav.count())] == [
        "Today", "People", "Contacts", "Rights guides", "Settings"]
    assert type(area.people).__name__ == "PeopleView"
    assert type(area.contacts).__name__ == "ContactsView"
    assert type(area.today).__name__ == "TodayView"


def test_ctrl_n_asks_the_people_screen_for_a_new_person(qtbot: QtBot, area: VaultArea,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(area.people, "new_person", lambda: calls.append("new"))
    qtbot.keyClick(area.nav, Qt.Key.Key_N, CTRL)
    assert calls == ["new"]
    assert area.current_view() is area.people


def test_ctrl_p_prints_the_current_view(qtbot: QtBot, area: VaultArea) -> None:
    calls: list[str] = []
    area.today.print_current = lambda: calls.append("print")  # type: ignore[attr-defined]
    area.show_page(TODAY)
    qtbot.keyClick(area.nav, Qt.Key.Key_P, CTRL)
    assert calls == ["print"]
    area.show_page(SETTINGS)
    assert area.print_current() is False  # nothing to print there: nothing happens


def test_ctrl_f_focuses_a_search(qtbot: QtBot, area: VaultArea) -> None:
    area.show_page(SETTINGS)
    area.nav.setFocus()
    qtbot.keyClick(area.nav, Qt.Key.Key_F, CTRL)
    assert area.current_view() is area.people
    qtbot.waitUntil(lambda: area.people.isAncestorOf(area.window().focusWidget()))


def test_open_person_shows_the_people_page(area: VaultArea) -> None:
    area.show_page(TODAY)
    area.session.open_person.emit(1)
    assert area.stack.currentIndex() == PEOPLE


def test_busy_passphrase_change_blocks_the_other_screens(area: VaultArea) -> None:
    area.settings.busy_changed.emit(True)
    assert not area.nav.isEnabled() and not area.people.isEnabled() and not area.lock_button.isEnabled()
    area.settings.busy_changed.emit(False)
    assert area.nav.isEnabled() and area.people.isEnabled()
