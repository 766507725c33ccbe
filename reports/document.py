"""Shared plumbing for every printout: paper, escaping, metadata, the page footer, building to bytes.

Nothing here touches the disk: documents are built into a `BytesIO` and returned as bytes, and the
canvas is created with `invariant=1` so no creation time or random document id is written (two builds
of the same data are byte-identical and the file reveals nothing about when it was made).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from reports.fonts import FAMILY, register_fonts
from reports.i18n import tr
from reports.script_text import printable_markup

PAPERS: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
MARGIN = 18 * mm
FOOTER_SIZE = 8.0


class ReportError(ValueError):
    """A printout could not be made for a reason the user can fix (bad paper name, text too long)."""


def page_size(paper: str) -> tuple[float, float]:
    """Width and height in points of "letter" or "a4"."""
    try:
        return PAPERS[paper]
    except KeyError:
        raise ReportError(f"unknown paper size: {paper!r} (use 'letter' or 'a4')") from None


def esc(value: object) -> str:
    """Paragraph markup that prints a user string as typed: `<img src=...>` in a name must print, not load.

    Line breaks the user typed are kept; scripts the main font lacks are handled (reports.script_text).
    """
    return printable_markup(value)


class _HeadingWithStart(KeepTogether):
    """Keeps a heading with the start of what follows it, not with all of it.

    ReportLab groups a `keepWithNext` heading and the next flowable in a KeepTogether, which moves
    the pair to a new page whenever the whole block does not fit: a long table after a heading left
    most of page 1 blank. Here the pair stays where it is when the heading and a first piece of the
    block (for a table: its header and at least one row) fit; only otherwise does it move.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        if avail_height >= self._H:  # all of it fits here: nothing to decide
            return list(super().split(avail_width, avail_height))
        *head, block = self._content
        used = sum(f.wrap(avail_width, avail_height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in head)
        if head and used < avail_height and block.split(avail_width, avail_height - used):
            return list(self._content)
        return list(super().split(avail_width, avail_height))


def _numbered_canvas(footer_left: str, lang: str, bottom: float) -> type[Canvas]:
    """A canvas class that defers pages until the end so each footer can say "page X of Y"."""
    page_template = tr(lang, "Page {page} of {pages}")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this the page preamble selects Helvetica, a font that is not embedded
            # (the doc template passes initialFontName=None explicitly, hence `or`).
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FAMILY
            super().__init__(*args, **kwargs)
            self._pending: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pending)
            for number, state in enumerate(self._pending, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FAMILY, FOOTER_SIZE)
            self.setFillGray(0.35)
            self.drawString(MARGIN, bottom, footer_left)
            self.drawRightString(width - MARGIN, bottom, page_template.format(page=number, pages=total))
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable],
    *,
    lang: str,
    paper: str,
    title: str,
    footer: str,
    on_page: Callable[[Canvas, BaseDocTemplate], None] | None = None,
    margins: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Lay out `story` on `paper` and return the PDF bytes.

    `title` goes into the metadata and must be a neutral document kind, never a name. `margins` is
    (left, right, top, bottom); the footer sits inside the bottom margin.
    """
    register_fonts()
    width, height = page_size(paper)
    left, right, top, bottom = margins or (MARGIN, MARGIN, MARGIN, MARGIN + 4 * mm)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author="Amparo",
        subject="",
        creator="Amparo",
        keywords="",
        invariant=1,
        lang="es-US" if lang == "es" else "en-US",
    )
    frame = Frame(
        left,
        bottom,
        width - left - right,
        height - top - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.keepTogetherClass = _HeadingWithStart
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page or _no_decoration)])
    doc.build(list(story), canvasmaker=_numbered_canvas(footer, lang, bottom=MARGIN * 0.6))
    return buffer.getvalue()


def _no_decoration(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Pages with nothing drawn besides the story and the footer."""
