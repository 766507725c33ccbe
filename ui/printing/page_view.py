"""A scrolling column of PDF pages, drawn only where they are visible, with three zoom modes.

Pages are rendered by `ui.printing.pdf_pages.PdfPages` at the size they are shown and cached for the current
zoom only, so a long guide costs memory for the pages seen, not for the whole document at every
zoom level. A zoom factor of 1.0 shows a page at its printed size (points at the screen's dpi).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from ui.printing.pdf_pages import PdfPages, PdfStatus

PAGE_SPACING = 12
"""Pixels of grey between pages and around them."""


class ZoomMode(Enum):
    """How the zoom is chosen: by the user, to fit the page width, or to fit a whole page."""

    CUSTOM = "custom"
    FIT_WIDTH = "fit-width"
    FIT_PAGE = "fit-page"


class _PageCanvas(QWidget):
    """The pages one under another; paints the visible ones from a cache for the current scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: PdfPages | None = None
        self.scale = 1.0  # pixels per point
        self._cache: dict[int, QImage] = {}
        self._rects: list[QRect] = []

    def set_layout(self, document: PdfPages | None, scale: float) -> None:
        """Lay the pages of `document` out at `scale`, dropping images drawn at another scale."""
        self.document, self.scale = document, scale
        self._cache.clear()
        self._rects = []
        width = 0
        y = PAGE_SPACING
        count = document.pageCount() if document is not None and document.status() == PdfStatus.READY else 0
        for index in range(count):
            assert document is not None
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
            self._rects.append(QRect(PAGE_SPACING, y, size.width(), size.height()))
            y += size.height() + PAGE_SPACING
            width = max(width, size.width())
        self.resize(width + 2 * PAGE_SPACING, y if count else 0)
        self.update()

    def page_rects(self) -> list[QRect]:
        return list(self._rects)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#808080"))
        if self.document is not None:
            for index, rect in enumerate(self._rects):
                if rect.intersects(event.rect()):
                    painter.drawImage(rect, self._image(index, rect.size()))
        painter.end()

    def _image(self, index: int, size: QSize) -> QImage:
        # Drawn in device pixels: on a scaled screen (150 %) a page drawn at its logical size and
        # stretched would be blurred.
        ratio = self.devicePixelRatioF()
        pixels = QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))
        image = self._cache.get(index)
        if image is None or image.size() != pixels:
            assert self.document is not None
            image = self.document.render(index, pixels)
            image.setDevicePixelRatio(ratio)
            self._cache[index] = image
        return image

    def forget(self) -> None:
        """Drop the drawn pages (they show the printout) and the document."""
        self.set_layout(None, self.scale)


class PageView(QScrollArea):
    """The preview's page area: scroll with the keyboard or wheel; zoom set by `ZoomMode`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = _PageCanvas(self)
        self.setWidget(self._canvas)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundRole(self._canvas.backgroundRole())
        self.setStyleSheet("QScrollArea { background: #808080; }")
        # Always shown, so fitting the width never makes the bar appear, then vanish, then appear.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._document: PdfPages | None = None
        self._mode = ZoomMode.FIT_WIDTH
        self._zoom = 1.0

    def set_document(self, document: PdfPages | None) -> None:
        """Show `document` (call again after it loads new bytes)."""
        self._document = document
        self._relayout()

    def zoom_mode(self) -> ZoomMode:
        return self._mode

    def set_zoom_mode(self, mode: ZoomMode) -> None:
        self._mode = mode
        self._relayout()

    def zoom_factor(self) -> float:
        """The zoom in use: the user's choice, or what a fit mode computed for this window size."""
        return self._zoom

    def set_zoom_factor(self, factor: float) -> None:
        """Show pages at `factor` times their printed size (and stop fitting to the window)."""
        self._mode = ZoomMode.CUSTOM
        self._zoom = factor
        self._relayout()

    def page_rects(self) -> list[QRect]:
        """Where each page is drawn inside the scrolled area (for tests and screenshots)."""
        return self._canvas.page_rects()

    def _pixels_per_point_at_zoom_1(self) -> float:
        return self.logicalDpiX() / 72.0

    def _fitted_zoom(self) -> float:
        document = self._document
        if document is None or document.status() != PdfStatus.READY or document.pageCount() == 0:
            return self._zoom
        points = document.pagePointSize(0)
        if points.width() <= 0 or points.height() <= 0:
            return self._zoom
        per_point = self._pixels_per_point_at_zoom_1()
        viewport = self.viewport().size()
        fit_w = (viewport.width() - 2 * PAGE_SPACING) / (points.width() * per_point)
        if self._mode == ZoomMode.FIT_WIDTH:
            return max(0.05, fit_w)
        fit_h = (viewport.height() - 2 * PAGE_SPACING) / (points.height() * per_point)
        return max(0.05, min(fit_w, fit_h))

    def _relayout(self) -> None:
        if self._mode != ZoomMode.CUSTOM:
            self._zoom = self._fitted_zoom()
        self._canvas.set_layout(self._document, self._zoom * self._pixels_per_point_at_zoom_1())

    def clear(self) -> None:
        """Forget the document and every page image drawn from it."""
        self._document = None
        self._canvas.forget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._mode != ZoomMode.CUSTOM:
            self._relayout()


__all__ = ["PAGE_SPACING", "PageView", "ZoomMode"]
