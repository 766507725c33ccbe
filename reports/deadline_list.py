"""A household's next 90 days on paper, in large type, grouped by urgency, with boxes to tick.

The appointments themselves (date, time, place) are lines of their own, among the reminder steps that
prepare for them (`reports.deadline_lines`).
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table

from content.i18n import N_
from domain.models import Reminder
from reports.blocks import UNCHECKED, empty_note, gap, para
from reports.deadline_lines import is_appointment, line_markup
from reports.document import MARGIN, build_pdf, esc, page_size
from reports.i18n import days_left_words, long_date, normalize_lang, tr, when_words
from reports.styles import RULE, Styles, make_styles, table_style

HORIZON_DAYS = 90

# (title msgid, lowest days left, highest days left) — None means unbounded.
GROUPS: tuple[tuple[str, int | None, int | None], ...] = (
    (N_("Overdue"), None, -1),
    (N_("This week"), 0, 6),
    (N_("This month"), 7, 30),
    (N_("Later"), 31, HORIZON_DAYS),
)


def group_reminders(reminders: list[Reminder], today: date) -> list[tuple[str, list[Reminder]]]:
    """Split reminders into the four groups (English msgids), sorted by due date; past 90 days dropped."""
    grouped: list[tuple[str, list[Reminder]]] = []
    for title, low, high in GROUPS:
        members = [
            r
            for r in reminders
            if (low is None or (r.due - today).days >= low) and (high is None or (r.due - today).days <= high)
        ]
        members.sort(key=lambda r: (r.due, r.person, r.event_id))
        grouped.append((title, members))
    return grouped


def _item_tables(items: list[Reminder], today: date, lang: str, styles: Styles, width: float) -> list[Table]:
    """One small table per line: a group's heading keeps with its first line only, so a long group
    flows on to the next page line by line instead of leaving half a page empty before it."""
    tables: list[Table] = []
    for reminder in items:
        days = (reminder.due - today).days
        if is_appointment(reminder):
            # The appointment itself: weekday, date and time, as on the notice.
            day = when_words(reminder.due, reminder.event_time, lang)
        else:
            day = long_date(reminder.due, lang)
        when = f"<b>{esc(day)}</b><br/>{esc(days_left_words(days, lang))}"
        what = line_markup(reminder, lang, person=True)
        row: list[Flowable] = [
            Paragraph(UNCHECKED, styles.title), Paragraph(when, styles.body), Paragraph(what, styles.body)
        ]
        table = Table([row], colWidths=[width * 0.07, width * 0.4, width * 0.53], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        tables.append(table)
    return tables


def deadline_list_pdf(
    reminders: list[Reminder], today: date, lang: str, paper: str = "letter", title_hint: str = ""
) -> bytes:
    """The deadline list as PDF bytes. `title_hint` (e.g. a household name) prints under the title only."""
    lang = normalize_lang(lang)
    styles = make_styles(12.5)
    width = page_size(paper)[0] - 2 * MARGIN
    story: list[Flowable] = [para(tr(lang, "Dates and deadlines"), styles.title)]
    if title_hint:
        story.append(para(title_hint, styles.subtitle))
    story.append(
        para(tr(lang, "Next 90 days, from {date}").format(date=long_date(today, lang)), styles.small)
    )
    story.append(gap(6))
    for title, items in group_reminders(reminders, today):
        story.append(para(tr(lang, title), styles.h2))
        if items:
            story.extend(_item_tables(items, today, lang, styles, width))
        else:
            story.append(empty_note(tr(lang, "Nothing here."), styles))
    story.append(gap(10))
    story.append(
        para(
            tr(
                lang,
                "Dates can change. Confirm court dates by phone at 1-800-898-7180 or online at "
                "acis.eoir.justice.gov, and ask your lawyer before each check-in.",
            ),
            styles.small,
        )
    )
    return build_pdf(
        story,
        lang=lang,
        paper=paper,
        title=tr(lang, "Dates and deadlines"),
        footer=tr(lang, "Dates and deadlines"),
    )
