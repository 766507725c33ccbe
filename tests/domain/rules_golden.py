"""A synthetic vault of events of every kind and the engine's output for it, as a golden record.

The record (`tests/domain/fixtures/reminders_golden.json`) was captured from the rule table as it was
written in Python, before the table moved to `content/rules.toml` (and the appointment lines before
their words moved to `content/<lang>/appointments.toml`); `test_rules_golden.py` checks that
the table loaded from the data files gives the same reminders, date for date and word for word.

When the content changes on purpose (a lawyer's correction), regenerate the record from the repository
root and review the diff like any other content change:

    python -m tests.domain.rules_golden
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from domain.appointments import deadline_items
from domain.models import Event, EventKind, Recurrence, RecurrenceUnit, Reminder
from domain.rules import PersonFacts, birth_date_ranges, max_lead_days, reminders, rules_for

FIXTURE = Path(__file__).parent / "fixtures" / "reminders_golden.json"

# A Monday at a month's end and a Friday in a leap-year February: month and business-day units meet
# their edge cases there.
TODAYS = (date(2026, 11, 30), date(2028, 2, 25))
HORIZONS = (90, 400)
# Event dates relative to today: past every late date, around each step, and beyond every lead.
OFFSETS = (-800, -200, -95, -31, -8, -1, 0, 1, 6, 13, 29, 61, 89, 121, 151, 181, 211, 366, 1300)


def profiles() -> list[PersonFacts]:
    """One person for each combination of facts that changes which rules apply."""
    return [
        PersonFacts(1, "Ana Plain"),
        PersonFacts(2, "Beto Court", has_court_case=True, noncitizen=True),
        PersonFacts(3, "Carla Stay", has_court_case=True, has_stay_of_removal=True, noncitizen=True),
        PersonFacts(4, "Diego Daca", has_daca_case=True, noncitizen=True),
        PersonFacts(5, "Elena Tps", has_tps_case=True, noncitizen=True),
        PersonFacts(6, "Fabio Both", has_daca_case=True, has_tps_case=True, noncitizen=True),
        PersonFacts(7, "Gina Sijs", has_sijs_case=True, noncitizen=True, date_of_birth=date(2006, 1, 15)),
        PersonFacts(8, "Hugo Teen", noncitizen=True, date_of_birth=date(2013, 1, 20)),
        PersonFacts(9, "Ines Leap", noncitizen=True, has_sijs_case=True, date_of_birth=date(2008, 2, 29)),
    ]


def events(today: date) -> list[Event]:
    """Every kind on every offset for every person, a few repeating check-ins, and a person unknown."""
    out: list[Event] = []
    next_id = 1
    for facts in profiles():
        for kind in EventKind:
            # Facts change the answer only for kinds with a rule for some people: the rest once.
            if facts.person_id > 1 and all(r.applies.value == "everyone" for r in rules_for(kind)):
                continue
            for offset in OFFSETS:
                out.append(Event(facts.person_id, kind, today + timedelta(days=offset), id=next_id,
                                 time=time(9, 30) if offset % 2 else None))
                next_id += 1
    for every, unit, start, until in (
        (1, RecurrenceUnit.MONTHS, -100, None),
        (6, RecurrenceUnit.WEEKS, -30, None),
        (3, RecurrenceUnit.MONTHS, 10, today + timedelta(days=200)),
        (2, RecurrenceUnit.WEEKS, -400, today + timedelta(days=20)),
        (0, RecurrenceUnit.WEEKS, 5, None),
    ):
        out.append(Event(2, EventKind.ICE_CHECKIN, today + timedelta(days=start),
                         recurrence=Recurrence(every, unit, until), id=next_id))
        next_id += 1
    out.append(Event(99, EventKind.EAD_EXPIRY, today + timedelta(days=100), id=next_id))
    out.append(Event(1, EventKind.COURT_HEARING, today + timedelta(days=3), id=next_id + 1, done=True))
    return out


class _Texts:
    """Numbers each distinct text once, so the record lists every wording once, in every language."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, str], int] = {}

    def number(self, en: str, es: str) -> int:
        return self.index.setdefault((en, es), len(self.index))

    def table(self) -> list[dict[str, str]]:
        return [{"en": en, "es": es} for en, es in self.index]


def _row(r: Reminder, texts: _Texts) -> list[Any]:
    def n(message: Any) -> int:
        return texts.number(message.render("en"), message.render("es"))

    return [r.person_id, r.event_id, r.kind.value, r.event_date.isoformat(), r.due.isoformat(),
            r.days_left, r.rule_id, n(r.title), n(r.action), n(r.source),
            None if r.checked is None else r.checked.isoformat(), r.confidence,
            None if r.event_time is None else r.event_time.isoformat(), r.item.value]


def runs() -> Iterator[tuple[str, date, int]]:
    for today, days in zip(TODAYS, HORIZONS, strict=True):
        yield f"{today.isoformat()}+{days}", today, days


def snapshot() -> dict[str, Any]:
    """The engine's whole observable output for the synthetic vault, as JSON-ready data."""
    texts = _Texts()
    people = {p.person_id: p for p in profiles()}
    out: dict[str, Any] = {"runs": {}}
    for name, today, days in runs():
        out["runs"][name] = [_row(r, texts) for r in reminders(events(today), people, today, days)]
    # The whole deadline list (appointment lines with the rules' steps folded in) for the first run.
    name, today, days = next(runs())
    out["deadline_items"] = [_row(r, texts) for r in deadline_items(events(today), people, today, days)]
    out["max_lead_days"] = {k.value: max_lead_days(k) for k in EventKind}
    out["rules_for"] = {k.value: [r.id for r in rules_for(k)] for k in EventKind}
    out["birth_date_ranges"] = {
        name: [[a.isoformat(), b.isoformat()] for a, b in birth_date_ranges(today, days)]
        for name, today, days in runs()
    }
    out["texts"] = texts.table()
    return out


def write(path: Path = FIXTURE) -> None:
    """Write the record: one run's reminder per line, so a content change reads as a small diff."""
    data = snapshot()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["{"]
    lines.append('"runs": {')
    names = list(data["runs"])
    for i, name in enumerate(names):
        rows = data["runs"][name]
        lines.append(json.dumps(name) + ": [")
        lines.extend(json.dumps(row, ensure_ascii=False) + ("," if j < len(rows) - 1 else "")
                     for j, row in enumerate(rows))
        lines.append("]" + ("," if i < len(names) - 1 else ""))
    lines.append("},")
    lines.append('"deadline_items": [')
    rows = data["deadline_items"]
    lines.extend(json.dumps(row, ensure_ascii=False) + ("," if j < len(rows) - 1 else "")
                 for j, row in enumerate(rows))
    lines.append("],")
    for key in ("max_lead_days", "rules_for", "birth_date_ranges"):
        lines.append(json.dumps(key) + ": " + json.dumps(data[key], ensure_ascii=False) + ",")
    lines.append('"texts": [')
    rows = data["texts"]
    lines.extend(json.dumps(row, ensure_ascii=False) + ("," if j < len(rows) - 1 else "")
                 for j, row in enumerate(rows))
    lines.append("]")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    from content.rule_loader import install_builtin_rules

    install_builtin_rules()
    write()
