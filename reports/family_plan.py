"""The family preparedness packet: what a caregiver needs if a parent is detained.

Written for the person who steps in (a relative, a neighbour, an older child), so it leads with what to
do first, then the children, who may care for them, where the papers are and whom to call.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph

from content.i18n import N_
from domain.models import CONTACT_CATEGORY_LABELS, Caregiver, Contact, ContactCategory, FamilyPlan, Person
from domain.validation import format_a_number, format_phone
from reports.blocks import data_table, empty_note, gap, heading, label_value_table, para
from reports.document import MARGIN, build_pdf, esc, page_size
from reports.i18n import long_date, normalize_lang, tr
from reports.styles import Styles, make_styles

# The first steps, as msgids; the order is the order to act in.
FIRST_STEPS: tuple[str, ...] = (
    N_("Keep the children with the caregivers named below, and keep their routine as normal as you can."),
    N_("Call the lawyer listed on this plan. Give them the parent's full name, date of birth and A-number."),
    N_(
        "Find the parent with the ICE Online Detainee Locator (locator.ice.gov): it needs the A-number and "
        "country of birth, or the exact name and country of birth."
    ),
    N_(
        "Take out the documents from the place written below. Do not hand originals to anyone but the lawyer."
    ),
    N_(
        "Do not sign any paper from immigration officers, and do not pay anyone who is not a lawyer or an "
        'accredited representative (beware of "notarios").'
    ),
    N_("Tell the school who may pick up the children."),
)

# Contacts listed first, in this order, in "whom to call".
_CALL_ORDER: tuple[ContactCategory, ...] = (
    ContactCategory.ATTORNEY,
    ContactCategory.EMERGENCY,
    ContactCategory.CAREGIVER,
    ContactCategory.HOTLINE,
    ContactCategory.BOND_FUND,
    ContactCategory.CONSULATE,
    ContactCategory.SANCTUARY,
    ContactCategory.OTHER,
)


@dataclass(slots=True)
class FamilyPlanData:
    """The parent, their plan, the children's records and the contacts to list (contact, role)."""

    parent: Person
    plan: FamilyPlan
    children: list[Person] = field(default_factory=list)
    contacts: list[tuple[Contact, str]] = field(default_factory=list)


# The caregiver rows, first and second choice (wording that does not depend on the child's gender).
_CAREGIVER_LABELS = (N_("Caregiver, first choice"), N_("Caregiver, second choice"))


def _caregiver_text(caregiver: Caregiver) -> str:
    """Name (relationship) · phone, as plain text (the table escapes it)."""
    parts = [caregiver.name + (f" ({caregiver.relationship})" if caregiver.relationship else "")]
    if caregiver.phone:
        parts.append(format_phone(caregiver.phone))
    return " · ".join(p for p in parts if p)


def _children(data: FamilyPlanData, lang: str, styles: Styles, width: float) -> list[Flowable]:
    """One block per child: name, birth date, the two caregivers with phones, papers, school, health."""
    people = {child.id: child for child in data.children}
    story: list[Flowable] = []
    for child_plan in data.plan.children:
        linked = people.get(child_plan.child_id) if child_plan.child_id is not None else None
        name = child_plan.name or (linked.display_name if linked else "") or tr(lang, "(no name written)")
        born = child_plan.date_of_birth or (linked.date_of_birth if linked else None)
        story.append(para(name, styles.h3))
        rows: list[tuple[str, str]] = []
        if born:
            rows.append((tr(lang, "Date of birth"), long_date(born, lang)))
        caregivers = [c for c in child_plan.caregivers if c.name or c.phone]
        if not caregivers:
            rows.append((tr(lang, _CAREGIVER_LABELS[0]), tr(lang, "Not decided yet")))
        for label, caregiver in zip(_CAREGIVER_LABELS, caregivers, strict=False):
            rows.append((tr(lang, label), _caregiver_text(caregiver)))
        rows.append((tr(lang, "Authorization"), child_plan.authorization or tr(lang, "None on file")))
        if child_plan.school_notes:
            rows.append((tr(lang, "School"), child_plan.school_notes))
        if child_plan.medical_notes:
            rows.append((tr(lang, "Health and medicines"), child_plan.medical_notes))
        story.append(label_value_table(rows, styles, width))
    return story


def family_plan_pdf(data: FamilyPlanData, lang: str, paper: str = "letter") -> bytes:
    """The family plan packet as PDF bytes, in `lang` ("es" or "en")."""
    lang = normalize_lang(lang)
    styles = make_styles(10.5)
    width = page_size(paper)[0] - 2 * MARGIN
    parent = data.parent
    story: list[Flowable] = [
        para(tr(lang, "Family plan"), styles.title),
        para(
            tr(lang, "For the caregivers of the children of {name}").format(name=parent.display_name),
            styles.subtitle,
        ),
        heading(tr(lang, "What to do first"), styles),
        ListFlowable(
            [
                ListItem(para(tr(lang, step), styles.body), value=index)
                for index, step in enumerate(FIRST_STEPS, start=1)
            ],
            bulletType="1",
            bulletFormat="%s.",
            bulletFontName=styles.body.fontName,
            bulletFontSize=styles.body.fontSize,
            leftIndent=18,
        ),
    ]

    story.append(heading(tr(lang, "Parent"), styles))
    parent_rows = [(tr(lang, "Name"), parent.display_name)]
    if parent.date_of_birth:
        parent_rows.append((tr(lang, "Date of birth"), long_date(parent.date_of_birth, lang)))
    if parent.a_number:
        parent_rows.append((tr(lang, "A-number"), format_a_number(parent.a_number)))
    if parent.country_of_birth:
        parent_rows.append((tr(lang, "Country of birth"), parent.country_of_birth))
    if parent.phone:
        parent_rows.append((tr(lang, "Phone"), format_phone(parent.phone)))
    story.append(label_value_table(parent_rows, styles, width))

    story.append(heading(tr(lang, "The children"), styles))
    if data.plan.children:
        story += _children(data, lang, styles, width)
    else:
        story.append(empty_note(tr(lang, "No children on this plan yet."), styles))

    story.append(heading(tr(lang, "Documents and power of attorney"), styles))
    story.append(
        label_value_table(
            [
                (
                    tr(lang, "Where the documents are"),
                    data.plan.documents_location or tr(lang, "Not written down yet"),
                ),
                (tr(lang, "Power of attorney"), data.plan.power_of_attorney or tr(lang, "None on file")),
            ],
            styles,
            width,
        )
    )

    story.append(heading(tr(lang, "Whom to call"), styles))
    if data.contacts:
        ordered = sorted(data.contacts, key=lambda pair: _CALL_ORDER.index(pair[0].category))
        rows_call: list[list[str | Flowable]] = []
        for contact, role in ordered:
            name = contact.name + (f" ({contact.organization})" if contact.organization else "")
            phones = "<br/>".join(f"<b>{esc(format_phone(phone))}</b>" for phone in contact.phones)
            rows_call.append(
                [
                    CONTACT_CATEGORY_LABELS[contact.category].get(lang),
                    name,
                    Paragraph(phones, styles.cell),
                    role,
                ]
            )
        story.append(
            data_table(
                [tr(lang, "Type"), tr(lang, "Name"), tr(lang, "Phone"), tr(lang, "Role")],
                rows_call,
                styles,
                [width * 0.24, width * 0.32, width * 0.22, width * 0.22],
            )
        )
    else:
        story.append(empty_note(tr(lang, "No contacts on this plan yet."), styles))

    if data.plan.notes:
        story.append(heading(tr(lang, "Other notes"), styles))
        story += [para(line, styles.body) for line in data.plan.notes.splitlines() if line.strip()]

    story.append(gap(10))
    story.append(
        para(
            tr(
                lang,
                "General information, not legal advice. Options differ by state: "
                "ask a lawyer which papers fit your family.",
            ),
            styles.small,
        )
    )
    footer = tr(lang, "Family plan") + " · " + tr(lang, "Confidential")
    return build_pdf(story, lang=lang, paper=paper, title=tr(lang, "Family plan"), footer=footer)
