"""The deadline list and the case summary print the appointments themselves, and what each step is for."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from domain.appointments import deadline_items
from domain.models import Event, EventKind, Person, Recurrence, RecurrenceUnit
from domain.rules import PersonFacts
from reports.deadline_list import deadline_list_pdf
from reports.summary import SummaryData, case_summary_pdf
from tests.reports.pdfcheck import flat, text

TODAY = date(2026, 11, 30)
PLACE = "ICE, 300 N Los Angeles St"
NB = "\xa0"  # the no-break space that binds a time to its a.m./PM on paper


def _items() -> list:
    people = {1: PersonFacts(1, "Marta Ejemplo", has_court_case=True)}
    events = [
        Event(1, EventKind.ICE_CHECKIN, date(2026, 12, 29), time=time(8, 30), place=PLACE,
              recurrence=Recurrence(1, RecurrenceUnit.MONTHS), id=1),
        Event(1, EventKind.COURT_HEARING, date(2027, 1, 15), time=time(13, 0), place="Sala 3", id=2),
        Event(1, EventKind.EAD_EXPIRY, date(2027, 2, 10), id=3),
    ]
    return deadline_items(events, people, TODAY, 90)


EXPECTED = {
    "es": [
        f"martes, 29 de diciembre de 2026, 8:30{NB}a.m.",
        f"viernes, 15 de enero de 2027, 1:00{NB}p.m.",
        f"domingo, 28 de febrero de 2027, 8:30{NB}a.m.",
        "miércoles, 10 de febrero de 2027",
        "Lugar: ICE, 300 N Los Angeles St",
        f"Para: Audiencia en la corte de inmigración, viernes, 15 de enero de 2027, 1:00{NB}p.m.",
    ],
    "en": [
        f"Tuesday, December 29, 2026, 8:30{NB}AM",
        f"Friday, January 15, 2027, 1:00{NB}PM",
        "Immigration court hearing",
        "Place: Sala 3",
        f"For: ICE check-in, Tuesday, December 29, 2026, 8:30{NB}AM",
    ],
}


def _pdf_text(pdf: bytes) -> str:
    # pypdf may give the narrow no-break space as a plain space: compare on one form.
    return flat(pdf).replace(NB, " ")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_deadline_list_prints_each_appointment_with_date_time_and_place(lang: str) -> None:
    text = _pdf_text(deadline_list_pdf(_items(), TODAY, lang))
    for phrase in EXPECTED[lang]:
        assert phrase.replace(NB, " ") in text, phrase


@pytest.mark.parametrize("lang", ["es", "en"])
def test_case_summary_lists_appointments_and_what_the_steps_prepare_for(lang: str) -> None:
    data = SummaryData(person=Person("Marta", "Ejemplo"), reminders=_items(), today=TODAY)
    text = _pdf_text(case_summary_pdf(data, lang))
    for phrase in EXPECTED[lang]:
        assert phrase.replace(NB, " ") in text, phrase
    heading = {"es": "Citas y fechas límite", "en": "Appointments and deadlines"}[lang]
    coming = {"es": "Próximamente", "en": "Coming up"}[lang]
    # The appointments come in their own section, before the reminder steps.
    assert text.index(heading) < text.index("Sala 3") < text.index(coming)


def test_case_summary_without_appointments_says_so() -> None:
    text = _pdf_text(case_summary_pdf(SummaryData(person=Person("Marta", "Ejemplo"), today=TODAY), "es"))
    assert "No hay citas ni fechas límite próximas." in text


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_time_and_its_am_pm_are_never_split_across_lines(lang: str) -> None:
    data = SummaryData(person=Person("Marta", "Ejemplo"), reminders=_items(), today=TODAY)
    for pdf in (case_summary_pdf(data, lang), deadline_list_pdf(_items(), TODAY, lang)):
        lines = text(pdf).splitlines()
        times = [line for line in lines if "8:30" in line or "1:00" in line]
        assert times and all(re.search(r"(8:30|1:00)\s(a\.m\.|p\.m\.|AM|PM)", line) for line in times), times


@pytest.mark.parametrize(("lang", "words"), [("es", "Regla revisada: 30 de noviembre de 2026"),
                                              ("en", "Rule reviewed: November 30, 2026")])
def test_each_step_says_when_its_rule_was_last_checked_and_appointments_do_not(lang: str, words: str) -> None:
    items = _items()
    steps = [r for r in items if r.checked is not None]
    assert steps and len(steps) < len(items)  # the appointments themselves come from no rule
    assert all(r.checked == date(2026, 11, 30) for r in steps)
    for pdf in (deadline_list_pdf(items, TODAY, lang),
                case_summary_pdf(SummaryData(person=Person("Marta", "Ejemplo"), reminders=items, today=TODAY),
                                 lang)):
        assert _pdf_text(pdf).count(words) == len(steps)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_summary_lists_a_date_a_year_ahead_for_the_lawyer(lang: str) -> None:
    # DACA expiring in 381 days was left out of the lawyer's summary (90 days only): a walk found it.
    from reports.summary import REMINDER_DAYS, SUMMARY_DAYS

    daca = Event(1, EventKind.DACA_EXPIRY, date(2027, 12, 16), id=7)
    reminders = deadline_items([daca], {1: PersonFacts(1, "Keyla Ejemplo", has_daca_case=True)}, TODAY,
                               SUMMARY_DAYS)
    data = SummaryData(person=Person("Keyla", "Ejemplo", id=1), events=[daca], reminders=reminders, today=TODAY)
    words = _pdf_text(case_summary_pdf(data, lang))
    assert ("16 de diciembre de 2027" if lang == "es" else "December 16, 2027") in words
    assert ("Todas las fechas hasta el" if lang == "es" else "Every date until") in words
    # the reminders that prepare for it stop at 90 days, as on Today
    later_steps = [r for r in reminders if (r.due - TODAY).days > REMINDER_DAYS and r.event_date != r.due]
    assert later_steps  # the rules do remind well ahead of a DACA expiry…
    assert not any(r.title.render(lang) in words for r in later_steps)  # …but not in this list yet
