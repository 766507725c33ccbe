"""Locking after a time without input, or when the application is suspended.

Idle time is measured with the injected Clock (a FakeClock in tests), not with timers alone: an
application-wide event filter records the time of the last keyboard or mouse input, and a periodic
check compares it with `clock.now()`. Tests advance the clock and call `check()` directly.

Qt itself reports only `applicationStateChanged` to Suspended (mobile platforms and some desktops).
The desktop's sleep, screen-lock and user-switch signals come from `ui.shell.system_lock`; the idle timer
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
# How long before an idle lock `warning` is emitted (at most half the limit): with checks every 15 s,
# the user has 45 to 60 seconds to touch a key before an open, unsaved form is closed.
WARN_BEFORE_SECONDS = 60

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
    """Emits `lock_requested` after `minutes` without user input, or when the system suspends.

    Shortly before an idle lock it emits `warning(seconds_left)` once (again only after new input),
    so the window can warn that what is typed in an open form will be lost. `locked_for_idle` tells
    whether the last request came from idle time (the unlock screen then says so).
    """

    lock_requested = Signal()
    warning = Signal(int)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = DEFAULT_AUTOLOCK_MINUTES
        self._last_input: datetime = clock.now()
        self._active = False
        self._warned = False
        self.locked_for_idle = False
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
        self._warned = False
        self.locked_for_idle = False
        self.timer.start()

    def stop(self) -> None:
        self._active = False
        self.timer.stop()

    def touch(self) -> None:
        self._last_input = self._clock.now()
        self._warned = False

    def check(self) -> bool:
        """Lock if the idle limit has passed (warn when it is near); True when a lock was requested."""
        if not self._active:
            return False
        limit = timedelta(minutes=self._minutes)
        idle = self._clock.now() - self._last_input
        if idle >= limit:
            self.locked_for_idle = True
            self.lock_requested.emit()
            return True
        ahead = min(timedelta(seconds=WARN_BEFORE_SECONDS), limit / 2)
        if idle >= limit - ahead and not self._warned:
            self._warned = True
            self.warning.emit(int((limit - idle).total_seconds()))
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            self._last_input = self._clock.now()
            self._warned = False
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if self._active and state == Qt.ApplicationState.ApplicationSuspended:
            self.locked_for_idle = False
            self.lock_requested.emit()
