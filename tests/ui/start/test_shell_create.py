"""Creating a vault through the dialog: checks, the busy page, the recovery key, then the vault area."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from storage import Vault
from tests.ui import conftest_shell
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import VaultArea
from ui.start.create_vault import CreateVaultDialog, name_problem
from ui.start.recovery_sheet import recovery_key_html

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
window = conftest_shell.window

GOOD = "la luna sale tarde hoy"


def fill(dialog: CreateVaultDialog, name: str, first: str, second: str | None = None) -> None:
    dialog.name_edit.setText(name)
    dialog.passphrase.edit.setText(first)
    dialog.repeat.edit.setText(first if second is None else second)


def test_create_through_the_dialog_opens_the_new_vault(qtbot: QtBot, window: MainWindow) -> None:
    window.start_screen.create_button.click()
    dialog = window.create_dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, "Notas 2026", GOOD)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.KEY, timeout=20_000)
    key = dialog.key_label.text()
    assert len(key) >= 20
    # The recovery key must be confirmed: Continue stays disabled and Escape does not close the dialog.
    assert not dialog.continue_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    dialog.stored_check.setChecked(True)
    dialog.continue_button.click()
    assert isinstance(window.stack.currentWidget(), VaultArea)
    assert window.session is not None
    path = window.prefs.vaults_dir / "Notas 2026.amparo"
    assert window.session.vault.path == path
    assert dialog.recovery_key == "" and dialog.key_label.text() == ""
    window.lock()
    Vault.open_with_recovery_key(path, key).close()
    Vault.open(path, GOOD).close()


def test_weak_mismatched_and_bad_names_are_refused(qtbot: QtBot, window: MainWindow) -> None:
    window.show_create()
    dialog = window.create_dialog
    assert dialog is not None
    for name, first, second, expected in [
        ("", GOOD, GOOD, "Please type a name"),
        ("a/b", GOOD, GOOD, "only letters"),
        ("Notas", "", "", "Please type a passphrase"),
        ("Notas", "password123", "password123", "too easy to guess"),
        ("Notas", GOOD, GOOD + "x", "not the same"),
    ]:
        fill(dialog, name, first, second)
        dialog.create_button.click()
        assert dialog.pages.currentIndex() == dialog.FORM
        assert expected in dialog.error_label.text(), (name, dialog.error_label.text())
    assert not window.prefs.vaults_dir.exists() or not any(window.prefs.vaults_dir.iterdir())
    dialog.reject()
    assert not dialog.isVisible()


def test_existing_name_is_refused(window: MainWindow) -> None:
    folder = window.prefs.ensure_vaults_dir()
    (folder / "Notas.amparo").mkdir()
    assert name_problem("Notas", folder) is not None
    assert name_problem(" Otra ", folder) is None


def test_strength_meter_follows_typing(window: MainWindow) -> None:
    window.show_create()
    dialog = window.create_dialog
    assert dialog is not None
    dialog.passphrase.edit.setText("abc")
    assert dialog.meter.label.text() == "Strength: Very weak"
    dialog.passphrase.edit.setText(GOOD)
    assert dialog.meter.label.text() == "Strength: Strong"
    dialog.reject()


def test_recovery_key_page_escapes_the_key() -> None:
    page = recovery_key_html("<img src=x>")
    assert "<img" not in page and "&lt;img" in page


def test_name_warning_is_shown(window: MainWindow) -> None:
    window.show_create()
    dialog = window.create_dialog
    assert dialog is not None
    assert "can see this name" in dialog.name_hint.text()
    dialog.reject()


def test_vault_folder_is_private(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = window.prefs.ensure_vaults_dir()
    assert folder.stat().st_mode & 0o777 == 0o700
