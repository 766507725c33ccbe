"""Locking with the computer: the platform tells Amparo when it sleeps, locks the screen or switches user.

One listener interface, one implementation per platform, one lock path: every listener only emits
`lock_requested(reason)`, and the main window answers with the same `lock()` that Ctrl+L, the Lock
button and idle time use. A listener that found nothing to listen to says so (`watching` is empty),
and Settings then tells the user that only idle time and Ctrl+L lock.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Reason:
    """Why the computer asked for a lock (kept for tests and the unlock screen's note)."""

    SLEEP = "sleep"
    SCREEN_LOCK = "screen_lock"
    SESSION_SWITCH = "session_switch"


class SystemLockListener(QObject):
    """Base of the platform listeners: emits `lock_requested` with a `Reason` value."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watching: list[str] = []

    @property
    def available(self) -> bool:
        """True when at least one platform signal (sleep, screen lock or session switch) is watched."""
        return bool(self.watching)


def lock_notice(reason: str, form_closed: bool) -> str:
    """The unlock screen's words after the computer locked Amparo (in the current language)."""
    from content.i18n import _

    texts = {
        Reason.SLEEP: _("Amparo locked itself because the computer was going to sleep."),
        Reason.SCREEN_LOCK: _("Amparo locked itself because the screen was locked."),
        Reason.SESSION_SWITCH: _("Amparo locked itself because another user switched to their session."),
    }
    text = texts.get(reason, _("Amparo locked itself."))
    if form_closed:
        text += " " + _("A form was open: what was typed in it and not saved was not kept.")
    return text


def create_listener(parent: QObject | None = None, *, window_id: int | None = None) -> SystemLockListener:
    """The listener for this platform; on one with no reachable signal, an empty one."""
    if sys.platform == "win32":
        from ui.shell.system_lock.windows import WindowsSessionListener

        return WindowsSessionListener(parent, window_id=window_id)
    if sys.platform == "darwin":
        # macOS tells of sleep and screen lock through NSWorkspace notifications, which need native
        # (Objective-C) code that Amparo does not ship; idle time and Ctrl+L still lock there.
        return SystemLockListener(parent)
    from ui.shell.system_lock.freedesktop import FreedesktopListener

    return FreedesktopListener(parent)
