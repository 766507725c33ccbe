"""The start screen: language switch, and the four choices wired to the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from content.i18n import language
from tests.ui import conftest_shell
from ui.shell.main_window import MainWindow
from ui.start.screen import StartScreen
from ui.start.unlock_view import UnlockView

# Fixtures shared by the shell tests (pytest finds fixtures among module attributes).
english = conftest_shell.english
prefs = conftest_shell.prefs
qt_settings_dir = conftest_shell.qt_settings_dir
window = conftest_shell.window


def test_signals(qtbot: QtBot, english: None) -> None:
    screen = StartScreen()
    qtbot.addWidget(screen)
    for button, signal in [(screen.open_button, screen.open_requested),
                           (screen.create_button, screen.create_requested),
                           (screen.guides_button, screen.guides_requested),
                           (screen.card_button, screen.card_requested)]:
        with qtbot.waitSignal(signal):
            button.click()
    with qtbot.waitSignal(screen.language_chosen) as blocker:
        screen.spanish_button.click()
    assert blocker.args == ["es"]


def test_language_switch_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.start_screen.spanish_button.click()
    try:
        assert language() == "es"
        assert window.start_screen.open_button.accessibleName() == "Abrir una bóveda"
        saved = window.prefs.config_dir / "prefs.json"
        assert json.loads(saved.read_text()) == {"language": "es"}
        assert saved.stat().st_mode & 0o777 == 0o600
        assert window.prefs.language() == "es"
    finally:
        window.start_screen.english_button.click()
    assert window.start_screen.open_button.accessibleName() == "Open a vault"
    assert window.windowTitle() == "Amparo"


def test_open_goes_to_the_unlock_screen_and_back(window: MainWindow) -> None:
    window.start_screen.open_button.click()
    assert isinstance(window.stack.currentWidget(), UnlockView)
    window.unlock_view.back_button.click()
    assert window.stack.currentWidget() is window.start_screen


def test_guides_open_without_a_vault(qtbot: QtBot, window: MainWindow) -> None:
    window.start_screen.guides_button.click()
    guides = window.guides_window
    assert guides is not None and guides.isVisible() and guides.isWindow()
    assert guides.windowTitle() == "Amparo"
    window.start_screen.guides_button.click()
    assert window.guides_window is guides  # one guides window, raised again
    guides.close()
    qtbot.waitUntil(lambda: window.guides_window is None)


def test_card_dialog_opens_without_a_vault(qtbot: QtBot, window: MainWindow) -> None:
    window.start_screen.card_button.click()
    dialog = window.card_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_every_button_has_an_accessible_name(window: MainWindow, tmp_path: Path) -> None:
    for screen in (window.start_screen, window.unlock_view):
        for button in screen.findChildren(QPushButton):
            assert button.accessibleName() or button.text(), button
