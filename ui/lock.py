"""Locking after a time without input, or when the application is suspended.

Idle time is measured with the injected Clock (a FakeClock in tests), not with timers alone: an
application-wide event filter records the time of the last keyboard or mouse input, and a periodic
check compares it with `clock.now()`. Tests advance the clock and call `check()` directly.

Qt itself reports only `applicationStateChanged` to Suspended (mobile platforms and some desktops).
The desktop's sleep, screen-lock and user-switch signals come from `ui.system_lock`; the idle timer
still covers platforms without them, because a computer left asleep longer than the idle limit locks
at the first check after waking.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from domain.clock import Clock

DEFAULT_AUTOLOCK_MINUTES = 5
CHECK_INTERVAL_MS = 15_000

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


def parse_minutes(value: str) -> int:
    """The auto-lock setting as stored in the vault ("5"); anything unusable falls back to the default."""
    try:
        minutes = int(value)
    except ValueError:
        return DEFAULT_AUTOLOCK_MINUTES
    return minutes if 1 <= minutes <= 24 * 60 else DEFAULT_AUTOLOCK_MINUTES


class IdleLock(QObject):
    """Emits `lock_requested` after `minutes` without user input, or when the system suspends."""

    lock_requested = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = DEFAULT_AUTOLOCK_MINUTES
        self._last_input: datetime = clock.now()
        self._active = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def last_input(self) -> datetime:
        return self._last_input

    @property
    def active(self) -> bool:
        return self._active

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes

    def start(self) -> None:
        """Begin watching (a vault was opened); idle time counts from now."""
        self._last_input = self._clock.now()
        self._active = True
        self.timer.start()

    def stop(self) -> None:
        self._active = False
        self.timer.stop()

    def touch(self) -> None:
        self._last_input = self._clock.now()

    def check(self) -> bool:
        """Lock if the idle limit has passed; True when a lock was requested."""
        if not self._active:
            return False
        if self._clock.now() - self._last_input >= timedelta(minutes=self._minutes):
            self.lock_requested.emit()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            self._last_input = self._clock.now()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self._active and state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit()
