"""A PDF held in memory, read with PDFium (pypdfium2), whose pages come out as opaque Qt images.

This replaces QtPdf, which only ships in the 400 MB PySide6-Addons wheel. The bytes are handed to
PDFium straight from memory and every page is drawn into a buffer this module owns, so a printout
never reaches a temp file. The method names follow QPdfDocument's (`pageCount`, `pagePointSize`,
`render`), which the preview, the card dialog and the print path already use.

PDFium is not thread-safe: documents are only used from the GUI thread.
"""

from __future__ import annotations

import ctypes
from enum import Enum

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

_WHITE = (255, 255, 255, 255)


class PdfStatus(Enum):
    """Whether the bytes given were read: nothing loaded yet, a readable PDF, or not a PDF."""

    NULL = "null"
    READY = "ready"
    ERROR = "error"


class PdfPages:
    """The pages of one PDF given as bytes; `status()` says whether they could be read."""

    def __init__(self) -> None:
        self._document: pdfium.PdfDocument | None = None
        self._data = b""
        self._sizes: list[QSizeF] = []
        self._status = PdfStatus.NULL

    def load(self, data: bytes) -> PdfStatus:
        """Read `data` (replacing any document loaded before) and return the new status."""
        self.close()
        # PDFium reads the bytes lazily for as long as the document is open, so they are kept.
        self._data = bytes(data)
        try:
            document = pdfium.PdfDocument(self._data)
            sizes = [QSizeF(*document[index].get_size()) for index in range(len(document))]
        except pdfium.PdfiumError:
            self._data = b""
            self._status = PdfStatus.ERROR
            return self._status
        self._document, self._sizes, self._status = document, sizes, PdfStatus.READY
        return self._status

    def close(self) -> None:
        """Forget the document and its bytes."""
        if self._document is not None:
            self._document.close()
        self._document = None
        self._data = b""
        self._sizes = []
        self._status = PdfStatus.NULL

    def status(self) -> PdfStatus:
        return self._status

    def pageCount(self) -> int:
        return len(self._sizes)

    def pagePointSize(self, page: int) -> QSizeF:
        """The size of page `page` (0-based) in points (1/72 inch)."""
        return QSizeF(self._sizes[page])

    def render(self, page: int, size: QSize) -> QImage:
        """Page `page` (0-based) drawn on white paper into an opaque image of `size` pixels.

        The paper is filled white before drawing: a page whose own background is transparent would
        otherwise take the colour of whatever lies beneath it on screen or on paper.
        """
        if self._document is None:
            raise ValueError("no PDF is loaded")
        width, height = max(1, size.width()), max(1, size.height())
        stride = width * 4
        buffer = (ctypes.c_ubyte * (stride * height))()
        # BGRx in memory is Qt's RGB32 on the little-endian machines Amparo runs on.
        bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_BGRx, buffer=buffer, stride=stride)
        bitmap.fill_rect(_WHITE, 0, 0, width, height)
        pdf_page = self._document[page]
        try:
            pdfium_c.FPDF_RenderPageBitmap(bitmap, pdf_page, 0, 0, width, height, 0, pdfium_c.FPDF_ANNOT)
        finally:
            pdf_page.close()
            bitmap.close()
        # copy(): the QImage must own its pixels, not borrow the ctypes buffer freed on return.
        return QImage(bytes(buffer), width, height, stride, QImage.Format.Format_RGB32).copy()


__all__ = ["PdfPages", "PdfStatus"]
