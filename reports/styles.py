"""Paragraph styles for the printouts, all in the embedded DejaVu Sans family."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from reports.fonts import BOLD, FAMILY, ITALIC, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#eeeeee")
ALERT = colors.HexColor("#8a1c1c")


@dataclass(frozen=True, slots=True)
class Styles:
    """The styles of one document, scaled from a base size (larger for the deadline list)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    quote: ParagraphStyle
    alert: ParagraphStyle
    mono: ParagraphStyle


def make_styles(base: float = 10.0) -> Styles:
    """Styles whose body text is `base` points."""
    register_fonts()
    lead = base * 1.3
    return Styles(
        title=ParagraphStyle(
            "title",
            fontName=BOLD,
            fontSize=base * 1.8,
            leading=base * 2.2,
            spaceAfter=base * 0.4,
            textColor=INK,
        ),
        subtitle=ParagraphStyle(
            "subtitle",
            fontName=FAMILY,
            fontSize=base * 1.05,
            leading=lead,
            spaceAfter=base * 0.8,
            textColor=MUTED,
        ),
        h2=ParagraphStyle(
            "h2",
            fontName=BOLD,
            fontSize=base * 1.35,
            leading=base * 1.7,
            spaceBefore=base * 1.1,
            spaceAfter=base * 0.4,
            textColor=INK,
            keepWithNext=1,
        ),
        h3=ParagraphStyle(
            "h3",
            fontName=BOLD,
            fontSize=base * 1.1,
            leading=base * 1.45,
            spaceBefore=base * 0.8,
            spaceAfter=base * 0.3,
            textColor=INK,
            keepWithNext=1,
        ),
        body=ParagraphStyle(
            "body", fontName=FAMILY, fontSize=base, leading=lead, spaceAfter=base * 0.45, textColor=INK
        ),
        small=ParagraphStyle(
            "small", fontName=FAMILY, fontSize=base * 0.85, leading=base * 1.1, textColor=MUTED
        ),
        bullet=ParagraphStyle(
            "bullet",
            fontName=FAMILY,
            fontSize=base,
            leading=lead,
            leftIndent=base * 1.4,
            bulletIndent=base * 0.3,
            spaceAfter=base * 0.25,
            textColor=INK,
            bulletFontName=FAMILY,
        ),
        cell=ParagraphStyle(
            "cell", fontName=FAMILY, fontSize=base * 0.92, leading=base * 1.15, textColor=INK
        ),
        cell_bold=ParagraphStyle(
            "cell_bold", fontName=BOLD, fontSize=base * 0.92, leading=base * 1.15, textColor=INK
        ),
        quote=ParagraphStyle("quote", fontName=FAMILY, fontSize=base, leading=lead, textColor=INK),
        alert=ParagraphStyle(
            "alert", fontName=BOLD, fontSize=base, leading=lead, textColor=ALERT, spaceAfter=base * 0.45
        ),
        mono=ParagraphStyle(
            "mono", fontName=ITALIC, fontSize=base * 0.9, leading=base * 1.15, textColor=INK, leftIndent=base
        ),
    )


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose default font is ours: otherwise Table selects Helvetica, which is not embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FAMILY), *commands])
