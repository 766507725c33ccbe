"""`amparo pack`: a clinic makes, signs and hands out a pack; a family verifies and imports it; refusals
exit 2 with one line and write nothing."""

from __future__ import annotations

import io
import stat
import sys
from pathlib import Path

import pytest

from content import active
from content.guides import get_guide
from content.packs.archive import read_folder
from content.paths import package_folder
from tests.content.packmaker import flip_byte, key_b64, make_pack, new_key, replace_entry
from tests.ui.cli.test_pack_import import snapshot
from ui.cli.main import run

RESOURCES = """[[resource]]
id = "rapid-response"
category = "hotline"
name = "Línea de respuesta rápida"
phone = "555-0100"
languages = ["es", "en"]
"""


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    active.configure(imported=None)
    yield tmp_path / "xdg" / "amparo" / "packs"
    active.configure(imported=None)


@pytest.fixture()
def clinic_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                data_home: Path) -> Path:
    folder = tmp_path / "clinic"
    folder.mkdir()
    (folder / "resources.toml").write_text(RESOURCES, encoding="utf-8")
    key = tmp_path / "clinic.pem"
    code, _out, err = cli(monkeypatch, capsys, "pack", "keygen", "--out", str(key), "--passphrase-stdin",
                         stdin="a clinic passphrase\n")
    assert code == 0, err
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and b"ENCRYPTED" in key.read_bytes()
    pack = tmp_path / "east.amparopack"
    code, _out, err = cli(monkeypatch, capsys, "pack", "build", str(folder), "--kind", "resources", "--id",
                         "clinic-east", "--version", "1", "--publisher", "Clínica del Este", "--out", str(pack))
    assert code == 0, err
    code, _out, err = cli(monkeypatch, capsys, "pack", "sign", str(pack), "--key", str(key), "--passphrase-stdin",
                         stdin="a clinic passphrase\n")
    assert code == 0, err
    return pack


def test_a_clinic_pack_is_verified_shown_and_imported_only_when_confirmed(
        clinic_pack: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        data_home: Path) -> None:
    code, out, err = cli(monkeypatch, capsys, "pack", "verify", str(clinic_pack), "--lang", "es")
    assert code == 0, err
    assert "Clínica del Este" in out and "Huella" in out
    code, out, err = cli(monkeypatch, capsys, "pack", "import", str(clinic_pack), "--lang", "es")
    assert code == 2 and "--yes" in err and err.count("\n") == 1
    assert "Recurso agregado: Línea de respuesta rápida" in out
    assert snapshot(data_home) == {}
    code, out, err = cli(monkeypatch, capsys, "pack", "import", str(clinic_pack), "--yes")
    assert code == 0, err
    code, out, err = cli(monkeypatch, capsys, "pack", "status", "--lang", "en")
    assert "Clínica del Este (clinic-east, version 1). Entries: 1." in out
    code, out, err = cli(monkeypatch, capsys, "pack", "remove-publisher", "clinic-east")
    assert code == 0 and "No local resources packs" in cli(monkeypatch, capsys, "pack", "status")[1]


def test_a_tampered_pack_exits_2_in_one_line_and_writes_nothing(
        clinic_pack: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        data_home: Path) -> None:
    data = clinic_pack.read_bytes()
    clinic_pack.write_bytes(replace_entry(data, "resources.toml", flip_byte(RESOURCES.encode(), 40)))
    code, _out, err = cli(monkeypatch, capsys, "pack", "import", str(clinic_pack), "--yes", "--lang", "es")
    assert code == 2 and err.startswith("amparo: ") and err.count("\n") == 1
    assert "resources.toml" in err and "No se cambió nada" in err
    assert snapshot(data_home) == {}
    code, _out, err = cli(monkeypatch, capsys, "pack", "verify", str(clinic_pack / "missing"))
    assert code == 2


def test_a_rights_pack_changes_the_guide_and_restore_previous_brings_it_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        data_home: Path) -> None:
    key = new_key()
    from content.packs.trust import project_keys

    keys = project_keys() | {key_b64(key)}
    monkeypatch.setattr("content.active.project_keys", lambda: keys)
    monkeypatch.setattr("ui.cli.pack_import.project_keys", lambda: keys)
    files = dict(read_folder(package_folder("content")).files)
    guide = files["en/ice-at-the-door.md"].decode()
    files["en/ice-at-the-door.md"] = (guide + "\nA line from the newer pack.\n").encode()
    pack = tmp_path / "rights.amparopack"
    pack.write_bytes(make_pack(files, key, version=active.active_content().manifest.version + 1))
    code, out, err = cli(monkeypatch, capsys, "pack", "import", str(pack), "--yes", "--lang", "en")
    assert code == 0, err
    assert "Guide changed: " in out and "(en)" in out
    assert "A line from the newer pack." in get_guide("en", "ice-at-the-door").body  # type: ignore[union-attr]
    code, out, err = cli(monkeypatch, capsys, "pack", "restore-previous")
    assert code == 0, err
    assert "A line from the newer pack." not in get_guide("en", "ice-at-the-door").body  # type: ignore[union-attr]
    code, out, err = cli(monkeypatch, capsys, "pack", "restore-previous", "--lang", "es")
    assert code == 2 and "Amparo ya muestra la suya" in err


def test_keygen_never_overwrites_a_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    key = tmp_path / "k.pem"
    key.write_bytes(b"an existing key")
    code, _out, _err = cli(monkeypatch, capsys, "pack", "keygen", "--out", str(key))
    assert code == 2 and key.read_bytes() == b"an existing key"


def test_the_card_is_not_printed_from_unverified_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    import shutil

    copy = tmp_path / "content"
    shutil.copytree(package_folder("content"), copy, ignore=shutil.ignore_patterns("*.py", "__pycache__", "packs"))
    card = copy / "es" / "card.toml"
    card.write_text(card.read_text(encoding="utf-8").replace("derechos", "deberes", 1), encoding="utf-8")
    monkeypatch.setattr("content.active.builtin_folder", lambda: copy)
    active.clear_cache()
    out_pdf = tmp_path / "tarjeta.pdf"
    code, _out, err = cli(monkeypatch, capsys, "card", "--out", str(out_pdf), "--lang", "es")
    assert code == 1 and "No se pudo comprobar la información de derechos" in err and err.count("\n") == 1
    assert not out_pdf.exists()
    code, out, _err = cli(monkeypatch, capsys, "pack", "status", "--lang", "en")
    assert code == 0 and "could not be verified" in out and "es/card.toml" in out
