"""The pseudo-locale generator (scripts/pseudo_locale.py) and "adding a language is adding files"."""

from __future__ import annotations

import importlib.util
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from content import guides as guides_mod
from content import paths
from content.i18n import languages, translator

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("pseudo_locale", ROOT / "scripts" / "pseudo_locale.py")
assert _spec is not None and _spec.loader is not None
pseudo_locale = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pseudo_locale)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("qps")
    pseudo_locale.generate(out)
    return out


@pytest.fixture
def added(generated: Path) -> Iterator[Path]:
    assert paths.add_language_root(generated) == ("qps",)
    translator.cache_clear()
    guides_mod.clear_cache()
    yield generated
    paths.remove_added_languages()
    translator.cache_clear()
    guides_mod.clear_cache()


def _fields(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]


@pytest.mark.parametrize("source", [
    "Save", "&Save as…", "{count} reminders", "Due {when:%B} for {name}", "%(prog)s: error: %(message)s",
    "Rock && roll", "<b>Place:</b> {place}", "See uscis.gov/tps or https://www.ice.gov/locator.",
    "50%% done, %d left", "  padded  ",
])
def test_the_transformation_keeps_what_code_and_readers_rely_on(source: str) -> None:
    result = pseudo_locale.pseudo(source)
    assert result.strip().startswith("[") and result.strip().endswith("]")
    assert result[: len(source) - len(source.lstrip())] == source[: len(source) - len(source.lstrip())]
    assert _fields(result) == _fields(source)
    for kept in re.findall(r"%\(\w+\)s|%d|%%|&&|<[^>]+>|uscis\.gov/tps|https://\S+", source):
        assert kept in result, kept
    if "&S" in source:
        assert "&Š" in result  # the mnemonic stays on the (accented) first letter
    kept_pieces = r"\{[^}]*\}|%\(\w+\)s|%d|<[^>]+>|uscis\.gov/tps|https://\S+"
    visible = re.sub(kept_pieces, "", result)
    assert not re.search(r"[A-Za-z]", visible), visible
    letters = sum(c.isalpha() for c in re.sub(kept_pieces, "", source))
    assert result.count(pseudo_locale.PAD) >= 0.4 * letters  # about 40 % longer, never shorter


def test_the_catalog_translates_every_message_and_fills_plurals(generated: Path) -> None:
    with (ROOT / "locale" / "messages.pot").open("rb") as handle:
        template = read_po(handle)
    with (generated / "locale" / "qps" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert ids and ids == {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        ids_ = message.id if isinstance(message.id, tuple) else (message.id,)
        assert all(strings) and len(strings) == len(ids_)
        for original, translated in zip(ids_, strings, strict=True):
            assert _fields(translated) == _fields(original)


def test_guides_keep_their_front_matter_structure_and_link_targets(generated: Path) -> None:
    english = {g.id: g for g in guides_mod.load_guides("en")}
    pseudo = {g.id: g for g in guides_mod.load_guides("qps", generated / "content" / "qps")}
    assert pseudo.keys() == english.keys()
    for guide_id, guide in pseudo.items():
        source = english[guide_id]
        assert (guide.reviewed, guide.order, len(guide.sources)) == (source.reviewed, source.order,
                                                                     len(source.sources))
        assert guide.guide_links() == source.guide_links()
        assert [level for level, _ in guide.headings()] == [level for level, _ in source.headings()]
        assert guide.title.startswith("[") and not re.search(r"[A-Za-z]", guide.title)


def test_a_language_is_available_only_once_its_files_are_added(added: Path) -> None:
    assert languages() == ("es", "en", "qps")
    assert translator("qps").gettext("Settings").startswith("[Šéţţîñĝš")
    paths.remove_added_languages()
    assert languages() == ("es", "en")
    paths.add_language_root(added)


def test_files_elsewhere_never_replace_a_language_amparo_has(tmp_path: Path) -> None:
    (tmp_path / "content" / "es").mkdir(parents=True)
    (tmp_path / "content" / "es" / "card.toml").write_text('front_title = "otro"\n')
    try:
        assert paths.add_language_root(tmp_path) == ()
        assert paths.content_dir("es") == paths.package_folder("content", "es")
    finally:
        paths.remove_added_languages()


def test_the_rule_and_appointment_words_of_an_added_language_are_read_too(tmp_path: Path) -> None:
    from content.appointment_words import load_appointment_words
    from content.resources import builtin_resources
    from content.rule_loader import builtin_rule_table
    from tests.pseudo_locale_support import pseudo_language

    with pseudo_language(tmp_path / "qps"):
        table = builtin_rule_table()
        assert table.languages == ("en", "es", "qps") and table.missing["qps"] == ()
        assert table.source_line.get("qps").startswith("[Šöûŕçé")
        words = load_appointment_words(paths.package_folder("content"))
        assert "qps" in words.languages and words.missing["qps"] == ()
        assert all(r.name.get("qps").startswith("[") for r in builtin_resources())
    assert builtin_rule_table().languages == ("en", "es")


def test_boxes_on_changing_points_stay_boxes_in_an_added_language(added: Path) -> None:
    english = {g.id: g for g in guides_mod.load_guides("en")}
    pseudo = guides_mod.load_guides("qps")
    assert sum(g.changing_blocks() for g in pseudo) == sum(g.changing_blocks() for g in english.values()) > 0
    for guide in pseudo:
        assert guide.changing_blocks() == english[guide.id].changing_blocks()
        assert guides_mod.render_html(guide).count('class="changing"') == guide.changing_blocks()
