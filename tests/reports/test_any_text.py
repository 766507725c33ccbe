"""Every printout takes any text the editors accept: long notes flow across pages, markup prints as typed.

A 2,000-character note in a table cell once stopped the case summary with ReportLab's LayoutError.
The checks read the text back out of the PDF: a note must be there, whole and in order, not only
"built without an error".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.models import Caregiver, Contact, ContactCategory
from reports.deadline_list import deadline_list_pdf
from reports.family_plan import FamilyPlanData, family_plan_pdf
from reports.guide_print import guide_pdf
from reports.summary import SummaryData, case_summary_pdf
from tests.reports.pdfcheck import reader, text
from tests.reports.samples import GUIDE_MD, TODAY, family_data, make_person, make_reminder, summary_data

CDATA = "<![CDATA[<b>not bold</b>]]> </para><para> &amp; &#60; <font size=99>x</font>"


def numbered_words(count: int, prefix: str) -> str:
    """Distinct words ("n0001 n0002 …") so a test can tell that none is lost or out of order."""
    return " ".join(f"{prefix}{i:04d}" for i in range(count))


LONG = numbered_words(300, "n")  # 1,799 characters
assert len(LONG) > 1700


def compact(value: str) -> str:
    return re.sub(r"\s+", "", value)


def assert_words_in_order(pdf: bytes, words: str) -> None:
    """Each word of `words` appears in the PDF's text after the one before it.

    Footers and repeated table headers may fall between two words where a note crosses a page.
    """
    found = compact(text(pdf))
    position = 0
    for word in words.split():
        at = found.find(compact(word), position)
        assert at >= 0, f"{word!r} missing after position {position}"
        position = at + len(compact(word))


def every_field_summary(value: str) -> SummaryData:
    person = dataclasses.replace(
        make_person(), notes=value, address=value, languages=value, relationship=value,
        contact_method=value, country_of_birth=value,
    )
    data = summary_data(person=person)
    data.cases[0] = dataclasses.replace(data.cases[0], status=value, notes=value, office=value,
                                        receipt_numbers=(value,))
    data.events[0] = dataclasses.replace(data.events[0], place=value, notes=value)
    data.documents[0] = dataclasses.replace(data.documents[0], kind=value, location=value, notes=value)
    data.contacts.append((Contact(category=ContactCategory.OTHER, name="Otra", organization=value), value))
    data.reminders.append(make_reminder("Ana", 5, 9, place=value))
    return data


def every_field_plan(value: str) -> FamilyPlanData:
    data = family_data()
    carer = Caregiver(name=value, relationship=value)
    child = dataclasses.replace(data.plan.children[0], name=value, caregivers=(carer, carer), authorization=value,
                                school_notes=value, medical_notes=value)
    plan = dataclasses.replace(data.plan, children=[child], documents_location=value,
                               power_of_attorney=value, notes=value)
    contacts = [*data.contacts, (Contact(category=ContactCategory.OTHER, name="Otra", organization=value), value)]
    return dataclasses.replace(data, plan=plan, contacts=contacts)


PRINTOUTS: dict[str, Callable[[str, str], bytes]] = {
    "summary": lambda value, lang: case_summary_pdf(every_field_summary(value), lang, include_notes=True),
    "family plan": lambda value, lang: family_plan_pdf(every_field_plan(value), lang),
    "deadline list": lambda value, lang: deadline_list_pdf(
        [make_reminder("Ana", 3, 1, place=value), make_reminder("Ana", 40, 2, place=value)], TODAY, lang),
    "guide": lambda value, lang: guide_pdf("Guía", value, TODAY, [value],
                                           f"{GUIDE_MD}\n{value}\n\n> {value}\n\n- {value}\n", lang),
}


@pytest.mark.parametrize("doc", list(PRINTOUTS))
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_2000_character_note_flows_across_pages_whole(doc: str, lang: str) -> None:
    pdf = PRINTOUTS[doc](LONG, lang)
    assert len(reader(pdf).pages) >= 2
    assert_words_in_order(pdf, LONG)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_one_long_case_note_or_status_splits_inside_its_table_row(lang: str) -> None:
    data = summary_data()
    data.cases[0] = dataclasses.replace(data.cases[0], status=LONG, notes=numbered_words(300, "s"))
    pdf = case_summary_pdf(data, lang, include_notes=True)
    assert_words_in_order(pdf, LONG)
    assert_words_in_order(pdf, numbered_words(300, "s"))


@pytest.mark.parametrize("doc", list(PRINTOUTS))
def test_cdata_and_markup_print_literally(doc: str) -> None:
    pdf = PRINTOUTS[doc](CDATA, "en")
    assert compact(CDATA) in compact(text(pdf))


@pytest.mark.parametrize("doc", ["summary", "family plan"])
def test_line_breaks_typed_in_a_note_are_kept(doc: str) -> None:
    pdf = PRINTOUTS[doc]("primera línea\nsegunda línea\r\ntercera", "es")
    lines = [line.strip() for line in text(pdf).splitlines()]
    assert {"primera línea", "segunda línea", "tercera"} <= set(lines)


def test_a_word_longer_than_a_line_is_split_not_cut() -> None:
    word = "A" * 1500
    pdf = PRINTOUTS["summary"](word, "en")
    assert word in compact(text(pdf))


# Letters, digits, spacing and the characters that mean something in Paragraph markup. Scripts the
# embedded fonts lack are tested with the fallback fonts.
ODD_TEXT = st.lists(
    st.sampled_from(list("aeñÁüçƠờ09 \n\t<>&;\"'/=[]!-—·«»#*_`"))
    | st.sampled_from(["<b>", "</para>", "<![CDATA[", "]]>", "&amp;", "&#0;", "<br/>", "<img src='x'/>",
                       "<font size=40>"]),
    max_size=60,
).map("".join)


@pytest.mark.parametrize("doc", list(PRINTOUTS))
@given(value=ODD_TEXT)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_odd_text_builds_and_prints_its_words(doc: str, value: str) -> None:
    pdf = PRINTOUTS[doc](value, "es")
    words = value.split()
    if words:
        # Markdown gives `*`, `_`, `` ` ``, `#` and `[]` a meaning in a guide's body, and the guide
        # prints its summary and sources too, where they are plain text: check those words there.
        assert_words_in_order(pdf, value if doc != "guide" else " ".join(words))
