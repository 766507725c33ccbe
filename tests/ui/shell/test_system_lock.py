"""Locking with the computer: D-Bus signals on a private bus, Windows messages through the same filter.

A private `dbus-daemon` (what `dbus-run-session` starts) stands in for both the system and the session
bus; the signals are sent from a second connection, as logind or a screensaver would send them.
"""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant, QDBusVirtualObject
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QTableView, QToolTip
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.app.prefs import Prefs
from ui.printing.actions import preview_pdf
from ui.shell.main_window import MainWindow
from ui.shell.system_lock import Reason, SystemLockListener
from ui.shell.system_lock.freedesktop import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SERVICE,
    LOGIN1_SESSION,
    FreedesktopListener,
)
from ui.shell.system_lock.windows import (
    MSG,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_CONSOLE_DISCONNECT,
    WTS_SESSION_LOCK,
    WindowsSessionListener,
)
from ui.start.unlock_view import UnlockView

english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault

SESSION_PATH = "/org/freedesktop/login1/session/_31"


@pytest.fixture(scope="module")
def bus_address() -> Iterator[str]:
    """A private D-Bus daemon for this module, stopped afterwards."""
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed (Debian: apt-get install dbus-daemon)"
    proc = subprocess.Popen([daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    proc.stdout.close()
    assert address.startswith("unix:"), address
    yield address
    proc.terminate()
    proc.wait(timeout=10)


_connections = 0


def connect(address: str) -> QDBusConnection:
    global _connections
    _connections += 1
    bus = QDBusConnection.connectToBus(address, f"amparo-test-{_connections}")
    assert bus.isConnected()
    return bus


def send_signal(bus: QDBusConnection, path: str, interface: str, name: str, *arguments: object) -> None:
    message = QDBusMessage.createSignal(path, interface, name)
    if arguments:
        message.setArguments(list(arguments))
    assert bus.send(message)


@pytest.fixture
def listener(qtbot: QtBot, bus_address: str) -> FreedesktopListener:
    bus = connect(bus_address)
    return FreedesktopListener(system_bus=bus, session_bus=bus, session_path=SESSION_PATH)


@pytest.fixture
def sender(bus_address: str) -> QDBusConnection:
    return connect(bus_address)


def test_listener_watches_sleep_screen_lock_and_session_switch(listener: FreedesktopListener) -> None:
    assert listener.available
    assert set(listener.watching) == {Reason.SLEEP, Reason.SCREEN_LOCK, Reason.SESSION_SWITCH}


def test_prepare_for_sleep_true_locks_and_waking_does_not(qtbot: QtBot, listener: FreedesktopListener,
                                                          sender: QDBusConnection) -> None:
    with qtbot.waitSignal(listener.lock_requested) as blocker:
        send_signal(sender, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    assert blocker.args == [Reason.SLEEP]
    with qtbot.assertNotEmitted(listener.lock_requested, wait=300):
        send_signal(sender, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)


def test_session_lock_of_this_session_locks_and_of_another_does_not(
        qtbot: QtBot, listener: FreedesktopListener, sender: QDBusConnection) -> None:
    with qtbot.assertNotEmitted(listener.lock_requested, wait=300):
        send_signal(sender, "/org/freedesktop/login1/session/_99", LOGIN1_SESSION, "Lock")
    with qtbot.waitSignal(listener.lock_requested) as blocker:
        send_signal(sender, SESSION_PATH, LOGIN1_SESSION, "Lock")
    assert blocker.args == [Reason.SCREEN_LOCK]


@pytest.mark.parametrize(("path", "interface"), [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
])
def test_screensaver_becoming_active_locks(qtbot: QtBot, listener: FreedesktopListener,
                                           sender: QDBusConnection, path: str, interface: str) -> None:
    with qtbot.assertNotEmitted(listener.lock_requested, wait=300):
        send_signal(sender, path, interface, "ActiveChanged", False)
    with qtbot.waitSignal(listener.lock_requested) as blocker:
        send_signal(sender, path, interface, "ActiveChanged", True)
    assert blocker.args == [Reason.SCREEN_LOCK]


class FakeLogindSession(QDBusVirtualObject):
    """logind's session object, as far as the listener asks it: the `Active` property."""

    def __init__(self) -> None:
        super().__init__()
        self.active = True

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.member() != "Get" or message.arguments() != [LOGIN1_SESSION, "Active"]:
            return False
        return connection.send(message.createReply(QDBusVariant(self.active)))


@pytest.fixture
def logind(bus_address: str, sender: QDBusConnection) -> Iterator[FakeLogindSession]:
    session = FakeLogindSession()
    assert sender.registerService(LOGIN1_SERVICE)
    assert sender.registerVirtualObject(SESSION_PATH, session)
    yield session
    sender.unregisterObject(SESSION_PATH)
    sender.unregisterService(LOGIN1_SERVICE)


def test_another_user_taking_the_seat_locks(qtbot: QtBot, listener: FreedesktopListener,
                                            sender: QDBusConnection, logind: FakeLogindSession) -> None:
    properties = "org.freedesktop.DBus.Properties"
    changed = {"Active": QDBusVariant(logind.active)}
    with qtbot.assertNotEmitted(listener.lock_requested, wait=300):
        send_signal(sender, SESSION_PATH, properties, "PropertiesChanged", LOGIN1_SESSION, changed, [])
    logind.active = False
    with qtbot.waitSignal(listener.lock_requested) as blocker:
        send_signal(sender, SESSION_PATH, properties, "PropertiesChanged", LOGIN1_SESSION, changed, [])
    assert blocker.args == [Reason.SESSION_SWITCH]


def test_no_bus_means_nothing_watched(qtbot: QtBot) -> None:
    unconnected = QDBusConnection.connectToBus("unix:path=/nonexistent/amparo-bus", "amparo-test-none")
    listener = FreedesktopListener(system_bus=unconnected, session_bus=unconnected, session_path="")
    assert not listener.available and listener.watching == []


# --- Windows messages, through the very filter code Qt calls -------------------------------------

def deliver(listener: WindowsSessionListener, message: int, w_param: int) -> None:
    msg = MSG(None, message, w_param, 0)
    handled = listener.filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg))
    assert handled == (False, 0)  # the message goes on to Qt and Windows as usual


@pytest.mark.parametrize(("message", "w_param", "reason"), [
    (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, Reason.SCREEN_LOCK),
    (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT, Reason.SESSION_SWITCH),
    (WM_POWERBROADCAST, PBT_APMSUSPEND, Reason.SLEEP),
])
def test_windows_messages_lock(qtbot: QtBot, message: int, w_param: int, reason: str) -> None:
    listener = WindowsSessionListener()
    try:
        with qtbot.waitSignal(listener.lock_requested) as blocker:
            deliver(listener, message, w_param)
        assert blocker.args == [reason]
        with qtbot.assertNotEmitted(listener.lock_requested):
            deliver(listener, WM_POWERBROADCAST, 0x0012)  # PBT_APMRESUMEAUTOMATIC: waking up
            deliver(listener, WM_WTSSESSION_CHANGE, 0x8)  # WTS_SESSION_UNLOCK
            deliver(listener, 0x0100, WTS_SESSION_LOCK)  # WM_KEYDOWN with a look-alike parameter
    finally:
        listener.remove()


# --- the whole window: lock means gone ------------------------------------------------------------

@pytest.fixture
def bus_window(qtbot: QtBot, prefs: Prefs, fake_clock: FakeClock, english: None, qt_settings_dir: Path,
               listener: FreedesktopListener) -> Iterator[MainWindow]:
    win = MainWindow(prefs, clock=fake_clock, system_lock=listener)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.lock()


def visible_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_sleep_signal_leaves_only_the_unlock_screen(qtbot: QtBot, bus_window: MainWindow, stored_vault: Path,
                                                    sender: QDBusConnection) -> None:
    unlock(qtbot, bus_window)
    area = bus_window.vault_area
    session = bus_window.session
    assert area is not None and session is not None
    vault = session.vault
    models = [weakref.ref(view.model()) for view in area.findChildren(QTableView)]
    assert models
    # What a family member might have open when the lid closes: a preview, a question, a menu, a tooltip.
    preview = preview_pdf(area, b"%PDF-1.4\n%%EOF\n", "resumen.pdf")
    question = QMessageBox(QMessageBox.Icon.Question, "Amparo", "¿Borrar a Ana Ruiz?", parent=area)
    question.open()
    menu = QMenu(area)
    menu.addAction("Ana Ruiz")
    menu.popup(area.mapToGlobal(QPoint(10, 10)))
    QToolTip.showText(area.mapToGlobal(QPoint(20, 20)), "Ana Ruiz, A-123-456-789", area)
    qtbot.waitUntil(lambda: preview.isVisible() and question.isVisible() and menu.isVisible())

    send_signal(sender, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    qtbot.waitUntil(lambda: bus_window.session is None)

    assert isinstance(bus_window.stack.currentWidget(), UnlockView)
    assert visible_windows() == [bus_window]
    assert not QToolTip.isVisible()
    assert bus_window.unlock_view.notice_label.text() == (
        "Amparo locked itself because the computer was going to sleep.")
    assert not vault.is_open
    qtbot.waitUntil(lambda: not shiboken6.isValid(area))
    assert all(ref() is None or not shiboken6.isValid(ref()) for ref in models)
    # And the vault opens again as usual.
    unlock(qtbot, bus_window)
    assert bus_window.session is not None


def test_screen_lock_with_an_open_editor_locks(qtbot: QtBot, bus_window: MainWindow, stored_vault: Path,
                                               sender: QDBusConnection) -> None:
    unlock(qtbot, bus_window)
    area = bus_window.vault_area
    assert area is not None
    seen_open: list[bool] = []

    def screen_locks() -> None:
        seen_open.append(any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
        send_signal(sender, SESSION_PATH, LOGIN1_SESSION, "Lock")

    def give_up() -> None:  # only if the lock failed: end the editor's loop so the test can fail
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(100, screen_locks)
    QTimer.singleShot(15_000, give_up)
    area.people.new_person()  # the editor's own event loop runs until the lock closes it
    assert seen_open == [True]
    qtbot.waitUntil(lambda: bus_window.session is None)
    assert visible_windows() == [bus_window]
    assert "screen was locked" in bus_window.unlock_view.notice_label.text()
    assert "A form was open" in bus_window.unlock_view.notice_label.text()


def test_settings_say_what_locks(qtbot: QtBot, bus_window: MainWindow, stored_vault: Path) -> None:
    unlock(qtbot, bus_window)
    assert bus_window.vault_area is not None
    note = bus_window.vault_area.settings.system_lock_note.text()
    assert "sleep" in note and "screen locks" in note


def test_without_signals_settings_say_only_idle_time_and_ctrl_l_lock(
        qtbot: QtBot, prefs: Prefs, fake_clock: FakeClock, english: None, qt_settings_dir: Path,
        stored_vault: Path) -> None:
    win = MainWindow(prefs, clock=fake_clock, system_lock=SystemLockListener())
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win)
    assert win.vault_area is not None
    note = win.vault_area.settings.system_lock_note.text()
    assert "cannot tell" in note and "Ctrl+L" in note
    win.lock()


def test_windows_message_locks_the_window(qtbot: QtBot, prefs: Prefs, fake_clock: FakeClock, english: None,
                                          qt_settings_dir: Path, stored_vault: Path) -> None:
    listener = WindowsSessionListener()
    win = MainWindow(prefs, clock=fake_clock, system_lock=listener)
    qtbot.addWidget(win)
    win.show()
    try:
        unlock(qtbot, win)
        deliver(listener, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
        qtbot.waitUntil(lambda: win.session is None)
        assert isinstance(win.stack.currentWidget(), UnlockView)
    finally:
        listener.remove()
