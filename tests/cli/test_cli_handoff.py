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
from tests.cli.test_cli import cli
from tests.conftest import PASSPHRASE

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
