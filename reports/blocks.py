"""Building blocks shared by the longer printouts: headings, label/value tables, data tables.

Every helper takes plain text and escapes it; only the `*_markup` parameters accept markup, and the
callers build those from escaped pieces.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from reports.document import esc
from reports.styles import RULE, SHADE, Styles, table_style

CHECKED = "☑"
UNCHECKED = "☐"


def para(text: str, style: object) -> Paragraph:
    """A paragraph of plain (user or chrome) text, escaped."""
    return Paragraph(esc(text), style)  # type: ignore[arg-type]


def heading(text: str, styles: Styles) -> Paragraph:
    return Paragraph(esc(text), styles.h2)


def empty_note(text: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<i>{esc(text)}</i>", styles.small)


def label_value_table(
    rows: Sequence[tuple[str, str]], styles: Styles, width: float, label_share: float = 0.3
) -> Table:
    """Two columns: a bold label and its value. Empty values are left out by the callers."""
    data = [
        [Paragraph(esc(label), styles.cell_bold), Paragraph(esc(value), styles.cell)] for label, value in rows
    ]
    table = Table(data, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[str | Flowable]], styles: Styles, widths: Sequence[float]
) -> Table:
    """A table with a shaded header row that repeats on each page; string cells are escaped."""

    def cell(value: str | Flowable) -> Flowable:
        return value if isinstance(value, Flowable) else Paragraph(esc(value), styles.cell)

    data: list[list[Flowable]] = [[Paragraph(esc(h), styles.cell_bold) for h in header]]
    data += [[cell(value) for value in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def gap(points: float = 6) -> Spacer:
    return Spacer(1, points)
