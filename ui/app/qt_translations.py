"""Qt's own strings (the buttons of standard dialogs, the file dialog, the print dialog) in our language.

Qt ships `qtbase_<lang>.qm` catalogs; installing one translates "Cancel", "Open", "Print"... When the
language changes, the previous translator is removed before the new one is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class QtTranslations:
    """Holds the one Qt translator Amparo installs and swaps it on a language change."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language: str | None = None

    def apply(self, lang: str) -> bool:
        """Use Qt's catalog for `lang` (English needs none). False when no catalog was found."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        self.language = lang
        if lang == "en":
            return True
        translator = QTranslator()
        if not translator.load(f"qtbase_{lang}", qt_translations_dir()):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return True
