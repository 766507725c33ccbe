"""Show, print and save a PDF that exists only in memory.

Amparo's printouts hold names, A-numbers and court dates, so they are never written to a temp
file: the bytes are handed to PDFium (`ui.printing.pdf_pages`) from memory, the preview is drawn from memory,
printing rasterises each page straight onto the printer's painter, and the only file ever written is the one
the user picks in "Save as…". Print jobs carry the neutral name "Amparo" so a print queue or a
printer's job log never shows whose papers were printed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, ngettext
from ui.accessibility.window_fit import fit_window
from ui.printing.page_view import PageView, ZoomMode
from ui.printing.pdf_pages import PdfPages, PdfStatus

JOB_NAME = "Amparo"
"""The name every print job and printed PDF gets: never a person's name."""

MAX_PRINT_DPI = 300
"""Pages are rasterised at the printer's resolution up to this: 300 dpi is sharp on paper while a
1200 dpi Letter page would be a 500 MB image."""

_ZOOM_STEP = 1.25
_ZOOM_MIN = 0.25
_ZOOM_MAX = 6.0


# --------------------------------------------------------------------------------------------------
# Rendering and printing (no widgets)


def render_page_on_white(document: PdfPages, page: int, size: QSize) -> QImage:
    """Page `page` (0-based) of `document` as an opaque image of `size` pixels, on white paper."""
    return document.render(page, size)


def _pages_to_print(printer: QPrinter, page_count: int) -> range:
    """The 0-based pages the print dialog asked for (all of them unless a range was chosen)."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return range(first - 1, last)
    return range(page_count)


def print_document(document: PdfPages, printer: QPrinter) -> int:
    """Print the pages of a loaded `document` on `printer`; returns how many pages were printed.

    Each page is drawn at its true size (a wallet card must come out 3.5 × 2 in, not "fit to
    page"), centred on the paper, and only shrunk when it is larger than the paper. Returns 0
    when the printer cannot be opened.
    """
    printer.setDocName(JOB_NAME)
    printer.setCreator(JOB_NAME)
    printer.setFullPage(True)
    pages = _pages_to_print(printer, document.pageCount())
    if not pages:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        device_dpi = printer.resolution()
        render_dpi = min(device_dpi, MAX_PRINT_DPI)
        for index in pages:
            if printed:
                printer.newPage()
            paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            points = document.pagePointSize(index)
            width = points.width() / 72.0 * device_dpi
            height = points.height() / 72.0 * device_dpi
            shrink = min(1.0, paper.width() / width, paper.height() / height)
            target = QRectF(0, 0, width * shrink, height * shrink)
            target.moveCenter(QRectF(0, 0, paper.width(), paper.height()).center())
            pixels = QSize(
                max(1, round(points.width() / 72.0 * render_dpi)),
                max(1, round(points.height() / 72.0 * render_dpi)),
            )
            painter.drawImage(target, render_page_on_white(document, index, pixels))
            printed += 1
    finally:
        painter.end()
    return printed


def new_printer(document: PdfPages) -> QPrinter:
    """A printer set up for `document`: neutral job name, paper matching its first page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(JOB_NAME)
    printer.setCreator(JOB_NAME)
    if document.pageCount() > 0:
        points = document.pagePointSize(0)
        size = QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageSize(size)
        orientation = (QPageLayout.Orientation.Landscape if points.width() > points.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageOrientation(orientation)
    printer.setFromTo(1, max(1, document.pageCount()))
    return printer


def print_with_dialog(parent: QWidget | None, document: PdfPages) -> bool:
    """Ask where to print with Qt's print dialog, then print; True when pages went to the printer."""
    if document.status() != PdfStatus.READY or document.pageCount() == 0:
        return False
    printer = new_printer(document)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Amparo")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if print_document(document, printer) == 0:
        QMessageBox.warning(parent, "Amparo", _("The printer could not be opened. Check that it is "
                                                "turned on and connected, then try again."))
        return False
    return True


# --------------------------------------------------------------------------------------------------
# Saving


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder when there is none."""
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def neutral_file_name(suggested: str) -> str:
    """`suggested` reduced to a plain, safe file name ending in `.pdf`.

    Callers pass neutral names ("rights-card"); this also keeps path separators and odd
    characters out of the name the dialog proposes.
    """
    stem = suggested.removesuffix(".pdf")
    stem = re.sub(r"[^\w-]+", "-", stem).strip("-") or "amparo"
    return stem[:80] + ".pdf"


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembers in its own settings (`QtProject`).

    The non-native dialog stores its history and last folder when it closes; on a shared laptop
    that would tell the next person where case papers were saved. Only the group is touched, and
    only when it exists, so nothing is created on machines where the dialog never ran.
    """
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" in settings.childGroups():
        settings.beginGroup("FileDialog")
        for key in ("history", "lastVisited"):
            settings.remove(key)
        settings.endGroup()
        settings.sync()


def save_pdf_as(parent: QWidget | None, data: bytes, suggested_name: str) -> Path | None:
    """Ask where to save and write `data` there; the chosen path, or None if cancelled or failed.

    This is the only place a printout touches the disk, and only where the user chose.
    """
    start = documents_folder() / neutral_file_name(suggested_name)
    chosen, _selected = QFileDialog.getSaveFileName(
        parent,
        _("Save PDF"),
        str(start),
        _("PDF documents (*.pdf)"),
        "",
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    forget_file_dialog_history()
    if not chosen:
        return None
    path = Path(chosen)
    if not path.suffix and not path.with_suffix(".pdf").exists():
        path = path.with_suffix(".pdf")
    # Imported here: `storage` loads SQLCipher and Argon2, which the start screen's card does not need.
    from storage.atomic import atomic_write

    try:
        # 0600, never the umask's usual 0644: other accounts on a shared computer must not read it.
        atomic_write(path, data)
    except OSError:
        # The path is the user's own choice, so naming the folder back to them is fine; the
        # error text itself is never logged.
        QMessageBox.warning(
            parent,
            "Amparo",
            _("The PDF could not be saved in {folder}. Choose another folder, or check that there "
              "is free space and that you may write there.").format(folder=str(path.parent)),
        )
        return None
    return path


# --------------------------------------------------------------------------------------------------
# Widgets


class PdfPreview(QWidget):
    """A PDF viewer fed with bytes from memory, with zoom controls.

    `loaded(page_count)` is emitted when a document is ready to show and print; `failed()` when
    the bytes are not a readable PDF. Both are emitted from `set_pdf`, which reads the bytes at once.
    """

    loaded = Signal(int)
    failed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._document = PdfPages()

        self._view = PageView(self)
        self._view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._zoom_out = QPushButton(self)
        self._zoom_in = QPushButton(self)
        self._fit_width = QPushButton(self)
        self._whole_page = QPushButton(self)
        self._pages = QLabel(self)
        self._zoom_out.clicked.connect(self.zoom_out)
        self._zoom_in.clicked.connect(self.zoom_in)
        self._fit_width.clicked.connect(self.fit_width)
        self._whole_page.clicked.connect(self.whole_page)
        for seq, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            shortcut = QShortcut(seq, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        bar = QHBoxLayout()
        bar.addWidget(self._zoom_out)
        bar.addWidget(self._zoom_in)
        bar.addWidget(self._fit_width)
        bar.addWidget(self._whole_page)
        bar.addStretch(1)
        bar.addWidget(self._pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._view, 1)
        self.retranslate()

    # -- document ----------------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show `data` (the bytes of a PDF), then emit `loaded` or `failed`."""
        self._data = bytes(data)
        status = self._document.load(self._data)
        if status != PdfStatus.READY:
            self._data = b""
        self._view.set_document(self._document)
        self._update_pages()
        if status == PdfStatus.READY:
            self.loaded.emit(self._document.pageCount())
        else:
            self.failed.emit()

    def clear(self) -> None:
        """Close the document and drop its bytes and page images (e.g. when the window locks)."""
        self._view.clear()
        self._document.close()
        self._data = b""
        self._update_pages()

    def pdf_bytes(self) -> bytes:
        """The bytes of the PDF being shown."""
        return self._data

    def document(self) -> PdfPages:
        """The document's pages (ready once `loaded` has been emitted)."""
        return self._document

    def view(self) -> PageView:
        """The page view (for tests and screenshots)."""
        return self._view

    def is_ready(self) -> bool:
        """Whether the current bytes have been read and can be shown and printed."""
        return self._document.status() == PdfStatus.READY

    def page_count(self) -> int:
        """How many pages the document has (0 until it is ready)."""
        return self._document.pageCount() if self.is_ready() else 0

    def _update_pages(self) -> None:
        status = self._document.status()
        if status == PdfStatus.ERROR:
            self._pages.setText(_("This PDF could not be shown."))
        elif status == PdfStatus.READY:
            count = self._document.pageCount()
            self._pages.setText(ngettext("{pages} page", "{pages} pages", count).format(pages=count))
        else:
            self._pages.setText("")

    # -- zoom --------------------------------------------------------------------------------------

    def zoom_factor(self) -> float:
        """The current zoom factor of the page view (1.0 is the printed size)."""
        return self._view.zoom_factor()

    def _set_zoom(self, factor: float) -> None:
        self._view.set_zoom_factor(max(_ZOOM_MIN, min(_ZOOM_MAX, factor)))

    def zoom_in(self) -> None:
        """Make the pages larger."""
        self._set_zoom(self.zoom_factor() * _ZOOM_STEP)

    def zoom_out(self) -> None:
        """Make the pages smaller."""
        self._set_zoom(self.zoom_factor() / _ZOOM_STEP)

    def fit_width(self) -> None:
        """Fit the page width to the window."""
        self._view.set_zoom_mode(ZoomMode.FIT_WIDTH)

    def whole_page(self) -> None:
        """Show one whole page in the window."""
        self._view.set_zoom_mode(ZoomMode.FIT_PAGE)

    def retranslate(self) -> None:
        """Re-set every text in the current language."""
        self._zoom_out.setText(_("Zoom out"))
        self._zoom_out.setAccessibleName(_("Zoom out"))
        self._zoom_out.setToolTip(_("Make the pages smaller (Ctrl+−)"))
        self._zoom_in.setText(_("Zoom in"))
        self._zoom_in.setAccessibleName(_("Zoom in"))
        self._zoom_in.setToolTip(_("Make the pages larger (Ctrl++)"))
        self._fit_width.setText(_("Fit width"))
        self._fit_width.setAccessibleName(_("Fit the page width to the window"))
        self._whole_page.setText(_("Whole page"))
        self._whole_page.setAccessibleName(_("Show a whole page"))
        self._view.setAccessibleName(_("Print preview"))
        self._update_pages()


class PdfPreviewDialog(QDialog):
    """A window showing a PDF from memory, with Print, Save as… and Close.

    Nothing is written to disk unless the user chooses "Save as…" and a place; the dialog drops
    the PDF when it closes.
    """

    def __init__(self, pdf_bytes: bytes, suggested_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amparo")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._suggested = suggested_name
        self.preview = PdfPreview(self)
        self._print = QPushButton(self)
        self._save = QPushButton(self)
        self._close = QPushButton(self)
        self._print.setEnabled(False)
        self._save.setEnabled(False)
        self._print.clicked.connect(self.print_)
        self._save.clicked.connect(self.save_as)
        self._close.clicked.connect(self.reject)
        self._print.setDefault(True)
        self.preview.loaded.connect(self._on_loaded)
        self.preview.failed.connect(self._on_failed)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_as)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._print)
        buttons.addWidget(self._save)
        buttons.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.preview.view(), self._print)
        self.setTabOrder(self._print, self._save)
        self.setTabOrder(self._save, self._close)
        fit_window(self, QSize(860, 720), parent.screen() if parent is not None else None)
        self.retranslate()
        self.preview.set_pdf(pdf_bytes)

    def _on_loaded(self, pages: int) -> None:
        self._print.setEnabled(pages > 0)
        self._save.setEnabled(True)

    def _on_failed(self) -> None:
        self._print.setEnabled(False)
        self._save.setEnabled(False)

    def print_(self) -> bool:
        """Open the print dialog and print; True when pages were printed."""
        if not self.preview.is_ready():
            return False
        return print_with_dialog(self, self.preview.document())

    def save_as(self) -> Path | None:
        """Ask where to save the PDF and write it there."""
        if not self.preview.pdf_bytes():
            return None
        return save_pdf_as(self, self.preview.pdf_bytes(), self._suggested)

    def done(self, result: int) -> None:
        """Drop the PDF from memory as the window closes."""
        self.preview.clear()
        super().done(result)

    def retranslate(self) -> None:
        """Re-set every text in the current language."""
        self._print.setText(_("&Print…"))
        self._print.setAccessibleName(_("Print"))
        self._save.setText(_("&Save as…"))
        self._save.setAccessibleName(_("Save as PDF"))
        self._close.setText(_("&Close"))
        self._close.setAccessibleName(_("Close"))
        self.preview.retranslate()


__all__ = [
    "JOB_NAME",
    "PdfPreview",
    "PdfPreviewDialog",
    "documents_folder",
    "forget_file_dialog_history",
    "neutral_file_name",
    "new_printer",
    "print_document",
    "print_with_dialog",
    "render_page_on_white",
    "save_pdf_as",
]
