"""The one main window: start screen, unlock screen, and the vault area while a vault is open.

The window title is always just "Amparo" (a title with a vault or person name would show in task
bars and window lists). Locking closes the session, destroys the vault area and returns to the
unlock screen; nothing of the vault stays in a widget or model.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from content.i18n import language, set_language
from domain.clock import Clock, SystemClock
from ui.lock import DEFAULT_AUTOLOCK_MINUTES, ClipboardGuard, IdleLock, parse_minutes
from ui.prefs import Prefs
from ui.qt_translations import QtTranslations
from ui.start_screen import StartScreen
from ui.unlock_view import UnlockView

if TYPE_CHECKING:
    from storage import Vault
    from ui.create_vault import CreateVaultDialog
    from ui.session import Session
    from ui.vault_area import VaultArea

TITLE = "Amparo"


class MainWindow(QMainWindow):
    """Start → unlock → vault area, and back to unlock on lock."""

    def __init__(self, prefs: Prefs, clock: Clock | None = None,
                 qt_translations: QtTranslations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.prefs = prefs
        self.clock: Clock = clock or SystemClock()
        self.qt_translations = qt_translations or QtTranslations()
        self.session: Session | None = None
        self.vault_area: VaultArea | None = None
        self.create_dialog: CreateVaultDialog | None = None
        self.guides_window: QWidget | None = None
        self.card_dialog: QWidget | None = None
        self._last_vault: Path | None = None

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.start_screen = StartScreen(self)
        self.unlock_view = UnlockView(prefs, self)
        self.stack.addWidget(self.start_screen)
        self.stack.addWidget(self.unlock_view)

        self.idle_lock = IdleLock(self.clock, self)
        self.idle_lock.lock_requested.connect(self.lock)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)

        self.start_screen.language_chosen.connect(self.set_language)
        self.start_screen.open_requested.connect(self.show_unlock)
        self.start_screen.create_requested.connect(self.show_create)
        self.start_screen.guides_requested.connect(self.open_guides)
        self.start_screen.card_requested.connect(self.open_card)
        self.unlock_view.back_requested.connect(self.show_start)
        self.unlock_view.create_requested.connect(self.show_create)
        self.unlock_view.unlocked.connect(self.open_session)

        self.resize(1200, 720)
        self.retranslate()

    # --- screens ---------------------------------------------------------------------------------
    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_screen)

    def show_unlock(self) -> None:
        self.unlock_view.reset()
        self.unlock_view.reload(select=self._last_vault)
        self.stack.setCurrentWidget(self.unlock_view)

    def show_create(self) -> None:
        from ui.create_vault import CreateVaultDialog

        dialog = CreateVaultDialog(self.prefs, self, self.clock)
        dialog.created.connect(lambda: self._vault_created(dialog))
        dialog.finished.connect(lambda _result: self._create_closed(dialog))
        self.create_dialog = dialog
        dialog.open()

    def _create_closed(self, dialog: CreateVaultDialog) -> None:
        if self.create_dialog is dialog:
            self.create_dialog = None
        dialog.deleteLater()

    def _vault_created(self, dialog: CreateVaultDialog) -> None:
        vault, dialog.vault = dialog.vault, None
        self.create_dialog = None
        if vault is not None:
            self.open_session(vault)

    def open_guides(self) -> None:
        """The rights guides in their own window (no vault needed)."""
        if self.guides_window is not None:
            self.guides_window.show()
            self.guides_window.raise_()
            self.guides_window.activateWindow()
            return
        from ui.guides_view import GuidesView

        window = GuidesView(self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setWindowTitle(TITLE)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(self._guides_closed)
        window.resize(1000, 680)
        self.guides_window = window
        window.show()

    def _guides_closed(self) -> None:
        self.guides_window = None

    def open_card(self) -> None:
        """The wallet rights card dialog (no vault needed)."""
        from ui.card_dialog import CardDialog

        dialog = CardDialog(self)
        dialog.setWindowTitle(TITLE)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._card_closed)
        self.card_dialog = dialog
        dialog.open()

    def _card_closed(self) -> None:
        self.card_dialog = None

    # --- session ---------------------------------------------------------------------------------
    def open_session(self, vault: Vault) -> None:
        """A vault was unlocked or created: build the vault area on it and start the idle watch."""
        from ui.session import Session
        from ui.vault_area import VaultArea

        self._last_vault = vault.path
        self.session = Session(vault, self.clock, self)
        area = VaultArea(self.session, self)
        area.lock_requested.connect(self.lock)
        area.settings.autolock_changed.connect(self.idle_lock.set_minutes)
        self.vault_area = area
        self.stack.addWidget(area)
        self.stack.setCurrentWidget(area)
        minutes = parse_minutes(vault.settings.get("autolock_minutes", str(DEFAULT_AUTOLOCK_MINUTES)))
        self.idle_lock.set_minutes(minutes)
        self.idle_lock.start()
        self.lock_action.setEnabled(True)
        self.setWindowTitle(TITLE)

    def lock(self) -> None:
        """Close the vault, destroy every screen that showed it, and ask for the passphrase again."""
        self.idle_lock.stop()
        self.lock_action.setEnabled(False)
        area, self.vault_area = self.vault_area, None
        if area is not None:
            area.close_dialogs()
            self.stack.removeWidget(area)
            area.hide()
            area.setParent(None)
            area.deleteLater()
        session, self.session = self.session, None
        if session is not None:
            session.close()
            session.setParent(None)
            session.deleteLater()
        ClipboardGuard.clear_if_ours()
        if area is not None or session is not None:
            self.show_unlock()

    @property
    def is_locked(self) -> bool:
        return self.session is None

    # --- language --------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface language now, in every open window, and remember the choice."""
        set_language(lang)
        self.qt_translations.apply(lang)
        # If the choice can't be saved, the switch still works for this run.
        with contextlib.suppress(OSError):
            self.prefs.save_language(lang)
        self.retranslate()
        # Other open windows (the guides, the card dialog, an editor) say their texts again too.
        for window in QApplication.topLevelWidgets():
            retranslate = getattr(window, "retranslate", None)
            if window is not self and retranslate is not None:
                retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(TITLE)
        self.start_screen.retranslate()
        self.unlock_view.retranslate()
        if self.vault_area is not None:
            self.vault_area.retranslate()

    # --- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        if self.guides_window is not None:
            self.guides_window.close()
        super().closeEvent(event)

    def current_language(self) -> str:
        return language()
