"""`event add` takes the new deadline kinds, and refuses the ones worked out from a birth date."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.storage.test_vault import snapshot
from tests.ui.cli.test_cli import cli, demo  # noqa: F401  (fixture)


@pytest.mark.parametrize("kind", ["turns_14", "sijs_age_limit"])
def test_birth_date_kinds_are_refused(demo: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                      capsys: pytest.CaptureFixture[str], kind: str) -> None:
    before = snapshot(demo)
    code, out, err = cli(monkeypatch, capsys, "event", "add", str(demo), "--person", "1", "--kind", kind,
                         "--date", "2027-01-01", "--passphrase-stdin")
    assert code == 2 and out == "" and "judge_decision" in err and kind not in err
    assert snapshot(demo) == before


def test_a_new_kind_shows_in_deadlines_in_both_languages(demo: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(monkeypatch, capsys, "event", "add", str(demo), "--person", "1", "--kind", "bia_decision",
                       "--date", "2026-11-20", "--passphrase-stdin")
    assert code == 0
    event_id = int(out)
    texts = {}
    for lang in ("en", "es"):
        code, out, _ = cli(monkeypatch, capsys, "deadlines", str(demo), "--format", "json", "--lang", lang,
                           "--today", "2026-11-22", "--passphrase-stdin")
        assert code == 0
        (mine,) = [i for i in json.loads(out) if i["event_id"] == event_id]
        # Nov 20 + 14 = Dec 4, the next step after the decision day.
        assert (mine["kind"], mine["rule"], mine["due"], mine["days_left"]) == (
            "bia_decision", "petition_for_review", "2026-12-04", 12)
        texts[lang] = (mine["title"], mine["source"])
    assert texts["en"][1] == "Federal law 8 U.S.C. 1252(b)(1)"
    assert texts["es"][1] == "Ley federal 8 U.S.C. 1252(b)(1)"
    assert texts["en"][0] != texts["es"][0]
