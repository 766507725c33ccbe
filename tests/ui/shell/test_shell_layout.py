"""Usable at 1366×768, also with a 150% font; window title always "Amparo"; start-up is light."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from domain.clock import FakeClock
from tests.ui import conftest_shell
from tests.ui.conftest_shell import unlock
from ui.app.prefs import Prefs
from ui.shell.main_window import MainWindow
from ui.shell.vault_area import VaultArea

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
stored_vault = conftest_shell.stored_vault

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def big_font(qapp: QApplication) -> Iterator[None]:
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_screen_fits_1366x768_with_a_150_percent_font(
        qtbot: QtBot, big_font: None, prefs: Prefs, stored_vault: Path,
        fake_clock: FakeClock, qt_settings_dir: Path, english: None, lang: str) -> None:
    # A language switch retranslates every top-level window; views an earlier test closed but Python has
    # not collected yet would re-read that test's closed vault. Delete them first: test order must not matter.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    win = MainWindow(prefs, clock=fake_clock)
    qtbot.addWidget(win)
    win.set_language(lang)
    try:
        win.show()
        sizes = {"start": win.minimumSizeHint()}
        win.show_unlock()
        sizes["unlock"] = win.minimumSizeHint()
        unlock(qtbot, win)
        assert isinstance(win.vault_area, VaultArea)
        for index in range(win.vault_area.stack.count()):
            win.vault_area.show_page(index)
            sizes[f"page {index}"] = win.minimumSizeHint()
        win.show_create()
        assert win.create_dialog is not None
        sizes["create"] = win.create_dialog.minimumSizeHint()
        win.create_dialog.reject()
        too_big = {k: (s.width(), s.height()) for k, s in sizes.items() if s.width() > 1366 or s.height() > 740}
        assert too_big == {}
        assert win.windowTitle() == "Amparo"
    finally:
        win.set_language("en")
        win.lock()


def test_start_screen_imports_no_storage_or_reports() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.shell.main_window import MainWindow\n"
        "from ui.app.prefs import Prefs\n"
        "import tempfile, pathlib\n"
        "d = pathlib.Path(tempfile.mkdtemp())\n"
        "w = MainWindow(Prefs(d, d))\n"
        "heavy = [m for m in ('storage.vault', 'storage.keyslots', 'sqlcipher3', 'cryptography', 'reportlab',"
        " 'ui.shell.vault_area') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == ""


def test_unlock_screen_loads_the_vault_screens_in_the_background() -> None:
    # Opening a vault then waits only for the vault, not for Python to import every screen.
    code = (
        "import sys\n"
        "from PySide6.QtCore import QThreadPool\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.shell.main_window import MainWindow\n"
        "from ui.app.prefs import Prefs\n"
        "import tempfile, pathlib\n"
        "d = pathlib.Path(tempfile.mkdtemp())\n"
        "w = MainWindow(Prefs(d, d))\n"
        "before = 'ui.shell.vault_area' in sys.modules\n"
        "w.show_unlock()\n"
        "QThreadPool.globalInstance().waitForDone()\n"
        "app.processEvents()\n"
        "print(before, 'ui.shell.vault_area' in sys.modules, 'ui.today.view' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "False True True"
