"""The five printouts in the pseudo-locale `qps`: every word comes from the language's files (or is a data
value the test names), and every character lies inside its page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from content.guides import get_guide
from domain.appointments import deadline_items
from domain.models import (
    Caregiver,
    Case,
    CaseKind,
    ChildPlan,
    Contact,
    ContactCategory,
    Event,
    EventKind,
    FamilyPlan,
    Person,
)
from domain.rules import PersonFacts
from reports.card import CardPersonal, card_pdf
from reports.deadline_list import deadline_list_pdf
from reports.family_plan import FamilyPlanData, family_plan_pdf
from reports.guide_print import guide_pdf
from reports.summary import SummaryData, case_summary_pdf
from tests.pseudo_locale_support import LANG, LETTER, leftover, pseudo_language

TODAY = date(2026, 11, 30)

# The synthetic values this test prints, recognised as data (not words of the language's files).
PARENT = Person("Rosa", "Prueba", id=1, date_of_birth=date(1985, 3, 14), a_number="012345678",
                phone="+12135550147")
CHILD = Person("Ana", "Prueba", id=2, date_of_birth=date(2016, 5, 9))
PLACE = "Sala 3"
LAWYER = Contact(ContactCategory.ATTORNEY, "Lic Marta Ruiz", phones=("+1 213 555 0100",))
DATA = ("Rosa Prueba", "Ana Prueba", "Rosa", "Ana", "Prueba", PLACE, "Lic Marta Ruiz", "A-012-345-678",
        "Guatemala", "ZLA1234567890")


# Named exception: the officer's side of the card names the lawyer in English in every language, by
# design (reports.card.back_personal_lines; the back is read by an officer in English).
CARD_BACK_ENGLISH = ("My lawyer:",)


def _reminders() -> list:  # type: ignore[type-arg]
    events = [Event(1, EventKind.ICE_CHECKIN, date(2026, 12, 29), time=time(8, 30), place=PLACE, id=1),
              Event(1, EventKind.COURT_HEARING, date(2027, 1, 15), time=time(13, 0), place=PLACE, id=2)]
    return deadline_items(events, {1: PersonFacts(1, "Rosa Prueba", has_court_case=True)}, TODAY, 90)


@pytest.fixture(scope="module")
def qps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pseudo_language(tmp_path_factory.mktemp("qps")) as out:
        yield out


def _printouts() -> dict[str, bytes]:
    summary = SummaryData(person=PARENT, cases=[Case(1, CaseKind.ASYLUM, receipt_numbers=("ZLA1234567890",))],
                          reminders=_reminders(), contacts=[(LAWYER, "")], today=TODAY)
    plan = FamilyPlan(person_id=1, children=[ChildPlan(child_id=2, caregivers=(
        Caregiver("Ana Prueba", "", "+12135550143"),))])
    guide = get_guide(LANG, "ice-at-the-door")
    assert guide is not None
    return {
        "card": card_pdf(LANG, personal=CardPersonal(attorney_name="Lic Marta Ruiz", attorney_phone="213 555 0100")),
        "summary": case_summary_pdf(summary, LANG),
        "deadlines": deadline_list_pdf(_reminders(), TODAY, LANG),
        "family-plan": family_plan_pdf(FamilyPlanData(PARENT, plan, [CHILD], [(LAWYER, "")]), LANG),
        "guide": guide_pdf(guide.title, guide.summary, guide.reviewed, list(guide.sources), guide.body, LANG),
    }


@pytest.fixture(scope="module")
def printouts(qps: Path) -> dict[str, bytes]:
    return _printouts()


@pytest.mark.parametrize("name", ["card", "summary", "deadlines", "family-plan", "guide"])
def test_every_word_of_each_printout_is_pseudo_text_or_a_named_value(printouts: dict[str, bytes], name: str) -> None:
    allowed = set(DATA) | set(CARD_BACK_ENGLISH)
    document = pdfium.PdfDocument(printouts[name])
    problems = []
    for number, page in enumerate(document, start=1):
        lines = page.get_textpage().get_text_range().splitlines()
        # A sentence may wrap: join the page's lines so a multi-word value is found whole.
        joined = " ".join(line.strip() for line in lines)
        rest = leftover(joined, allowed)
        if rest:
            problems.append((number, [w for w in rest.split() if LETTER.search(w)]))
    assert not problems, problems


@pytest.mark.parametrize("name", ["card", "summary", "deadlines", "family-plan", "guide"])
def test_every_character_lies_inside_its_page(printouts: dict[str, bytes], name: str) -> None:
    document = pdfium.PdfDocument(printouts[name])
    for page in document:
        width, height = page.get_size()
        text = page.get_textpage()
        outside = []
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            if right > left and (left < 0 or bottom < 0 or right > width or top > height):
                outside.append(text.get_text_range(index, 1))
        assert not outside, outside
