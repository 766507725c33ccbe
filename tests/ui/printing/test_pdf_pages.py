"""PDF pages drawn with PDFium from memory, and the scrolling page view with its zoom modes."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from ui.printing.page_view import PAGE_SPACING, PageView, ZoomMode
from ui.printing.pdf_pages import PdfPages, PdfStatus


def make_pdf(sizes: list[tuple[float, float]]) -> bytes:
    """Pages of the given sizes in points, each with a black square 1 inch in from the bottom left."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    for size in sizes:
        pdf.setPageSize(size)
        pdf.rect(72, 72, 144, 144, fill=1)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_pages_are_read_from_memory_with_their_sizes() -> None:
    pages = PdfPages()
    assert pages.status() == PdfStatus.NULL and pages.pageCount() == 0
    assert pages.load(make_pdf([letter, (252, 144)])) == PdfStatus.READY
    assert pages.pageCount() == 2
    assert (pages.pagePointSize(0).width(), pages.pagePointSize(0).height()) == (612, 792)
    assert (pages.pagePointSize(1).width(), pages.pagePointSize(1).height()) == (252, 144)
    pages.close()
    assert pages.status() == PdfStatus.NULL and pages.pageCount() == 0


def test_bytes_that_are_not_a_pdf_give_error_status() -> None:
    pages = PdfPages()
    assert pages.load(b"%PDF-1.4 broken") == PdfStatus.ERROR
    assert pages.pageCount() == 0
    with pytest.raises(ValueError, match="no PDF"):
        pages.render(0, QSize(10, 10))


def test_render_is_opaque_exact_size_and_keeps_the_ink() -> None:
    pages = PdfPages()
    pages.load(make_pdf([letter]))
    image = pages.render(0, QSize(170, 220))  # 20 px per inch: the square spans x 20-60, y 160-200
    assert image.size() == QSize(170, 220) and not image.hasAlphaChannel()
    white, ink = image.pixelColor(2, 2), image.pixelColor(40, 180)
    assert (white.red(), white.green(), white.blue()) == (255, 255, 255)
    assert (ink.red(), ink.green(), ink.blue()) == (0, 0, 0)
    assert pages.render(0, QSize(85, 110)).size() == QSize(85, 110)


def test_no_file_is_opened_for_the_document(tmp_path: Path) -> None:
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        pytest.fail("this check needs /proc (Linux)")
    before = {os.readlink(fds / fd) for fd in os.listdir(fds) if (fds / fd).exists()}
    pages = PdfPages()
    pages.load(make_pdf([letter] * 3))
    for page in range(3):
        pages.render(page, QSize(200, 260))
    after = {os.readlink(fds / fd) for fd in os.listdir(fds) if (fds / fd).exists()}
    assert {target for target in after - before if target.startswith("/")} == set()
    pages.close()


def test_fit_modes_follow_the_window(qtbot: QtBot) -> None:
    pages = PdfPages()
    pages.load(make_pdf([letter, letter]))
    view = PageView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.set_document(pages)
    first = view.page_rects()[0]
    assert view.zoom_mode() == ZoomMode.FIT_WIDTH
    assert first.width() == pytest.approx(view.viewport().width() - 2 * PAGE_SPACING, abs=1)
    view.set_zoom_mode(ZoomMode.FIT_PAGE)
    whole = view.page_rects()[0]
    assert whole.height() == pytest.approx(view.viewport().height() - 2 * PAGE_SPACING, abs=1)
    view.resize(700, 600)
    qtbot.waitUntil(lambda: view.page_rects()[0].height() > whole.height())
    view.set_zoom_factor(1.0)
    assert view.zoom_mode() == ZoomMode.CUSTOM
    assert view.page_rects()[0].width() == round(612 * view.logicalDpiX() / 72)
    second = view.page_rects()[1]
    assert second.top() == view.page_rects()[0].bottom() + 1 + PAGE_SPACING


def test_the_view_paints_the_page_and_forgets_it(qtbot: QtBot) -> None:
    pages = PdfPages()
    pages.load(make_pdf([letter]))
    view = PageView()
    qtbot.addWidget(view)
    view.resize(400, 500)
    view.show()
    view.set_document(pages)
    view.set_zoom_mode(ZoomMode.FIT_PAGE)
    rect = view.page_rects()[0]
    shot = view.widget().grab().toImage()
    corner = shot.pixelColor(rect.left() + 3, rect.top() + 3)
    assert (corner.red(), corner.green(), corner.blue()) == (255, 255, 255)
    # The middle of the square: 2 inches in from the left and up from the bottom of the page.
    x = rect.left() + round(rect.width() * 144 / 612)
    y = rect.bottom() - round(rect.height() * 144 / 792)
    square = shot.pixelColor(x, y)
    assert (square.red(), square.green(), square.blue()) == (0, 0, 0)
    view.clear()
    assert view.page_rects() == []
