"""Fixtures of the shell tests (start, create, unlock, lock, settings), imported explicitly by them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from content.i18n import language, set_language
from domain.clock import FakeClock
from storage import Vault
from ui.app.prefs import Prefs
from ui.shell.main_window import MainWindow

PASSPHRASE = "correct horse battery"
VAULT_NAME = "Notas 2026"


@pytest.fixture
def english() -> Iterator[None]:
    """Run in English (the source language) and put the previous language back afterwards."""
    before = language()
    set_language("en")
    yield
    set_language(before)


@pytest.fixture
def spanish() -> Iterator[None]:
    before = language()
    set_language("es")
    yield
    set_language(before)


@pytest.fixture
def prefs(tmp_path: Path) -> Prefs:
    return Prefs(config_dir=tmp_path / "config", data_dir=tmp_path / "data")


@pytest.fixture
def qt_settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Send QSettings (which Qt's file dialog writes on its own) to a temporary folder."""
    folder = tmp_path / "qtsettings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    # Point back at a throwaway folder rather than guessing the user's real one.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / "after"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "after"))


@pytest.fixture
def stored_vault(prefs: Prefs) -> Path:
    """A closed vault named VAULT_NAME in the prefs' vault folder, with passphrase PASSPHRASE."""
    path = prefs.ensure_vaults_dir() / f"{VAULT_NAME}.amparo"
    vault, _recovery = Vault.create(path, PASSPHRASE)
    vault.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, prefs: Prefs, fake_clock: FakeClock, english: None,
           qt_settings_dir: Path) -> Iterator[MainWindow]:
    win = MainWindow(prefs, clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.lock()


def unlock(qtbot: QtBot, win: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Go to the unlock screen, type the passphrase and wait for the vault area."""
    win.show_unlock()
    view = win.unlock_view
    view.passphrase.edit.setText(passphrase)
    with qtbot.waitSignal(view.unlocked, timeout=20_000):
        view.unlock_button.click()
