"""`--help` and argparse's own errors in the chosen language: --lang, else the environment's."""

from __future__ import annotations

import os

import pytest

from ui.cli.argparse_lang import argparse_language
from ui.cli.main import run


def _help(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        run([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_top_level_help_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "--lang", "es")
    assert out.startswith("uso: amparo")
    assert "argumentos posicionales:" in out
    assert "opciones:" in out
    assert "mostrar esta ayuda y salir" in out
    assert "crear una bóveda" in out
    for english in ("usage:", "options:", "show this help", "create a vault"):
        assert english not in out


def test_every_help_text_of_every_command_is_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    commands = [
        ("vault", "create"), ("demo",), ("person", "add"), ("event", "add"), ("search",), ("deadlines",),
        ("summary",), ("card",), ("backup",), ("passwd",), ("check",), ("restore",), ("repair",),
        ("key", "export"), ("bundle", "export"), ("bundle", "import"), ("calendar",), ("export",),
        ("import-people",),
    ]
    english = ("show this help", "read the passphrase", "type the recovery key", "include notes",
               "leave places out", "read FIELD from COLUMN", "add the accepted rows", "write the rows",
               "ids of the people", "apply the merge", "also re-encrypt", "Each line is")
    for command in commands:
        out = _help(capsys, *command, "--lang", "es")
        assert out.startswith("uso: amparo"), command
        assert "mostrar esta ayuda y salir" in out, command
        assert not [e for e in english if e in out], command


def test_english_help_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help(capsys, "deadlines", "--lang", "en")
    assert out.startswith("usage: amparo deadlines")
    assert "show this help message and exit" in out


def test_a_missing_argument_is_reported_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["deadlines", "--lang", "es"]) == 2
    err = capsys.readouterr().err
    assert "uso: amparo deadlines" in err
    assert "amparo: faltan estos argumentos: path" in err


def test_an_invalid_choice_is_reported_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "es", "deadlines", "v.amparo", "--format", "xml"]) == 2
    assert "opción no válida: 'xml' (elija entre 'table', 'csv', 'json')" in capsys.readouterr().err


def test_the_environment_decides_without_lang(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert run(["check"]) == 2
    assert "faltan estos argumentos: path" in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert run(["check"]) == 2
    assert "the following arguments are required: path" in capsys.readouterr().err


def test_lang_before_the_command_sets_the_command_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "es", "check"]) == 2
    assert "faltan estos argumentos" in capsys.readouterr().err


def test_the_environment_is_put_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr:en")
    with argparse_language("es"):
        assert os.environ["LANGUAGE"] == "es"
    assert os.environ["LANGUAGE"] == "fr:en"
    monkeypatch.delenv("LANGUAGE")
    with argparse_language("es"):
        pass
    assert "LANGUAGE" not in os.environ
