"""The rule files are checked before use: every mistake a reviewer can make is refused by name."""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from content.appointment_words import load_appointment_words
from content.rule_loader import (
    RuleFileError,
    builtin_folder,
    install_builtin_rules,
    install_rule_table,
    load_rule_table,
)
from domain import rules as engine
from domain.models import Event, EventKind
from domain.provenance import provenance_lines
from domain.rules import PersonFacts


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the built-in rule files to break."""
    out = tmp_path / "content"
    out.mkdir()
    shutil.copy(builtin_folder() / "rules.toml", out / "rules.toml")
    for lang in ("en", "es"):
        (out / lang).mkdir()
        shutil.copy(builtin_folder() / lang / "rules.toml", out / lang / "rules.toml")
    return out


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(folder: Path) -> str:
    with pytest.raises(RuleFileError) as caught:
        load_rule_table(folder)
    return str(caught.value)


def test_the_builtin_files_are_complete_in_english_and_spanish() -> None:
    table = load_rule_table(builtin_folder())
    assert table.languages == ("en", "es")
    assert table.missing == {"en": (), "es": ()}, "Spanish lacks these messages (shown in English)"
    assert {k for rule in table.rules for k in rule.kinds} == set(EventKind)
    for rule in table.rules:
        texts = [rule.source, rule.description, *(t for s in rule.steps for t in (s.title, s.action))]
        assert all(t.en != t.es for t in texts), rule.id


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ('id = "daca_renewal"\n', 'id = "daca_renewal"\nreview = "ok"\n', "unknown key 'review'"),
        ("offset = -210\n", "offset = -210\nofset = 3\n", "unknown key 'ofset'"),
        ('kinds = ["daca_expiry"]', 'kinds = ["daca_expired"]', "unknown kind 'daca_expired'"),
        ('applies = "no_daca_or_tps_case"', 'applies = "no_daca"', "unknown applies 'no_daca'"),
        ('unit = "days"', 'unit = "weeks"', "unknown unit 'weeks'"),
        ('confidence = "H"', 'confidence = "high"', "confidence must be H, M or C"),
        ("checked = 2026-11-30", 'checked = "2026-11-30"', "checked must be a date"),
        ('source = "daca"', 'source = "dacca"', "message 'source.dacca' has no words in en/rules.toml"),
        ("offset = -210\n", "offset = -100\n", "strictly increasing"),
        ('title = "daca_renewal.before_210.title"', 'title = "daca_renewal.before_211.title"',
         "message 'daca_renewal.before_211.title' has no words"),
        ("deadline = -120\n", "deadline = -121\n", "the deadline must be one of the steps"),
        ('id = "ead_daca"', 'id = "daca_renewal"', "rule id 'daca_renewal' is used twice"),
        ("offset = -210\n", "offset = -210\noffsets = [-200]\n", "give either offset or offsets"),
        ("checked = 2026-11-30", "checked = 2026-11-31", "not valid TOML"),
        ('id = "daca_renewal"\n', 'id = "daca_renewal"\nid = "x"\n', "not valid TOML"),
    ],
)
def test_a_broken_table_is_refused_naming_file_and_key(folder: Path, old: str, new: str, says: str) -> None:
    edit(folder / "rules.toml", old, new)
    message = refused(folder)
    assert message.startswith(str(folder / "rules.toml")) or message.startswith(str(folder / "en"))
    assert says in message


def test_words_no_rule_uses_are_refused(folder: Path) -> None:
    edit(folder / "es" / "rules.toml", "[common.late]\n", "[common.late]\ntitel = \"Esta fecha ya pasó\"\n")
    assert refused(folder) == f"{folder / 'es' / 'rules.toml'}: unknown key 'common.late.titel'"


def test_a_source_no_rule_uses_is_refused(folder: Path) -> None:
    edit(folder / "en" / "rules.toml", "[source]\n", '[source]\nnilc = "NILC"\n')
    assert refused(folder) == f"{folder / 'en' / 'rules.toml'}: unknown key 'source.nilc'"


def test_placeholders_must_match_english(folder: Path) -> None:
    edit(folder / "es" / "rules.toml", 'title = "Esta fecha ya pasó"', 'title = "Esta fecha ({fecha}) ya pasó"')
    assert refused(folder) == f"{folder / 'es' / 'rules.toml'}: common.late.title: placeholders differ from English"


def test_empty_words_are_refused(folder: Path) -> None:
    edit(folder / "es" / "rules.toml", 'title = "Esta fecha ya pasó"', 'title = " "')
    assert "common.late.title must be non-empty text" in refused(folder)


def test_the_provenance_words_are_checked(folder: Path) -> None:
    edit(folder / "en" / "rules.toml", 'source_line = "Source: {source}. Checked {checked}."',
         'source_line = "Source: {source}."')
    edit(folder / "es" / "rules.toml", 'source_line = "Fuente: {source}. Revisado el {checked}."',
         'source_line = "Fuente: {source}."')
    assert refused(folder) == (f"{folder / 'en' / 'rules.toml'}: provenance.source_line needs {{source}} "
                               "and {checked}")


def test_a_confidence_note_cannot_be_left_out(folder: Path) -> None:
    text = (folder / "en" / "rules.toml").read_text(encoding="utf-8")
    (folder / "en" / "rules.toml").write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("C = ")) + "\n", encoding="utf-8")
    assert "message 'confidence.C' has no words in en/rules.toml" in refused(folder)


def test_english_is_required(folder: Path) -> None:
    shutil.rmtree(folder / "en")
    assert refused(folder) == f"{folder / 'en' / 'rules.toml'}: the English words are missing"


def test_a_missing_table_file_is_said_plainly(folder: Path) -> None:
    (folder / "rules.toml").unlink()
    assert refused(folder) == f"{folder / 'rules.toml'}: the file is missing"


def test_a_missing_spanish_message_falls_back_to_english_and_is_listed(folder: Path) -> None:
    edit(folder / "es" / "rules.toml", 'title = "Esta fecha ya pasó"\n', "")
    table = load_rule_table(folder)
    assert table.missing["es"] == ("common.late.title",)
    other = next(r for r in table.rules if r.id == "other_date")
    assert other.late is not None
    assert other.late.title.get("es") == "This date has passed"
    assert other.late.action.get("es").startswith("Márquela como hecha")


def _pseudo(text: str) -> str:
    # Accents everywhere but inside {placeholders}, which must stay as they are in English.
    parts = re.split(r"(\{[^}]*\})", text)
    return "[" + "".join(p if p.startswith("{") else p.replace("a", "á").replace("e", "é") for p in parts) + " ~~~~]"


def test_a_language_is_added_with_files_alone(folder: Path) -> None:
    """A third language is a folder with a words file: no Python changes, every text in it."""
    english = tomllib.loads((folder / "en" / "rules.toml").read_text(encoding="utf-8"))

    def convert(table: dict[str, object]) -> list[str]:
        lines: list[str] = []
        for key, value in table.items():
            if isinstance(value, dict):
                continue
            assert isinstance(value, str)
            lines.append(f"{key} = {_toml(_pseudo(value))}")
        return lines

    def walk(table: dict[str, object], prefix: str, out: list[str]) -> None:
        flat = convert(table)
        if flat:
            out.append(f"[{prefix}]" if prefix else "")
            out.extend(flat)
        for key, value in table.items():
            if isinstance(value, dict):
                walk(value, f"{prefix}.{key}" if prefix else key, out)

    lines: list[str] = []
    walk(english, "", lines)
    (folder / "qps").mkdir()
    (folder / "qps" / "rules.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = load_rule_table(folder)
    assert table.languages == ("en", "es", "qps")
    assert table.missing["qps"] == ()
    install_rule_table(table)
    try:
        event = Event(1, EventKind.COURT_HEARING, _day(3), id=1)
        found = engine.reminders([event], {1: PersonFacts(1, "Ana")}, _day(0), 30)
        assert found
        for r in found:
            for message in (r.title, r.action, r.source):
                assert message.render("qps").startswith("[") and message.render("qps").endswith("~~~~]")
            assert r.title.render("de") == r.title.render("en")  # no such language: English
        lines = provenance_lines("X", "Y", "C", "qps")
        assert len(lines) == 2 and all(line.endswith("~~~~]") for line in lines) and "X" in lines[0]
    finally:
        install_builtin_rules()
    assert provenance_lines("X", "Y", "H", "es") == ["Fuente: X. Revisado el Y."]


def _toml(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _day(n: int) -> date:
    return date(2026, 11, 30) + timedelta(days=n)


def test_the_engine_without_a_table_says_what_to_call(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = engine.rule_table()
    monkeypatch.setattr(engine, "_loader", None)
    monkeypatch.setattr(engine, "_plans", None)
    monkeypatch.setattr(engine, "_table", None)
    try:
        with pytest.raises(engine.NoRuleTable, match="install_builtin_rules"):
            engine.max_lead_days(EventKind.COURT_HEARING)
    finally:
        engine.use_rule_table(previous)


def test_the_table_is_read_once_on_first_use() -> None:
    previous = engine.rule_table()
    calls: list[int] = []

    def load() -> tuple[engine.Rule, ...]:
        calls.append(1)
        return previous

    engine.use_rule_loader(load)
    try:
        assert calls == []
        engine.max_lead_days(EventKind.COURT_HEARING)
        engine.rules_for(EventKind.ICE_CHECKIN)
        assert calls == [1]
    finally:
        engine.use_rule_table(previous)



def _appointment_folder(tmp_path: Path) -> Path:
    out = tmp_path / "words"
    for lang in ("en", "es"):
        (out / lang).mkdir(parents=True)
        shutil.copy(builtin_folder() / lang / "appointments.toml", out / lang / "appointments.toml")
    return out


def test_the_appointment_words_are_complete_in_english_and_spanish() -> None:
    words = load_appointment_words(builtin_folder())
    assert words.missing == {"en": (), "es": ()}
    assert all(t.en != t.es for t in words.actions.values())


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ("[action]\n", "[action]\nice_checkn = \"x\"\n", "unknown key 'action.ice_checkn' (not an event kind)"),
        ("[action]\n", "[action]\naddress_change = \"x\"\n", "not listed as a date of its own"),
        ("[action]\n", "[actions]\n", "unknown key 'actions'"),
    ],
)
def test_broken_appointment_words_are_refused(tmp_path: Path, old: str, new: str, says: str) -> None:
    folder = _appointment_folder(tmp_path)
    edit(folder / "es" / "appointments.toml", old, new)
    with pytest.raises(RuleFileError) as caught:
        load_appointment_words(folder)
    assert str(caught.value).startswith(str(folder / "es" / "appointments.toml")) and says in str(caught.value)


def test_english_appointment_words_must_cover_every_listed_kind(tmp_path: Path) -> None:
    folder = _appointment_folder(tmp_path)
    path = folder / "en" / "appointments.toml"
    path.write_text("\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                              if not line.startswith("other = ")) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=re.escape("action.other is missing")):
        load_appointment_words(folder)


def test_the_command_line_says_plainly_that_the_rule_files_are_damaged(
    folder: Path, vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from content import rule_loader
    from storage import Vault
    from tests.conftest import PASSPHRASE
    from ui.cli.main import run

    created, _ = Vault.create(vault_path, PASSPHRASE)
    created.close()
    edit(folder / "rules.toml", 'unit = "months"', 'unit = "moths"')
    monkeypatch.setattr(rule_loader, "builtin_folder", lambda: folder)
    rule_loader.builtin_rule_table.cache_clear()
    install_builtin_rules()
    try:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
        code = run(["deadlines", str(vault_path), "--passphrase-stdin", "--lang", "en"])
    finally:
        rule_loader.builtin_rule_table.cache_clear()
        monkeypatch.undo()
        install_builtin_rules()
    err = capsys.readouterr().err
    assert code == 1
    assert err == (f"amparo: Amparo's deadline rules could not be read ({folder / 'rules.toml'}: rule "
                   "'green_card_renewal': unknown unit 'moths'). Nothing was changed. Installing Amparo again "
                   "puts the original files back.\n")
