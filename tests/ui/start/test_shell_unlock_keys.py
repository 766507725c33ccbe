"""The unlock screen and the vault's keys: a folder that is no vault, a vault busy elsewhere, read-only
media, repair offered only where a vault database exists, and re-encryption from Settings."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from content.i18n import set_language
from domain.models import Person
from storage import Vault, VaultDamaged, WrongPassphrase, writer_lock
from tests.ui import conftest_shell
from tests.ui.conftest_shell import PASSPHRASE, VAULT_NAME, unlock
from tests.ui.start.test_shell_unlock import attempt, snapshot
from ui.settings.new_recovery_key import NewRecoveryKeyDialog
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import SETTINGS

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window


def names(win: MainWindow) -> list[str]:
    view = win.unlock_view
    return [view.vault_list.item(row).text() for row in range(view.vault_list.count())]


def test_a_folder_that_is_no_vault_is_refused_plainly(window: MainWindow, stored_vault: Path,
                                                      tmp_path: Path) -> None:
    photos = tmp_path / "Fotos"
    photos.mkdir()
    (photos / "playa.jpg").write_bytes(b"\xff\xd8")
    window.show_unlock()
    view = window.unlock_view
    assert view.add_other(photos) is False
    assert "“Fotos” is not an Amparo vault" in view.error_label.text()
    assert view.error_label.isVisible() and not view.repair_button.isVisible()
    assert names(window) == [VAULT_NAME]  # not added to the list
    assert sorted(p.name for p in photos.iterdir()) == ["playa.jpg"]


def test_spanish_not_a_vault_message(window: MainWindow, tmp_path: Path) -> None:
    set_language("es")
    window.retranslate()
    window.show_unlock()
    assert window.unlock_view.add_other(tmp_path) is False
    assert "no es una bóveda de Amparo" in window.unlock_view.error_label.text()


def test_a_wrong_entry_says_so_offers_no_repair_and_can_be_removed(qtbot: QtBot, window: MainWindow,
                                                                   stored_vault: Path, tmp_path: Path) -> None:
    gone = tmp_path / "USB" / "Familia.amparo"
    window.show_unlock()
    view = window.unlock_view
    view.select_path(gone)
    assert names(window) == [VAULT_NAME, "Familia"]
    attempt(qtbot, window, PASSPHRASE)
    assert "cannot find this vault folder" in view.error_label.text()
    assert not view.repair_button.isVisible() and view.remove_button.isVisible()
    view.remove_button.click()
    assert names(window) == [VAULT_NAME] and not view.error_label.isVisible()
    # The Delete key on the list does the same, and the entry stays away when the list is rebuilt.
    view.vault_list.setCurrentRow(0)
    view.vault_list.setFocus()
    qtbot.keyClick(view.vault_list, Qt.Key.Key_Delete)
    assert names(window) == []
    view.reload()
    assert names(window) == []


def test_repair_is_offered_only_where_the_database_is(qtbot: QtBot, window: MainWindow,
                                                      stored_vault: Path) -> None:
    (stored_vault / "vault.key").unlink()
    window.show_unlock()
    attempt(qtbot, window, PASSPHRASE)
    assert window.unlock_view.repair_button.isVisible()
    (stored_vault / "vault.db").unlink()
    (stored_vault / "vault.key").write_bytes(b"{")
    attempt(qtbot, window, PASSPHRASE)
    assert "damaged" in window.unlock_view.error_label.text()
    assert not window.unlock_view.repair_button.isVisible()


def test_a_vault_open_elsewhere_is_busy(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    with Vault.open(stored_vault, PASSPHRASE):
        window.show_unlock()
        attempt(qtbot, window, PASSPHRASE)
        assert "already open in another Amparo window" in window.unlock_view.error_label.text()
        assert window.session is None
    unlock(qtbot, window)
    assert window.session is not None


def test_read_only_media_open_for_reading_and_say_so(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == writer_lock.LOCK_NAME:
            raise OSError(errno.EROFS, "Read-only file system")
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(writer_lock.os, "open", refuse)
    before = snapshot(stored_vault)
    unlock(qtbot, window)
    box = window.unlock_view.read_only_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "opened it for reading only" in box.text()
    assert window.session is not None and window.session.vault.read_only
    box.accept()
    window.lock()
    assert snapshot(stored_vault) == before


def test_settings_explain_and_offer_re_encryption(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    assert window.vault_area is not None and window.session is not None
    window.session.vault.people.add(Person("Ana", "Ruiz Soto"))
    window.vault_area.show_page(SETTINGS)
    view = window.vault_area.settings
    old_key_file = (stored_vault / "vault.key").read_bytes()
    assert "old copy of the vault folder" in view.reencrypt_help.text()
    new = "el rio suena cuando lleva agua"
    view.new_passphrase.edit.setText(new)
    view.repeat_passphrase.edit.setText(new)
    view.reencrypt_check.setChecked(True)
    with qtbot.waitSignals([view.busy_changed, view.busy_changed], timeout=30_000):
        view.change_button.click()
    assert "re-encrypted" in view.pass_status.text()
    dialog = view.recovery_dialog
    assert isinstance(dialog, NewRecoveryKeyDialog)
    qtbot.waitUntil(dialog.isVisible)
    recovery = dialog.key_label.text()
    assert len(recovery) == 47 and not dialog.close_button.isEnabled()
    dialog.reject()  # Escape does not close it before the key is stored
    assert dialog.isVisible()
    dialog.stored_check.setChecked(True)
    dialog.close_button.click()
    assert not dialog.isVisible() and dialog.key == ""
    # The open vault goes on working after its file was replaced.
    assert window.session.vault.people.count() == 1
    window.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(stored_vault, PASSPHRASE)
    Vault.open_with_recovery_key(stored_vault, recovery).close()
    (stored_vault / "vault.key").write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        Vault.open(stored_vault, PASSPHRASE)


def test_settings_of_a_read_only_vault_offer_no_passphrase_change(
    qtbot: QtBot, window: MainWindow, stored_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == writer_lock.LOCK_NAME:
            raise OSError(errno.EROFS, "Read-only file system")
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(writer_lock.os, "open", refuse)
    unlock(qtbot, window)
    box = window.unlock_view.read_only_box
    assert box is not None
    box.accept()
    assert window.vault_area is not None
    window.vault_area.show_page(SETTINGS)
    view = window.vault_area.settings
    assert not view.change_button.isEnabled() and not view.reencrypt_check.isEnabled()
    assert "opened for reading only" in view.pass_status.text()
