"""Hand-checked table tests of the deadline rules (expected dates worked out by hand, not by formula)."""

from __future__ import annotations

from datetime import date

import pytest

from domain.models import Event, EventKind, Recurrence, RecurrenceUnit, Reminder
from domain.rules import (
    RULES,
    PersonFacts,
    Rule,
    Step,
    max_lead_days,
    reminders,
    rules_for,
)
from domain.text import Message, Text

K = EventKind
TODAY = date(2026, 11, 22)

PLAIN = PersonFacts(1, "Ana Pérez López")
COURT = PersonFacts(1, "Ana Pérez López", has_court_case=True)
STAY = PersonFacts(1, "Ana Pérez López", has_court_case=True, has_stay_of_removal=True)


def run(
    kind: EventKind,
    event_date: date,
    today: date,
    days: int = 90,
    facts: PersonFacts = PLAIN,
    recurrence: Recurrence | None = None,
) -> list[tuple[str, date, int]]:
    event = Event(person_id=1, kind=kind, date=event_date, recurrence=recurrence, id=7)
    return [(r.rule_id, r.due, r.days_left) for r in reminders([event], {1: facts}, today, days)]


def title(kind: EventKind, event_date: date, today: date, days: int = 90, facts: PersonFacts = PLAIN) -> str:
    event = Event(person_id=1, kind=kind, date=event_date, id=7)
    (only,) = reminders([event], {1: facts}, today, days)
    return only.title.render("en")


Case = tuple[date, date, int, list[tuple[str, date, int]]]  # today, event date, days, expected


def _check(kind: EventKind, cases: list[Case], facts: PersonFacts = PLAIN) -> None:
    for today, event_date, days, expected in cases:
        assert run(kind, event_date, today, days, facts) == expected, (today, event_date)


# --- DACA: window opens 150 days before expiry, file by 120 days before -----------------------------


@pytest.mark.parametrize(
    ("today", "expiry", "days", "expected"),
    [
        # Jun 1 2027 − 150 days = Jan 2 2027 (Feb 2027 has 28 days); Nov 22 → Jan 2 = 41 days.
        (TODAY, date(2027, 6, 1), 90, [("daca_renewal", date(2027, 1, 2), 41)]),
        (TODAY, date(2027, 6, 1), 40, []),  # beyond the horizon
        # In the window: file by Jun 1 − 120 = Feb 1 2027; Jan 10 → Feb 1 = 22 days.
        (date(2027, 1, 10), date(2027, 6, 1), 90, [("daca_renewal", date(2027, 2, 1), 22)]),
        # After the file-by date: overdue from Feb 1, whatever the horizon.
        (date(2027, 3, 1), date(2027, 6, 1), 0, [("daca_renewal", date(2027, 2, 1), -28)]),
        # Leap year: Jul 28 2028 is day 210; − 150 = day 60 = Feb 29 2028, − 120 = day 90 = Mar 30.
        (date(2028, 2, 1), date(2028, 7, 28), 90, [("daca_renewal", date(2028, 2, 29), 28)]),
        (date(2028, 2, 29), date(2028, 7, 28), 90, [("daca_renewal", date(2028, 2, 29), 0)]),
        (date(2028, 3, 1), date(2028, 7, 28), 90, [("daca_renewal", date(2028, 3, 30), 29)]),
        (date(2028, 3, 30), date(2028, 7, 28), 90, [("daca_renewal", date(2028, 3, 30), 0)]),
        (date(2028, 3, 31), date(2028, 7, 28), 90, [("daca_renewal", date(2028, 3, 30), -1)]),
        # After expiry the overdue reminder is still the file-by one: Aug 1 is day 214, 214 − 90 = 124.
        (date(2028, 8, 1), date(2028, 7, 28), 90, [("daca_renewal", date(2028, 3, 30), -124)]),
    ],
)
def test_daca(today: date, expiry: date, days: int, expected: list[tuple[str, date, int]]) -> None:
    assert run(K.DACA_EXPIRY, expiry, today, days) == expected


def test_daca_titles_follow_the_phase() -> None:
    expiry = date(2027, 6, 1)
    assert "window opens" in title(K.DACA_EXPIRY, expiry, TODAY)
    assert "now" in title(K.DACA_EXPIRY, expiry, date(2027, 1, 10))
    assert "late" in title(K.DACA_EXPIRY, expiry, date(2027, 3, 1))
    event = Event(person_id=1, kind=K.DACA_EXPIRY, date=expiry, id=7)
    for today in (date(2027, 1, 10), date(2027, 3, 1)):
        (r,) = reminders([event], {1: PLAIN}, today)
        assert "no automatic extension" in r.action.render("en")
        assert "no se extiende automáticamente" in r.action.render("es")


# --- Work permit: filable from 180 days before expiry -------------------------------------------------


def test_ead() -> None:
    """Steps 210, 180, 150, 120, 90, 60, 30 and 14 days before expiry, and on the expiry date."""
    _check(
        K.EAD_EXPIRY,
        [
            # Jun 30 2027 is day 181 of the year; 181 − 210 = −29, i.e. day 336 of 2026 = Dec 2 2026.
            (TODAY, date(2027, 6, 30), 90, [("ead_renewal", date(2026, 12, 2), 10)]),
            # Expiring in 99 days (the case: it used to show nothing on a 90-day view).
            # Mar 1 2027 is day 60; 60 − 90 = −30 → Dec 1 2026, 9 days away.
            (TODAY, date(2027, 3, 1), 90, [("ead_renewal", date(2026, 12, 1), 9)]),
            # Expiring in 130 days (Apr 1 2027): − 120 = Dec 2 2026.
            (TODAY, date(2027, 4, 1), 90, [("ead_renewal", date(2026, 12, 2), 10)]),
            # Year boundary: Jun 29 2027 − 180 = Dec 31 2026.
            (date(2026, 12, 31), date(2027, 6, 29), 90, [("ead_renewal", date(2026, 12, 31), 0)]),
            # The day after: the next step is 150 days before, Jan 30 2027.
            (date(2027, 1, 1), date(2027, 6, 29), 90, [("ead_renewal", date(2027, 1, 30), 29)]),
            # After the 14-day step (Jun 15) the expiry date itself is next.
            (date(2027, 6, 16), date(2027, 6, 29), 90, [("ead_renewal", date(2027, 6, 29), 13)]),
            # Expired and not done.
            (date(2027, 7, 1), date(2027, 6, 29), 90, [("ead_renewal", date(2027, 6, 29), -2)]),
        ],
    )


def test_daca_and_tps_work_permits_do_not_follow_the_180_day_rule() -> None:
    daca = PersonFacts(1, "Ana", has_daca_case=True)
    tps = PersonFacts(1, "Ana", has_tps_case=True)
    # DACA work permit: Jun 1 2027 − 150 = Jan 2 2027 (as for DACA itself), never the 180-day step.
    _check(K.EAD_EXPIRY, [(TODAY, date(2027, 6, 1), 90, [("ead_daca", date(2027, 1, 2), 41)])], facts=daca)
    # After the file-by date (Feb 1) it is overdue, like DACA: no "renew now" up to the expiry date.
    _check(K.EAD_EXPIRY, [(date(2027, 3, 1), date(2027, 6, 1), 0, [("ead_daca", date(2027, 2, 1), -28)])],
           facts=daca)
    # TPS work permit: 180 days before Jun 30 2027 = Jan 1 2027 — about the TPS notice, not Form I-765.
    _check(K.EAD_EXPIRY, [(TODAY, date(2027, 6, 30), 90, [("ead_tps", date(2027, 1, 1), 40)])], facts=tps)
    event = Event(person_id=1, kind=K.EAD_EXPIRY, date=date(2027, 6, 30), id=7)
    (r,) = reminders([event], {1: tps}, TODAY)
    assert "not 180 days ahead" in r.action.render("en")
    assert "uscis.gov/tps" in r.action.render("es")
    assert "I-765" not in r.action.render("en")
    assert r.confidence == "C"


def test_ead_does_not_promise_an_extension() -> None:
    for today in (TODAY, date(2027, 1, 2), date(2027, 6, 29), date(2027, 7, 5)):
        event = Event(person_id=1, kind=K.EAD_EXPIRY, date=date(2027, 6, 30), id=7)
        (r,) = reminders([event], {1: PLAIN}, today, 365)
        assert "october 30, 2025" in r.action.render("en").lower()
        assert "30 de octubre de 2025" in r.action.render("es")


# --- Green card: Form I-90 in the last 6 calendar months -------------------------------------------


def test_green_card() -> None:
    _check(
        K.GREEN_CARD_EXPIRY,
        [
            # Aug 31 2027 − 6 months = Feb 28 2027 (clamped); Jan 1 → Feb 28 = 58 days.
            (date(2027, 1, 1), date(2027, 8, 31), 90, [("green_card_renewal", date(2027, 2, 28), 58)]),
            # Leap year: Aug 31 2028 − 6 months = Feb 29 2028.
            (date(2028, 2, 1), date(2028, 8, 31), 90, [("green_card_renewal", date(2028, 2, 29), 28)]),
            # Window opened Nov 15 2026 (across the year): next is 4 months before, Jan 15 2027.
            (TODAY, date(2027, 5, 15), 90, [("green_card_renewal", date(2027, 1, 15), 54)]),
            # Then 1 month before (Apr 15) once the 2-month step (Mar 15) has passed.
            (date(2027, 3, 20), date(2027, 5, 15), 90, [("green_card_renewal", date(2027, 4, 15), 26)]),
            # Month end: Mar 31 2027 − 1 month = Feb 28 2027 (clamped).
            (date(2027, 2, 1), date(2027, 3, 31), 90, [("green_card_renewal", date(2027, 2, 28), 27)]),
            (date(2027, 5, 20), date(2027, 5, 15), 90, [("green_card_renewal", date(2027, 5, 15), -5)]),
        ],
    )


# --- Passport: 6 months of validity --------------------------------------------------------------


def test_passport_with_a_stay_of_removal() -> None:
    _check(
        K.PASSPORT_EXPIRY,
        [
            # May 31 2027 − 6 months = Nov 30 2026.
            (TODAY, date(2027, 5, 31), 90, [("passport_stay", date(2026, 11, 30), 8)]),
            # Under 6 months of validity is already a problem for a stay: overdue since Nov 30.
            (date(2027, 1, 1), date(2027, 5, 31), 90, [("passport_stay", date(2026, 11, 30), -32)]),
            # Aug 29 2029 − 6 months = Feb 28 2029 (non-leap).
            (date(2029, 2, 1), date(2029, 8, 29), 90, [("passport_stay", date(2029, 2, 28), 27)]),
            # Feb 29 2028 − 6 months = Aug 29 2027.
            (date(2027, 8, 1), date(2028, 2, 29), 90, [("passport_stay", date(2027, 8, 29), 28)]),
        ],
        facts=STAY,
    )


def test_passport_without_a_stay() -> None:
    _check(
        K.PASSPORT_EXPIRY,
        [
            (TODAY, date(2027, 5, 31), 90, [("passport_expiry", date(2026, 11, 30), 8)]),
            # Inside the last 6 months: no nagging until it actually expires.
            (date(2027, 1, 1), date(2027, 5, 31), 365, []),
            (date(2027, 6, 1), date(2027, 5, 31), 90, [("passport_expiry", date(2027, 5, 31), -1)]),
        ],
    )
    assert "travel" in title(K.PASSPORT_EXPIRY, date(2027, 5, 31), TODAY)


# --- Stay of removal: 60 and 30 days before -------------------------------------------------------


def test_stay_expiry() -> None:
    _check(
        K.STAY_EXPIRY,
        [
            # Jan 10 2027 − 60 = Nov 11 2026; − 30 = Dec 11 2026.
            (date(2026, 11, 11), date(2027, 1, 10), 90, [("stay_expiry", date(2026, 11, 11), 0)]),
            (TODAY, date(2027, 1, 10), 90, [("stay_expiry", date(2026, 12, 11), 19)]),
            (date(2026, 12, 12), date(2027, 1, 10), 90, [("stay_expiry", date(2027, 1, 10), 29)]),
            (date(2027, 1, 11), date(2027, 1, 10), 90, [("stay_expiry", date(2027, 1, 10), -1)]),
        ],
    )


# --- TPS windows (dates from the government notice, entered by the user) ----------------------------


def test_tps_window_start() -> None:
    _check(
        K.TPS_WINDOW_START,
        [
            (TODAY, date(2026, 12, 1), 90, [("tps_window_open", date(2026, 12, 1), 9)]),
            (TODAY, date(2026, 12, 1), 5, []),
            (date(2026, 12, 5), date(2026, 12, 1), 90, [("tps_window_open", date(2026, 12, 1), -4)]),
        ],
    )
    assert "is open" in title(K.TPS_WINDOW_START, date(2026, 12, 1), date(2026, 12, 5))


def test_tps_window_end() -> None:
    _check(
        K.TPS_WINDOW_END,
        [
            # Jan 5 2027 − 30 = Dec 6 2026; − 7 = Dec 29 2026.
            (TODAY, date(2027, 1, 5), 90, [("tps_window_close", date(2026, 12, 6), 14)]),
            (date(2026, 12, 7), date(2027, 1, 5), 90, [("tps_window_close", date(2026, 12, 29), 22)]),
            (date(2026, 12, 30), date(2027, 1, 5), 90, [("tps_window_close", date(2027, 1, 5), 6)]),
            (date(2027, 1, 6), date(2027, 1, 5), 90, [("tps_window_close", date(2027, 1, 5), -1)]),
        ],
    )


# --- ICE check-ins -------------------------------------------------------------------------------


def test_single_checkin() -> None:
    _check(
        K.ICE_CHECKIN,
        [
            (TODAY, date(2026, 12, 1), 90, [("ice_checkin", date(2026, 11, 24), 2)]),
            (date(2026, 11, 25), date(2026, 12, 1), 90, [("ice_checkin", date(2026, 11, 30), 5)]),
            (date(2026, 12, 1), date(2026, 12, 1), 90, [("ice_checkin", date(2026, 12, 1), 0)]),
            (date(2026, 12, 2), date(2026, 12, 1), 90, [("ice_checkin", date(2026, 12, 1), -1)]),
        ],
    )


def test_checkin_action_is_a_checklist() -> None:
    event = Event(person_id=1, kind=K.ICE_CHECKIN, date=date(2026, 12, 1), id=7)
    (r,) = reminders([event], {1: PLAIN}, TODAY)
    en = r.action.render("en")
    assert "lawyer" in en and "papers" in en and "trusted person" in en and "family plan" in en
    es = r.action.render("es")
    assert "abogado" in es and "papeles" in es and "persona de confianza" in es and "plan familiar" in es


def test_monthly_checkin_from_the_31st() -> None:
    rec = Recurrence(1, RecurrenceUnit.MONTHS)
    event = Event(person_id=1, kind=K.ICE_CHECKIN, date=date(2026, 1, 31), recurrence=rec, id=7)
    got = reminders([event], {1: PLAIN}, TODAY, 90)
    # Occurrences Nov 30, Dec 31, Jan 31; Feb 28 2027's first reminder (Feb 21) is 91 days away.
    assert [(r.event_date, r.due, r.days_left) for r in got] == [
        (date(2026, 11, 30), date(2026, 11, 23), 1),
        (date(2026, 12, 31), date(2026, 12, 24), 32),
        (date(2027, 1, 31), date(2027, 1, 24), 63),
    ]
    assert len(reminders([event], {1: PLAIN}, TODAY, 91)) == 4
    # The Oct 31 occurrence has passed: not overdue.
    assert all(r.days_left >= 0 for r in got)


def test_biweekly_checkin_until() -> None:
    rec = Recurrence(2, RecurrenceUnit.WEEKS, until=date(2026, 12, 14))
    # Series Nov 2, 16, 30, Dec 14 (Mondays). Nov 16 has passed; Nov 30's 7-day reminder is Nov 23.
    assert run(K.ICE_CHECKIN, date(2026, 11, 2), TODAY, 90, recurrence=rec) == [
        ("ice_checkin", date(2026, 11, 23), 1),
        ("ice_checkin", date(2026, 12, 7), 15),
    ]
    # On an occurrence's own day, the day-of step.
    assert run(K.ICE_CHECKIN, date(2026, 11, 2), date(2026, 11, 30), 3, recurrence=rec) == [
        ("ice_checkin", date(2026, 11, 30), 0),
    ]
    # After the series ends nothing is produced, and nothing is overdue.
    assert run(K.ICE_CHECKIN, date(2026, 11, 2), date(2027, 1, 1), 365, recurrence=rec) == []


def test_series_starting_in_the_future() -> None:
    rec = Recurrence(1, RecurrenceUnit.WEEKS)
    got = run(K.ICE_CHECKIN, date(2027, 1, 4), TODAY, 50, recurrence=rec)
    # Jan 4, 11, 18 with their 7-day reminders Dec 28, Jan 4, Jan 11 (Nov 22 → Jan 11 = 50 days, the
    # horizon's last day). Nothing before the start.
    assert got == [
        ("ice_checkin", date(2026, 12, 28), 36),
        ("ice_checkin", date(2027, 1, 4), 43),
        ("ice_checkin", date(2027, 1, 11), 50),
    ]
    assert [r[1] for r in run(K.ICE_CHECKIN, date(2027, 1, 4), TODAY, 49, recurrence=rec)] == [
        date(2026, 12, 28),
        date(2027, 1, 4),
    ]


def test_invalid_recurrence_is_a_single_event() -> None:
    rec = Recurrence(0, RecurrenceUnit.WEEKS)
    assert run(K.ICE_CHECKIN, date(2026, 11, 1), TODAY, 90, recurrence=rec) == [
        ("ice_checkin", date(2026, 11, 1), -21)
    ]


# --- Court hearings -----------------------------------------------------------------------------


def test_court_hearing() -> None:
    _check(
        K.COURT_HEARING,
        [
            # Jan 10 2027: − 30 = Dec 11; re-checks every 7 days back from it: Nov 22 is 7 weeks before.
            (
                TODAY,
                date(2027, 1, 10),
                90,
                [("hearing_recheck", date(2026, 11, 22), 0), ("court_hearing", date(2026, 12, 11), 19)],
            ),
            (
                date(2026, 11, 23),
                date(2027, 1, 10),
                90,
                [("hearing_recheck", date(2026, 11, 29), 6), ("court_hearing", date(2026, 12, 11), 18)],
            ),
            # Inside the last two weeks the hearing reminders carry the re-check; − 7 = Jan 3.
            (date(2027, 1, 1), date(2027, 1, 10), 90, [("court_hearing", date(2027, 1, 3), 2)]),
            (date(2027, 1, 4), date(2027, 1, 10), 90, [("court_hearing", date(2027, 1, 9), 5)]),
            (date(2027, 1, 10), date(2027, 1, 10), 0, [("court_hearing", date(2027, 1, 10), 0)]),
            (date(2027, 1, 12), date(2027, 1, 10), 90, [("court_hearing", date(2027, 1, 10), -2)]),
            # Far hearing: re-checks start 26 weeks before (Dec 31 2027 − 182 = Jul 2 2027, 222 days).
            (TODAY, date(2027, 12, 31), 365, [("hearing_recheck", date(2027, 7, 2), 222)]),
        ],
    )


def test_recheck_gives_the_court_line() -> None:
    event = Event(person_id=1, kind=K.COURT_HEARING, date=date(2027, 1, 10), id=7)
    recheck = next(r for r in reminders([event], {1: PLAIN}, TODAY) if r.rule_id == "hearing_recheck")
    for lang in ("en", "es"):
        text = recheck.action.render(lang)
        assert "1-800-898-7180" in text and "1-800-828-1120" in text and "acis.eoir.justice.gov" in text


# --- Appointments and deadlines -------------------------------------------------------------------


def test_appointments_and_deadlines() -> None:
    _check(
        K.BIOMETRICS,
        [
            (date(2026, 12, 20), date(2027, 1, 1), 90, [("appointment", date(2026, 12, 25), 5)]),
            (date(2026, 12, 26), date(2027, 1, 1), 90, [("appointment", date(2026, 12, 31), 5)]),
            (date(2027, 1, 2), date(2027, 1, 1), 90, [("appointment", date(2027, 1, 1), -1)]),
        ],
    )
    _check(
        K.INTERVIEW,
        [(TODAY, date(2026, 11, 29), 90, [("appointment", date(2026, 11, 22), 0)])],
    )
    _check(
        K.FILING_DEADLINE,
        [
            (date(2028, 2, 20), date(2028, 3, 1), 90, [("filing_deadline", date(2028, 2, 23), 3)]),  # leap
            (date(2027, 2, 20), date(2027, 3, 1), 90, [("filing_deadline", date(2027, 2, 22), 2)]),
            (date(2027, 2, 23), date(2027, 3, 1), 90, [("filing_deadline", date(2027, 2, 28), 5)]),
        ],
    )
    _check(
        K.OTHER,
        [
            (TODAY, TODAY, 0, [("other_date", TODAY, 0)]),
            (TODAY, date(2026, 12, 31), 30, []),
            (TODAY, date(2025, 12, 31), 0, [("other_date", date(2025, 12, 31), -326)]),
        ],
    )
    assert title(K.OTHER, date(2025, 12, 31), TODAY) == "This date has passed"


# --- Change of address --------------------------------------------------------------------------


def test_address_change() -> None:
    _check(
        K.ADDRESS_CHANGE,
        [
            # Moved Nov 10: AR-11 due Nov 20 (late), EOIR-33 due Nov 15 (late, court case only).
            (TODAY, date(2026, 11, 10), 90, [("address_court", date(2026, 11, 15), -7),
                                             ("address_uscis", date(2026, 11, 20), -2)]),
            (TODAY, date(2026, 11, 20), 90, [("address_court", date(2026, 11, 25), 3),
                                             ("address_uscis", date(2026, 11, 30), 8)]),
            # Moving Dec 28: across the year, EOIR-33 by Jan 2, AR-11 by Jan 7.
            (TODAY, date(2026, 12, 28), 90, [("address_court", date(2027, 1, 2), 41),
                                             ("address_uscis", date(2027, 1, 7), 46)]),
        ],
        facts=COURT,
    )
    _check(
        K.ADDRESS_CHANGE,
        [
            (TODAY, date(2026, 11, 10), 90, [("address_uscis", date(2026, 11, 20), -2)]),
            (TODAY, date(2026, 11, 12), 90, [("address_uscis", date(2026, 11, 22), 0)]),
            (TODAY, date(2026, 12, 28), 30, []),
        ],
    )
    event = Event(person_id=1, kind=K.ADDRESS_CHANGE, date=date(2026, 11, 20), id=7)
    court = next(r for r in reminders([event], {1: COURT}, TODAY) if r.rule_id == "address_court")
    assert "the day it receives the form" in court.action.render("en")
    assert court.title.render("en").endswith("(Form EOIR-33)")
    uscis = next(r for r in reminders([event], {1: COURT}, TODAY) if r.rule_id == "address_uscis")
    # FACTS (registration): the AR-11 reminder must not push someone with no record at DHS to file.
    assert "never been registered" in uscis.action.render("en")
    assert "talk to a lawyer before you send" in uscis.action.render("en")
    assert "hable con un abogado antes de enviar" in uscis.action.render("es")


# --- The whole list ------------------------------------------------------------------------------


def test_done_events_produce_nothing() -> None:
    events = [
        Event(person_id=1, kind=kind, date=d, done=True, id=i)
        for i, (kind, d) in enumerate([(K.COURT_HEARING, TODAY), (K.DACA_EXPIRY, date(2026, 1, 1))])
    ]
    assert reminders(events, {1: PLAIN}, TODAY, 365) == []


def test_sorted_by_due_then_person_then_event() -> None:
    people = {1: PersonFacts(1, "Zoila Ruiz"), 2: PersonFacts(2, "Beto Amaya")}
    events = [
        Event(person_id=1, kind=K.OTHER, date=date(2026, 12, 1), id=5),
        Event(person_id=2, kind=K.OTHER, date=date(2026, 12, 1), id=9),
        Event(person_id=2, kind=K.OTHER, date=date(2026, 12, 1), id=3),
        Event(person_id=1, kind=K.OTHER, date=date(2026, 11, 1), id=1),
        Event(person_id=1, kind=K.INTERVIEW, date=date(2026, 11, 25), place="Oficina", id=2),
    ]
    got = reminders(events, people, TODAY)
    assert [(r.due, r.person, r.event_id) for r in got] == [
        (date(2026, 11, 1), "Zoila Ruiz", 1),  # overdue first
        (date(2026, 11, 24), "Beto Amaya", 3),  # Nov 24: the 7-day step of Dec 1 ...
        (date(2026, 11, 24), "Beto Amaya", 9),
        (date(2026, 11, 24), "Zoila Ruiz", 2),  # ... and the 1-day step of Nov 25
        (date(2026, 11, 24), "Zoila Ruiz", 5),
    ]
    assert got[3].place == "Oficina" and got[3].kind is K.INTERVIEW


def test_unsaved_events_of_one_person_are_ordered_by_event_date() -> None:
    # Two unsaved events (no id) of one person, latest first, with reminders due the same day: the
    # 7-day step of Dec 10 and the event-day step of Dec 3.
    later = Event(person_id=1, kind=K.OTHER, date=date(2026, 12, 10))
    earlier = Event(person_id=1, kind=K.OTHER, date=date(2026, 12, 3))
    got = reminders([later, earlier], {1: PLAIN}, date(2026, 12, 3), 30)
    assert [(r.due, r.event_date) for r in got] == [
        (date(2026, 12, 3), date(2026, 12, 3)),
        (date(2026, 12, 3), date(2026, 12, 10)),
    ]


def test_reminder_fields() -> None:
    event = Event(person_id=4, kind=K.INTERVIEW, date=date(2026, 11, 25), place="USCIS", id=11)
    (r,) = reminders([event], {4: PersonFacts(4, "Luz Ortega")}, TODAY)
    assert r == Reminder(
        person_id=4,
        person="Luz Ortega",
        event_id=11,
        kind=K.INTERVIEW,
        event_date=date(2026, 11, 25),
        due=date(2026, 11, 24),
        days_left=2,
        rule_id="appointment",
        title=r.title,
        action=r.action,
        source=Message(rules_for(K.INTERVIEW)[0].source),
        checked=date(2026, 11, 30),
        place="USCIS",
        confidence="H",
    )
    assert r.source.render("es") == "Su aviso de cita (la fecha que usted anotó)"
    assert not r.overdue


def test_unknown_person_and_unsaved_event() -> None:
    event = Event(person_id=99, kind=K.ADDRESS_CHANGE, date=TODAY)
    (r,) = reminders([event], {}, TODAY)
    assert (r.person, r.event_id, r.rule_id) == ("", 0, "address_uscis")


def test_negative_days_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        reminders([], {}, TODAY, -1)


def test_a_hearing_gives_at_most_two_reminders() -> None:
    event = Event(person_id=1, kind=K.COURT_HEARING, date=date(2027, 3, 1), id=1)
    for offset in range(-10, 200):
        today = date.fromordinal(date(2027, 3, 1).toordinal() - offset)
        assert len(reminders([event], {1: PLAIN}, today, 3650)) <= 2


# --- The table itself ----------------------------------------------------------------------------


def test_every_kind_has_a_rule() -> None:
    assert {k for r in RULES for k in r.kinds} == set(EventKind)


def test_table_is_well_formed() -> None:
    assert len({r.id for r in RULES}) == len(RULES)
    for rule in RULES:
        # Sources are shown to users: plain words in each language, never internal shorthand.
        assert rule.source.en.strip() and rule.source.es.strip() and rule.source.en != rule.source.es
        assert "FACTS" not in rule.source.en + rule.source.es
        assert rule.checked == date(2026, 11, 30)
        assert rule.confidence in {"H", "M", "C"}
        for text in [rule.description, *(t for s in rule.steps for t in (s.title, s.action))]:
            assert text.en.strip() and text.es.strip() and text.en != text.es


def test_rule_validation() -> None:
    t = Text("x", "y")
    with pytest.raises(ValueError, match="increasing"):
        Rule("r", frozenset({K.OTHER}), t, TODAY, "H", t, (Step(0, t, t), Step(-1, t, t)))
    with pytest.raises(ValueError, match="no steps"):
        Rule("r", frozenset({K.OTHER}), t, TODAY, "H", t, ())
    with pytest.raises(ValueError, match="late"):
        Rule("r", frozenset({K.OTHER}), t, TODAY, "H", t, (Step(0, t, t),), late=Step(-1, t, t))
    with pytest.raises(ValueError, match="confidence"):
        Rule("r", frozenset({K.OTHER}), t, TODAY, "X", t, (Step(0, t, t),))


def test_max_lead_days() -> None:
    assert max_lead_days(K.DACA_EXPIRY) == 210
    assert max_lead_days(K.EAD_EXPIRY) == 210
    assert max_lead_days(K.COURT_HEARING) == 182
    assert max_lead_days(K.ICE_CHECKIN) == 7
    assert max_lead_days(K.ADDRESS_CHANGE) == 0
    # Six calendar months are at most 184 days (e.g. Jun 30 → Dec 31); the bound must cover that.
    assert max_lead_days(K.GREEN_CARD_EXPIRY) >= 184
    assert max_lead_days(K.PASSPORT_EXPIRY) >= 184


