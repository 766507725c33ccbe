"""Tests of the rights guides: the real content's parity and hygiene, and the loader on tmp files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from content.guides import (
    SAFE_LINK_PREFIXES,
    Guide,
    GuideError,
    clear_cache,
    get_guide,
    load_guides,
    parse_guide,
    plain_text,
    render_html,
    search,
)
from content.paths import content_dir

LANGS = ("en", "es")
REFERENCE_DAY = date(2026, 11, 22)

# The guides both content helpers were asked for; the app links to these ids.
REQUIRED_IDS = frozenset(
    {
        "ice-at-the-door",
        "stopped-in-public",
        "stopped-in-a-car",
        "raids-at-work",
        "arrested-or-detained",
        "ice-check-ins",
        "immigration-court",
        "stays-of-removal",
        "tps",
        "daca",
        "family-plan",
        "sanctuary-congregations",
        "notario-fraud",
        "airports-and-borders",
        "protecting-your-information",
        "family-member-detained",
        "status-ending",
        "children",
    }
)


def _ids_on_disk(lang: str) -> set[str]:
    return {p.stem for p in content_dir(lang).glob("*.md")}


ALL_IDS = sorted(_ids_on_disk("en") | _ids_on_disk("es") | REQUIRED_IDS)


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    clear_cache()
    yield
    clear_cache()


def _real(lang: str, guide_id: str) -> Guide:
    guide = get_guide(lang, guide_id)
    assert guide is not None, f"content/{lang}/{guide_id}.md is missing"
    return guide


# --------------------------------------------------------------------------------------------------
# The real content


def test_both_languages_have_the_same_guides() -> None:
    assert _ids_on_disk("en"), "no English guides found"
    assert _ids_on_disk("en") == _ids_on_disk("es")


def test_every_required_guide_exists() -> None:
    for lang in LANGS:
        missing = REQUIRED_IDS - _ids_on_disk(lang)
        assert not missing, f"{lang}: missing guides {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGS)
def test_all_guides_load_sorted_by_order_then_id(lang: str) -> None:
    loaded = load_guides(lang)
    assert {g.id for g in loaded} == _ids_on_disk(lang)
    assert [(g.order, g.id) for g in loaded] == sorted((g.order, g.id) for g in loaded)
    assert all(g.lang == lang for g in loaded)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_front_matter_is_complete_and_current(lang: str, guide_id: str) -> None:
    guide = _real(lang, guide_id)
    assert guide.title.strip()
    assert guide.summary.strip()
    assert guide.sources and all(s.strip() for s in guide.sources)
    assert guide.reviewed <= date.today(), "reviewed date is in the future"
    assert guide.reviewed >= REFERENCE_DAY - timedelta(days=365), "review is more than a year old"


@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_english_and_spanish_have_the_same_structure(guide_id: str) -> None:
    en, es = _real("en", guide_id), _real("es", guide_id)
    assert [level for level, _ in en.headings()] == [level for level, _ in es.headings()]
    assert en.headings(), "a guide has at least one ## heading"
    assert sorted(en.guide_links()) == sorted(es.guide_links())
    assert en.changing_blocks() == es.changing_blocks()
    assert en.order == es.order


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_guide_links_point_to_existing_guides(lang: str, guide_id: str) -> None:
    existing = _ids_on_disk(lang)
    for target in _real(lang, guide_id).guide_links():
        assert target in existing, f"link to unknown guide {target!r}"
        assert target != guide_id, "a guide links to itself"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_no_raw_html_and_only_level_two_and_three_headings(lang: str, guide_id: str) -> None:
    path = content_dir(lang) / f"{guide_id}.md"
    assert path.exists(), f"{path} is missing"
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"<[A-Za-z/]", text), "raw HTML (or an autolink) in the guide"
    body = _real(lang, guide_id).body
    assert not re.search(r"^(#|#{4,6})\s", body, re.MULTILINE), "only ## and ### headings"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_changing_markers_match_the_language(lang: str, guide_id: str) -> None:
    body = _real(lang, guide_id).body
    other = "**Esto está cambiando:**" if lang == "en" else "**Changing:**"
    assert other not in body


# FACTS.md: a contested or changing point is shown with this sentence, in the reader's language.
RELY_WARNING = {
    "en": "Check with a legal organization before relying on this",
    "es": "Consulte con una organización legal antes de confiar en esto",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_every_changing_block_says_to_check_before_relying(lang: str, guide_id: str) -> None:
    body = _real(lang, guide_id).body
    blocks = [line for line in body.splitlines() if line.startswith(("> **Changing:**", "> **Esto está cambiando:**"))]
    for block in blocks:
        assert RELY_WARNING[lang] in block, block[:80]


def test_one_spanish_term_for_expedited_removal() -> None:
    for guide in load_guides("es"):
        assert "acelerada" not in guide.body, guide.id
        if "expedited removal" in guide.body:
            assert "deportación rápida (expedited removal)" in guide.body, guide.id


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("guide_id", ALL_IDS)
def test_real_guides_render_and_flatten(lang: str, guide_id: str) -> None:
    guide = _real(lang, guide_id)
    html = render_html(guide, lang)
    assert html.count('class="changing"') == guide.changing_blocks()
    assert html.count("<h2") == sum(1 for level, _ in guide.headings() if level == 2)
    text = plain_text(guide)
    assert guide.title in text
    assert "**" not in text and "](" not in text and "\n## " not in text


# --------------------------------------------------------------------------------------------------
# The loader on synthetic files

GOOD = """---
id: {id}
title: {title}
summary: A short summary.
reviewed: 2026-11-01
order: {order}
sources:
  - Example Legal Aid — a synthetic source
---
## First part

Text with **bold**.
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _guide(body: str, lang: str = "en", guide_id: str = "sample") -> Guide:
    text = GOOD.format(id=guide_id, title="Sample", order=1).split("## First part")[0] + body
    return parse_guide(text, Path(f"{guide_id}.md"), lang)


def test_load_sorts_by_order_then_id_and_caches(tmp_path: Path) -> None:
    _write(tmp_path, "b-guide.md", GOOD.format(id="b-guide", title="B", order=20))
    _write(tmp_path, "a-guide.md", GOOD.format(id="a-guide", title="A", order=20))
    _write(tmp_path, "c-guide.md", GOOD.format(id="c-guide", title="C", order=5))
    _write(tmp_path, "notes.txt", "not a guide")
    loaded = load_guides("en", tmp_path)
    assert [g.id for g in loaded] == ["c-guide", "a-guide", "b-guide"]
    first = loaded[0]
    assert first.title == "C" and first.order == 5 and first.reviewed == date(2026, 11, 1)
    assert first.sources == ("Example Legal Aid — a synthetic source",)
    assert first.body.startswith("## First part")
    _write(tmp_path, "d-guide.md", GOOD.format(id="d-guide", title="D", order=1))
    assert len(load_guides("en", tmp_path)) == 3, "cached until clear_cache()"
    clear_cache()
    assert load_guides("en", tmp_path)[0].id == "d-guide"


def test_quoted_values_and_colons_in_titles(tmp_path: Path) -> None:
    text = GOOD.format(id="q", title='"Stopped: what now?"', order=1)
    guide = parse_guide(text, tmp_path / "q.md", "en")
    assert guide.title == "Stopped: what now?"


def _bad(old: str, new: str) -> str:
    """The good sample with one piece replaced."""
    return GOOD.format(id="bad", title="T", order=1).replace(old, new)


SOURCE_LINE = "  - Example Legal Aid — a synthetic source\n"
BAD_CASES = {
    "no front matter": ("## Just a body\n", "front matter"),
    "unclosed": ("---\nid: bad\n## body\n", "not closed"),
    "unknown key": (_bad("order:", "author: x\norder:"), "author"),
    "duplicate key": (_bad("order:", "title: Again\norder:"), "twice"),
    "missing key": (_bad("summary: A short summary.\n", ""), "summary"),
    "empty value": (GOOD.format(id="bad", title="", order=1), "empty"),
    "no sources": (_bad(SOURCE_LINE, ""), "at least one"),
    "inline sources": (_bad("sources:\n", "sources: [a]\n"), "list items"),
    "bad date": (_bad("2026-11-01", "22/11/2026"), "reviewed"),
    "bad order": (GOOD.format(id="bad", title="T", order="ten"), "order"),
    "bad id": (GOOD.format(id="Bad_Id", title="T", order=1), "lowercase"),
    "item outside sources": (_bad("order: 1\n", "order: 1\n  - stray\n"), "outside"),
    "unreadable line": (_bad("order: 1\n", "order: 1\njust words\n"), "cannot read"),
    "empty body": (_bad("## First part\n\nText with **bold**.\n", ""), "no body"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_malformed_guides_raise_guide_error_naming_the_file(tmp_path: Path, case: str) -> None:
    text, fragment = BAD_CASES[case]
    stem = "Bad_Id" if case == "bad id" else "bad"
    _write(tmp_path, f"{stem}.md", text)
    with pytest.raises(GuideError) as raised:
        load_guides("en", tmp_path)
    message = str(raised.value)
    assert f"{stem}.md" in message
    assert fragment in message


def test_id_not_matching_file_name(tmp_path: Path) -> None:
    _write(tmp_path, "one.md", GOOD.format(id="two", title="T", order=1))
    with pytest.raises(GuideError, match=r"one\.md.*does not match"):
        load_guides("en", tmp_path)


def test_invalid_utf8_and_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "latin.md").write_bytes("---\ntitle: Canción\n".encode("latin-1"))
    with pytest.raises(GuideError, match=r"latin\.md.*UTF-8"):
        load_guides("es", tmp_path)
    with pytest.raises(GuideError, match="no guides folder"):
        load_guides("fr", tmp_path / "absent")


def test_byte_order_mark_and_windows_line_endings_are_accepted(tmp_path: Path) -> None:
    text = "\ufeff" + GOOD.format(id="crlf", title="T", order=1).replace("\n", "\r\n")
    (tmp_path / "crlf.md").write_bytes(text.encode("utf-8"))
    (guide,) = load_guides("en", tmp_path)
    assert guide.id == "crlf" and guide.headings() == [(2, "First part")]


# --------------------------------------------------------------------------------------------------
# Helpers and rendering


def test_headings_links_and_changing_blocks() -> None:
    guide = _guide(
        "## One\n\nSee [the door](guide:ice-at-the-door) and [court](guide:immigration-court).\n\n"
        "### One A\n\n> **Changing:** a memo.\n\n> A quote, not changing.\n\n"
        "```\n## not a heading\n```\n\n## Two *now*\n\n[web](https://example.org)\n"
    )
    assert guide.headings() == [(2, "One"), (3, "One A"), (2, "Two now")]
    assert guide.guide_links() == ["ice-at-the-door", "immigration-court"]
    assert guide.changing_blocks() == 1


def test_render_escapes_raw_html() -> None:
    guide = _guide('## Hi\n\n<script>alert("x")</script>\n\nText <img src=x onerror=alert(1)> <b>bold</b>.\n')
    html = render_html(guide, "en")
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;bold&lt;/b&gt;" in html


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "relative/page.html",
        "jav&#x09;ascript:alert(1)",
    ],
)
def test_render_drops_unsafe_links_but_keeps_their_text(href: str) -> None:
    html = render_html(_guide(f"## Links\n\nClick [here please]({href}) now.\n"), "en")
    assert "here please" in html
    assert "<a href" not in html
    assert "javascript" not in html.lower().replace("&", "")  # not even as a visible remnant


def test_render_keeps_safe_links_and_drops_images() -> None:
    html = render_html(
        _guide(
            "## Links\n\n[other](guide:daca) [site](https://example.org/a) [mail](mailto:help@example.org)"
            " ![a photo](https://example.org/p.png)\n"
        ),
        "en",
    )
    assert '<a href="guide:daca">other</a>' in html
    assert '<a href="https://example.org/a">site</a>' in html
    assert '<a href="mailto:help@example.org">mail</a>' in html
    assert "<img" not in html and "a photo" in html


def test_render_marks_changing_blocks_and_anchors_headings() -> None:
    guide = _guide(
        "## ¿Qué hacer?\n\n> **Esto está cambiando:** un memorando.\n> Hable con un abogado.\n\n"
        "> Una cita normal.\n\n## ¿Qué hacer?\n",
        lang="es",
    )
    html = render_html(guide, "es")
    assert html.count('<table class="changing"') == 1
    changing = html.split('<table class="changing"')[1].split("</table>")[0]
    assert "un memorando" in changing and "Una cita normal" not in changing
    assert "<blockquote>" in html and "Una cita normal" in html.split("<blockquote>")[1]
    assert '<h2 id="que-hacer"><a name="que-hacer"></a>' in html
    assert '<h2 id="que-hacer-2"><a name="que-hacer-2"></a>' in html
    assert "Revisada por última vez: 1 de noviembre de 2026" in html
    assert "no es asesoría legal" in html and "Example Legal Aid" in html


def test_render_labels_follow_the_requested_language() -> None:
    html = render_html(_guide("## Hi\n\nText.\n"), "en")
    assert "Last reviewed: November 1, 2026" in html and "not legal advice" in html
    assert "<h1>Sample</h1>" in html


_ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "strong", "em", "i", "small", "code", "pre",
    "ul", "ol", "li", "blockquote", "hr", "br", "table", "tr", "td",
}  # fmt: skip


@given(st.text(alphabet=st.sampled_from(list("<>/\"'=:()[]!*#>-_ \nabcijprstvx&;")), max_size=200))
def test_rendered_html_only_has_known_tags_and_safe_links(body: str) -> None:
    html = render_html(_guide("## Fuzz\n\n" + body + "\n"), "en")
    for tag in re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", html):
        assert tag.lower() in _ALLOWED_TAGS
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.lower().startswith(SAFE_LINK_PREFIXES)


def test_plain_text_strips_marks() -> None:
    guide = _guide(
        "## Steps\n\n1. Stay **calm**.\n2. Read [the guide](guide:daca).\n\n- `code` and *this*\n\n"
        "> **Changing:** a rule.\n"
    )
    text = plain_text(guide)
    assert text.startswith("Sample\n\nA short summary.\n\nSteps\n\n")
    assert "1. Stay calm.\n2. Read the guide.\n" in text
    assert "• code and this" in text
    assert "Changing: a rule." in text
    assert "**" not in text and "](" not in text and "#" not in text
    assert not plain_text(guide, with_title=False).startswith("Sample")


# --------------------------------------------------------------------------------------------------
# Search


@pytest.fixture
def search_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "es"
    _write(
        folder,
        "corte.md",
        GOOD.format(id="corte", title="La corte de inmigración", order=1)
        + "\nLleve su **notificación** a la audiencia. Llame a la línea de la corte cada semana.\n",
    )
    _write(
        folder,
        "puerta.md",
        GOOD.format(id="puerta", title="Si llegan a su puerta", order=2)
        + "\nNo abra. Pida ver la orden firmada por un juez de la corte.\n",
    )
    return folder


def test_search_ignores_accents_and_case(search_dir: Path) -> None:
    results = search("es", "NOTIFICACION", search_dir)
    assert [g.id for g, _ in results] == ["corte"]
    assert "notificación" in results[0][1]
    assert [g.id for g, _ in search("es", "inmigracion", search_dir)] == ["corte"]
    assert [g.id for g, _ in search("es", "línea", search_dir)] == ["corte"]


def test_search_needs_every_word_and_ranks_title_hits_first(search_dir: Path) -> None:
    assert [g.id for g, _ in search("es", "juez firmada", search_dir)] == ["puerta"]
    assert search("es", "juez notificación", search_dir) == []
    assert search("es", "zzz", search_dir) == []
    # "corte" is in the title of one guide and in the body of the other.
    assert [g.id for g, _ in search("es", "corte", search_dir)] == ["corte", "puerta"]
    assert [g.id for g, _ in search("es", "  ", search_dir)] == ["corte", "puerta"]


def test_search_snippet_is_short_and_around_the_hit(search_dir: Path) -> None:
    ((_guide, snippet),) = search("es", "juez", search_dir)
    assert "juez" in snippet and len(snippet) < 200
    assert "\n" not in snippet


def test_search_real_guides_in_both_languages() -> None:
    assert search("en", "lawyer"), "the English guides mention a lawyer"
    assert search("es", "ABOGADO"), "las guías en español mencionan a un abogado"
