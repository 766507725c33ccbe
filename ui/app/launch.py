"""Start the desktop app: `run(argv)` builds the QApplication and shows the start screen.

Kept light so the start screen appears quickly: storage (SQLCipher, Argon2), reports and the vault
screens are imported only when they are first needed.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.privacy.no_core_dumps import disable_core_dumps

APP_NAME = "Amparo"


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    # No organization name or domain: QSettings would otherwise get a path, and Amparo never uses it.
    app.setApplicationName(APP_NAME)
    from ui.app.icon import DESKTOP_ID, app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)  # Wayland shows the menu entry's icon and name from this
    return app


def run(argv: list[str]) -> int:
    """The GUI entry point called by main.py; returns the exit code."""
    disable_core_dumps()
    app = make_application(argv)

    from content.i18n import set_language
    from ui.app.prefs import Prefs
    from ui.app.qt_translations import QtTranslations
    from ui.shell.main_window import MainWindow

    prefs = Prefs.default()
    lang = prefs.language()
    set_language(lang)
    qt_translations = QtTranslations()
    qt_translations.apply(lang)
    window = MainWindow(prefs, qt_translations=qt_translations)
    window.show()
    window.check_content()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(run(sys.argv))
