"""`passwd --re-encrypt` and `key export` on the command line: what is printed, exit codes, revocation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storage import Vault
from tests.conftest import PASSPHRASE
from tests.storage.test_rekey import open_with_sqlcipher_recipe
from tests.ui.cli.test_cli import cli

NEW = "otra frase bastante larga"


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    path = tmp_path / "Claves.amparo"
    code, out, _ = cli(monkeypatch, capsys, "vault", "create", str(path), "--passphrase-stdin")
    assert code == 0
    return path, out.strip().splitlines()[-1]


def test_passwd_re_encrypt_prints_a_new_recovery_key(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    path, old_recovery = made
    code, out, err = cli(monkeypatch, capsys, "passwd", str(path), "--re-encrypt", "--passphrase-stdin",
                         stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert code == 0 and err == "", err
    lines = out.strip().splitlines()
    recovery = lines[-1]
    assert re.fullmatch(r"[A-Z0-9]{5}(-[A-Z0-9]{5}){7}", recovery) and recovery != old_recovery
    assert "re-encrypted" in lines[0]
    assert cli(monkeypatch, capsys, "check", str(path), "--passphrase-stdin")[0] == 3
    assert cli(monkeypatch, capsys, "check", str(path), "--passphrase-stdin", stdin=NEW + "\n")[0] == 0
    assert cli(monkeypatch, capsys, "key", "export", str(path), "--recovery-key", "--passphrase-stdin",
               stdin=old_recovery + "\n")[0] == 3
    Vault.open_with_recovery_key(path, recovery).close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_key_export_prints_the_sqlcipher_line_and_a_warning(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str], lang: str) -> None:
    path, recovery = made
    code, out, err = cli(monkeypatch, capsys, "key", "export", str(path), "--recovery-key", "--passphrase-stdin",
                         "--lang", lang, stdin=recovery + "\n")
    assert code == 0
    assert re.fullmatch(r"PRAGMA key = \"x'[0-9a-f]{64}'\";\n", out)
    assert err.count("\n") == 1 and ("Warning" in err if lang == "en" else "Aviso" in err)
    assert open_with_sqlcipher_recipe(path / "vault.db", out) == 0
    code, out2, _ = cli(monkeypatch, capsys, "key", "export", str(path), "--passphrase-stdin")
    assert code == 0 and out2 == out


def test_key_export_with_a_wrong_passphrase_prints_no_key(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = made
    code, out, err = cli(monkeypatch, capsys, "key", "export", str(path), "--passphrase-stdin", stdin="no es\n")
    assert (code, out) == (3, "") and "x'" not in err


def test_a_damaged_version_field_is_exit_4_and_repaired(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = made
    key = path / "vault.key"
    key.write_bytes(key.read_bytes().replace(b'"version": 2', b'"version": 3'))
    code, _out, err = cli(monkeypatch, capsys, "search", str(path), "ana", "--passphrase-stdin")
    assert code == 4 and "repair" in err
    code, out, _ = cli(monkeypatch, capsys, "repair", str(path), "--passphrase-stdin")
    assert code == 0 and "spare" in out
    assert cli(monkeypatch, capsys, "check", str(path), "--passphrase-stdin")[0] == 0


def test_a_sound_key_file_of_a_newer_version_is_exit_5(made: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from storage import keyslots

    path, _ = made
    key = path / "vault.key"
    key.write_bytes(keyslots.encode_key_file(keyslots.decode_key_file(key.read_bytes()), 3))
    assert cli(monkeypatch, capsys, "check", str(path), "--passphrase-stdin")[0] == 5
