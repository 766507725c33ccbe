"""The one main window: start screen, unlock screen, and the vault area while a vault is open.

The window title is always just "Amparo" (a title with a vault or person name would show in task
bars and window lists). Locking closes the session, destroys the vault area and returns to the
unlock screen; nothing of the vault stays in a widget or model. Every trigger — Ctrl+L, the Lock
button, idle time, and the computer's sleep, screen lock or user switch — ends in the one `lock()`.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QToolTip, QWidget

from content.active import configure as configure_content
from content.i18n import language, set_language
from domain.clock import Clock, SystemClock
from storage.pack_store import PackStore
from ui.accessibility.window_fit import fit_window
from ui.app.prefs import Prefs
from ui.app.qt_translations import QtTranslations
from ui.privacy.clipboard_guard import SETTING_KEY as CLIPBOARD_KEY
from ui.privacy.clipboard_guard import ClipboardGuard, parse_seconds
from ui.shell.lock import DEFAULT_AUTOLOCK_MINUTES, IdleLock, parse_minutes
from ui.shell.system_lock import SystemLockListener, create_listener
from ui.shell.warm_up import warm_up_vault_screens
from ui.start.screen import StartScreen
from ui.start.unlock_view import UnlockView

if TYPE_CHECKING:
    from storage import Vault
    from ui.shell.session import Session
    from ui.shell.vault_area import VaultArea
    from ui.start.create_vault import CreateVaultDialog

TITLE = "Amparo"
PREFERRED_SIZE = QSize(1200, 720)
GUIDES_SIZE = QSize(1000, 680)


class MainWindow(QMainWindow):
    """Start → unlock → vault area, and back to unlock on lock."""

    def __init__(self, prefs: Prefs, clock: Clock | None = None,
                 qt_translations: QtTranslations | None = None, parent: QWidget | None = None,
                 system_lock: SystemLockListener | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.prefs = prefs
        self.pack_store = PackStore.in_data_dir(prefs.data_dir)
        # Guides and the card read an imported rights pack from here on; it is verified when first read.
        configure_content(imported=self.pack_store.rights_folder())
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
        self.idle_lock.lock_requested.connect(self._lock_by_watch)
        self.idle_lock.warning.connect(self._warn_before_lock)
        self.idle_warning: QWidget | None = None
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        self.clipboard_guard = ClipboardGuard(self.clock, self)
        # The platform listener asks the system bus about this login session: that waits for the first
        # vault to open (there is nothing to lock before), so the start screen does not wait for it.
        self.system_lock: SystemLockListener | None = None
        if system_lock is not None:
            self._watch_system(system_lock)

        self.start_screen.language_chosen.connect(self.set_language)
        self.start_screen.open_requested.connect(self.show_unlock)
        self.start_screen.create_requested.connect(self.show_create)
        self.start_screen.guides_requested.connect(self.open_guides)
        self.start_screen.card_requested.connect(self.open_card)
        self.unlock_view.back_requested.connect(self.show_start)
        self.unlock_view.create_requested.connect(self.show_create)
        self.unlock_view.unlocked.connect(self.open_session)

        self.fit_to_screen()
        self.retranslate()

    def fit_to_screen(self) -> None:
        """Open at the preferred size where the screen has room, else as large as its free area."""
        fit_window(self, PREFERRED_SIZE)

    # --- screens ---------------------------------------------------------------------------------
    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_screen)

    def show_unlock(self) -> None:
        self.unlock_view.reset()
        self.unlock_view.reload(select=self._last_vault)
        self.stack.setCurrentWidget(self.unlock_view)
        warm_up_vault_screens()

    def show_create(self) -> None:
        from ui.start.create_vault import CreateVaultDialog

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
        from ui.guides.view import GuidesView

        window = GuidesView(self, pack_store=self.pack_store, clock=self.clock,
                            review_months=self.prefs.review_months)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setWindowTitle(TITLE)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.destroyed.connect(self._guides_closed)
        fit_window(window, GUIDES_SIZE, self.screen())
        self.guides_window = window
        window.show()

    def check_content(self) -> QWidget | None:
        """At start: say so when Amparo's own rights information does not verify (a damaged or altered copy)."""
        from PySide6.QtWidgets import QMessageBox

        from content.active import ContentUnverified, active_content, builtin_problem
        from content.i18n import _
        from ui.cli.pack_import import unverified_message

        if builtin_problem() is None:
            return None
        try:
            active_content()
        except ContentUnverified:
            text = unverified_message(_)
        else:  # a rights pack imported on this computer still verifies, and is what Amparo shows
            text = _("Amparo's own rights information could not be verified, so the rights information you "
                     "imported is shown instead. Reinstall Amparo from a source you trust.")
        box = QMessageBox(QMessageBox.Icon.Warning, TITLE, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("content-unverified")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        return box

    def _guides_closed(self) -> None:
        self.guides_window = None

    def open_card(self) -> None:
        """The wallet rights card dialog (no vault needed)."""
        from ui.guides.card_dialog import CardDialog

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
        from ui.shell.session import Session
        from ui.shell.vault_area import VaultArea

        self._last_vault = vault.path
        self.session = Session(vault, self.clock, self)
        area = VaultArea(self.session, self, prefs=self.prefs, pack_store=self.pack_store)
        area.lock_requested.connect(self.lock)
        area.language_requested.connect(self.set_language)
        area.settings.autolock_changed.connect(self.idle_lock.set_minutes)
        area.settings.review_months_changed.connect(self._review_months_changed)
        self.vault_area = area
        self.stack.addWidget(area)
        self.stack.setCurrentWidget(area)
        minutes = parse_minutes(vault.settings.get("autolock_minutes", str(DEFAULT_AUTOLOCK_MINUTES)))
        self.idle_lock.set_minutes(minutes)
        self.idle_lock.start()
        self.clipboard_guard.seconds = parse_seconds(vault.settings.get(CLIPBOARD_KEY, ""))
        area.settings.clipboard_changed.connect(self._set_clipboard_seconds)
        if self.system_lock is None:
            window_id = int(self.winId()) if sys.platform == "win32" else None
            self._watch_system(create_listener(self, window_id=window_id))
        assert self.system_lock is not None
        area.settings.show_system_lock(self.system_lock.watching)
        self.lock_action.setEnabled(True)
        self.setWindowTitle(TITLE)
        # The unlock screen that had the focus is gone: without this, keys typed next (Ctrl+N, Ctrl+F,
        # arrows) went nowhere until a click.
        area.focus_start()

    def _review_months_changed(self, _months: int) -> None:
        # The guides window of the start screen, if open, follows the new limit at once.
        if self.guides_window is not None:
            self.guides_window.refresh_staleness()  # type: ignore[attr-defined]

    def _set_clipboard_seconds(self, seconds: int) -> None:
        self.clipboard_guard.seconds = seconds

    def _watch_system(self, listener: SystemLockListener) -> None:
        self.system_lock = listener
        listener.lock_requested.connect(self._system_lock_requested)

    def _system_lock_requested(self, reason: str) -> None:
        # The computer sleeps, locks its screen or changes user: the same lock as Ctrl+L, and the
        # unlock screen then says why (someone coming back to the laptop sees what happened).
        form_closed = self.vault_area is not None and bool(self.vault_area.open_forms())
        was_open = self.session is not None
        self.lock()
        if was_open:
            from ui.shell.system_lock import lock_notice

            self.unlock_view.show_notice(lambda: lock_notice(reason, form_closed))

    def lock(self) -> None:
        """Close the vault, destroy every screen that showed it, and ask for the passphrase again."""
        self.idle_lock.stop()
        self.lock_action.setEnabled(False)
        self.idle_warning = None  # closed with the form it stood over
        area, self.vault_area = self.vault_area, None
        if area is not None:
            self._close_vault_windows()
            area.close_dialogs()
            # A search typed a moment ago must not run against the closed vault.
            for timer in area.findChildren(QTimer):
                timer.stop()
            self.stack.removeWidget(area)
            area.hide()
            area.setParent(None)
            area.deleteLater()
        session, self.session = self.session, None
        if session is not None:
            session.close()
            session.setParent(None)
            session.deleteLater()
        self.clipboard_guard.clear_now()
        if area is not None or session is not None:
            self.show_unlock()

    def _close_vault_windows(self) -> None:
        """Hide every window, dialog, menu and tooltip that may show the vault, before anything else.

        Dialogs opened with `exec()` (editors, the print dialog, questions naming a person) run their
        own event loop; rejecting them returns control to their callers, which then find the session
        gone. The guides window never shows vault data and stays open; the card dialog closes too,
        since an A-number may have been typed into it.
        """
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        vault_free = {self, self.guides_window}
        for widget in QApplication.topLevelWidgets():
            if widget in vault_free or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            widget.hide()
            widget.close()

    def _lock_by_watch(self) -> None:
        """Idle time or a suspend: lock, and after idle time say so on the unlock screen."""
        idle, minutes = self.idle_lock.locked_for_idle, self.idle_lock.minutes
        form_closed = self.vault_area is not None and bool(self.vault_area.open_forms())
        was_open = self.session is not None
        self.lock()
        if idle and was_open:
            from ui.shell.idle_notice import idle_lock_notice

            self.unlock_view.show_notice(lambda: idle_lock_notice(minutes, form_closed))

    def _warn_before_lock(self, _seconds_left: int) -> None:
        forms = self.vault_area.open_forms() if self.vault_area is not None else []
        if forms:
            from ui.shell.idle_notice import warn_before_idle_lock

            self.idle_warning = warn_before_idle_lock(forms[-1])

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
