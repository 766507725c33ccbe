""""Update rights information from a file…": choose a pack, see who made it and what it changes, apply.

The pack is checked completely before this dialog opens; a refused pack gets a message box with the
reason and nothing is written. For a clinic's local pack the person must tick that the fingerprint
matches the one the clinic gave them before Apply is possible. Apply writes through
`ui.cli.pack_import`; Cancel (or Escape) writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from babel.dates import format_date
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from content.active import ContentUnverified, active_content
from content.i18n import _, language
from content.packs.errors import PackRefused
from storage.pack_store import PackStore
from ui.cli.pack_import import (
    ImportPlan,
    apply_import,
    plan_import,
    read_pack_file,
    restore_previous,
    unverified_message,
)


class PackDialog(QDialog):
    """Shows a verified pack (publisher, fingerprint, version, date, changes) with Apply and Cancel."""

    def __init__(self, plan: ImportPlan, store: PackStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.store = store
        manifest = plan.pack.manifest
        self.setWindowTitle(_("Update rights information") if not plan.is_local else _("Add local resources"))
        self.setMinimumWidth(560)

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(
            _("This pack is signed by the Amparo project. It changes the rights information this computer shows.")
            if not plan.is_local else
            _("This pack is signed by a local publisher, not by the Amparo project. Import it only if the "
              "fingerprint below matches the one the publisher gave you in person. It can add resources to your "
              "directory; it cannot change guides, the card or rules."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.publisher = self._value(manifest.publisher)
        self.fingerprint = self._value(plan.pack.fingerprint)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.version = self._value(str(manifest.version))
        locale = "es_US" if language() == "es" else "en_US"
        self.date = self._value(format_date(manifest.date, format="long", locale=locale))
        form.addRow(_("Publisher:"), self.publisher)
        form.addRow(_("Key fingerprint:"), self.fingerprint)
        form.addRow(_("Version:"), self.version)
        form.addRow(_("Date:"), self.date)

        changes_label = QLabel(_("What changes:"), self)
        self.changes = QListWidget(self)
        lines = [c.words(_) for c in plan.changes] or [_("Nothing: the files are the same.")]
        self.changes.addItems(lines)
        self.changes.setAccessibleName(_("What changes:"))
        changes_label.setBuddy(self.changes)

        self.confirm = QCheckBox(_("The fingerprint matches the one the publisher gave me"), self)
        self.confirm.setVisible(plan.is_local)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(_("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.setEnabled(not plan.is_local)
        self.confirm.toggled.connect(self.apply_button.setEnabled)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(changes_label)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def apply(self) -> None:
        """Import the pack; on a disk error say so and keep the dialog open (nothing is half-applied)."""
        if self.plan.is_local and not self.confirm.isChecked():
            return
        try:
            apply_import(self.plan, self.store)
        except OSError:
            self.error.setText(_("The pack could not be saved on this computer (is the disk full?). "
                                 "Nothing was changed."))
            self.error.show()
            return
        self.accept()


def open_pack(path: Path, store: PackStore, parent: QWidget | None) -> PackDialog | QMessageBox:
    """Check the pack at `path`; a good pack opens in a `PackDialog`, a refusal in a message box."""
    try:
        plan = plan_import(read_pack_file(path), store)
    except PackRefused as exc:
        return refuse(parent, exc.render(_))
    dialog = PackDialog(plan, store, parent)
    dialog.open()
    return dialog


def refuse(parent: QWidget | None, reason: str) -> QMessageBox:
    """The refusal of a pack, with its reason, shown without blocking (tests close it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, _("This pack was not imported"),
                      reason + "\n\n" + _("Nothing was changed."), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("pack-refused")
    box.open()
    return box


def ask_restore_previous(store: PackStore, parent: QWidget | None, done: Callable[[], None]) -> QMessageBox:
    """Ask before going back to the previous rights information; `done` runs after it went back."""
    if not store.has_rights_history():
        box = QMessageBox(QMessageBox.Icon.Information, _("Restore the previous rights information"),
                          _("No imported rights information is in use: Amparo already shows its own."),
                          QMessageBox.StandardButton.Ok, parent)
    else:
        box = QMessageBox(QMessageBox.Icon.Question, _("Restore the previous rights information"),
                          _("Show the rights information that was in use before the last update?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes and restore_previous(store):
                done()

        box.finished.connect(answered)
    box.setObjectName("pack-restore")
    box.open()
    return box


class RightsInfoBox(QGroupBox):
    """Which rights information is in use, with "Update … from a file…" and "Restore the previous …".

    Shown on the Guides screen (no vault needed) and in Settings; `content_changed` tells the guides
    to read their text again after an import or a restore.
    """

    content_changed = Signal()

    def __init__(self, store: PackStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.window_shown: QWidget | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.update_button = QPushButton(self)
        self.update_button.clicked.connect(self.update_from_file)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_previous)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.update_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_("Rights information"))
        self.update_button.setText(_("Update rights information from a file…"))
        self.restore_button.setText(_("Restore the previous rights information"))
        try:
            current = active_content()
        except ContentUnverified:
            self.status.setText(unverified_message(_))
        else:
            locale = "es_US" if language() == "es" else "en_US"
            day = format_date(current.manifest.date, format="long", locale=locale)
            words = (_("In use: version {version} of {date}, imported.") if current.imported else
                     _("In use: version {version} of {date}, built into Amparo."))
            self.status.setText(words.format(version=current.manifest.version, date=day))
        self.restore_button.setEnabled(self.store.has_rights_history())

    def update_from_file(self) -> QWidget | None:
        """Ask for a pack file, then check it and show what it would change."""
        from ui.privacy.file_dialogs import choose_pack_file

        path = choose_pack_file(self, Path.home())
        return self.import_pack(path) if path is not None else None

    def import_pack(self, path: Path) -> QWidget:
        """Check the pack at `path`; returns its dialog, or the message box of its refusal."""
        shown = open_pack(path, self.store, self)
        if isinstance(shown, PackDialog):
            shown.accepted.connect(self._changed)
        return self._keep(shown)

    def restore_previous(self) -> QWidget:
        """Ask, then go back to the rights information in use before the last update."""
        return self._keep(ask_restore_previous(self.store, self, self._changed))

    def _changed(self) -> None:
        self.retranslate()
        self.content_changed.emit()

    def _keep(self, window: QWidget) -> QWidget:
        # These windows are window-modal, so the one before is closed by now and can go.
        if self.window_shown is not None:
            self.window_shown.deleteLater()
        self.window_shown = window
        return window
