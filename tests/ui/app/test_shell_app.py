"""Application start-up pieces: core dumps off, Qt's own strings in Spanish, the file dialog's history."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui import conftest_shell
from ui.app.launch import disable_core_dumps, make_application
from ui.app.qt_translations import QtTranslations
from ui.start.unlock_view import choose_vault_folder

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
qt_settings_dir = conftest_shell.qt_settings_dir


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
def test_core_dumps_are_disabled() -> None:
    import resource

    assert disable_core_dumps() is True
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def test_application_has_a_name_and_no_organization(qapp: QApplication) -> None:
    app = make_application([])
    assert app is qapp
    assert app.applicationName() == "Amparo"
    assert app.organizationName() == "" and app.organizationDomain() == ""


def test_qt_translator_swaps(qapp: QApplication) -> None:
    translations = QtTranslations()
    try:
        assert translations.apply("es") is True
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
        assert translations.apply("en") is True
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        translations.apply("en")


def _accept_dialog_with(folder: Path, seen: dict[str, object]) -> None:
    """Find the open file dialog (retrying until it is shown), note its state, choose `folder`."""
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
    if not dialogs:
        QTimer.singleShot(10, lambda: _accept_dialog_with(folder, seen))
        return
    dialog = dialogs[0]
    seen["history"] = dialog.history()
    seen["non_native"] = dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(folder.parent))
    dialog.selectFile(str(folder))
    dialog.accept()


def test_file_dialog_leaves_no_history(qtbot: QtBot, tmp_path: Path, qt_settings_dir: Path) -> None:
    from PySide6.QtCore import QSettings

    # Another Qt program's history is already there and must survive untouched.
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["file:///elsewhere"])
    settings.sync()
    secret = tmp_path / "Familia Secreta.amparo"
    secret.mkdir()
    seen: dict[str, object] = {}
    QTimer.singleShot(0, lambda: _accept_dialog_with(secret, seen))
    chosen = choose_vault_folder(None, tmp_path)
    assert chosen == secret
    # The dialog did not show the history stored by other programs (only where it went itself).
    assert seen["non_native"] is True
    assert not any("elsewhere" in entry for entry in seen["history"])
    written = "".join(p.read_text(errors="replace") for p in qt_settings_dir.rglob("*") if p.is_file())
    assert "Secreta" not in written
    assert "elsewhere" in written


def test_file_dialog_creates_no_settings_file(qtbot: QtBot, tmp_path: Path, qt_settings_dir: Path) -> None:
    secret = tmp_path / "Otra.amparo"
    secret.mkdir()
    QTimer.singleShot(0, lambda: _accept_dialog_with(secret, {}))
    assert choose_vault_folder(None, tmp_path) == secret
    assert [p for p in qt_settings_dir.rglob("*") if p.is_file()] == []
