"""The command-line contract of DESIGN §8: commands, JSON fields, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from storage import Vault
from tests.conftest import PASSPHRASE
from tests.storage.test_vault import snapshot
from ui.cli.main import run

ROOT = Path(__file__).resolve().parents[3]


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "Demo.amparo"
    code, _, err = cli(monkeypatch, capsys, "demo", str(path), "--people", "60", "--seed", "7", "--passphrase-stdin")
    assert code == 0, err
    return path


def test_version_is_instant_and_loads_no_qt() -> None:
    probe = "import sys, main; main.main(['--version']); assert not any(m.startswith('PySide6') for m in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "amparo 0.1.0"


def test_vault_create_prints_the_recovery_key_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Nueva.amparo"
    code, out, _ = cli(monkeypatch, capsys, "vault", "create", str(path), "--passphrase-stdin")
    assert code == 0
    recovery = out.strip().splitlines()[-1]
    Vault.open_with_recovery_key(path, recovery).close()
    assert recovery not in "".join(p.read_text(errors="ignore") for p in path.rglob("*") if p.is_file())


def test_short_passphrase_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(monkeypatch, capsys, "vault", "create", str(tmp_path / "x.amparo"), "--passphrase-stdin",
                       stdin="corta\n")
    assert code == 2 and err.count("\n") == 1
    assert not (tmp_path / "x.amparo").exists()


def test_person_add_then_search_json(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(monkeypatch, capsys, "person", "add", str(demo), "--given", "Zoé", "--family", "Quiñónez Ávila",
                       "--a-number", "A 087-654-321", "--dob", "1990-02-28", "--phone", "202 555 0143",
                       "--passphrase-stdin")
    assert code == 0
    new_id = int(out.strip())
    code, out, _ = cli(monkeypatch, capsys, "search", str(demo), "quinonez avila", "--format", "json",
                       "--passphrase-stdin")
    found = json.loads(out)
    assert code == 0 and [p["id"] for p in found] == [new_id]
    assert found[0]["a_number"] == "087654321" and found[0]["date_of_birth"] == "1990-02-28"
    code, out, _ = cli(monkeypatch, capsys, "search", str(demo), "87654321", "--passphrase-stdin")
    assert code == 0 and "A-087-654-321" in out


@pytest.mark.parametrize("args", [
    ["--a-number", "12-34"], ["--dob", "1990-02-30"], ["--phone", "12"], ["--dob", "2999-01-01"],
])
def test_rejected_values_exit_2_and_save_nothing(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    before = snapshot(demo)
    code, out, err = cli(monkeypatch, capsys, "person", "add", str(demo), "--given", "Ana", "--family", "Ruiz",
                         *args, "--passphrase-stdin", "--lang", "es")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert snapshot(demo) == before


def test_event_add_and_deadlines_json_fields(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(monkeypatch, capsys, "event", "add", str(demo), "--person", "1", "--kind", "court_hearing",
                       "--date", "2026-12-01", "--time", "08:30", "--place", "Sala 4", "--passphrase-stdin")
    assert code == 0
    event_id = int(out)
    code, out, _ = cli(monkeypatch, capsys, "deadlines", str(demo), "--days", "365", "--format", "json",
                       "--lang", "es", "--today", "2026-11-22", "--passphrase-stdin")
    assert code == 0
    items = json.loads(out)
    assert items, "a demo vault always has something due"
    required = {"person_id", "person", "event_id", "kind", "event_date", "due", "days_left", "title", "action"}
    assert all(required <= set(item) for item in items)
    dues = [item["due"] for item in items]
    assert dues == sorted(dues)
    mine = [i for i in items if i["event_id"] == event_id]
    assert mine and mine[0]["kind"] == "court_hearing" and mine[0]["event_date"] == "2026-12-01"
    assert all(i["days_left"] < 0 for i in items if i["due"] < "2026-11-22")


def test_deadlines_csv_and_table(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(monkeypatch, capsys, "deadlines", str(demo), "--format", "csv", "--passphrase-stdin")
    assert code == 0 and out.splitlines()[0].startswith("person_id,person,event_id,kind,event_date,due,days_left")
    code, out, _ = cli(monkeypatch, capsys, "deadlines", str(demo), "--passphrase-stdin")
    assert code == 0 and out.strip()


def test_unknown_event_kind_is_a_usage_error(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(monkeypatch, capsys, "event", "add", str(demo), "--person", "1", "--kind", "party",
                       "--date", "2026-12-01", "--passphrase-stdin")
    assert code == 2 and "ice_checkin" in err


def test_wrong_passphrase_exit_3_one_line_nothing_changed(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(demo)
    for attempt in (PASSPHRASE + " ", PASSPHRASE.upper(), ""):
        code, out, err = cli(monkeypatch, capsys, "search", str(demo), "ana", "--passphrase-stdin",
                             stdin=attempt + "\n")
        assert code == 3 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(demo) == before


def test_passwd_backup_check(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(monkeypatch, capsys, "passwd", str(demo), "--passphrase-stdin",
                       stdin=f"{PASSPHRASE}\notra frase larga\n")
    assert code == 0, err
    code, _, _ = cli(monkeypatch, capsys, "check", str(demo), "--passphrase-stdin")
    assert code == 3
    code, _out, _ = cli(monkeypatch, capsys, "check", str(demo), "--passphrase-stdin", stdin="otra frase larga\n")
    assert code == 0
    out_file = tmp_path / "copia.db"
    code, _, _ = cli(monkeypatch, capsys, "backup", str(demo), "--out", str(out_file), "--passphrase-stdin",
                     stdin="otra frase larga\n")
    assert code == 0 and out_file.stat().st_size > 0


def _flip_middle(db: Path) -> None:
    data = bytearray(db.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(b ^ 0xFF for b in data[middle : middle + 64])
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["flip", "truncate", "key"])
def test_damaged_vault_exit_4_never_3_never_traceback(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str], damage: str) -> None:
    db = demo / "vault.db"
    if damage == "flip":
        _flip_middle(db)
    elif damage == "truncate":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    else:
        key = demo / "vault.key"
        key.write_bytes(key.read_bytes().replace(b'"wrapped": "', b'"wrapped": "AA', 1))
    before = snapshot(demo)
    code, _out, err = cli(monkeypatch, capsys, "check", str(demo), "--passphrase-stdin")
    assert code == 4 and err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(demo) == before


def test_vault_from_newer_version_exit_5(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with Vault.open(demo, PASSPHRASE) as vault, vault.db.transaction() as conn:
        conn.execute("PRAGMA user_version = 99")
    code, _, err = cli(monkeypatch, capsys, "search", str(demo), "ana", "--passphrase-stdin", "--lang", "es")
    assert code == 5 and err.count("\n") == 1


def test_usage_errors_exit_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(monkeypatch, capsys, "frobnicate")[0] == 2
    assert cli(monkeypatch, capsys, "deadlines")[0] == 2
    assert cli(monkeypatch, capsys, "demo", "/nonexistent/x.amparo")[0] == 2


def test_real_process_exit_codes_and_no_traceback(tmp_path: Path) -> None:
    """The same contract through a real process, with the vault's stored (cheap) Argon2 settings."""
    path = tmp_path / "P.amparo"
    Vault.create(path, PASSPHRASE)[0].close()

    def main(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin, capture_output=True,
                              text=True, check=False)

    ok = main("check", str(path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    wrong = main("check", str(path), "--passphrase-stdin", stdin="nope\n")
    assert (ok.returncode, wrong.returncode) == (0, 3)
    assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr


def test_damaged_key_file_exit_4_with_a_hint_then_repair(demo: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (demo / "vault.key").write_bytes(b"{")
    code, _, err = cli(monkeypatch, capsys, "search", str(demo), "ana", "--passphrase-stdin")
    assert code == 4 and "repair" in err and err.count("\n") == 1
    code, out, _ = cli(monkeypatch, capsys, "repair", str(demo), "--passphrase-stdin")
    assert code == 0 and "spare" in out
    assert cli(monkeypatch, capsys, "check", str(demo), "--passphrase-stdin")[0] == 0
    code, out, _ = cli(monkeypatch, capsys, "repair", str(demo), "--passphrase-stdin")
    assert code == 0 and "Nothing was changed" in out
