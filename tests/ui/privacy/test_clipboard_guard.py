"""The clipboard forgets what Amparo copied: after the set seconds (fake clock) and at every lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.privacy.clipboard_guard import DEFAULT_CLEAR_SECONDS, ClipboardGuard, parse_seconds
from ui.shell.main_window import MainWindow

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window

PHONE = "(213) 555-0143"


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)


def test_a_copy_is_cleared_after_30_seconds_on_the_fake_clock(qtbot: QtBot, fake_clock: FakeClock) -> None:
    guard = ClipboardGuard(fake_clock)
    assert guard.seconds == DEFAULT_CLEAR_SECONDS == 30
    guard.copy(PHONE)
    assert clipboard_text() == PHONE and guard.timer.isActive()
    fake_clock.advance(seconds=29)
    assert guard.check() is False
    assert clipboard_text() == PHONE
    fake_clock.advance(seconds=1)
    assert guard.check() is True
    assert clipboard_text() == ""
    assert not guard.holding and not guard.timer.isActive()


def test_the_delay_is_a_setting(qtbot: QtBot, fake_clock: FakeClock) -> None:
    guard = ClipboardGuard(fake_clock)
    guard.seconds = 10
    guard.copy("A-123-456-789")
    fake_clock.advance(seconds=10)
    assert guard.check() is True
    assert clipboard_text() == ""


def test_something_copied_later_elsewhere_is_left_alone(qtbot: QtBot, fake_clock: FakeClock) -> None:
    guard = ClipboardGuard(fake_clock)
    guard.copy(PHONE)
    # Another program takes the clipboard: the guard hears of it while Amparo has no focused window
    # (windows an earlier test left open are closed first, so the order of tests does not matter).
    for widget in QApplication.topLevelWidgets():
        widget.close()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is None)
    QGuiApplication.clipboard().setText("a recipe from the browser")
    fake_clock.advance(seconds=60)
    guard.check()
    assert guard.clear_now() is False
    assert clipboard_text() == "a recipe from the browser"


def test_parse_seconds() -> None:
    assert parse_seconds("45") == 45
    assert parse_seconds("") == 30
    assert parse_seconds("2") == 30
    assert parse_seconds("many") == 30


def test_ctrl_c_in_a_field_is_cleared_on_lock(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    area = window.vault_area
    assert area is not None
    window.activateWindow()
    field = area.people.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    field.setText(PHONE)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == PHONE
    assert window.clipboard_guard.holding
    window.lock()
    assert clipboard_text() == ""


def test_ctrl_c_is_cleared_after_the_vaults_own_delay(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                                      fake_clock: FakeClock) -> None:
    unlock(qtbot, window)
    assert window.vault_area is not None
    window.vault_area.settings.clipboard_spin.setValue(12)
    assert window.session is not None and window.session.vault.settings.get("clipboard_clear_seconds") == "12"
    window.lock()
    unlock(qtbot, window)
    assert window.clipboard_guard.seconds == 12
    window.activateWindow()
    field = window.vault_area.people.findChild(QLineEdit)  # type: ignore[union-attr]
    field.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    field.setText("A-123-456-789")
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    fake_clock.advance(seconds=11)
    assert window.clipboard_guard.check() is False
    fake_clock.advance(seconds=1)
    assert window.clipboard_guard.check() is True
    assert clipboard_text() == ""
