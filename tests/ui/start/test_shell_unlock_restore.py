"""Restoring from the unlock screen: the newest sound backup when the database is damaged, and a copy
saved elsewhere (a USB drive) as a new vault — driven through the real widgets and worker."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from domain.models import Person
from storage import Vault
from tests.ui import conftest_shell
from tests.ui.conftest_shell import PASSPHRASE
from tests.ui.start.test_shell_unlock import attempt, snapshot
from ui.shell.main_window import MainWindow

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window


def with_backup_then_damage(path: Path) -> None:
    """Two people in a backup, a third added later, then page 1 of the database zeroed."""
    with Vault.open(path, PASSPHRASE) as vault:
        vault.people.add(Person(given_names="Rosa", family_names="Prueba Inventada"))
        vault.people.add(Person(given_names="Luis", family_names="Prueba Inventada"))
        vault.backup()
        vault.people.add(Person(given_names="Ana", family_names="Prueba Inventada"))
    db = path / "vault.db"
    data = bytearray(db.read_bytes())
    data[:4096] = bytes(4096)
    db.write_bytes(bytes(data))


def test_damaged_database_offers_the_newest_backup(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                                  monkeypatch) -> None:
    with_backup_then_damage(stored_vault)
    before = snapshot(stored_vault)
    window.show_unlock()
    view = window.unlock_view
    told: list[str] = []
    monkeypatch.setattr(view, "announce", told.append)
    attempt(qtbot, window, PASSPHRASE)
    assert "damaged" in view.error_label.text() and "Restore the newest backup" in view.error_label.text()
    assert view.restore_button.isVisibleTo(view) and not view.repair_button.isVisibleTo(view)
    assert snapshot(stored_vault) == before  # nothing changes until the user asks
    with qtbot.waitSignal(view.unlocked, timeout=20_000):
        view.restore_button.click()
    assert window.session is not None
    assert window.session.vault.people.count() == 2 and window.session.vault.check() == []
    assert len(list((stored_vault / "backups").glob("damaged-*.db"))) == 1
    assert len(told) == 1 and "restored from the backup of" in told[0] and "after that backup" in told[0]


def test_restore_needs_the_right_passphrase(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    with_backup_then_damage(stored_vault)
    window.show_unlock()
    view = window.unlock_view
    attempt(qtbot, window, PASSPHRASE)
    before = snapshot(stored_vault)
    view.passphrase.edit.setText("not the passphrase")
    view.restore_button.click()
    qtbot.waitUntil(lambda: view.task is not None and not view.task.running, timeout=20_000)
    assert "passphrase does not open" in view.error_label.text() and window.session is None
    assert snapshot(stored_vault) == before


def test_no_sound_backup_says_so(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    with_backup_then_damage(stored_vault)
    for backup in (stored_vault / "backups").glob("backup-*.db"):
        backup.write_bytes(backup.read_bytes()[:5000])
    window.show_unlock()
    view = window.unlock_view
    attempt(qtbot, window, PASSPHRASE)
    view.restore_button.click()
    qtbot.waitUntil(lambda: view.task is not None and not view.task.running, timeout=20_000)
    assert "no backup that passes its checks" in view.error_label.text()
    assert not view.restore_button.isVisibleTo(view) and window.session is None


def test_a_copy_from_a_usb_drive_becomes_a_new_vault(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                                     tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "usb" / "Familia.amparo-copy"
    copy.parent.mkdir()
    with Vault.open(stored_vault, PASSPHRASE) as vault:
        vault.people.add(Person(given_names="Rosa", family_names="Prueba Inventada"))
        vault.export_copy(copy)
    window.show_unlock()
    view = window.unlock_view
    monkeypatch.setattr(view, "ask_copy_file", lambda: copy)
    assert view.restore_copy() is False  # nothing typed yet: it asks for the passphrase of the copy's day
    assert "First type the passphrase" in view.error_label.text()
    view.passphrase.edit.setText("wrong passphrase")
    assert view.restore_copy() is True
    qtbot.waitUntil(lambda: view.task is not None and not view.task.running, timeout=20_000)
    assert "passphrase does not open" in view.error_label.text()
    view.passphrase.edit.setText(PASSPHRASE)
    with qtbot.waitSignal(view.unlocked, timeout=20_000):
        view.copy_button.click()
    assert window.session is not None
    made = window.session.vault.path
    assert made.name == "Familia.amparo" and made.parent == stored_vault.parent
    assert window.session.vault.people.count() == 1
    window.lock()
    items = [view.vault_list.item(i).text() for i in range(view.vault_list.count())]
    assert "Familia" in items


def test_a_damaged_copy_is_a_clear_message(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                           tmp_path: Path, monkeypatch) -> None:
    copy = tmp_path / "Familia.amparo-copy"
    copy.write_bytes(b"PK\x03\x04 not really a zip")
    window.show_unlock()
    view = window.unlock_view
    monkeypatch.setattr(view, "ask_copy_file", lambda: copy)
    view.passphrase.edit.setText(PASSPHRASE)
    assert view.restore_copy() is True
    qtbot.waitUntil(lambda: view.task is not None and not view.task.running, timeout=20_000)
    assert "not an Amparo copy" in view.error_label.text()
    assert not (stored_vault.parent / "Familia.amparo").exists()
