"""Input a user can type that once crashed the command line: each is a usage error naming the argument.

Bytes that are not UTF-8 reach Python only through a real process (argv and standard input are
decoded by the interpreter), so those cases run `main.py` as a subprocess; the others call `run`.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ui.cli.main import run

ROOT = Path(__file__).resolve().parents[3]
HUGE = str(2**64 + 5)


def in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("una frase bastante larga\n"))
    code = run(list(args))
    return code, capsys.readouterr().err


def process(args: list[str | bytes], stdin: bytes = b"", lang: str = "C.UTF-8") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LC_ALL": lang, "PYTHONUTF8": "0"}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, input=stdin, capture_output=True,
                          env=env, check=False, timeout=60)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert "Traceback" not in err and "Unexpected" not in err and "inesperado" not in err, err
    return lines[-1]


@pytest.mark.parametrize(("args", "argument"), [
    (["summary", "V.amparo", "--person", HUGE, "--out", "x.pdf"], "--person"),
    (["event", "add", "V.amparo", "--person", HUGE, "--kind", "other", "--date", "2027-01-01"], "--person"),
    (["deadlines", "V.amparo", "--days", HUGE], "--days"),
    (["deadlines", "V.amparo", "--days", "-1"], "--days"),
    (["deadlines", "V.amparo", "--days", "1e3"], "--days"),
    (["search", "V.amparo", "ana", "--limit", HUGE], "--limit"),
    (["search", "V.amparo", "ana", "--limit", "0"], "--limit"),
    (["demo", "V.amparo", "--people", HUGE], "--people"),
    (["demo", "V.amparo", "--people", "0"], "--people"),
    (["deadlines", "V.amparo", "--today", "mañana"], "--today"),
    (["deadlines", "V.amparo", "--today", "2027-02-30"], "--today"),
])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_out_of_range_numbers_and_non_dates_are_usage_errors(
    args: list[str], argument: str, lang: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    code, err = in_process(monkeypatch, capsys, *args, "--lang", lang, "--passphrase-stdin")
    line = one_line(err)
    assert code == 2
    assert line.startswith(f"amparo: {argument}: ")
    expected = {"en": ("whole number", "YYYY-MM-DD"), "es": ("número entero", "AAAA-MM-DD")}[lang]
    assert any(word in line for word in expected), line
    assert not any(tmp_path.iterdir()), "nothing may be created"


@given(st.integers(min_value=2**63, max_value=2**200) | st.integers(max_value=0))
@settings(max_examples=40, deadline=None)
def test_any_person_id_outside_sqlite_range_is_refused(number: int) -> None:
    err = io.StringIO()
    real = sys.stderr
    sys.stderr = err
    try:
        code = run(["summary", "/nonexistent/V.amparo", "--person", str(number), "--out", "/nonexistent/x.pdf"])
    finally:
        sys.stderr = real
    assert code == 2 and err.getvalue().startswith("amparo: --person: ")


@pytest.mark.parametrize(("option", "args"), [
    ("--country", ["person", "add", "V.amparo", "--given", "Ana", "--family", "Ruiz", "--country", b"Guat\xe9mala"]),
    ("--place", ["event", "add", "V.amparo", "--person", "1", "--kind", "other", "--date", "2027-01-01",
                 "--place", b"\xff\xfe sala"]),
    ("--given", ["person", "add", "V.amparo", "--given", b"Jos\xe9", "--family", "Ruiz"]),
    ("TEXT", ["search", "V.amparo", b"\xc3("]),
])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_arguments_that_are_not_utf8_are_usage_errors(option: str, args: list[str | bytes], lang: str,
                                                       tmp_path: Path) -> None:
    args = [str(tmp_path / a) if a == "V.amparo" else a for a in args]
    result = process([*args, "--lang", lang, "--passphrase-stdin"], stdin=b"una frase bastante larga\n")
    err = result.stderr.decode("utf-8")
    line = one_line(err)
    assert result.returncode == 2
    assert line.startswith(f"amparo: {option}: ")
    assert ("UTF-8" in line) and (("texto" in line) if lang == "es" else ("text" in line))


@pytest.mark.parametrize("stdin", [
    "contraseña segura\n".encode("latin-1"),  # a Latin-1 terminal or file
    b"\xff\xfe\x00c\x00l\x00a\x00v\x00e\n",  # UTF-16 with its byte-order mark
    b"frase \xc3 cortada\n",  # a UTF-8 sequence cut short
])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_passphrase_that_is_not_utf8_is_a_usage_error(stdin: bytes, lang: str, tmp_path: Path) -> None:
    result = process(["search", str(tmp_path / "V.amparo"), "ana", "--passphrase-stdin", "--lang", lang],
                     stdin=stdin)
    line = one_line(result.stderr.decode("utf-8"))
    assert result.returncode == 2
    assert line.startswith("amparo: --passphrase-stdin: ")
    assert ("no es texto UTF-8" if lang == "es" else "not UTF-8 text") in line


def test_a_utf8_passphrase_with_accents_still_opens_the_vault(tmp_path: Path) -> None:
    vault = str(tmp_path / "V.amparo")
    secret = "contraseña ñandú\r\n".encode()
    made = process(["vault", "create", vault, "--passphrase-stdin"], stdin=secret)
    assert made.returncode == 0, made.stderr
    found = process(["search", vault, "ana", "--passphrase-stdin"], stdin=secret)
    assert found.returncode == 0, found.stderr
