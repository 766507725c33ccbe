"""`bundle export/import`, `calendar` and `export` from the command line: exit codes, files, warnings."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

from storage import Vault
from tests.conftest import PASSPHRASE
from tests.ui.cli.test_cli import cli

CODE_LINE = 2  # the transfer code is the last of three lines


@pytest.fixture
def intake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "Intake.amparo"
    assert cli(monkeypatch, capsys, "demo", str(path), "--people", "6", "--seed", "3", "--passphrase-stdin")[0] == 0
    return path


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "Clinic.amparo"
    assert cli(monkeypatch, capsys, "vault", "create", str(path), "--passphrase-stdin")[0] == 0
    return path


def people(path: Path) -> int:
    with Vault.open(path, PASSPHRASE) as vault:
        return vault.people.count()


def export(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], source: Path, out: Path,
           *who: str) -> str:
    code, printed, err = cli(monkeypatch, capsys, "bundle", "export", str(source), *who, "--out", str(out),
                             "--passphrase-stdin")
    assert code == 0, err
    return printed.strip().splitlines()[CODE_LINE]


def test_export_then_import_needs_yes_and_merges(intake: Path, clinic: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "transfer.bin"
    code = export(monkeypatch, capsys, intake, out, "--person", "1", "2")
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    result, printed, _ = cli(monkeypatch, capsys, "bundle", "import", str(clinic), str(out), "--passphrase-stdin",
                             "--code-stdin", stdin=f"{PASSPHRASE}\n{code}\n")
    assert result == 0 and "Nothing was written" in printed and "2 people new" in printed
    assert people(clinic) == 0
    result, printed, _ = cli(monkeypatch, capsys, "bundle", "import", str(clinic), str(out), "--passphrase-stdin",
                             "--code-stdin", "--yes", stdin=f"{PASSPHRASE}\n{code}\n")
    assert result == 0 and "Imported:" in printed
    assert people(clinic) >= 2


def test_wrong_code_exit_3_tampered_file_exit_3_not_a_bundle_exit_4(
        intake: Path, clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "transfer.bin"
    code = export(monkeypatch, capsys, intake, out, "--to", "clinic")
    wrong = " ".join(reversed(code.split()))
    result, _, err = cli(monkeypatch, capsys, "bundle", "import", str(clinic), str(out), "--passphrase-stdin",
                         "--code-stdin", "--yes", stdin=f"{PASSPHRASE}\n{wrong}\n")
    assert result == 3 and "transfer code" in err and err.count("\n") == 1
    data = bytearray(out.read_bytes())
    data[-100] ^= 0xFF
    out.write_bytes(bytes(data))
    result, _, _ = cli(monkeypatch, capsys, "bundle", "import", str(clinic), str(out), "--passphrase-stdin",
                       "--code-stdin", "--yes", stdin=f"{PASSPHRASE}\n{code}\n")
    assert result == 3
    out.write_bytes(b"%PDF-1.4 not a bundle")
    result, _, err = cli(monkeypatch, capsys, "bundle", "import", str(clinic), str(out), "--passphrase-stdin",
                         "--code-stdin", "--yes", stdin=f"{PASSPHRASE}\n{code}\n")
    assert result == 4 and "not an Amparo transfer file" in err
    assert people(clinic) == 0


def test_unknown_person_is_a_usage_error(intake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    result, _, err = cli(monkeypatch, capsys, "bundle", "export", str(intake), "--person", "999", "--out",
                         str(tmp_path / "x.bin"), "--passphrase-stdin")
    assert result == 2 and "999" in err
    assert not (tmp_path / "x.bin").exists()


def test_calendar_file_validates_and_can_leave_names_and_places_out(
        intake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(intake, PASSPHRASE) as vault:
        ids = [row.id for row in vault.people.page("", 0, 10)]
        names = [vault.people.get(i).family_names for i in ids]  # type: ignore[union-attr]
    out = tmp_path / "citas.ics"
    result, _, err = cli(monkeypatch, capsys, "calendar", str(intake), "--person", *map(str, ids), "--out", str(out),
                         "--days", "730", "--today", "2026-11-30", "--lang", "es", "--passphrase-stdin")
    assert result == 0 and "NOT encrypted" not in err  # Spanish messages
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    parsed = Calendar.from_ical(out.read_bytes())
    events = parsed.walk("VEVENT")
    assert events, "the demo households have appointments"
    assert all(e.get("uid") and e.get("dtstart") and e.get("dtstamp") for e in events)
    # A second, independent parser reads it too.
    assert len(list(vobject.readOne(out.read_text(encoding="utf-8")).vevent_list)) == len(events)
    assert any(name in out.read_text(encoding="utf-8") for name in names)

    result, _, err = cli(monkeypatch, capsys, "calendar", str(intake), "--person", *map(str, ids), "--out", str(out),
                         "--days", "730", "--today", "2026-11-30", "--no-names", "--no-places", "--lang", "en",
                         "--passphrase-stdin")
    assert result == 0 and "NOT encrypted" in err and "cloud" in err
    text = out.read_text(encoding="utf-8")
    assert not any(name in text for name in names)
    assert "LOCATION" not in text


def test_csv_export_warns_and_is_private(intake: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "people.csv"
    result, _, err = cli(monkeypatch, capsys, "export", str(intake), "--what", "people", "--out", str(out),
                         "--lang", "en", "--passphrase-stdin")
    assert result == 0 and "NOT encrypted" in err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == people(intake) and rows[0]["family_names"]


SHEET = [
    ["Nombre", "Apellidos", "Fecha de nacimiento", "Número A", "Teléfono", "Color favorito"],
    ["Rosa", "Luna Díaz", "1990-05-04", "A-012-345-678", "(213) 555-0101", "azul"],
    ["Pedro", "Mar", "31/02/1985", "", "", ""],  # no such date
    ["Inés", "Sol", "", "12-34", "", ""],  # A-number too short
    ["", "", "", "", "", ""],
    ["Rosa", "Luna Díaz", "1990-05-04", "", "", ""],  # the same as line 2
    ["Zoé", "Quiñónez", "", "", "213 555 0199", ""],
]


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_spreadsheet_import_checks_every_row_and_writes_nothing_without_yes(
        clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "lista.csv"
    write_csv(sheet, SHEET)
    rejects = tmp_path / "rechazadas.csv"
    code, out, _ = cli(monkeypatch, capsys, "import-people", str(clinic), str(sheet), "--rejects", str(rejects),
                       "--lang", "en", "--passphrase-stdin")
    assert code == 0
    assert "2 rows ready, 2 set aside with problems, 1 look like" in out
    assert "Line 3:" in out and "Line 4:" in out and "Color favorito" in out  # not read, and said so
    assert people(clinic) == 0
    assert stat.S_IMODE(os.stat(rejects).st_mode) == 0o600
    rejected = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rejected[1:]] == ["3", "4"] and rejected[1][2] == "Pedro"

    code, out, _ = cli(monkeypatch, capsys, "import-people", str(clinic), str(sheet), "--yes", "--lang", "en",
                       "--passphrase-stdin")
    assert code == 0 and "2 people added." in out
    assert people(clinic) == 2
    # Importing the same file again finds everyone already there.
    code, out, _ = cli(monkeypatch, capsys, "import-people", str(clinic), str(sheet), "--yes", "--lang", "en",
                       "--passphrase-stdin")
    assert "0 rows ready" in out and people(clinic) == 2


def test_spreadsheet_import_reads_xlsx_and_explicit_mapping(
        clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Col A", "Col B", "Born"])
    sheet.append(["Ana", "Ruiz", datetime(1988, 2, 29)])
    sheet.append(["Luis", "Paz", None])
    path = tmp_path / "list.xlsx"
    book.save(path)
    code, _, err = cli(monkeypatch, capsys, "import-people", str(clinic), str(path), "--yes", "--lang", "en",
                       "--passphrase-stdin")
    assert code == 2 and "given names" in err
    code, out, _ = cli(monkeypatch, capsys, "import-people", str(clinic), str(path), "--map", "Col A=given_names",
                       "--map", "2=family_names", "--map", "Born=date_of_birth", "--yes", "--lang", "en",
                       "--passphrase-stdin")
    assert code == 0 and "2 people added." in out
    with Vault.open(clinic, PASSPHRASE) as vault:
        ana = vault.people.get(vault.people.search("Ana Ruiz")[0].id)
        assert ana is not None and str(ana.date_of_birth) == "1988-02-29"


def test_a_file_that_is_not_a_spreadsheet_is_refused(clinic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "list.xlsx"
    bad.write_bytes(b"\x00\x01 not a zip")
    code, _, err = cli(monkeypatch, capsys, "import-people", str(clinic), str(bad), "--lang", "en",
                       "--passphrase-stdin")
    assert code == 2 and "Could not read the spreadsheet" in err


def test_rows_are_added_all_or_none(clinic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from domain.models import Person
    from storage.people import PeopleRepository

    calls = {"n": 0}
    real = PeopleRepository._index

    def failing_index(self: PeopleRepository, person_id: int, person: Person) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        real(self, person_id, person)

    monkeypatch.setattr(PeopleRepository, "_index", failing_index)
    with Vault.open(clinic, PASSPHRASE) as vault, pytest.raises(OSError):
        vault.people.add_many([Person(given_names=f"N{i}", family_names="Prueba") for i in range(5)])
    assert people(clinic) == 0


def test_nothing_changed_since_the_last_transfer_writes_no_file(intake: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    export(monkeypatch, capsys, intake, tmp_path / "first.bin", "--to", "clinic")
    code, printed, _ = cli(monkeypatch, capsys, "bundle", "export", str(intake), "--to", "clinic", "--out",
                           str(tmp_path / "second.bin"), "--lang", "en", "--passphrase-stdin")
    assert code == 0 and "Nothing changed since the last transfer to clinic" in printed
    assert not (tmp_path / "second.bin").exists()
