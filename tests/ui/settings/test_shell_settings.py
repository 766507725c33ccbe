"""The vault's settings screen against a real vault: backups listed in words with their health, restore,
the vault folder, a copy saved elsewhere, passphrase change, auto-lock."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from domain.models import Person
from storage import Vault, WrongPassphrase
from storage.backups import made_at
from tests.ui import conftest_shell
from tests.ui.conftest_shell import PASSPHRASE, unlock
from ui.settings.view import SettingsView
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import SETTINGS
from ui.wording.backup_words import when_words

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


@pytest.fixture
def chicago(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is US Central (UTC-6 in November)."""
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_back_up_now_lists_the_backup_by_date_in_words_with_its_health(
        qtbot: QtBot, window: MainWindow, stored_vault: Path, chicago: None) -> None:
    view = open_settings(qtbot, window)
    assert view.backup_list.count() == 0
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=20_000):  # off the GUI thread
        view.back_up_now()
    assert window.session is not None
    path = window.session.vault.backups()[0]
    when = when_words(made_at(path), "en")
    assert when in view.backup_status.text() and path.name not in view.backup_status.text()
    assert view.backup_list.count() == 1
    qtbot.waitUntil(lambda: "good condition" in view.backup_list.item(0).text(), timeout=20_000)
    text = view.backup_list.item(0).text()
    assert text.startswith(when) and "0 people" in text and "backup-" not in text


def test_when_words_are_local_time_in_the_language(chicago: None) -> None:
    made = datetime(2026, 11, 30, 3, 21, tzinfo=UTC)  # still Sunday evening in Chicago
    assert when_words(made, "en") == "Sunday, November 29, 2026, 9:21\u202fPM"
    assert when_words(made, "es") == "domingo, 29 de noviembre de 2026, 9:21\u202fp.m."
    assert when_words(None, "es") == "fecha desconocida"


def test_a_damaged_backup_is_listed_as_damaged_and_cannot_be_restored(
        qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    view = open_settings(qtbot, window)
    assert window.session is not None
    vault = window.session.vault
    vault.people.add(Person(given_names="Rosa", family_names="Prueba Inventada"))
    good = vault.backup()
    bad = vault.backup()
    data = bytearray(bad.read_bytes())
    data[5000:5016] = bytes(16)
    bad.write_bytes(bytes(data))
    view.refresh()
    qtbot.waitUntil(lambda: all("checking" not in view.backup_list.item(i).text() for i in range(2)),
                    timeout=20_000)
    assert "damaged" in view.backup_list.item(0).text()
    assert "good condition · 1 person" in view.backup_list.item(1).text()
    view.backup_list.setCurrentRow(0)
    assert not view.restore_button.isEnabled()
    assert view.restore_selected() is False
    view.backup_list.setCurrentRow(1)
    assert view.restore_button.isEnabled()
    assert view.selected_health() is not None and view.selected_health().path == good  # type: ignore[union-attr]


def test_the_vault_folder_is_shown_and_opened(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_settings(qtbot, window)
    assert view.folder_path.text() == str(stored_vault)
    assert view.folder_path.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.show_folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(stored_vault))]


def test_save_a_copy_writes_one_private_file_that_restores(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_settings(qtbot, window)
    assert window.session is not None
    window.session.vault.people.add(Person(given_names="Rosa", family_names="Prueba Inventada"))
    target = tmp_path / "usb" / "copia.amparo-copy"
    target.parent.mkdir()
    monkeypatch.setattr(view, "ask_copy_target", lambda: None)
    assert view.save_copy() is False
    monkeypatch.setattr(view, "ask_copy_target", lambda: target)
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=20_000):
        assert view.save_copy() is True
    assert "copia.amparo-copy" in view.backup_status.text()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    restored, _kept = Vault.restore_from_copy(target, tmp_path / "Otra.amparo", PASSPHRASE)
    with restored:
        assert restored.people.count() == 1
    missing = tmp_path / "no-such-drive" / "copia.amparo-copy"
    monkeypatch.setattr(view, "ask_copy_target", lambda: missing)
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=20_000):
        view.save_copy()
    assert "could not be saved there" in view.backup_status.text()


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
    qtbot.waitUntil(lambda: "good condition" in view.backup_list.item(0).text(), timeout=20_000)
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


