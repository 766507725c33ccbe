"""`deadlines` shows the appointments themselves, with the event's date, time and place, in every format."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time
from pathlib import Path

import pytest

from domain.models import Event, EventKind, Person, Recurrence, RecurrenceUnit
from storage import Vault
from tests.conftest import PASSPHRASE
from tests.ui.cli.test_cli import cli

PLACE = "ICE, 300 N Los Angeles St"


@pytest.fixture
def household(vault_path: Path) -> Path:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    try:
        pid = vault.people.add(Person("Marta", "Ejemplo Ficticio"))
        vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2026, 12, 29), time=time(8, 30), place=PLACE,
                               recurrence=Recurrence(1, RecurrenceUnit.MONTHS)))
        vault.events.add(Event(pid, EventKind.COURT_HEARING, date(2027, 1, 15), time=time(13, 0),
                               place="Sala 3"))
    finally:
        vault.close()
    return vault_path


def _deadlines(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], path: Path,
               fmt: str, lang: str = "en") -> str:
    code, out, err = cli(monkeypatch, capsys, "deadlines", str(path), "--format", fmt, "--lang", lang,
                         "--today", "2026-11-30", "--days", "90", "--passphrase-stdin")
    assert code == 0, err
    return out


# Hand-computed from Nov 30, 2026 with a 90-day horizon (Feb 28, 2027): the check-in series on the
# 29th (clamped to the 28th in February 2027) and the hearing; (date, time, kind, place, days left).
APPOINTMENTS = [
    ("2026-12-29", "08:30", "ice_checkin", PLACE, 29),
    ("2027-01-15", "13:00", "court_hearing", "Sala 3", 46),
    ("2027-01-29", "08:30", "ice_checkin", PLACE, 60),
    ("2027-02-28", "08:30", "ice_checkin", PLACE, 90),
]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_json_has_the_appointments_and_the_steps_say_which_one(household: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 lang: str) -> None:
    items = json.loads(_deadlines(monkeypatch, capsys, household, "json", lang))
    old = {"person_id", "person", "event_id", "kind", "event_date", "due", "days_left", "title", "action",
           "rule", "source", "place"}
    assert all(old | {"item", "event", "event_time"} == set(i) for i in items)
    own = [i for i in items if i["item"] == "appointment"]
    assert [(i["due"], i["event_time"], i["kind"], i["place"], i["days_left"]) for i in own] == APPOINTMENTS
    assert all(i["event_date"] == i["due"] for i in own)
    label = {"en": "ICE check-in", "es": "Cita de control con ICE"}[lang]
    assert own[0]["event"] == label and own[0]["title"] == label
    steps = [i for i in items if i["item"] == "reminder"]
    prepare = next(i for i in steps if i["rule"] == "ice_checkin")
    assert (prepare["due"], prepare["event_date"], prepare["event_time"]) == ("2026-12-22", "2026-12-29", "08:30")
    hearing = next(i for i in steps if i["rule"] == "court_hearing")
    assert (hearing["due"], hearing["event_date"], hearing["event_time"]) == ("2026-12-16", "2027-01-15", "13:00")
    assert hearing["event"] == {"en": "Immigration court hearing", "es": "Audiencia en la corte de inmigración"}[lang]
    assert [i["due"] for i in items] == sorted(i["due"] for i in items)


def test_csv_has_the_new_columns(household: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(_deadlines(monkeypatch, capsys, household, "csv", "es"))))
    assert list(rows[0])[-3:] == ["item", "event", "event_time"]
    own = [r for r in rows if r["item"] == "appointment"]
    assert [(r["due"], r["event_time"], r["kind"], r["place"], int(r["days_left"])) for r in own] == APPOINTMENTS
    prepare = next(r for r in rows if r["rule"] == "ice_checkin")
    assert (prepare["event_date"], prepare["event_time"], prepare["place"]) == ("2026-12-29", "08:30", PLACE)


def test_table_has_event_date_time_and_place_columns(household: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    lines = _deadlines(monkeypatch, capsys, household, "table", "es").splitlines()
    assert lines[0].split() == ["Vence", "Días", "Persona", "Qué", "Fecha", "del", "evento", "Hora", "Lugar"]
    checkin = [ln for ln in lines if ln.startswith("2026-12-29")]
    assert len(checkin) == 1
    assert "Cita de control con ICE" in checkin[0] and "08:30" in checkin[0] and PLACE in checkin[0]
    assert checkin[0].split()[1] == "29"
    prepare = next(ln for ln in lines if ln.startswith("2026-12-22"))
    assert "Prepárese para la cita de control con ICE" in prepare and "2026-12-29" in prepare and "08:30" in prepare
    hearing = next(ln for ln in lines if ln.startswith("2027-01-15"))
    assert "Audiencia en la corte de inmigración" in hearing and "13:00" in hearing and "Sala 3" in hearing
    assert sum(ln.startswith(("2027-01-29", "2027-02-28")) and "Cita de control con ICE" in ln for ln in lines) == 2
