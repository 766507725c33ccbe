"""PDF preview from memory: loading, rendering on white, printing with a neutral name, saving only
where the user chose, and no file written anywhere while previewing."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pypdf
import pytest
from PySide6.QtCore import QSettings, QSize, QStandardPaths
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from content.i18n import language, set_language
from ui.printing import preview as pdf_preview
from ui.printing.actions import preview_built_pdf, preview_pdf
from ui.printing.preview import (
    JOB_NAME,
    PdfPreview,
    PdfPreviewDialog,
    neutral_file_name,
    print_document,
    render_page_on_white,
)


def make_pdf(pages: int, label: str = "Synthetic page") -> bytes:
    """A small Letter PDF with a black square and a label on each page."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter, invariant=1)
    for number in range(1, pages + 1):
        pdf.drawString(72, 700, f"{label} {number}")
        pdf.rect(72, 72, 144, 144, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = language()
    set_language("en")
    yield
    set_language(before)


def wait_ready(qtbot, preview: PdfPreview) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(preview.is_ready, timeout=5000)


def test_preview_loads_bytes_and_counts_pages(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.loaded, timeout=5000) as blocker:
        preview.set_pdf(make_pdf(3))
    assert blocker.args == [3]
    assert preview.page_count() == 3
    assert "3 pages" in preview._pages.text()


def test_preview_reloads_new_bytes(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(make_pdf(2))
    wait_ready(qtbot, preview)
    second = make_pdf(5)
    preview.set_pdf(second)
    qtbot.waitUntil(lambda: preview.page_count() == 5, timeout=5000)
    assert preview.pdf_bytes() == second


def test_bytes_that_are_not_a_pdf_are_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PdfPreviewDialog(b"this is not a pdf", "x")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview._pages.text() == "This PDF could not be shown.", timeout=5000)
    assert not dialog._print.isEnabled()
    assert not dialog._save.isEnabled()


def test_page_rendered_on_white_is_opaque_and_keeps_its_ink(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(make_pdf(1))
    wait_ready(qtbot, preview)
    size = QSize(170, 220)  # 20 px per inch: the square spans x 20-60, y 160-200
    image = render_page_on_white(preview.document(), 0, size)
    assert not image.hasAlphaChannel()
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == (255, 255, 255, 255)
    ink = image.pixelColor(40, 180)
    assert (ink.red(), ink.green(), ink.blue()) == (0, 0, 0)


def test_zoom_buttons_change_the_zoom(qtbot) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 700)
    preview.set_pdf(make_pdf(1))
    wait_ready(qtbot, preview)
    preview._set_zoom(1.0)
    preview._zoom_in.click()
    assert preview.zoom_factor() == pytest.approx(1.25)
    preview._zoom_out.click()
    preview._zoom_out.click()
    assert preview.zoom_factor() == pytest.approx(0.8)


def test_printing_names_the_job_amparo_and_prints_every_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Printing to a PDF file writes that file by design; it stands in for a printer here so the
    # job name (which becomes the PDF title) and the pages can be checked.
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(make_pdf(2, "Maria Synthetic"))
    wait_ready(qtbot, preview)
    printer = pdf_preview.new_printer(preview.document())
    printer.setDocName("Maria Synthetic case")  # whatever a caller set, the job gets the neutral name
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert print_document(preview.document(), printer) == 2
    assert printer.docName() == JOB_NAME
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 2
    assert reader.metadata is not None and reader.metadata.title == JOB_NAME
    # Drawn at true size on paper of the same size: the printed page is Letter.
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_printing_respects_a_page_range(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(make_pdf(4))
    wait_ready(qtbot, preview)
    printer = pdf_preview.new_printer(preview.document())
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_document(preview.document(), printer) == 2
    assert len(pypdf.PdfReader(tmp_path / "range.pdf").pages) == 2


def _snapshot(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_preview_and_rendering_write_no_file(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Point every place a stray file could land (temp dir, home, config, cache, cwd) into one
    # fresh folder, then compare its contents before and after a whole preview session.
    root = tmp_path / "watched"
    for sub in ("tmp", "home", "home/.config", "home/.cache", "home/.local/share", "cwd"):
        (root / sub).mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(root / "tmp"))
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "home/.config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "home/.cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "home/.local/share"))
    monkeypatch.chdir(root / "cwd")
    assert tempfile.gettempdir() == str(root / "tmp")
    before = _snapshot(root)

    data = make_pdf(3, "Synthetic Person A-123-456-789")
    dialog = preview_pdf(None, data, "case-summary")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ready(qtbot, dialog.preview)
    dialog.preview.zoom_in()
    dialog.grab()  # paint the view, as a user would see it
    for page in range(dialog.preview.page_count()):
        image = render_page_on_white(dialog.preview.document(), page, QSize(850, 1100))
        assert not image.isNull()
    dialog.close()

    assert _snapshot(root) == before
    assert os.listdir(root / "tmp") == []


def test_save_as_writes_exactly_the_bytes_where_chosen(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    chosen = tmp_path / "chosen" / "mi-tarjeta.pdf"
    chosen.parent.mkdir()
    calls: list[tuple[object, ...]] = []

    def fake_dialog(parent, caption, directory, filter_, selected, options):  # type: ignore[no-untyped-def]
        calls.append((directory, filter_, options))
        return str(chosen), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    data = make_pdf(2)
    dialog = PdfPreviewDialog(data, "rights card/../x")
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog.preview)
    assert dialog.save_as() == chosen
    assert chosen.read_bytes() == data
    assert os.listdir(chosen.parent) == ["mi-tarjeta.pdf"]
    (directory, _filter, options) = calls[0]
    assert options & QFileDialog.Option.DontUseNativeDialog
    suggested = Path(str(directory))
    assert suggested.name == "rights-card-x.pdf"
    assert suggested.parent == pdf_preview.documents_folder()


def test_cancelled_save_writes_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.chdir(tmp_path)
    dialog = PdfPreviewDialog(make_pdf(1), "rights-card")
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog.preview)
    assert dialog.save_as() is None
    assert list(tmp_path.iterdir()) == []


def test_save_as_forgets_the_file_dialog_history(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    config.mkdir()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(config))
    try:
        settings = QSettings(QSettings.Scope.UserScope, "QtProject")
        settings.setValue("FileDialog/history", ["file:///home/someone/Case papers"])
        settings.setValue("FileDialog/lastVisited", "file:///home/someone/Case papers")
        settings.sync()
        target = tmp_path / "out.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        dialog = PdfPreviewDialog(make_pdf(1), "rights-card")
        qtbot.addWidget(dialog)
        wait_ready(qtbot, dialog.preview)
        dialog.save_as()
        reread = QSettings(QSettings.Scope.UserScope, "QtProject")
        assert reread.value("FileDialog/history") is None
        assert reread.value("FileDialog/lastVisited") is None
        assert "Case papers" not in (config / "QtProject.conf").read_text()
    finally:
        QSettings.setPath(
            QSettings.Format.NativeFormat,
            QSettings.Scope.UserScope,
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation),
        )


def test_a_failed_save_says_so(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "no-such-folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    shown: list[str] = []
    monkeypatch.setattr(pdf_preview.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = PdfPreviewDialog(make_pdf(1), "rights-card")
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog.preview)
    assert dialog.save_as() is None
    assert shown and "could not be saved" in shown[0]
    assert not missing.exists()


@pytest.mark.parametrize(
    ("suggested", "expected"),
    [("rights-card", "rights-card.pdf"), ("guía de derechos.pdf", "guía-de-derechos.pdf"),
     ("../../etc/passwd", "etc-passwd.pdf"), ("", "amparo.pdf"), ("a.b", "a-b.pdf")],
)
def test_neutral_file_names_are_plain(suggested: str, expected: str) -> None:
    assert neutral_file_name(suggested) == expected


def test_a_failing_builder_gives_a_message_not_an_exception(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    import ui.printing.actions as actions

    monkeypatch.setattr(actions.QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def broken() -> bytes:
        raise ValueError("Synthetic Name could not be drawn")

    assert preview_built_pdf(None, broken, "case-summary") is None
    assert len(shown) == 1
    assert "Synthetic Name" not in shown[0]


def test_dialog_title_is_neutral_and_drops_the_pdf_on_close(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PdfPreviewDialog(make_pdf(1), "case-summary")
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog.preview)
    assert dialog.windowTitle() == "Amparo"
    assert dialog._print.isEnabled() and dialog._save.isEnabled()
    preview = dialog.preview
    dialog.reject()
    assert preview.pdf_bytes() == b""


class _FakePrintDialog:
    """Stands in for QPrintDialog: the "user" picks a PDF file as the printer and clicks Print."""

    target: Path
    seen_doc_names: ClassVar[list[str]] = []

    def __init__(self, printer: QPrinter, parent: object = None) -> None:
        self.printer = printer

    def setWindowTitle(self, title: str) -> None:
        self.title = title

    def exec(self) -> int:
        type(self).seen_doc_names.append(self.printer.docName())
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        return int(pdf_preview.QDialog.DialogCode.Accepted)


def test_print_button_flow_prints_all_pages_with_a_neutral_name(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _FakePrintDialog.target = tmp_path / "printer.pdf"
    _FakePrintDialog.seen_doc_names = []
    monkeypatch.setattr(pdf_preview, "QPrintDialog", _FakePrintDialog)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595.28, 841.89), invariant=1)  # an A4 document
    pdf.setTitle("Maria Synthetic")
    for _ in range(2):
        pdf.drawString(72, 700, "Maria Synthetic")
        pdf.showPage()
    pdf.save()
    dialog = PdfPreviewDialog(out.getvalue(), "case-summary")
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog.preview)
    assert dialog.print_() is True
    assert _FakePrintDialog.seen_doc_names == [JOB_NAME]  # named before the dialog shows the queue
    reader = pypdf.PdfReader(_FakePrintDialog.target)
    assert len(reader.pages) == 2
    assert reader.metadata is not None and reader.metadata.title == JOB_NAME
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # the printer got A4 paper
