"""The recovery-key sheet: printed from memory, or saved as a PDF only where the user chooses.

The sheet names the vault and the day it was made, so a family with several vaults knows which key
opens which, and uses the paper of the user's locale (Letter in the US). The key never goes to a
file unless the user picked that file after being told the file holds the key unprotected: with no
printer the user is offered "Save as PDF" with that warning, and a print dialog's "print to file"
choice is confirmed with the same warning before anything is written.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from content.i18n import _, language
from ui.notices import questions
from ui.printing.paper import locale_paper
from ui.wording.formatting import date_long

JOB_NAME = "Amparo"


def _page_size() -> QPageSize:
    return QPageSize(QPageSize.PageSizeId.Letter if locale_paper() == "letter" else QPageSize.PageSizeId.A4)


def recovery_key_html(key: str, vault_name: str = "", made_on: date | None = None) -> str:
    """The sheet as HTML (every value escaped: a key or a vault name is data, never markup)."""
    lang = language()
    title = html.escape(_("Amparo recovery key"))
    facts = []
    if vault_name:
        facts.append(html.escape(_("Vault: {name}").format(name=vault_name)))
    if made_on is not None:
        facts.append(html.escape(_("Made on {date}").format(date=date_long(made_on, lang))))
    advice = html.escape(_("This key opens your vault if the passphrase is forgotten. "
                           "Keep it somewhere safe and private, away from the computer."))
    # The key in two lines of whole groups, never wrapped by the layout in the middle of a group
    # (white-space: pre): a key broken anywhere else is easy to copy back wrong.
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    lines = ["-".join(groups[:half]) + ("-" if len(groups) > half else ""), "-".join(groups[half:])]
    shown = "<br/>".join(html.escape(line) for line in lines if line)
    return (f"<h1>{title}</h1><p style='font-size: 14pt;'>{'<br/>'.join(facts)}</p>"
            f"<p style='font-size: 12pt;'>{advice}</p>"
            f"<p style='font-family: monospace; font-size: 18pt; white-space: pre;'>{shown}</p>")


def recovery_sheet_pdf(key: str, vault_name: str, made_on: date) -> bytes:
    """The sheet as PDF bytes, built in memory on the locale's paper."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(JOB_NAME)
    writer.setCreator(JOB_NAME)
    writer.setPageLayout(QPageLayout(_page_size(), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(recovery_key_html(key, vault_name, made_on))
    document.print_(writer)
    del writer  # ends the PDF
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def _file_warning() -> str:
    return _("The file holds the recovery key unprotected: anyone who opens it can open the vault. "
             "Keep it only on a USB stick you store safely, not on this computer, and delete it "
             "once the sheet is printed.")


def save_recovery_sheet(parent: QWidget | None, key: str, vault_name: str, made_on: date) -> bool:
    """Offer to save the sheet as a PDF (no printer here), after saying what the file holds."""
    if not questions.confirm(parent, _("No printer was found"),
                           _("You can write the key down by hand. Or save the sheet as a PDF file and "
                             "print it elsewhere.") + "\n\n" + _file_warning(),
                           _("Save as PDF…"), _("Write it down")):
        return False
    from ui.printing.preview import save_pdf_as

    return save_pdf_as(parent, recovery_sheet_pdf(key, vault_name, made_on), _("recovery-key")) is not None


def print_recovery_key(parent: QWidget | None, key: str, vault_name: str, made_on: date) -> bool:
    """Print the sheet from memory; True when it went to a printer or to a file the user chose."""
    if not QPrinterInfo.availablePrinters():
        # Qt's print dialog would offer only "print to file" with a name of its own: ask here instead.
        return save_recovery_sheet(parent, key, vault_name, made_on)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(JOB_NAME)
    printer.setCreator(JOB_NAME)
    printer.setPageSize(_page_size())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(JOB_NAME)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or printer.outputFileName():
        target = printer.outputFileName()
        if not target or not questions.confirm(
                parent, _("Write the recovery key to this file?"), target + "\n\n" + _file_warning(),
                _("Write the file"), _("Cancel")):
            return False
    document = QTextDocument()
    document.setHtml(recovery_key_html(key, vault_name, made_on))
    document.print_(printer)
    return True


