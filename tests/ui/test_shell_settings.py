"""The vault's settings screen against a real vault: backup, restore, passphrase change, auto-lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from domain.models import Person
from storage import Vault, WrongPassphrase
from tests.ui import conftest_shell
from tests.ui.conftest_shell import PASSPHRASE, unlock
from ui.main_window import MainWindow
from ui.settings_view import SettingsView, backup_label
from ui.vault_area import SETTINGS

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window



def open_settings(qtbot: QtBot, win: MainWindow) -> SettingsView:
    unlock(qtbot, win)
    assert win.vault_area is not None
    win.vault_area.show_page(SETTINGS)
    return win.vault_area.settings


def test_back_up_now_shows_the_backup_name(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    view = open_settings(qtbot, window)
    assert view.backup_list.count() == 0
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=20_000):  # off the GUI thread
        view.back_up_now()
    assert window.session is not None
    path = window.session.vault.backups()[0]
    assert path.name in view.backup_status.text()
    assert view.backup_list.count() == 1
    assert path.name in view.backup_list.item(0).text()


def test_restore_asks_and_brings_back_the_old_content(qtbot: QtBot, window: MainWindow,
                                                      stored_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_settings(qtbot, window)
    assert window.session is not None
    vault = window.session.vault
    vault.people.add(Person(given_names="Rosa", family_names="Prueba Inventada"))
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=20_000):
        view.back_up_now()
    vault.people.add(Person(given_names="Luis", family_names="Prueba Inventada"))
    assert vault.people.count() == 2
    view.backup_list.setCurrentRow(0)
    monkeypatch.setattr(view, "confirm_restore", lambda _label: False)
    assert view.restore_selected() is False
    assert vault.people.count() == 2
    monkeypatch.setattr(view, "confirm_restore", lambda _label: True)
    with qtbot.waitSignal(window.session.data_changed):
        assert view.restore_selected() is True
    assert window.session.vault.people.count() == 1
    assert "restored" in view.backup_status.text()


def test_change_passphrase_off_the_gui_thread(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    view = open_settings(qtbot, window)
    new = "el rio suena cuando lleva agua"
    view.new_passphrase.edit.setText(new)
    view.repeat_passphrase.edit.setText(new)
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=20_000):
        view.change_button.click()
    assert "was changed" in view.pass_status.text()
    assert view.new_passphrase.text() == ""
    assert window.vault_area is not None and window.vault_area.nav.isEnabled()
    window.lock()
    Vault.open(stored_vault, new).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(stored_vault, PASSPHRASE)


def test_weak_new_passphrase_is_refused(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    view = open_settings(qtbot, window)
    view.new_passphrase.edit.setText("1234")
    view.repeat_passphrase.edit.setText("1234")
    view.change_button.click()
    assert "too easy" in view.pass_status.text()
    assert view.task is None


def test_backup_label_reads_the_time() -> None:
    label = backup_label(Path("backup-20261122T150000000000Z.db"), "en")
    assert "2026" in label and "backup-20261122T150000000000Z.db" in label
    assert backup_label(Path("odd.db"), "en") == "odd.db"
