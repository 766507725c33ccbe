"""Prints a rights guide from its Markdown, walking markdown-it's token stream (never raw HTML).

Raw HTML in a guide is shown as text (markdown-it runs with `html` off, and every text token is
escaped before it becomes Paragraph markup), so a guide cannot make the PDF load a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from markdown_it import MarkdownIt
from markdown_it.token import Token
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Preformatted, Table

from reports.blocks import gap, para
from reports.document import MARGIN, build_pdf, esc, page_size
from reports.i18n import long_date, normalize_lang, tr
from reports.styles import ALERT, RULE, SHADE, Styles, make_styles, table_style

_PARSER = MarkdownIt("commonmark", {"html": False})


def inline_markup(token: Token) -> str:
    """Paragraph markup for one `inline` token: bold, italics, code, links; text always escaped."""
    parts: list[str] = []
    href_stack: list[str] = []
    for child in token.children or []:
        kind = child.type
        if kind == "text" or kind == "html_inline":
            parts.append(esc(child.content))
        elif kind == "strong_open":
            parts.append("<b>")
        elif kind == "strong_close":
            parts.append("</b>")
        elif kind == "em_open":
            parts.append("<i>")
        elif kind == "em_close":
            parts.append("</i>")
        elif kind == "code_inline":
            parts.append(f"<i>{esc(child.content)}</i>")
        elif kind == "softbreak":
            parts.append(" ")
        elif kind == "hardbreak":
            parts.append("<br/>")
        elif kind == "link_open":
            href_stack.append(str(child.attrs.get("href", "")))
        elif kind == "link_close":
            href = href_stack.pop() if href_stack else ""
            # Printed paper cannot be clicked: show a web address after the link text. A link to
            # another guide ("guide:daca") already names that guide in its text, and the app's
            # internal address would mean nothing on paper.
            if href and not href.startswith(("#", "guide:")):
                parts.append(f" ({esc(href)})")
        elif kind == "image":
            parts.append(esc(child.content or ""))
    return "".join(parts)


class _Block:
    """A container being filled while walking the tokens (document, list, list item, blockquote)."""

    def __init__(self, kind: str, ordered: bool = False, start: int = 1) -> None:
        self.kind = kind
        self.ordered = ordered
        self.start = start
        self.items: list[Flowable] = []


def _quote_box(content: list[Flowable], width: float) -> Table:
    table = Table([[content]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ALERT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def markdown_flowables(markdown_body: str, styles: Styles, width: float) -> list[Flowable]:
    """Turn Markdown into flowables: headings, paragraphs, lists, blockquotes, rules, code blocks."""
    heading_styles: dict[str, ParagraphStyle] = {"h1": styles.h2, "h2": styles.h2, "h3": styles.h3}
    stack = [_Block("root")]
    text_style: ParagraphStyle = styles.body
    for token in _PARSER.parse(markdown_body):
        top = stack[-1]
        kind = token.type
        if kind == "heading_open":
            text_style = heading_styles.get(token.tag, styles.h3)
        elif kind == "heading_close" or kind == "paragraph_close":
            text_style = styles.body
        elif kind == "inline":
            top.items.append(Paragraph(inline_markup(token), text_style))
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1) or 1)
            stack.append(_Block("list", ordered=kind == "ordered_list_open", start=start))
        elif kind == "list_item_open":
            stack.append(_Block("item"))
        elif kind == "list_item_close":
            item = stack.pop()
            stack[-1].items.append(ListItem(item.items or [Paragraph("", styles.body)]))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            block = stack.pop()
            stack[-1].items.append(_list(block, styles))
            if len(stack) == 1:
                stack[0].items.append(gap(4))
        elif kind == "blockquote_open":
            stack.append(_Block("quote"))
        elif kind == "blockquote_close":
            block = stack.pop()
            stack[-1].items.append(_quote_box(block.items, width))
            stack[-1].items.append(gap(6))
        elif kind in ("fence", "code_block"):
            top.items.append(Preformatted(token.content.rstrip("\n"), styles.mono))
        elif kind == "hr":
            top.items.append(_rule(width))
        elif kind == "html_block":
            top.items.append(Paragraph(esc(token.content), styles.body))
    return stack[0].items


def _list(block: _Block, styles: Styles) -> ListFlowable:
    if block.ordered:
        return ListFlowable(
            block.items,
            bulletType="1",
            start=block.start,
            bulletFormat="%s.",
            bulletFontName=styles.body.fontName,
            bulletFontSize=styles.body.fontSize,
            leftIndent=18,
        )
    return ListFlowable(
        block.items,
        bulletType="bullet",
        start="•",
        bulletFontName=styles.body.fontName,
        bulletFontSize=styles.body.fontSize,
        leftIndent=18,
    )


def _rule(width: float) -> Table:
    table = Table([[""]], colWidths=[width], rowHeights=[6])
    table.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def guide_pdf(
    title: str,
    summary: str,
    reviewed: date,
    sources: Sequence[str],
    markdown_body: str,
    lang: str,
    paper: str = "letter",
) -> bytes:
    """A printable rights guide as PDF bytes, with its review date, the not-legal-advice notice, sources."""
    lang = normalize_lang(lang)
    styles = make_styles(10.5)
    width = page_size(paper)[0] - 2 * MARGIN
    story: list[Flowable] = [para(title, styles.title)]
    if summary:
        story.append(Paragraph(f"<i>{esc(summary)}</i>", styles.subtitle))
    story.append(para(tr(lang, "Reviewed on {date}").format(date=long_date(reviewed, lang)), styles.small))
    story.append(para(tr(lang, "General information, not legal advice."), styles.alert))
    story.append(gap(4))
    story += markdown_flowables(markdown_body, styles, width)
    if sources:
        story.append(para(tr(lang, "Sources"), styles.h3))
        story.append(
            ListFlowable(
                [ListItem(para(source, styles.small)) for source in sources],
                bulletType="bullet",
                start="•",
                bulletFontName=styles.small.fontName,
                bulletFontSize=styles.small.fontSize,
                leftIndent=14,
            )
        )
    footer = tr(lang, "General information, not legal advice.")
    return build_pdf(story, lang=lang, paper=paper, title=tr(lang, "Guide"), footer=footer)
