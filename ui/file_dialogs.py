"""Qt's own file dialogs (never the native ones), used so that they leave no history on disk.

Qt saves a file dialog's history, last folder and sidebar into `QtProject.conf` when the dialog is
destroyed. Every dialog here reads that group before and puts it back exactly afterwards, so the
folders and files chosen in Amparo are never written to disk (and other Qt programs keep theirs).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QWidget


def _qt_file_dialog_settings() -> QSettings:
    # Qt's file dialog writes its history and last folder here on its own; we only use this to undo that.
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def choose_vault_folder(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a `.amparo` folder with Qt's own (non-native) dialog, leaving no history behind.

    Qt saves the file dialog's history, last folder and sidebar into `QtProject.conf` when the dialog
    is destroyed. The group is read before and put back exactly afterwards, so the folder chosen here
    is never written to disk (and other Qt programs keep their own history).
    """
    settings = _qt_file_dialog_settings()
    had_file = Path(settings.fileName()).exists()
    settings.beginGroup("FileDialog")
    saved = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()

    dialog = QFileDialog(parent, "Amparo")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setHistory([])
    dialog.setSidebarUrls([QUrl.fromLocalFile(str(start)), QUrl.fromLocalFile(str(Path.home()))])
    dialog.setDirectory(str(start if start.is_dir() else Path.home()))
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
