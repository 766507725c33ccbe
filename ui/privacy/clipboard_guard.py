"""A clipboard that forgets: what Amparo copies is cleared after a while and on lock.

A phone number or an A-number copied from Amparo would otherwise sit on the shared computer's
clipboard (and in clipboard-history tools) long after the vault is locked. The guard notes every
clipboard change made while Amparo owns the clipboard or has the keyboard focus, and clears it after
`seconds` (a vault setting, 30 by default) and at every lock — but only while the clipboard still
holds exactly what Amparo put there, so something the user copied later in another program is left
alone. Time comes from the injected Clock (a FakeClock in tests); a periodic timer only asks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

from domain.clock import Clock

DEFAULT_CLEAR_SECONDS = 30
SETTING_KEY = "clipboard_clear_seconds"
CHECK_INTERVAL_MS = 1_000


def parse_seconds(value: str) -> int:
    """The stored setting ("30"); anything unusable falls back to the default."""
    try:
        seconds = int(value)
    except ValueError:
        return DEFAULT_CLEAR_SECONDS
    return seconds if 5 <= seconds <= 600 else DEFAULT_CLEAR_SECONDS


@dataclass
class _Copied:
    text: str
    at: datetime


class ClipboardGuard(QObject):
    """Clears Amparo's own clipboard content after `seconds` and on `clear_now()` (the lock)."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.seconds = DEFAULT_CLEAR_SECONDS
        self._copied: dict[QClipboard.Mode, _Copied] = {}
        self._clipboard = QGuiApplication.clipboard()
        self._clipboard.changed.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def _modes(self) -> list[QClipboard.Mode]:
        modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        return modes

    def _ours_now(self, mode: QClipboard.Mode) -> bool:
        """Whether the change just seen came from Amparo."""
        if mode == QClipboard.Mode.Selection and self._clipboard.ownsSelection():
            return True
        if mode == QClipboard.Mode.Clipboard and self._clipboard.ownsClipboard():
            return True
        # Platforms that never report ownership (macOS, Wayland, offscreen): a change while one of
        # Amparo's windows has the focus is Amparo's.
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive \
            and QGuiApplication.focusWindow() is not None

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard on purpose (a Copy button); it is cleared like any other copy."""
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._remember(QClipboard.Mode.Clipboard, text)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes():
            return
        text = self._clipboard.text(mode)
        if text and self._ours_now(mode):
            self._remember(mode, text)
        elif mode in self._copied and text != self._copied[mode].text:
            # Someone else's content replaced ours: nothing of ours is left to clear.
            del self._copied[mode]

    def _remember(self, mode: QClipboard.Mode, text: str) -> None:
        self._copied[mode] = _Copied(text, self._clock.now())
        if not self.timer.isActive():
            self.timer.start()

    @property
    def holding(self) -> bool:
        """True while something Amparo copied may still be on the clipboard."""
        return bool(self._copied)

    def check(self) -> bool:
        """Clear what has been on the clipboard for `seconds` or more; True if anything was cleared."""
        limit = timedelta(seconds=self.seconds)
        due = [mode for mode, copied in self._copied.items() if self._clock.now() - copied.at >= limit]
        cleared = self._clear_all(due)
        if not self._copied:
            self.timer.stop()
        return cleared

    def clear_now(self) -> bool:
        """The lock: clear everything of Amparo's that is still there, whatever its age."""
        cleared = self._clear_all(list(self._copied))
        self.timer.stop()
        return cleared

    def _clear_all(self, modes: list[QClipboard.Mode]) -> bool:
        # Every mode is cleared: no short-circuit after the first one.
        results = [self._clear(mode) for mode in modes]
        return any(results)

    def _clear(self, mode: QClipboard.Mode) -> bool:
        copied = self._copied.pop(mode, None)
        if copied is None or self._clipboard.text(mode) != copied.text:
            return False
        # Forget first: the clear itself emits `changed`, which must not be taken for a new copy.
        self._clipboard.clear(mode)
        return True
