"""Windows: session-change and power-broadcast messages, seen through Qt's native event filter.

- `WM_WTSSESSION_CHANGE` (after `WTSRegisterSessionNotification` for the main window): the
  workstation is locked (`WTS_SESSION_LOCK`), or the console or a remote user is switched away
  (`WTS_CONSOLE_DISCONNECT`, `WTS_REMOTE_DISCONNECT`) or logs off;
- `WM_POWERBROADCAST` with `PBT_APMSUSPEND`: the computer is about to sleep or hibernate.

The message decoding is plain ctypes over the `MSG` structure, so the same filter code runs in the
tests on any platform with messages built in memory.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject

from ui.shell.system_lock import Reason, SystemLockListener

WM_POWERBROADCAST = 0x0218
WM_WTSSESSION_CHANGE = 0x02B1
PBT_APMSUSPEND = 0x0004
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

_SESSION_REASONS = {
    WTS_SESSION_LOCK: Reason.SCREEN_LOCK,
    WTS_CONSOLE_DISCONNECT: Reason.SESSION_SWITCH,
    WTS_REMOTE_DISCONNECT: Reason.SESSION_SWITCH,
    WTS_SESSION_LOGOFF: Reason.SESSION_SWITCH,
}

NATIVE_EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


class MSG(ctypes.Structure):
    """The head of Win32's MSG structure: the fields the filter reads."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    )


def reason_for(message: int, w_param: int) -> str | None:
    """The lock reason a window message carries, or None for every other message."""
    if message == WM_WTSSESSION_CHANGE:
        return _SESSION_REASONS.get(w_param)
    if message == WM_POWERBROADCAST and w_param == PBT_APMSUSPEND:
        return Reason.SLEEP
    return None


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, listener: WindowsSessionListener) -> None:
        super().__init__()
        self._listener = listener

    def nativeEventFilter(self, eventType: QByteArray | bytes, message: int) -> tuple[bool, int]:  # noqa: N803
        if bytes(eventType) in NATIVE_EVENT_TYPES and message:
            msg = MSG.from_address(int(message))
            reason = reason_for(msg.message, msg.wParam)
            if reason is not None:
                self._listener.lock_requested.emit(reason)
        return False, 0


class WindowsSessionListener(SystemLockListener):
    """Installs the native event filter and registers the main window for session notifications."""

    def __init__(self, parent: QObject | None = None, *, window_id: int | None = None) -> None:
        super().__init__(parent)
        self.filter = _Filter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self.filter)
            self.watching.append(Reason.SLEEP)
        if window_id and sys.platform == "win32" and self._register(window_id):
            self.watching += [Reason.SCREEN_LOCK, Reason.SESSION_SWITCH]

    @staticmethod
    def _register(window_id: int) -> bool:
        try:
            wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
        except OSError:
            return False
        return bool(wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION))

    def remove(self) -> None:
        """Take the filter off the application (a window that closes, a test that ends)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self.filter)
