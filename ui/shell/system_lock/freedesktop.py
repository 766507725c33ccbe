"""Linux and BSD desktops: logind and screensaver signals on the system and session D-Bus.

D-Bus here is local inter-process messaging on this computer, not network access. The signals (the
same set KeePassXC listens to):
- system bus, `org.freedesktop.login1.Manager.PrepareForSleep(true)`: the computer is about to sleep;
- system bus, `org.freedesktop.login1.Session.Lock`: the session is being locked (`loginctl lock-session`);
- system bus, the session's `PropertiesChanged`, after which its `Active` property reads false: another
  user took the seat (PySide6 cannot read the changed values out of the signal's `a{sv}` map, so the
  property is asked for, without blocking);
- session bus, `ActiveChanged(true)` of the freedesktop, GNOME, MATE and Cinnamon screensavers.

Signals are accepted from any sender. A local program that fakes one can only make Amparo lock, which
is always safe; in exchange tests can send them from a private bus.
"""

from __future__ import annotations

import os

from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher, QDBusVariant

from ui.shell.system_lock import Reason, SystemLockListener

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"

SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
)


def own_session_path(bus: QDBusConnection) -> str:
    """The object path of this login session, or "" (then a lock of any session on the bus counts).

    logind names the calling process's session "auto"; asking for its real path lets Amparo ignore
    other users' sessions, whose locking is none of its business.
    """
    session_id = os.environ.get("XDG_SESSION_ID", "")
    message = QDBusMessage.createMethodCall(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER,
                                            "GetSession" if session_id else "GetSessionByPID")
    message.setArguments([session_id] if session_id else [os.getpid()])
    reply = bus.call(message, timeout=500)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return ""
    path = reply.arguments()[0]
    return str(getattr(path, "path", lambda: path)())


class FreedesktopListener(SystemLockListener):
    """Watches logind on the system bus and the screensavers on the session bus."""

    def __init__(self, parent: QObject | None = None, *, system_bus: QDBusConnection | None = None,
                 session_bus: QDBusConnection | None = None, session_path: str | None = None) -> None:
        super().__init__(parent)
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        self._system = system
        self._session_path = ""
        self._pending: list[QDBusPendingCallWatcher] = []
        if system.isConnected():
            path = own_session_path(system) if session_path is None else session_path
            self._session_path = path
            if system.connect("", LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self,
                              SLOT("_prepare_for_sleep(bool)")):
                self.watching.append(Reason.SLEEP)
            if system.connect("", path, LOGIN1_SESSION, "Lock", self, SLOT("_session_lock()")):
                self.watching.append(Reason.SCREEN_LOCK)
            if path and system.connect("", path, PROPERTIES, "PropertiesChanged", self,
                                       SLOT("_session_properties(QDBusMessage)")):
                self.watching.append(Reason.SESSION_SWITCH)
        if session.isConnected():
            watched = [session.connect("", object_path, interface, "ActiveChanged", self,
                                       SLOT("_screensaver_active(bool)"))
                       for object_path, interface in SCREENSAVERS]
            if any(watched) and Reason.SCREEN_LOCK not in self.watching:
                self.watching.append(Reason.SCREEN_LOCK)
        # Connections are kept by Qt per name; holding them here keeps test buses alive as long as us.
        self._buses = (system, session)

    @Slot(bool)
    def _prepare_for_sleep(self, starting: bool) -> None:
        # The same signal says "false" on waking up: only going to sleep locks.
        if starting:
            self.lock_requested.emit(Reason.SLEEP)

    @Slot()
    def _session_lock(self) -> None:
        self.lock_requested.emit(Reason.SCREEN_LOCK)

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(Reason.SCREEN_LOCK)

    @Slot(QDBusMessage)
    def _session_properties(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if not arguments or arguments[0] != LOGIN1_SESSION:
            return
        ask = QDBusMessage.createMethodCall(LOGIN1_SERVICE, self._session_path, PROPERTIES, "Get")
        ask.setArguments([LOGIN1_SESSION, "Active"])
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(ask, 2_000), self)
        watcher.finished.connect(self._active_answered)
        self._pending.append(watcher)

    def _active_answered(self, watcher: QDBusPendingCallWatcher) -> None:
        self._pending.remove(watcher)
        reply = watcher.reply()
        watcher.deleteLater()
        values = reply.arguments() if reply.type() == QDBusMessage.MessageType.ReplyMessage else []
        value = values[0].variant() if values and isinstance(values[0], QDBusVariant) else values[0] if values else None
        if value is False:
            self.lock_requested.emit(Reason.SESSION_SWITCH)
