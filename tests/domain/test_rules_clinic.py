"""The deadlines a clinic counts (FACTS "Deadlines a clinic expects"), with dates worked out by hand.

Day counts in the comments are done on a calendar: month ends, leap days and weekends on purpose.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from domain.business_days import add_business_days
from domain.models import Event, EventKind, Reminder
from domain.rules import RULES, PersonFacts, reminders, rules_for

K = EventKind
PLAIN = PersonFacts(1, "Ana")


def due(kind: EventKind, event_date: date, today: date, facts: PersonFacts = PLAIN,
        rule: str | None = None, days: int = 90) -> list[tuple[str, date, int]]:
    event = Event(person_id=1, kind=kind, date=event_date, id=7)
    return [(r.rule_id, r.due, r.days_left) for r in reminders([event], {1: facts}, today, days)
            if rule is None or r.rule_id == rule]


def only(kind: EventKind, event_date: date, today: date, facts: PersonFacts = PLAIN) -> Reminder:
    (r,) = reminders([Event(person_id=1, kind=kind, date=event_date, id=7)], {1: facts}, today)
    return r


# --- Asylum one-year deadline, counted in calendar months from the last arrival ---------------------


def test_asylum_one_year_after_a_leap_day() -> None:
    # One year after Feb 29 2024 is Feb 28 2025 (the earlier reading: a deadline never comes late).
    assert due(K.LAST_ARRIVAL, date(2024, 2, 29), date(2025, 2, 1)) == [("asylum_one_year", date(2025, 2, 28), 27)]
    # The day after, it is overdue until marked done.
    assert due(K.LAST_ARRIVAL, date(2024, 2, 29), date(2025, 3, 1)) == [("asylum_one_year", date(2025, 2, 28), -1)]


def test_asylum_one_year_from_month_ends() -> None:
    # Arrived Jan 31 2025: 3 months later is Apr 30 2025; Feb 1 → Apr 30 = 27 + 31 + 30 = 88 days.
    assert due(K.LAST_ARRIVAL, date(2025, 1, 31), date(2025, 2, 1)) == [("asylum_one_year", date(2025, 4, 30), 88)]
    # Arrived Aug 31 2025: the 3-month step (Nov 30) has passed on Dec 1; 6 months = Feb 28 2026, 89 days.
    assert due(K.LAST_ARRIVAL, date(2025, 8, 31), date(2025, 12, 1)) == [("asylum_one_year", date(2026, 2, 28), 89)]
    r = only(K.LAST_ARRIVAL, date(2025, 8, 31), date(2026, 8, 1))
    assert r.due == date(2026, 8, 31) and r.title.render("en").startswith("Last day")
    assert "TPS" in r.action.render("en") and "excepciones" in r.action.render("es")


# --- Yearly asylum fee: pay within 30 days of the notice -------------------------------------------


def test_asylum_fee_thirty_days_after_january_31() -> None:
    # Jan 31 2027 + 30 days: Feb 28 is +28, so Mar 2 2027. Feb 24 → Mar 2 = 6 days.
    assert due(K.ASYLUM_FEE_NOTICE, date(2027, 1, 31), date(2027, 2, 24)) == [("asylum_fee", date(2027, 3, 2), 6)]
    # In a leap year Feb 29 is +29, so Mar 1 2028.
    assert due(K.ASYLUM_FEE_NOTICE, date(2028, 1, 31), date(2028, 2, 25)) == [("asylum_fee", date(2028, 3, 1), 5)]
    assert due(K.ASYLUM_FEE_NOTICE, date(2028, 1, 31), date(2028, 3, 2)) == [("asylum_fee", date(2028, 3, 1), -1)]
    r = only(K.ASYLUM_FEE_NOTICE, date(2027, 1, 31), date(2027, 1, 31))
    assert "$100" in r.action.render("en") and r.confidence == "M"


# --- A judge's decision: appeal received within 30 days, reconsider 30, reopen 90 -------------------


def test_judge_decision_deadlines() -> None:
    decided = date(2027, 1, 31)
    # Day 0 is the decision itself: the reminder starts the same day.
    assert due(K.JUDGE_DECISION, decided, decided) == [("judge_decision", decided, 0)]
    # +30: Feb 28 is +28, Mar 2 2027 is +30 (appeal must be received, motion to reconsider).
    assert due(K.JUDGE_DECISION, decided, date(2027, 2, 24)) == [("judge_decision", date(2027, 3, 2), 6)]
    # +60: Mar 31 is +59, so Apr 1. +90: Apr 30 is +89, so May 1 (motion to reopen).
    assert due(K.JUDGE_DECISION, decided, date(2027, 3, 3)) == [("judge_decision", date(2027, 4, 1), 29)]
    assert due(K.JUDGE_DECISION, decided, date(2027, 4, 25)) == [("judge_decision", date(2027, 5, 1), 6)]
    assert due(K.JUDGE_DECISION, decided, date(2027, 5, 2)) == [("judge_decision", date(2027, 5, 1), -1)]
    action = only(K.JUDGE_DECISION, decided, decided).action
    assert "received by the Board of Immigration Appeals" in action.render("en")
    assert "no basta con enviarla por correo" in action.render("es")


def test_order_in_absence_reopen_within_180_days() -> None:
    # Sep 1 2026 + 180: Sep 30 +29, Oct 31 +60, Nov 30 +90, Dec 31 +121, Jan 31 +152, Feb 28 2027 +180.
    order = date(2026, 9, 1)
    assert due(K.ABSENTIA_ORDER, order, date(2027, 2, 20)) == [("absentia_reopen", date(2027, 2, 21), 1)]
    assert due(K.ABSENTIA_ORDER, order, date(2027, 2, 22)) == [("absentia_reopen", date(2027, 2, 28), 6)]
    late = only(K.ABSENTIA_ORDER, order, date(2027, 3, 1))
    assert late.due == date(2027, 2, 28) and "never got the hearing notice" in late.action.render("en")


def test_petition_for_review_thirty_days_after_the_bia() -> None:
    # Dec 10 2026 + 30 = Jan 9 2027 (across the year); +23 = Jan 2 has passed on Jan 5.
    assert due(K.BIA_DECISION, date(2026, 12, 10), date(2027, 1, 5)) == [
        ("petition_for_review", date(2027, 1, 9), 4)
    ]


# --- Voluntary departure: bond in 5 business days, leave by the date set ---------------------------


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 12, 3), 5, date(2026, 12, 10)),  # Thu → Fri, Mon, Tue, Wed, Thu
        (date(2026, 12, 4), 5, date(2026, 12, 11)),  # Fri → the next Fri
        (date(2026, 12, 5), 1, date(2026, 12, 7)),  # Sat → Mon
        (date(2026, 12, 6), 5, date(2026, 12, 11)),  # Sun → Fri
        (date(2026, 12, 23), 5, date(2026, 12, 30)),  # Dec 25 (a Friday) counts: holidays are not known
        (date(2026, 12, 10), -5, date(2026, 12, 3)),
        (date(2026, 12, 3), 0, date(2026, 12, 3)),
    ],
)
def test_business_days(start: date, n: int, expected: date) -> None:
    assert add_business_days(start, n) == expected


def test_voluntary_departure_bond() -> None:
    granted = date(2026, 12, 3)  # a Thursday
    # Steps on business days 0, 3 (Tue Dec 8) and 5 (Thu Dec 10).
    assert due(K.VOLUNTARY_DEPARTURE_GRANTED, granted, date(2026, 12, 4)) == [
        ("voluntary_departure_bond", date(2026, 12, 8), 4)
    ]
    assert due(K.VOLUNTARY_DEPARTURE_GRANTED, granted, date(2026, 12, 9)) == [
        ("voluntary_departure_bond", date(2026, 12, 10), 1)
    ]
    assert due(K.VOLUNTARY_DEPARTURE_GRANTED, granted, date(2026, 12, 11)) == [
        ("voluntary_departure_bond", date(2026, 12, 10), -1)
    ]
    action = only(K.VOLUNTARY_DEPARTURE_GRANTED, granted, granted).action
    assert "Monday to Friday" in action.render("en") and "feriados federales" in action.render("es")


def test_voluntary_departure_date() -> None:
    leave_by = date(2028, 3, 1)
    # The day before Mar 1 2028 is Feb 29 (leap year); 7 days before is Feb 23.
    assert due(K.VOLUNTARY_DEPARTURE, leave_by, date(2028, 2, 23)) == [("voluntary_departure", date(2028, 2, 23), 0)]
    assert due(K.VOLUNTARY_DEPARTURE, leave_by, date(2028, 2, 24)) == [("voluntary_departure", date(2028, 2, 29), 5)]
    assert "$1,000 to $5,000" in only(K.VOLUNTARY_DEPARTURE, leave_by, leave_by).action.render("en")


# --- USCIS notices, citizenship, parole, U visa ------------------------------------------------------


def test_evidence_request_uses_the_date_in_the_notice() -> None:
    # Mar 31 2027 − 30 = Mar 1 2027; Feb 20 → Mar 1 = 9 days.
    assert due(K.EVIDENCE_REQUEST_DUE, date(2027, 3, 31), date(2027, 2, 20)) == [
        ("evidence_request", date(2027, 3, 1), 9)
    ]
    action = only(K.EVIDENCE_REQUEST_DUE, date(2027, 3, 31), date(2027, 3, 31)).action
    assert "3 days for mailing" in action.render("en") and "3 días por el correo" in action.render("es")


def test_naturalization_early_filing() -> None:
    anniversary = date(2027, 3, 31)  # day 90 of 2027
    # − 120 = Dec 1 2026; − 90 = Dec 31 2026.
    assert due(K.NATURALIZATION_ANNIVERSARY, anniversary, date(2026, 12, 1)) == [
        ("naturalization_early_filing", date(2026, 12, 1), 0)
    ]
    assert due(K.NATURALIZATION_ANNIVERSARY, anniversary, date(2026, 12, 2)) == [
        ("naturalization_early_filing", date(2026, 12, 31), 29)
    ]
    # An opening, not a deadline: nothing overdue afterwards.
    assert due(K.NATURALIZATION_ANNIVERSARY, anniversary, date(2027, 1, 1)) == []


def test_parole_end() -> None:
    # Jun 30 2027 − 180 = Jan 1 2027; Nov 22 2026 → Jan 1 = 40 days.
    assert due(K.PAROLE_END, date(2027, 6, 30), date(2026, 11, 22)) == [("parole_end", date(2027, 1, 1), 40)]
    assert only(K.PAROLE_END, date(2027, 6, 30), date(2026, 11, 22)).confidence == "C"


def test_u_visa_certification_six_months() -> None:
    signed = date(2026, 8, 31)
    # +2 months Oct 31, +4 Dec 31, +5 Jan 31 2027, +6 Feb 28 2027 (clamped).
    assert due(K.U_VISA_CERTIFICATION, signed, date(2026, 11, 1)) == [
        ("u_visa_certification", date(2026, 12, 31), 60)
    ]
    assert due(K.U_VISA_CERTIFICATION, signed, date(2027, 2, 1)) == [
        ("u_visa_certification", date(2027, 2, 28), 27)
    ]
    # Signed Aug 31 2027: six months later is Feb 29 2028.
    assert due(K.U_VISA_CERTIFICATION, date(2027, 8, 31), date(2028, 2, 1)) == [
        ("u_visa_certification", date(2028, 2, 29), 28)
    ]


def test_pre_hearing_filings() -> None:
    hearing = date(2027, 3, 1)
    # − 21 = Feb 8, − 15 = Feb 14 2027.
    assert due(K.INDIVIDUAL_HEARING, hearing, date(2027, 2, 9), rule="prehearing_filing") == [
        ("prehearing_filing", date(2027, 2, 14), 5)
    ]
    assert "unless the judge set another date" in only_rule(K.INDIVIDUAL_HEARING, hearing, date(2027, 2, 9),
                                                            "prehearing_filing").action.render("en")
    # An individual hearing is a court hearing too: the hearing reminders and weekly re-checks apply.
    assert {r for r, _, _ in due(K.INDIVIDUAL_HEARING, hearing, date(2027, 2, 9))} == {
        "prehearing_filing", "court_hearing", "hearing_recheck"
    }


def only_rule(kind: EventKind, event_date: date, today: date, rule: str) -> Reminder:
    event = Event(person_id=1, kind=kind, date=event_date, id=7)
    (r,) = [r for r in reminders([event], {1: PLAIN}, today) if r.rule_id == rule]
    return r


# --- Status papers ---------------------------------------------------------------------------------


def test_conditional_green_card_window() -> None:
    # May 30 2027 is day 150; − 90 = day 60 = Mar 1 2027. On Feb 1 the −120 step (Jan 30) has passed.
    assert due(K.CONDITIONAL_GREEN_CARD_EXPIRY, date(2027, 5, 30), date(2027, 2, 1)) == [
        ("conditional_residence", date(2027, 3, 1), 28)
    ]
    # Leap year: May 29 2028 is day 150; − 90 = day 60 = Feb 29 2028.
    assert due(K.CONDITIONAL_GREEN_CARD_EXPIRY, date(2028, 5, 29), date(2028, 2, 1)) == [
        ("conditional_residence", date(2028, 2, 29), 28)
    ]
    early = only(K.CONDITIONAL_GREEN_CARD_EXPIRY, date(2027, 5, 30), date(2027, 1, 1))
    assert "do not file yet" in early.title.render("en")
    assert "rejected" in early.action.render("en") and "lo rechazan" in early.action.render("es")
    late = only(K.CONDITIONAL_GREEN_CARD_EXPIRY, date(2027, 5, 30), date(2027, 6, 1))
    assert late.due == date(2027, 5, 30) and late.days_left == -2


def test_green_card_rule_no_longer_mentions_the_conditional_form() -> None:
    (rule,) = rules_for(K.GREEN_CARD_EXPIRY)
    for s in rule.steps:
        assert "I-751" not in s.action.en


def test_tps_designation_end() -> None:
    # Sep 9 2026 is day 252; − 60 = day 192 = Jul 11 2026.
    assert due(K.TPS_DESIGNATION_END, date(2026, 9, 9), date(2026, 7, 1)) == [
        ("tps_designation_end", date(2026, 7, 11), 10)
    ]
    action = only(K.TPS_DESIGNATION_END, date(2026, 9, 9), date(2026, 7, 1)).action
    assert "uscis.gov/tps" in action.render("en") and "June 25, 2026" in action.render("en")
    assert "25 de junio de 2026" in action.render("es")


def test_tps_texts_no_longer_say_terminations_are_in_court() -> None:
    for rule in RULES:
        for s in [*rule.steps, *([rule.late] if rule.late else [])]:
            assert "are in court" not in s.action.en and "en los tribunales" not in s.action.es
            assert "re-inscripción" not in s.title.es + s.action.es  # one term: "volver a inscribirse"


def test_stay_of_removal_texts() -> None:
    first = only(K.STAY_EXPIRY, date(2027, 3, 1), date(2026, 12, 1))
    en, es = first.action.render("en"), first.action.render("es")
    assert "6 months past the stay period you ask for" in en
    assert "$155" in en and "$755" in en and "May 7, 2026" in en and "may now apply" in en
    assert "7 de mayo de 2026" in es


def test_changing_rules_say_what_changed_and_when() -> None:
    """A C rule's every text carries the date of the change (FACTS: shown as changing, with its date)."""
    for rule in RULES:
        if rule.confidence != "C":
            continue
        for s in [*rule.steps, *([rule.late] if rule.late else [])]:
            for lang in ("en", "es"):
                assert re.search(r"20\d\d", s.action.get(lang)), (rule.id, s.offset, lang)


# --- From the date of birth ------------------------------------------------------------------------


def _age_reminders(facts: PersonFacts, today: date, days: int = 90) -> list[tuple[EventKind, str, date, int]]:
    return [(r.kind, r.rule_id, r.due, r.days_left) for r in reminders([], {facts.person_id: facts}, today, days)]


def test_registration_at_14_from_a_leap_day_birth() -> None:
    child = PersonFacts(3, "Luz", noncitizen=True, date_of_birth=date(2012, 2, 29))
    # Turns 14 on Feb 28 2026 (no Feb 29 that year); + 30 days = Mar 30 2026.
    assert _age_reminders(child, date(2026, 3, 20)) == [(K.TURNS_14, "registration_at_14", date(2026, 3, 30), 10)]
    (r,) = reminders([], {3: child}, date(2026, 3, 20))
    assert (r.event_id, r.event_date, r.person) == (0, date(2026, 2, 28), "Luz")
    assert "talk to a lawyer" in r.action.render("en") and "hable con un abogado" in r.action.render("es")
    # After the 30 days: nothing (there is no event to mark done, so no overdue reminder).
    assert _age_reminders(child, date(2026, 3, 31)) == []


def test_registration_at_14_steps() -> None:
    child = PersonFacts(3, "Luz", noncitizen=True, date_of_birth=date(2013, 1, 31))
    # 14 on Jan 31 2027: − 60 = Dec 2 2026; + 30 = Mar 2 2027.
    assert _age_reminders(child, date(2026, 12, 1)) == [(K.TURNS_14, "registration_at_14", date(2026, 12, 2), 1)]
    assert _age_reminders(child, date(2027, 2, 20)) == [(K.TURNS_14, "registration_at_14", date(2027, 3, 2), 10)]


def test_no_registration_reminder_without_a_known_non_citizen_with_a_birth_date() -> None:
    today = date(2026, 12, 1)
    citizen = PersonFacts(3, "Luz", date_of_birth=date(2013, 1, 31))  # nothing shows she is not a citizen
    unknown_birth = PersonFacts(3, "Luz", noncitizen=True)
    assert _age_reminders(citizen, today) == []
    assert _age_reminders(unknown_birth, today) == []


def test_sijs_before_21() -> None:
    youth = PersonFacts(5, "Beto", has_sijs_case=True, noncitizen=True, date_of_birth=date(2006, 6, 15))
    # Turns 21 on Jun 15 2027: the last day is Jun 14 (day 165); − 180 = Dec 16 2026.
    assert _age_reminders(youth, date(2026, 11, 30)) == [(K.SIJS_AGE_LIMIT, "sijs_age_limit", date(2026, 12, 16), 16)]
    assert _age_reminders(youth, date(2027, 6, 10)) == [(K.SIJS_AGE_LIMIT, "sijs_age_limit", date(2027, 6, 14), 4)]
    assert _age_reminders(youth, date(2027, 6, 15)) == []
    # Born Feb 29 2008: 21 on Feb 28 2029, so the last day is Feb 27 2029.
    leap = PersonFacts(5, "Beto", has_sijs_case=True, date_of_birth=date(2008, 2, 29))
    assert _age_reminders(leap, date(2029, 2, 21)) == [(K.SIJS_AGE_LIMIT, "sijs_age_limit", date(2029, 2, 27), 6)]
    without_case = PersonFacts(5, "Beto", noncitizen=True, date_of_birth=date(2006, 6, 15))
    assert [k for k, *_ in _age_reminders(without_case, date(2026, 11, 30), 3650)] == []


# --- Sources shown to users ------------------------------------------------------------------------


def test_every_rule_has_a_readable_source_checked_on_the_revision_day() -> None:
    for rule in RULES:
        assert rule.checked == date(2026, 11, 30)
        for text in (rule.source.en, rule.source.es):
            assert not re.search(r"\bFACTS\b| \([HMC]\)", text)
    sources = {r.id: r.source for r in RULES}
    assert sources["ice_checkin"].en.startswith("U.S. Immigration and Customs Enforcement (ICE), Alternatives")
    assert sources["ice_checkin"].es.startswith("Servicio de Inmigración y Control de Aduanas (ICE)")


def test_titles_use_no_relative_days() -> None:
    """A reminder is listed ahead of its due date: a title saying "today" would be wrong on the list."""
    for rule in RULES:
        for s in [*rule.steps, *([rule.late] if rule.late else [])]:
            assert not re.search(r"\btoday\b|\btomorrow\b", s.title.en, re.IGNORECASE), (rule.id, s.title.en)
            assert not re.search(r"\bhoy\b|\bmañana\b", s.title.es, re.IGNORECASE), (rule.id, s.title.es)
