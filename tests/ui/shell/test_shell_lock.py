"""Locking by Ctrl+L, by the Lock button, by idle time (FakeClock) and on suspend; and unlocking again."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.shell.lock import IdleLock, parse_minutes
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import VaultArea
from ui.start.unlock_view import UnlockView

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault
window = conftest_shell.window



def assert_locked(qtbot: QtBot, win: MainWindow, area: VaultArea, views: list[QWidget]) -> None:
    assert win.session is None
    assert win.vault_area is None
    assert isinstance(win.stack.currentWidget(), UnlockView)
    assert win.findChildren(VaultArea) == []
    assert all(win.stack.widget(i) is not area for i in range(win.stack.count()))
    # deleteLater runs on the next event-loop turn: then the C++ widgets are gone for good.
    qtbot.waitUntil(lambda: not shiboken6.isValid(area))
    assert not any(shiboken6.isValid(v) for v in views)


def test_ctrl_l_locks_and_unlock_works_again(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    session = window.session
    assert session is not None
    vault = session.vault
    area = window.vault_area
    assert area is not None
    views = list(area.views)
    window.activateWindow()
    area.nav.setFocus()
    qtbot.keyClick(area.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(qtbot, window, area, views)
    assert not session.is_open and not vault.is_open
    assert window.unlock_view.selected_path() == stored_vault
    unlock(qtbot, window)
    assert window.session is not None and window.session.vault.is_open


def test_lock_button_locks(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    area = window.vault_area
    assert area is not None
    views = list(area.views)
    area.lock_button.click()
    assert_locked(qtbot, window, area, views)


def test_idle_time_locks(qtbot: QtBot, window: MainWindow, stored_vault: Path, fake_clock: FakeClock) -> None:
    unlock(qtbot, window)
    area = window.vault_area
    assert area is not None and window.idle_lock.minutes == 5
    views = list(area.views)
    fake_clock.advance(minutes=4, seconds=59)
    assert window.idle_lock.check() is False
    # Input resets the idle time.
    qtbot.keyClick(area.nav, Qt.Key.Key_Down)
    fake_clock.advance(minutes=4)
    assert window.idle_lock.check() is False
    assert window.session is not None
    fake_clock.advance(minutes=1, seconds=1)
    assert window.idle_lock.check() is True
    assert_locked(qtbot, window, area, views)
    assert window.idle_lock.check() is False  # stopped while locked
    assert not window.idle_lock.timer.isActive()


def test_idle_minutes_come_from_the_vault(qtbot: QtBot, window: MainWindow, stored_vault: Path,
                                          fake_clock: FakeClock) -> None:
    unlock(qtbot, window)
    assert window.session is not None and window.vault_area is not None
    window.vault_area.settings.autolock_spin.setValue(2)
    assert window.session.vault.settings.get("autolock_minutes") == "2"
    assert window.idle_lock.minutes == 2
    window.lock()
    unlock(qtbot, window)
    assert window.idle_lock.minutes == 2
    fake_clock.advance(minutes=2)
    assert window.idle_lock.check() is True
    assert window.session is None


def test_suspend_locks(qtbot: QtBot, window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, window)
    window.idle_lock._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert window.session is None


def test_parse_minutes() -> None:
    assert parse_minutes("7") == 7
    assert parse_minutes("") == 5
    assert parse_minutes("0") == 5
    assert parse_minutes("abc") == 5


def test_idle_lock_counts_input_events(qtbot: QtBot, fake_clock: FakeClock) -> None:
    lock = IdleLock(fake_clock)
    widget = QWidget()
    qtbot.addWidget(widget)
    lock.set_minutes(1)
    lock.start()
    fake_clock.advance(seconds=50)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert lock.last_input == fake_clock.now()
    fake_clock.advance(seconds=50)
    with qtbot.assertNotEmitted(lock.lock_requested):
        lock.check()
    fake_clock.advance(seconds=10)
    with qtbot.waitSignal(lock.lock_requested):
        lock.check()
    lock.stop()
    QApplication.instance().removeEventFilter(lock)
