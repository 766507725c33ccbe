"""The unlocked session shared by the vault screens: the open vault, the clock and change signals.

Views receive the session instead of reaching for globals; when the window locks, the session is
closed and every view built on it is destroyed, so nothing of the vault outlives the lock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from domain.clock import Clock
from storage import Vault


class Session(QObject):
    """An open vault plus the clock, with signals views use to stay current."""

    data_changed = Signal()  # something in the vault changed: views refresh what they show
    open_person = Signal(int)  # ask the window to show one person's page
    closed = Signal()

    def __init__(self, vault: Vault, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.clock = clock

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the session is closed")
        return self._vault

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def notify_changed(self) -> None:
        self.data_changed.emit()

    def close(self) -> None:
        """Close the vault and drop the reference to it (the key goes with it)."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None
            self.closed.emit()
