"""The recovery key is never written to a file the user did not choose and was not warned about."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.reports.pdfcheck import flat, reader
from tests.ui import conftest_shell
from ui.notices import questions
from ui.printing import preview as pdf_preview
from ui.start import recovery_sheet
from ui.start.create_vault import CreateVaultDialog

english = conftest_shell.english
spanish = conftest_shell.spanish
prefs = conftest_shell.prefs

KEY = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
MADE = date(2026, 11, 30)


@pytest.fixture
def us_locale() -> object:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.usefixtures("spanish", "us_locale")
def test_the_sheet_names_the_vault_and_date_on_letter_paper(qtbot: QtBot) -> None:
    pdf = recovery_sheet.recovery_sheet_pdf(KEY, "Notas 2026", MADE)
    text = flat(pdf)
    assert KEY in text.replace(" ", "") or KEY in text
    assert "Notas 2026" in text and "30 de noviembre de 2026" in text
    box = reader(pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter


@pytest.mark.usefixtures("english")
def test_a4_outside_the_letter_countries(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        box = reader(recovery_sheet.recovery_sheet_pdf(KEY, "Notes", MADE)).pages[0].mediabox
    finally:
        QLocale.setDefault(before)
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


@pytest.mark.usefixtures("english", "us_locale")
def test_no_printer_asks_first_and_writes_only_the_chosen_file(qtbot: QtBot, home: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_sheet.QPrinterInfo, "availablePrinters", staticmethod(lambda: []))
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent: object, title: str, text: str, *_a: object) -> bool:
        asked.append(title + " " + text)
        return next(answers)

    monkeypatch.setattr(questions, "confirm", confirm)
    chosen = home / "usb" / "sheet.pdf"
    chosen.parent.mkdir()
    monkeypatch.setattr(pdf_preview.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    # "Write it down": nothing is written anywhere
    assert recovery_sheet.print_recovery_key(None, KEY, "Notas 2026", MADE) is False
    assert list(home.rglob("*.pdf")) == []
    assert "No printer was found" in asked[0] and "unprotected" in asked[0]
    # "Save as PDF…": only the file the user chose
    assert recovery_sheet.print_recovery_key(None, KEY, "Notas 2026", MADE) is True
    assert list(home.rglob("*.pdf")) == [chosen]
    assert "Notas 2026" in flat(chosen.read_bytes())


class _PrintToFile:
    """A print dialog where the user picked "print to file"."""

    target = Path()

    def __init__(self, printer: QPrinter, _parent: object = None) -> None:
        self.printer = printer

    def setWindowTitle(self, _title: str) -> None:
        pass

    def exec(self) -> int:
        assert self.printer.docName() == "Amparo"
        assert self.printer.pageLayout().pageSize().id() == recovery_sheet.QPageSize.PageSizeId.Letter
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return int(recovery_sheet.QDialog.DialogCode.Accepted)


@pytest.mark.usefixtures("english", "us_locale")
def test_print_to_file_is_confirmed_with_a_warning(qtbot: QtBot, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recovery_sheet.QPrinterInfo, "availablePrinters", staticmethod(lambda: [object()]))
    _PrintToFile.target = home / "Amparo.pdf"
    monkeypatch.setattr(recovery_sheet, "QPrintDialog", _PrintToFile)
    asked: list[str] = []
    monkeypatch.setattr(questions, "confirm", lambda _p, title, text, *_a: asked.append(text) or False)
    assert recovery_sheet.print_recovery_key(None, KEY, "Notas 2026", MADE) is False
    assert not _PrintToFile.target.exists()
    assert str(_PrintToFile.target) in asked[0] and "unprotected" in asked[0]


@pytest.mark.usefixtures("english")
def test_a_stale_passphrase_message_goes_away(qtbot: QtBot, prefs: object) -> None:
    dialog = CreateVaultDialog(prefs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Notas 2026")
    dialog.passphrase.edit.setText("abc")
    dialog.repeat.edit.setText("abc")
    dialog.create_button.click()
    assert dialog.error_label.isVisibleTo(dialog) and "too easy" in dialog.error_label.text()
    dialog.passphrase.edit.setText("abcd")  # still too easy: the message stays
    assert dialog.error_label.isVisibleTo(dialog)
    dialog.passphrase.edit.setText("la luna sale tarde hoy")
    assert not dialog.error_label.isVisibleTo(dialog)


@pytest.mark.usefixtures("english")
def test_the_key_page_prints_with_the_vault_name_and_the_clock_date(qtbot: QtBot, prefs: object,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from domain.clock import FakeClock

    seen: list[tuple[object, ...]] = []
    monkeypatch.setattr(recovery_sheet, "print_recovery_key", lambda *args: seen.append(args) or True)
    dialog = CreateVaultDialog(prefs, None, FakeClock())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  Notas 2026 ")
    dialog.recovery_key = KEY
    dialog.print_button.click()
    assert seen == [(dialog, KEY, "Notas 2026", date(2026, 11, 22))]
