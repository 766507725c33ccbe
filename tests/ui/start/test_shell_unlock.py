"""The unlock screen against real vaults: success, the three expected failures, the recovery key."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from storage import Vault
from tests.ui import conftest_shell
from tests.ui.conftest_shell import PASSPHRASE, VAULT_NAME, unlock
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import VaultArea

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window



def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def attempt(qtbot: QtBot, win: MainWindow, secret: str) -> None:
    view = win.unlock_view
    (view.recovery_edit if view.recovery_mode else view.passphrase.edit).setText(secret)
    view.unlock_button.click()
    qtbot.waitUntil(lambda: view.task is not None and not view.task.running, timeout=20_000)


def test_vault_list_shows_names_only(window: MainWindow, stored_vault: Path) -> None:
    window.show_unlock()
    items = [window.unlock_view.vault_list.item(i).text() for i in range(window.unlock_view.vault_list.count())]
    assert items == [VAULT_NAME]
    assert window.unlock_view.selected_path() == stored_vault


def test_unlock_opens_the_vault_area(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    assert window.session is not None and window.session.vault.is_open
    assert isinstance(window.stack.currentWidget(), VaultArea)
    assert window.windowTitle() == "Amparo"
    assert window.unlock_view.passphrase.text() == ""
    # the keyboard is on Today's list at once, so Ctrl+N, Ctrl+F and the arrows work without a click
    area = window.stack.currentWidget()
    assert window.focusWidget() is area.today.view


def test_wrong_passphrase_is_a_clear_message_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    before = snapshot(stored_vault)
    window.show_unlock()
    attempt(qtbot, window, "not the passphrase at all")
    view = window.unlock_view
    assert view.error_label.isVisible()
    assert "passphrase does not open this vault" in view.error_label.text()
    assert window.session is None
    assert view.unlock_button.isEnabled()
    assert snapshot(stored_vault) == before


def test_damaged_vault_is_a_clear_message(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    db = stored_vault / "vault.db"
    db.write_bytes(db.read_bytes()[:1000])
    before = snapshot(stored_vault)
    window.show_unlock()
    attempt(qtbot, window, PASSPHRASE)
    assert "This vault is damaged" in window.unlock_view.error_label.text()
    assert not window.unlock_view.repair_button.isVisibleTo(window.unlock_view)
    assert window.session is None
    assert snapshot(stored_vault) == before


def test_damaged_key_file_offers_repair_from_the_spare(qtbot: QtBot, window: MainWindow,
                                                       stored_vault: Path) -> None:
    key = stored_vault / "vault.key"
    good = key.read_bytes()
    key.write_bytes(good[:40])
    before = snapshot(stored_vault)
    window.show_unlock()
    attempt(qtbot, window, PASSPHRASE)
    view = window.unlock_view
    assert "key file is damaged" in view.error_label.text()
    assert view.repair_button.isVisibleTo(view) and window.session is None
    assert snapshot(stored_vault) == before  # nothing changed until the user asks for the repair
    with qtbot.waitSignal(view.unlocked, timeout=20_000):
        view.repair_button.click()
    assert window.session is not None and key.read_bytes() == good


def test_vault_from_newer_amparo_is_a_clear_message(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    from storage.schema import SCHEMA_VERSION

    vault = Vault.open(stored_vault, PASSPHRASE)
    with vault.db.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    vault.close()
    before = snapshot(stored_vault)
    window.show_unlock()
    attempt(qtbot, window, PASSPHRASE)
    assert "newer version of Amparo" in window.unlock_view.error_label.text()
    assert window.session is None
    assert snapshot(stored_vault) == before


def test_missing_folder_is_a_message_not_a_crash(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.show_unlock()
    window.unlock_view.select_path(tmp_path / "Gone.amparo")
    attempt(qtbot, window, PASSPHRASE)
    assert window.unlock_view.error_label.isVisible()
    assert window.session is None


def test_recovery_key_mode_unlocks(qtbot: QtBot, window: MainWindow, prefs) -> None:
    path = prefs.ensure_vaults_dir() / "Otra.amparo"
    vault, recovery = Vault.create(path, PASSPHRASE)
    vault.close()
    window.show_unlock()
    view = window.unlock_view
    view.select_path(path)
    view.mode_button.click()
    assert view.recovery_mode and view.recovery_edit.isVisible() and not view.passphrase.isVisible()
    attempt(qtbot, window, "AAAA-BBBB")
    assert "recovery key does not open" in view.error_label.text()
    attempt(qtbot, window, recovery)
    assert window.session is not None and window.session.vault.path == path


def test_empty_passphrase_asks_for_it(window: MainWindow, stored_vault: Path) -> None:
    window.show_unlock()
    window.unlock_view.unlock_button.click()
    assert window.unlock_view.error_label.text() == "Please type the passphrase."
    assert window.unlock_view.task is None


def test_error_message_follows_a_language_switch(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    window.show_unlock()
    attempt(qtbot, window, "not the passphrase at all")
    english_text = window.unlock_view.error_label.text()
    window.set_language("es")
    try:
        assert window.unlock_view.error_label.text() != english_text
        assert "contraseña" in window.unlock_view.error_label.text()
    finally:
        window.set_language("en")
