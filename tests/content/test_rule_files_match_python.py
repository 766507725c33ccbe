"""TEMPORARY: the rules read from content/ equal the Python rule table they were converted from."""

from __future__ import annotations

from content.rule_loader import builtin_folder, load_rule_table
from domain.rule_table import RULES


def test_loaded_table_equals_the_python_table() -> None:
    table = load_rule_table(builtin_folder())
    assert table.languages == ("en", "es")
    assert table.missing == {"en": (), "es": ()}
    assert [r.id for r in table.rules] == [r.id for r in RULES]
    for loaded, written in zip(table.rules, RULES, strict=True):
        assert loaded.kinds == written.kinds, loaded.id
        assert loaded.unit is written.unit and loaded.applies is written.applies, loaded.id
        assert (loaded.checked, loaded.confidence, loaded.deadline) == (
            written.checked, written.confidence, written.deadline), loaded.id
        for a, b in ((loaded.source, written.source), (loaded.description, written.description)):
            assert (a.en, a.es, a.others) == (b.en, b.es, b.others), loaded.id
        assert len(loaded.steps) == len(written.steps), loaded.id
        pairs = list(zip(loaded.steps, written.steps, strict=True))
        if written.late is not None:
            assert loaded.late is not None
            pairs.append((loaded.late, written.late))
        else:
            assert loaded.late is None
        for s, w in pairs:
            assert s.offset == w.offset, loaded.id
            for lang in ("en", "es"):
                assert s.title.get(lang) == w.title.get(lang), (loaded.id, s.offset)
                assert s.action.get(lang) == w.action.get(lang), (loaded.id, s.offset)
        assert loaded == written
