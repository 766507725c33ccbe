"""The lawyers' review sheet of the rules (docs/rules.md) says what the data files say."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from content.rule_loader import builtin_folder, load_rule_table

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "rules_review.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("amparo_rules_review", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


review = _load_script()


def test_the_review_sheet_is_current() -> None:
    assert review.OUT.read_text(encoding="utf-8") == review.render(), "run python scripts/rules_review.py"


def test_the_sheet_shows_every_rule_with_both_languages() -> None:
    text = review.render()
    rules = load_rule_table(builtin_folder()).rules
    assert text.count("\n## ") == len(rules) + 2  # each rule, the appointment words, the directory
    assert all(f"\n## {rule.id}\n" in text for rule in rules)
    assert "| late: after 120 days before | **The DACA renewal is late" in text
    assert "| 5 business days after |" in text
    assert "**Se abre el plazo para renovar DACA**" in text
    assert "| eoir_automated_line | 1-800-898-7180, TDD 1-800-828-1120 |" in text
