"""What the window shows while a vault is open: side navigation, the vault screens, a Lock button.

The whole area is built from the session when a vault is unlocked and destroyed on lock, so no model
or widget keeps rows of the vault once it is locked. Screens are the views of the other UI modules,
each built as `View(session, parent)`; the guides need no session. The main window imports this
module only when a vault opens, so the start screen loads none of the views.

Shortcuts: Ctrl+L is the window's (it must always work). Ctrl+F, Ctrl+N and Ctrl+P are handled here
only when the focused screen does not handle them itself: views register their own shortcuts for
these keys, and a second shortcut for the same key would make Qt treat both as ambiguous. Key presses
that no shortcut took bubble up to this widget's `keyPressEvent`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from content.i18n import N_, _, language
from storage.pack_store import PackStore
from ui.accessibility.text_size import scaled_font
from ui.app.prefs import Prefs
from ui.contacts.view import ContactsView
from ui.guides.view import GuidesView
from ui.people.view import PeopleView
from ui.settings.view import SettingsView
from ui.shell.session import Session
from ui.today.view import TodayView

TODAY, PEOPLE, CONTACTS, GUIDES, SETTINGS = range(5)
LANGUAGE_NAMES = {"es": "Español", "en": "English"}
PAGE_TITLES = (N_("Today"), N_("People"), N_("Contacts"), N_("Rights guides"), N_("Settings"))


class VaultArea(QWidget):
    """Navigation list on the left, the chosen screen on the right, Lock at the top."""

    lock_requested = Signal()
    language_requested = Signal(str)  # "es" or "en": the window switches every screen

    def __init__(self, session: Session, parent: QWidget | None = None, *, prefs: Prefs | None = None,
                 pack_store: PackStore | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nav = QListWidget(self)
        self.nav.setFont(scaled_font(self, 1.15))
        self.stack = QStackedWidget(self)
        self.lock_button = QPushButton(self)
        self.lock_button.setFont(scaled_font(self, 1.05, bold=True))
        # Names the other language in that language, so someone who cannot read this one finds it.
        self.language_button = QPushButton(self)

        self.today = TodayView(session, self)
        self.people = PeopleView(session, self)
        self.contacts = ContactsView(session, self, pack_store=pack_store)
        review_months = prefs.review_months if prefs is not None else None
        self.guides = GuidesView(self, pack_store=pack_store, clock=session.clock, review_months=review_months)
        self.settings = SettingsView(session, self, prefs=prefs, pack_store=pack_store)
        self.settings.review_months_changed.connect(lambda _months: self.guides.refresh_staleness())
        self.views: list[QWidget] = [self.today, self.people, self.contacts, self.guides, self.settings]
        for view in self.views:
            self.stack.addWidget(view)
            QListWidgetItem("", self.nav)
        self.settings.busy_changed.connect(self._set_busy)
        if self.settings.rights_box is not None and self.guides.rights_box is not None:
            self.settings.rights_box.content_changed.connect(self.guides.reload_content)
            self.settings.rights_box.content_changed.connect(self.guides.rights_box.retranslate)
            self.guides.rights_box.content_changed.connect(self.settings.rights_box.retranslate)

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_button)
        top.addWidget(self.lock_button)
        left = QVBoxLayout()
        left.addWidget(self.nav, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        # A screen reader selects a row through the selection (AT-SPI Selection, a cell's "toggle"
        # action) without moving the current row; the selected section is the one to show.
        self.nav.itemSelectionChanged.connect(self._selection_changed)
        self.lock_button.clicked.connect(self.lock_requested)
        self.language_button.clicked.connect(lambda: self.language_requested.emit(_other_language()))
        session.open_person.connect(self._show_person)
        self.setTabOrder(self.language_button, self.lock_button)
        self.setTabOrder(self.lock_button, self.nav)
        self.nav.setCurrentRow(TODAY)
        self.retranslate()

    # --- navigation ------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _selection_changed(self) -> None:
        rows = [self.nav.row(item) for item in self.nav.selectedItems()]
        if rows and rows[0] != self.nav.currentRow():
            self.nav.setCurrentRow(rows[0])

    def current_view(self) -> QWidget:
        return self.views[self.stack.currentIndex()]

    def _show_person(self, _person_id: int) -> None:
        # The People screen shows the person's page itself; the window only makes sure it is visible.
        self.show_page(PEOPLE)

    def _set_busy(self, busy: bool) -> None:
        """While the passphrase changes in the background, nothing else may use the vault."""
        self.nav.setEnabled(not busy)
        for view in self.views:
            if view is not self.settings:
                view.setEnabled(not busy)
        self.lock_button.setEnabled(not busy)

    def focus_start(self) -> None:
        """Give the keyboard to the list of the screen shown (Today once a vault opens)."""
        view = self.current_view()
        target = getattr(view, "view", None) or view
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- actions for the shortcuts -------------------------------------------------------------------
    def focus_search(self) -> None:
        view = self.current_view()
        if not hasattr(view, "focus_search"):
            self.show_page(PEOPLE)
            view = self.people
        view.focus_search()

    def new_person(self) -> None:
        self.show_page(PEOPLE)
        self.people.new_person()  # type: ignore[attr-defined]

    def print_current(self) -> bool:
        view = self.current_view()
        printer = getattr(view, "print_current", None) or getattr(view, "print_guide", None)
        if printer is None:
            return False
        printer()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        actions = {
            QKeySequence.StandardKey.Find: self.focus_search,
            QKeySequence.StandardKey.New: self.new_person,
            QKeySequence.StandardKey.Print: self.print_current,
        }
        for key, action in actions.items():
            if event.matches(key):
                action()
                event.accept()
                return
        super().keyPressEvent(event)

    # --- language --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for row, title in enumerate(PAGE_TITLES):
            self.nav.item(row).setText(_(title))
        # As wide as the longest title in this language: on a small screen every pixel goes to the page.
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(_(title)) for title in PAGE_TITLES)
        self.nav.setFixedWidth(widest + metrics.horizontalAdvance("M") * 2 + 2 * self.nav.frameWidth())
        self.nav.setAccessibleName(_("Sections"))
        self.lock_button.setText(_("Lock"))
        self.lock_button.setAccessibleName(_("Lock the vault"))
        self.lock_button.setToolTip(_("Lock the vault now (Ctrl+L)"))
        other = _other_language()
        self.language_button.setText(LANGUAGE_NAMES[other])
        self.language_button.setAccessibleName(
            _("Show Amparo in English") if other == "en" else _("Show Amparo in Spanish"))
        self.language_button.setToolTip(self.language_button.accessibleName())
        for view in self.views:
            retranslate = getattr(view, "retranslate", None)
            if retranslate is not None:
                retranslate()

    def open_forms(self) -> list[QWidget]:
        """The forms open on a screen (dialogs that can save): an idle lock would close them unsaved."""
        from PySide6.QtWidgets import QDialog

        return [d for d in self.findChildren(QDialog) if d.isVisible() and callable(getattr(d, "save", None))]

    def close_dialogs(self) -> None:
        """Close any dialog a screen opened (an editor, a preview) before the area is destroyed."""
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()


def _other_language() -> str:
    return "en" if language() == "es" else "es"
