"""Qt's own file dialogs (never the native ones), used so that they leave no history on disk.

Qt saves a file dialog's history, last folder and sidebar into `QtProject.conf` when the dialog is
destroyed. Every dialog here reads that group before and puts it back exactly afterwards, so the
folders and files chosen in Amparo are never written to disk (and other Qt programs keep theirs).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget

from content.i18n import _


def _qt_file_dialog_settings() -> QSettings:
    # Qt's file dialog writes its history and last folder here on its own; we only use this to undo that.
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def _ask(parent: QWidget | None, start: Path, setup: Callable[[QFileDialog], None]) -> Path | None:
    """Run one configured dialog and undo what Qt saves of it afterwards."""
    settings = _qt_file_dialog_settings()
    had_file = Path(settings.fileName()).exists()
    settings.beginGroup("FileDialog")
    saved = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()

    dialog = QFileDialog(parent, "Amparo")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(start)), QUrl.fromLocalFile(str(Path.home()))])
    dialog.setDirectory(str(start if start.is_dir() else Path.home()))
    setup(dialog)
    chosen: Path | None = None
    if dialog.exec() == QFileDialog.DialogCode.Accepted and dialog.selectedFiles():
        chosen = Path(dialog.selectedFiles()[0])
    dialog.setHistory([])
    dialog.setParent(None)
    del dialog  # destroyed now, so Qt's own save happens before the restore below

    settings = _qt_file_dialog_settings()
    settings.remove("FileDialog")
    settings.beginGroup("FileDialog")
    for key, value in saved.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
    if not had_file and not settings.allKeys():
        with contextlib.suppress(OSError):
            Path(settings.fileName()).unlink()
    return chosen


def choose_vault_folder(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a `.amparo` folder."""

    def setup(dialog: QFileDialog) -> None:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)

    return _ask(parent, start, setup)


def _copy_filter() -> str:
    from storage.backups import COPY_SUFFIX  # storage loads only once a vault is in play

    return _("Amparo copies (*{suffix})").format(suffix=COPY_SUFFIX)


def choose_copy_to_open(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for an existing copy file (made with "Save a copy to…" or `backup --out`)."""

    def setup(dialog: QFileDialog) -> None:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([_copy_filter(), _("All files (*)")])

    return _ask(parent, start, setup)


def choose_copy_to_save(parent: QWidget | None, start: Path, name: str) -> Path | None:
    """Ask where to save a copy; the suffix is added when the name lacks it."""

    def setup(dialog: QFileDialog) -> None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([_copy_filter()])
        dialog.setDefaultSuffix("amparo-copy")
        dialog.selectFile(name)

    return _ask(parent, start, setup)


def choose_pack_file(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a content pack file (`.amparopack`, usually on a USB stick)."""

    def setup(dialog: QFileDialog) -> None:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([_("Amparo packs (*.amparopack)"), _("All files (*)")])

    return _ask(parent, start, setup)
