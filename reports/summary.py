"""The case summary of one person: details, cases, what is due, history, contacts and documents.

Written for an attorney or an accredited representative, so it speaks about the person in the third
person (the reminders the app shows the family are quoted as such, not addressed to the reader). It says
"Confidential" on every page and leaves free-text notes out unless asked (`include_notes`). Long tables
split across pages with their header row repeated; case notes print at full width under the cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta

from reportlab.platypus import Flowable, Paragraph

from domain.models import (
    CASE_KIND_LABELS,
    CONTACT_CATEGORY_LABELS,
    EVENT_KIND_LABELS,
    Case,
    Contact,
    Document,
    Event,
    Person,
    Reminder,
)
from domain.validation import format_a_number, format_phone
from reports.blocks import CHECKED, UNCHECKED, data_table, empty_note, gap, heading, label_value_table, para
from reports.deadline_lines import event_name, is_appointment, line_markup, place_markup
from reports.document import MARGIN, build_pdf, esc, page_size
from reports.i18n import days_left_words, long_date, normalize_lang, tr, when_words
from reports.styles import Styles, make_styles

# A lawyer reads the summary to plan a case: its dates reach two years ahead (a work permit or DACA
# expiring in a year matters now), while the reminders that prepare for them stop at 90 days, as on
# Today, so monthly check-ins do not fill pages. Callers read `vault.deadlines(today, SUMMARY_DAYS)`.
SUMMARY_DAYS = 730
REMINDER_DAYS = 90


@dataclass(slots=True)
class SummaryData:
    """Everything the case summary prints about one person, gathered by the caller."""

    person: Person
    cases: list[Case] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    reminders: list[Reminder] = field(default_factory=list)  # steps and appointments (vault.deadlines, SUMMARY_DAYS)
    contacts: list[tuple[Contact, str]] = field(default_factory=list)  # (contact, role)
    documents: list[Document] = field(default_factory=list)
    today: date = field(default_factory=date.today)


def _person_rows(person: Person, lang: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = [(tr(lang, "Name"), person.display_name)]
    if person.a_number:
        rows.append((tr(lang, "A-number"), format_a_number(person.a_number)))
    if person.date_of_birth:
        rows.append((tr(lang, "Date of birth"), long_date(person.date_of_birth, lang)))
    optional = [
        (tr(lang, "Country of birth"), person.country_of_birth),
        (tr(lang, "Languages"), person.languages),
        (tr(lang, "Phone"), format_phone(person.phone)),
        (tr(lang, "Address"), person.address),
        (tr(lang, "Relationship"), person.relationship),
    ]
    rows += [(label, value) for label, value in optional if value]
    safe = tr(lang, "Yes") if person.safe_to_contact else tr(lang, "No — do not contact")
    rows.append((tr(lang, "Safe to contact this person"), safe))
    if person.contact_method:
        rows.append((tr(lang, "Preferred contact method"), person.contact_method))
    return rows


def _reminder_rows(
    reminders: list[Reminder], today: date, lang: str, styles: Styles
) -> list[list[str | Flowable]]:
    rows: list[list[str | Flowable]] = []
    for reminder in sorted(reminders, key=lambda r: (r.due, r.event_id)):
        days = (reminder.due - today).days
        # The action is advice the app gives the family ("talk to your lawyer…"): quoted as theirs.
        what = line_markup(reminder, lang, advice_label=tr(lang, "Client reminder"))
        rows.append(
            [long_date(reminder.due, lang), days_left_words(days, lang), Paragraph(what, styles.cell)]
        )
    return rows


def _appointment_rows(
    appointments: list[Reminder], today: date, lang: str, styles: Styles
) -> list[list[str | Flowable]]:
    """The appointments themselves: weekday, date and time; how soon; what it is and where."""
    rows: list[list[str | Flowable]] = []
    for item in sorted(appointments, key=lambda r: (r.due, r.event_time or time.max, r.event_id)):
        what = f"<b>{esc(event_name(item, lang))}</b>"
        where = place_markup(item, lang)
        if where:
            what += "<br/>" + where
        rows.append([
            Paragraph(esc(when_words(item.due, item.event_time, lang)), styles.cell),
            days_left_words((item.due - today).days, lang),
            Paragraph(what, styles.cell),
        ])
    return rows


def case_summary_pdf(
    data: SummaryData, lang: str, paper: str = "letter", include_notes: bool = False
) -> bytes:
    """The case summary as PDF bytes, in `lang` ("es" or "en")."""
    lang = normalize_lang(lang)
    styles = make_styles(9.5)
    width = page_size(paper)[0] - 2 * MARGIN
    person = data.person
    story: list[Flowable] = [
        para(tr(lang, "Case summary"), styles.title),
        para(person.display_name, styles.subtitle),
        para(tr(lang, "Prepared on {date}").format(date=long_date(data.today, lang)), styles.small),
        gap(4),
        heading(tr(lang, "Person"), styles),
        label_value_table(_person_rows(person, lang), styles, width),
    ]

    story.append(heading(tr(lang, "Cases"), styles))
    if data.cases:
        header = [
            tr(lang, "Case"),
            tr(lang, "Status"),
            tr(lang, "Agency / office"),
            tr(lang, "Receipt numbers"),
        ]
        widths = [0.26, 0.2, 0.27, 0.27]
        rows: list[list[str | Flowable]] = []
        for case in data.cases:
            agency = " / ".join(part for part in (case.agency, case.office) if part)
            rows.append([
                CASE_KIND_LABELS[case.kind].get(lang),
                case.status,
                agency,
                ", ".join(case.receipt_numbers),
            ])
        story.append(data_table(header, rows, styles, [width * w for w in widths]))
        if include_notes:
            # Full width: case notes run long, and a narrow column made them pages tall.
            for case in data.cases:
                if case.notes.strip():
                    title = tr(lang, "Notes on the case: {kind}").format(kind=CASE_KIND_LABELS[case.kind].get(lang))
                    story.append(para(title, styles.h3))
                    story.append(para(case.notes.strip(), styles.body))
    else:
        story.append(empty_note(tr(lang, "No cases recorded."), styles))

    # The appointments and hard dates first, each with its date, time and place; then the steps.
    appointments = [r for r in data.reminders if is_appointment(r)]
    steps = [r for r in data.reminders if not is_appointment(r) and (r.due - data.today).days <= REMINDER_DAYS]
    story.append(heading(tr(lang, "Appointments and deadlines"), styles))
    story.append(para(tr(lang, "Every date until {date}; the reminders below reach 90 days ahead.").format(
        date=long_date(data.today + timedelta(days=SUMMARY_DAYS), lang)), styles.small))
    if appointments:
        story.append(data_table(
            [tr(lang, "Date and time"), tr(lang, "When"), tr(lang, "What and where")],
            _appointment_rows(appointments, data.today, lang, styles), styles,
            [width * 0.36, width * 0.18, width * 0.46],
        ))
    else:
        story.append(empty_note(tr(lang, "No appointments or deadlines coming up."), styles))

    overdue = [r for r in steps if (r.due - data.today).days < 0]
    upcoming = [r for r in steps if (r.due - data.today).days >= 0]
    reminder_header = [tr(lang, "Date"), tr(lang, "When"), tr(lang, "Reminder")]
    reminder_widths = [width * 0.24, width * 0.18, width * 0.58]
    for title, items, none in (
        (tr(lang, "Overdue"), overdue, tr(lang, "Nothing overdue.")),
        (tr(lang, "Coming up"), upcoming, tr(lang, "Nothing coming up.")),
    ):
        story.append(heading(title, styles))
        if items:
            rows = _reminder_rows(items, data.today, lang, styles)
            story.append(data_table(reminder_header, rows, styles, reminder_widths))
        else:
            story.append(empty_note(none, styles))

    story.append(heading(tr(lang, "History"), styles))
    past = sorted((e for e in data.events if e.date < data.today), key=lambda e: e.date, reverse=True)
    if past:
        header = [tr(lang, "Date"), tr(lang, "Event"), tr(lang, "Done")]
        widths = [0.24, 0.56, 0.2]
        history: list[list[str | Flowable]] = []
        for event in past:
            what = EVENT_KIND_LABELS[event.kind].get(lang)
            if event.place:
                what += " — " + event.place
            done = CHECKED + " " + tr(lang, "Yes") if event.done else UNCHECKED + " " + tr(lang, "No")
            row = [long_date(event.date, lang), what, done]
            if include_notes:
                row.append(event.notes)
            history.append(row)
        if include_notes:
            header.append(tr(lang, "Notes"))
            widths = [0.2, 0.35, 0.13, 0.32]
        story.append(data_table(header, history, styles, [width * w for w in widths]))
    else:
        story.append(empty_note(tr(lang, "No past events recorded."), styles))

    story.append(heading(tr(lang, "Contacts"), styles))
    if data.contacts:
        header = [tr(lang, "Role"), tr(lang, "Name"), tr(lang, "Phone"), tr(lang, "Type")]
        contact_rows: list[list[str | Flowable]] = []
        for contact, role in data.contacts:
            name = contact.name + (f" ({contact.organization})" if contact.organization else "")
            phones = ", ".join(format_phone(phone) for phone in contact.phones)
            contact_rows.append([role, name, phones, CONTACT_CATEGORY_LABELS[contact.category].get(lang)])
        story.append(
            data_table(header, contact_rows, styles, [width * 0.2, width * 0.34, width * 0.22, width * 0.24])
        )
    else:
        story.append(empty_note(tr(lang, "No contacts recorded."), styles))

    story.append(heading(tr(lang, "Documents checklist"), styles))
    if data.documents:
        header = [tr(lang, "Copy"), tr(lang, "Document"), tr(lang, "Where it is kept"), tr(lang, "Expires")]
        widths = [0.1, 0.32, 0.34, 0.24]
        doc_rows: list[list[str | Flowable]] = []
        for document in data.documents:
            mark = CHECKED if document.have_copy else UNCHECKED
            row = [
                Paragraph(mark, styles.h3),
                document.kind,
                document.location,
                long_date(document.expiry, lang) if document.expiry else "",
            ]
            if include_notes:
                row.append(document.notes)
            doc_rows.append(row)
        if include_notes:
            header.append(tr(lang, "Notes"))
            widths = [0.08, 0.24, 0.24, 0.2, 0.24]
        story.append(data_table(header, doc_rows, styles, [width * w for w in widths]))
        story.append(
            para(
                f"{CHECKED} = " + tr(lang, "copy on file") + f"   {UNCHECKED} = " + tr(lang, "no copy on file yet"),
                styles.small,
            )
        )
    else:
        story.append(empty_note(tr(lang, "No documents recorded."), styles))

    if include_notes and person.notes:
        story.append(heading(tr(lang, "Notes"), styles))
        for line in person.notes.splitlines():
            if line.strip():
                story.append(para(line, styles.body))

    footer = tr(lang, "Case summary") + " · " + tr(lang, "Confidential")
    return build_pdf(story, lang=lang, paper=paper, title=tr(lang, "Case summary"), footer=footer)
