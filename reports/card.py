"""The wallet rights card: a sheet of cards to cut out, fold-over or duplex, with crop marks.

The front speaks to the holder in `lang`; the back is always English, for the officer. The card text
lives in `<lang>/card.toml` of the verified content in use (`content.active`). Geometry
(`sheet_geometry`) is a pure function so tests can check that each crop mark sits on the extension of
a card edge, outside the card.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, PageBreak, Paragraph
from reportlab.platypus.flowables import Flowable

from content.active import lang_folder
from domain.text import Text
from domain.validation import format_a_number
from reports.document import ReportError, build_pdf, esc, page_size
from reports.fonts import BOLD, FAMILY, register_fonts
from reports.i18n import normalize_lang, reviewed_words, tr

CARD_SIZES: dict[str, tuple[float, float]] = {
    "business": (3.5 * inch, 2 * inch),  # the common red cards
    "id1": (85.6 * mm, 54 * mm),  # credit-card size, ISO/IEC 7810 ID-1
}
LAYOUTS = ("foldover", "duplex")

MARK_GAP = 3.0  # points between a card corner and the start of its mark, so the mark never shows on a card
MARK_LENGTH = 10.0
GUTTER = 18.0  # between cards: more than MARK_GAP + MARK_LENGTH, so marks never reach a neighbour
SHEET_MARGIN = 0.5 * inch
NOTE_BAND = 0.55 * inch  # room at the top of the sheet for the how-to-cut note
FOOTER_BAND = 0.6 * inch
CARD_PADDING = 7.0

MAX_FONT = 9.0
MIN_FONT = 7.0  # below this a card is hard to read in a hurry
FONT_STEP = 0.25

A_NUMBER_WARNING = Text(
    "Anyone who finds the card will see your A-number. Leave it off unless you need it there.",
    "Quien encuentre la tarjeta verá su número A. Déjelo fuera si no lo necesita en ella.",
)
CARD_TOO_FULL = Text(
    "The card text does not fit at a readable size. Shorten the names or phone numbers.",
    "El texto no cabe en la tarjeta con un tamaño legible. Acorte los nombres o los teléfonos.",
)


class CardTooFullError(ReportError):
    """The text of one card side does not fit at MIN_FONT or larger."""

    def __init__(self, side: str, size: str) -> None:
        super().__init__(f"card {side} ({size}) does not fit at {MIN_FONT} pt")
        self.message = CARD_TOO_FULL


@dataclass(frozen=True, slots=True)
class CardPersonal:
    """Optional personal lines. The A-number stays off unless given (see `card_warnings`)."""

    attorney_name: str = ""
    attorney_phone: str = ""
    emergency_name: str = ""
    emergency_phone: str = ""
    a_number: str | None = None


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in PDF points, origin at the bottom left of the page."""

    x: float
    y: float
    width: float
    height: float

    def corners(self) -> tuple[tuple[float, float], ...]:
        return (
            (self.x, self.y),
            (self.x + self.width, self.y),
            (self.x, self.y + self.height),
            (self.x + self.width, self.y + self.height),
        )


Segment = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class SheetPage:
    """One page of the sheet: where each card goes and which side it shows."""

    cards: tuple[Rect, ...]  # the piece to cut out (for fold-over, front and back together)
    sides: tuple[tuple[Rect, str], ...]  # (area, "front" | "back") to fill with text
    crop_marks: tuple[Segment, ...]
    fold_lines: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class SheetGeometry:
    """Every page of a card sheet."""

    page_width: float
    page_height: float
    card_width: float
    card_height: float
    pages: tuple[SheetPage, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class CardFit:
    """The result of fitting one side's text: the font size used and the laid-out paragraphs."""

    font_size: float
    height: float
    paragraphs: tuple[Paragraph, ...]


def crop_marks_for(rect: Rect) -> list[Segment]:
    """Two short lines per corner, on the extensions of the card edges, starting MARK_GAP outside."""
    x0, y0, x1, y1 = rect.x, rect.y, rect.x + rect.width, rect.y + rect.height
    g, n = MARK_GAP, MARK_GAP + MARK_LENGTH
    return [
        (x0 - n, y0, x0 - g, y0),
        (x0, y0 - n, x0, y0 - g),  # bottom left
        (x1 + g, y0, x1 + n, y0),
        (x1, y0 - n, x1, y0 - g),  # bottom right
        (x0 - n, y1, x0 - g, y1),
        (x0, y1 + g, x0, y1 + n),  # top left
        (x1 + g, y1, x1 + n, y1),
        (x1, y1 + g, x1, y1 + n),  # top right
    ]


def _grid(count_space: float, unit: float) -> int:
    return max(0, int((count_space + GUTTER) // (unit + GUTTER)))


def sheet_geometry(size: str = "business", layout: str = "foldover", paper: str = "letter") -> SheetGeometry:
    """Place as many cards as fit on the page, centred, with GUTTER between them."""
    if size not in CARD_SIZES:
        raise ReportError(f"unknown card size: {size!r} (use 'business' or 'id1')")
    if layout not in LAYOUTS:
        raise ReportError(f"unknown card layout: {layout!r} (use 'foldover' or 'duplex')")
    page_w, page_h = page_size(paper)
    card_w, card_h = CARD_SIZES[size]
    unit_w = card_w * 2 if layout == "foldover" else card_w
    area_x0, area_x1 = SHEET_MARGIN, page_w - SHEET_MARGIN
    area_y0, area_y1 = FOOTER_BAND, page_h - SHEET_MARGIN - NOTE_BAND
    cols = _grid(area_x1 - area_x0, unit_w)
    rows = _grid(area_y1 - area_y0, card_h)
    grid_w = cols * unit_w + (cols - 1) * GUTTER
    grid_h = rows * card_h + (rows - 1) * GUTTER
    left = (page_w - grid_w) / 2
    top = area_y1 - ((area_y1 - area_y0) - grid_h) / 2

    units: list[Rect] = []
    for row in range(rows):
        for col in range(cols):
            x = left + col * (unit_w + GUTTER)
            y = top - card_h - row * (card_h + GUTTER)
            units.append(Rect(x, y, unit_w, card_h))

    def page_for(rects: list[Rect], sides: list[tuple[Rect, str]], folds: list[Segment]) -> SheetPage:
        marks = [segment for rect in rects for segment in crop_marks_for(rect)]
        return SheetPage(tuple(rects), tuple(sides), tuple(marks), tuple(folds))

    if layout == "foldover":
        sides: list[tuple[Rect, str]] = []
        folds: list[Segment] = []
        for unit in units:
            sides.append((Rect(unit.x, unit.y, card_w, card_h), "front"))
            sides.append((Rect(unit.x + card_w, unit.y, card_w, card_h), "back"))
            folds.append((unit.x + card_w, unit.y, unit.x + card_w, unit.y + card_h))
        pages = (page_for(units, sides, folds),)
    else:
        # Long-edge duplex flips the sheet left to right, so each back sits at the mirrored x.
        backs = [Rect(page_w - u.x - u.width, u.y, u.width, u.height) for u in units]
        pages = (
            page_for(units, [(u, "front") for u in units], []),
            page_for(backs, [(b, "back") for b in backs], []),
        )
    return SheetGeometry(page_w, page_h, card_w, card_h, pages)


def card_text(lang: str) -> dict[str, Any]:
    """The card text of `lang` from the verified content in use (`content.active`; `ContentUnverified`
    when none verifies, so an unchecked card is never printed)."""
    return _card_file(lang_folder(normalize_lang(lang)) / "card.toml")


@lru_cache(maxsize=8)
def _card_file(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def card_reviewed(lang: str) -> date:
    """The day the card text of `lang` was last reviewed (its `reviewed` key), shown with every sheet."""
    reviewed = card_text(lang).get("reviewed")
    if not isinstance(reviewed, date):
        raise ReportError(f"card text of {lang!r} has no 'reviewed' date")
    return reviewed


def card_warnings(personal: CardPersonal | None) -> list[Text]:
    """Warnings the UI and the command line must show before printing these personal lines."""
    if personal is not None and personal.a_number:
        return [A_NUMBER_WARNING]
    return []


def _joined(name: str, phone: str) -> str:
    return ", ".join(part for part in (name.strip(), phone.strip()) if part)


def front_personal_lines(personal: CardPersonal | None, lang: str) -> list[str]:
    """Personal lines for the front, as escaped markup in `lang`."""
    if personal is None:
        return []
    lines: list[str] = []
    attorney = _joined(personal.attorney_name, personal.attorney_phone)
    if attorney:
        label = tr(lang, "My lawyer")
        lines.append(f"<b>{esc(label)}:</b> {esc(attorney)}")
    emergency = _joined(personal.emergency_name, personal.emergency_phone)
    if emergency:
        label = tr(lang, "Emergency contact")
        lines.append(f"<b>{esc(label)}:</b> {esc(emergency)}")
    if personal.a_number:
        label = tr(lang, "A-number")
        lines.append(f"<b>{esc(label)}:</b> {esc(format_a_number(personal.a_number))}")
    return lines


def back_personal_lines(personal: CardPersonal | None) -> list[str]:
    """The officer's side names the lawyer (in English, like the rest of that side)."""
    if personal is None:
        return []
    attorney = _joined(personal.attorney_name, personal.attorney_phone)
    return [f"<b>My lawyer:</b> {esc(attorney)}"] if attorney else []


def _side_paragraphs(title: str, lines: Sequence[str], extra: Sequence[str], size: float) -> list[Paragraph]:
    leading = size * 1.18
    title_style = ParagraphStyle(
        "card_title", fontName=BOLD, fontSize=size + 1.5, leading=(size + 1.5) * 1.15, spaceAfter=size * 0.35
    )
    line_style = ParagraphStyle(
        "card_line",
        fontName=FAMILY,
        fontSize=size,
        leading=leading,
        leftIndent=size * 0.9,
        bulletIndent=0,
        spaceAfter=size * 0.12,  # tight enough for the 2026 card text plus three personal lines at 7 pt
        bulletFontName=FAMILY,
        bulletFontSize=size,
    )
    extra_style = ParagraphStyle("card_extra", fontName=FAMILY, fontSize=size, leading=leading)
    paragraphs = [Paragraph(esc(title), title_style)]
    paragraphs += [Paragraph(esc(line), line_style, bulletText="•") for line in lines]
    for index, markup in enumerate(extra):
        style = extra_style
        if index == 0:
            style = ParagraphStyle("card_extra_first", parent=extra_style, spaceBefore=size * 0.4)
        paragraphs.append(Paragraph(markup, style))
    return paragraphs


def _stack_height(paragraphs: Sequence[Paragraph], width: float) -> float:
    total = 0.0
    for index, paragraph in enumerate(paragraphs):
        _, height = paragraph.wrap(width, 10_000)
        total += height + paragraph.getSpaceAfter()
        if index:
            total += paragraph.getSpaceBefore()
    return total


def fit_card_side(
    title: str,
    lines: Sequence[str],
    extra: Sequence[str],
    width: float,
    height: float,
    *,
    side: str = "front",
    size_name: str = "",
) -> CardFit:
    """Lay the text out at the largest size from MAX_FONT down to MIN_FONT that fits width × height.

    `title` and `lines` are plain text (escaped here); `extra` is markup already escaped. Raises
    CardTooFullError when even MIN_FONT does not fit.
    """
    register_fonts()
    size = MAX_FONT
    while size >= MIN_FONT - 1e-9:
        paragraphs = _side_paragraphs(title, lines, extra, size)
        used = _stack_height(paragraphs, width)
        if used <= height:
            return CardFit(size, used, tuple(paragraphs))
        size -= FONT_STEP
    raise CardTooFullError(side, size_name)


def fit_card(
    lang: str, size: str = "business", personal: CardPersonal | None = None
) -> tuple[CardFit, CardFit]:
    """Fit both sides of the card in `lang` and `size`; raises CardTooFullError if either cannot."""
    if size not in CARD_SIZES:
        raise ReportError(f"unknown card size: {size!r} (use 'business' or 'id1')")
    text = card_text(lang)
    card_w, card_h = CARD_SIZES[size]
    inner_w, inner_h = card_w - 2 * CARD_PADDING, card_h - 2 * CARD_PADDING
    front = fit_card_side(
        text["front_title"],
        text["front_lines"],
        front_personal_lines(personal, lang),
        inner_w,
        inner_h,
        side="front",
        size_name=size,
    )
    back = fit_card_side(
        text["back_title"],
        text["back_lines"],
        back_personal_lines(personal),
        inner_w,
        inner_h,
        side="back",
        size_name=size,
    )
    return front, back


def _draw_side(canvas: Canvas, area: Rect, fit: CardFit, shade: bool) -> None:
    if shade:
        # A light band behind the officer's side tells the two halves apart at a glance.
        canvas.saveState()
        canvas.setFillGray(0.93)
        canvas.rect(area.x, area.y, area.width, area.height, stroke=0, fill=1)
        canvas.restoreState()
    x = area.x + CARD_PADDING
    y = area.y + area.height - CARD_PADDING
    width = area.width - 2 * CARD_PADDING
    for index, paragraph in enumerate(fit.paragraphs):
        if index:
            y -= paragraph.getSpaceBefore()
        _, height = paragraph.wrap(width, 10_000)
        y -= height
        paragraph.drawOn(canvas, x, y)
        y -= paragraph.getSpaceAfter()


def _draw_sheet_page(
    canvas: Canvas,
    page: SheetPage,
    note: Paragraph,
    sheet_w: float,
    sheet_h: float,
    front: CardFit,
    back: CardFit,
    shade_back: bool,
) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.5)
    canvas.setStrokeGray(0)
    for x1, y1, x2, y2 in page.crop_marks:
        canvas.line(x1, y1, x2, y2)
    canvas.restoreState()
    for area, which in page.sides:
        _draw_side(canvas, area, front if which == "front" else back, shade=shade_back and which == "back")
    # Shading is for fold-over only: on a duplex sheet a slightly shifted back would show a grey edge.
    # The fold line goes on top of the shaded back so it stays visible.
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.setStrokeGray(0.3)
    canvas.setDash(3, 2)
    for x1, y1, x2, y2 in page.fold_lines:
        canvas.line(x1, y1, x2, y2)
    canvas.restoreState()
    note_w = sheet_w - 2 * SHEET_MARGIN
    _, note_h = note.wrap(note_w, NOTE_BAND)
    note.drawOn(canvas, SHEET_MARGIN, sheet_h - SHEET_MARGIN - note_h)


class _Blank(Flowable):
    """An empty flowable so platypus emits a page; everything on a card page is drawn at fixed places."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0.0, 0.0)

    def draw(self) -> None:
        return None


def card_pdf(
    lang: str,
    size: str = "business",
    layout: str = "foldover",
    paper: str = "letter",
    personal: CardPersonal | None = None,
) -> bytes:
    """A sheet of wallet rights cards as PDF bytes.

    Show `card_warnings(personal)` to the user before printing when `personal` is given.
    Raises ReportError (CardTooFullError) when the personal lines make the text too long.
    """
    geometry = sheet_geometry(size, layout, paper)
    front, back = fit_card(lang, size, personal)
    note_style = ParagraphStyle("card_note", fontName=FAMILY, fontSize=9.5, leading=12)
    if layout == "foldover":
        note_text = tr(
            lang,
            "Cut along the corner marks, fold on the dashed line so the printed sides "
            "face out, and glue or tape the halves together.",
        )
    else:
        note_text = tr(
            lang,
            "Print on both sides of the sheet, flipping on the long edge. Then cut along the corner marks.",
        )
    note = Paragraph(esc(note_text), note_style)

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        index = min(doc.page, len(geometry.pages)) - 1
        _draw_sheet_page(
            canvas,
            geometry.pages[index],
            note,
            geometry.page_width,
            geometry.page_height,
            front,
            back,
            shade_back=layout == "foldover",
        )

    story: list[Flowable] = [_Blank()]
    for _ in geometry.pages[1:]:
        story += [PageBreak(), _Blank()]
    return build_pdf(
        story,
        lang=lang,
        paper=paper,
        title=tr(lang, "Rights card"),
        # The law changes: a card kept for months says how old its words are, beside "page 1 of 1".
        footer=tr(lang, "Rights card") + " · " + reviewed_words(card_reviewed(lang), lang),
        on_page=on_page,
    )


__all__ = [
    "CARD_SIZES",
    "CardFit",
    "CardPersonal",
    "CardTooFullError",
    "SheetGeometry",
    "card_pdf",
    "card_reviewed",
    "card_warnings",
    "crop_marks_for",
    "fit_card",
    "sheet_geometry",
]
