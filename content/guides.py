"""The rights guides: loading, safe HTML rendering, plain text and search.

A guide is one Markdown file per language (`content/<lang>/<id>.md`) with a small front matter.
This module is Qt-free so the desktop viewer, the printed reports and the tests share one loader.
Guides are shown to frightened people on shared computers, so the renderer never lets raw HTML,
images or script links through: whatever a guide file contains, the viewer only gets plain,
inert markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from content.active import lang_folder
from content.i18n import N_, translator
from domain.textfold import fold

FRONT_MATTER_KEYS: tuple[str, ...] = ("id", "title", "summary", "reviewed", "order", "sources")
"""The front-matter keys every guide has, no more and no fewer."""

CHANGING_MARKERS: tuple[str, ...] = ("**Changing:**", "**Esto está cambiando:**")
"""How a blockquote that flags a contested or changing point begins (en, es)."""

SAFE_LINK_PREFIXES: tuple[str, ...] = ("guide:", "https://", "http://", "mailto:", "tel:", "#")
"""Link targets the viewer may receive; everything else (javascript:, file:, data:, relative paths) is
dropped and only the link text is kept."""

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_KEY_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*):(?:\s+(.*))?$")
_ITEM_RE = re.compile(r"^\s+-\s+(.*)$")
# TRANSLATORS: how a guide's box on a contested or changing point begins, as written in the guides of
# this language between ** and **: "Esto está cambiando:".
_CHANGING_WORD = N_("Changing:")


def changing_markers(lang: str) -> tuple[str, ...]:
    """How a "changing" blockquote begins in `lang`: the built-in markers, and for a language added as
    files the word its catalog gives for "Changing:" in bold."""
    own = "**" + translator(lang).gettext(_CHANGING_WORD) + "**"
    return CHANGING_MARKERS if own in CHANGING_MARKERS else (*CHANGING_MARKERS, own)


def _changing_line_re(lang: str) -> re.Pattern[str]:
    return re.compile(r"^>\s*(?:" + "|".join(re.escape(m) for m in changing_markers(lang)) + ")", re.MULTILINE)

_CHANGING_STYLE = (
    'width="100%" cellspacing="0" cellpadding="8" border="1" bgcolor="#fff4d6" '
    'style="background-color:#fff4d6; border: 1px solid #b7791f; margin-top: 6px; margin-bottom: 6px;"'
)


class GuideError(Exception):
    """A guide file that cannot be loaded; the message names the file and what is wrong."""

    def __init__(self, path: Path, problem: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"guide {where}: {problem}")
        self.path = path
        self.problem = problem
        self.line = line


@dataclass(frozen=True)
class Guide:
    """One rights guide in one language."""

    id: str
    lang: str
    title: str
    summary: str
    reviewed: date
    order: int
    sources: tuple[str, ...]
    body: str

    def headings(self) -> list[tuple[int, str]]:
        """The `##` and `###` headings of the body, in order, as (level, plain text)."""
        found: list[tuple[int, str]] = []
        tokens = _markdown().parse(self.body)
        for i, tok in enumerate(tokens):
            if tok.type == "heading_open" and tok.tag in ("h2", "h3"):
                found.append((int(tok.tag[1]), _inline_plain(tokens[i + 1])))
        return found

    def guide_links(self) -> list[str]:
        """The ids this guide links to with `[text](guide:id)`, in order of appearance."""
        links: list[str] = []
        for tok in _markdown().parse(self.body):
            for child in tok.children or ():
                href = child.attrGet("href")
                if child.type == "link_open" and isinstance(href, str) and href.startswith("guide:"):
                    links.append(href.removeprefix("guide:"))
        return links

    def changing_blocks(self) -> int:
        """How many "changing" blockquotes the body has."""
        return len(_changing_line_re(self.lang).findall(self.body))


# --------------------------------------------------------------------------------------------------
# Loading


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def parse_guide(text: str, path: Path, lang: str) -> Guide:
    """Parse the text of one guide file; `path` names it in errors and gives the expected id."""
    text = unicodedata.normalize("NFC", text.removeprefix("\ufeff"))
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise GuideError(path, "must start with a front matter line '---'", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    except StopIteration:
        raise GuideError(path, "front matter is not closed with a '---' line") from None

    fields: dict[str, str] = {}
    sources: list[str] = []
    current_list: str | None = None
    for number, raw in enumerate(lines[1:end], start=2):
        line = raw.rstrip()
        if not line.strip():
            continue
        item = _ITEM_RE.match(line)
        if item:
            if current_list != "sources":
                raise GuideError(path, "a list item outside 'sources:'", number)
            value = _unquote(item.group(1).strip())
            if not value:
                raise GuideError(path, "an empty source", number)
            sources.append(value)
            continue
        match = _KEY_RE.match(line)
        if not match:
            raise GuideError(path, f"cannot read front matter line {line!r}", number)
        key, value = match.group(1), _unquote((match.group(2) or "").strip())
        if key not in FRONT_MATTER_KEYS:
            raise GuideError(path, f"unknown front matter key {key!r}", number)
        if key in fields:
            raise GuideError(path, f"front matter key {key!r} appears twice", number)
        fields[key] = value
        if key == "sources":
            if value:
                raise GuideError(path, "'sources:' must be followed by '  - ' list items", number)
            current_list = "sources"
        else:
            current_list = None
            if not value:
                raise GuideError(path, f"front matter key {key!r} is empty", number)

    missing = [k for k in FRONT_MATTER_KEYS if k not in fields]
    if missing:
        raise GuideError(path, "missing front matter key(s): " + ", ".join(missing))
    if not sources:
        raise GuideError(path, "'sources' needs at least one item")

    guide_id = fields["id"]
    if not _ID_RE.match(guide_id):
        raise GuideError(path, f"id {guide_id!r} must be lowercase words joined by '-'")
    if guide_id != path.stem:
        raise GuideError(path, f"id {guide_id!r} does not match the file name {path.name!r}")
    try:
        reviewed = date.fromisoformat(fields["reviewed"])
    except ValueError:
        raise GuideError(path, f"'reviewed' is not a date YYYY-MM-DD: {fields['reviewed']!r}") from None
    try:
        order = int(fields["order"])
    except ValueError:
        raise GuideError(path, f"'order' is not a whole number: {fields['order']!r}") from None

    body = "\n".join(lines[end + 1 :]).strip("\n") + "\n"
    if not body.strip():
        raise GuideError(path, "the guide has no body after the front matter")
    return Guide(
        id=guide_id,
        lang=lang,
        title=fields["title"],
        summary=fields["summary"],
        reviewed=reviewed,
        order=order,
        sources=tuple(sources),
        body=body,
    )


def load_guide_file(path: Path, lang: str) -> Guide:
    """Read and parse one guide file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise GuideError(path, "is not valid UTF-8 text") from None
    except OSError as exc:
        raise GuideError(path, f"cannot be read ({exc.strerror or exc})") from None
    return parse_guide(text, path, lang)


def load_guides(lang: str, directory: Path | None = None) -> list[Guide]:
    """All guides of `lang`, sorted by order then id.

    `directory` defaults to the language's folder of the verified content in use (`content.active`,
    which raises `ContentUnverified` when none verifies); tests pass their own. Results are
    cached per (lang, directory); `content.active.clear_cache()` after changing files on disk.
    """
    return list(_load_cached(lang, directory if directory is not None else lang_folder(lang)))


@lru_cache(maxsize=16)
def _load_cached(lang: str, directory: Path) -> tuple[Guide, ...]:
    if not directory.is_dir():
        raise GuideError(directory, f"no guides folder for language {lang!r}")
    guides = [load_guide_file(p, lang) for p in sorted(directory.glob("*.md")) if p.is_file()]
    return tuple(sorted(guides, key=lambda g: (g.order, g.id)))


def get_guide(lang: str, guide_id: str, directory: Path | None = None) -> Guide | None:
    """The guide `guide_id` of `lang`, or None if there is none."""
    return next((g for g in load_guides(lang, directory) if g.id == guide_id), None)


def clear_cache() -> None:
    """Forget loaded guides and search indexes."""
    _load_cached.cache_clear()
    _search_index.cache_clear()



@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Raw HTML off: a "<b>" in a guide is shown as text. Every link is parsed (so its text survives)
    # and unsafe targets are removed afterwards in `_sanitize`, rather than leaving "[x](javascript:…)"
    # visible as literal Markdown.
    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


def _is_safe_link(href: str) -> bool:
    target = href.strip().lower()
    return target.startswith(SAFE_LINK_PREFIXES) and not any(ch.isspace() for ch in target)


def _inline_plain(token: Token) -> str:
    """The text of an inline token without Markdown marks."""
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_plain(child))
    return "".join(parts)


def _slug(text: str, used: set[str]) -> str:
    base = "-".join(re.findall(r"[a-z0-9]+", fold(text))) or "section"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


def _sanitize(tokens: list[Token], markers: tuple[str, ...] = CHANGING_MARKERS) -> None:
    """Drop unsafe links and all images, mark "changing" blockquotes and give headings anchors."""
    used: set[str] = set()
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            tok.attrSet("id", _slug(_inline_plain(tokens[i + 1]), used))
        elif tok.type == "blockquote_open":
            inline = tokens[i + 2] if i + 2 < len(tokens) else None
            if inline is not None and inline.type == "inline" and inline.content.startswith(markers):
                tok.meta["changing"] = True
                depth = 0
                for close in tokens[i:]:
                    depth += {"blockquote_open": 1, "blockquote_close": -1}.get(close.type, 0)
                    if depth == 0:
                        close.meta["changing"] = True
                        break
        elif tok.type == "inline" and tok.children:
            tok.children = _sanitize_inline(tok.children)


def _sanitize_inline(children: list[Token]) -> list[Token]:
    kept: list[Token] = []
    dropping: list[bool] = []  # one entry per open link: whether it was dropped
    for child in children:
        if child.type == "link_open":
            href = child.attrGet("href")
            unsafe = not (isinstance(href, str) and _is_safe_link(href))
            dropping.append(unsafe)
            if unsafe:
                continue
        elif child.type == "link_close":
            if dropping and dropping.pop():
                continue
        elif child.type == "image":
            # The viewer is offline and must not fetch anything: an image becomes its alt text.
            text = Token("text", "", 0)
            text.content = _inline_plain(child)
            kept.append(text)
            continue
        kept.append(child)
    return kept


def _render_heading_open(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    tok = tokens[idx]
    anchor = escape(str(tok.attrGet("id") or ""), quote=True)
    # QTextBrowser.scrollToAnchor() looks for <a name>, browsers for id: give both.
    return f'<{tok.tag} id="{anchor}"><a name="{anchor}"></a>'


def _render_blockquote_open(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    if tokens[idx].meta.get("changing"):
        # Qt's rich text ignores backgrounds on <blockquote>; a one-cell table shows reliably.
        return f'<table class="changing" {_CHANGING_STYLE}><tr><td>\n'
    return str(renderer.renderToken(tokens, idx, options, env))


def _render_blockquote_close(renderer: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    if tokens[idx].meta.get("changing"):
        return "</td></tr></table>\n"
    return str(renderer.renderToken(tokens, idx, options, env))


@lru_cache(maxsize=1)
def _html_renderer() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.add_render_rule("heading_open", _render_heading_open)
    md.add_render_rule("blockquote_open", _render_blockquote_open)
    md.add_render_rule("blockquote_close", _render_blockquote_close)
    return md


def _format_date(day: date, lang: str) -> str:
    from babel.dates import format_date  # babel is slow to import; only the viewer needs it

    return format_date(day, format="long", locale="es_US" if lang == "es" else "en_US")


def render_html(guide: Guide, lang: str | None = None) -> str:
    """The guide as safe HTML for QTextBrowser: title, summary, body, review date, disclaimer, sources.

    Raw HTML in the guide is escaped, images become their alt text and only `guide:`, `https:`,
    `http:`, `mailto:`, `tel:` and `#` links survive; `guide:` links stay as `guide:<id>` hrefs for
    the viewer to follow. `lang` chooses the language of the labels (default: the guide's).
    """
    lang = lang or guide.lang
    # The labels come from the interface catalog of `lang`, so a language added as files gets them too.
    words = translator(lang)
    reviewed = words.gettext("Last reviewed: {date}").format(date=_format_date(guide.reviewed, lang))
    disclaimer = words.gettext(
        "This is general information, not legal advice. "
        "Talk to an immigration attorney or an accredited representative about your case."
    )
    sources_label = words.gettext("Sources")
    md = _html_renderer()
    tokens = md.parse(guide.body)
    _sanitize(tokens, changing_markers(guide.lang))
    body = md.renderer.render(tokens, md.options, {})
    sources = "".join(f"<li>{escape(s)}</li>" for s in guide.sources)
    return (
        f"<h1>{escape(guide.title)}</h1>\n"
        f"<p><i>{escape(guide.summary)}</i></p>\n"
        f"{body}"
        "<hr/>\n"
        f"<p><small>{escape(reviewed)}. {escape(disclaimer)}</small></p>\n"
        f"<p><small>{escape(sources_label)}:</small></p>\n<ul>{sources}</ul>\n"
    )



def _body_plain(body: str) -> str:
    out: list[str] = []
    lists: list[list[int]] = []  # per open list: [ordered (0/1), next number]
    prefix: str | None = None
    for tok in _markdown().parse(body):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            start = tok.attrGet("start")
            lists.append([int(tok.type == "ordered_list_open"), int(start) if start else 1])
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                out.append("")
        elif tok.type == "list_item_open":
            ordered, number = lists[-1]
            prefix = f"{number}. " if ordered else "• "
            lists[-1][1] += 1
        elif tok.type == "inline":
            indent = "  " * max(len(lists) - 1, 0)
            text = _inline_plain(tok)
            if prefix is not None:
                out.append(indent + prefix + text)
                prefix = None
            else:
                out.append(indent + ("  " if lists else "") + text)
        elif tok.type in ("code_block", "fence"):
            out.append(tok.content.rstrip("\n"))
        if tok.type in ("heading_close", "paragraph_close", "code_block", "fence") and not tok.hidden:
            out.append("")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


def plain_text(guide: Guide, *, with_title: bool = True) -> str:
    """The guide as plain text (for printing and readability figures), Markdown marks removed.

    With `with_title`, the title and summary come first, each as its own paragraph.
    """
    body = _body_plain(guide.body)
    return f"{guide.title}\n\n{guide.summary}\n\n{body}" if with_title else body



def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = " " if ch.isspace() else fold(ch)
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


@dataclass(frozen=True)
class _Indexed:
    guide: Guide
    text: str  # title, summary and plain body, one per line group
    folded: str
    origin: tuple[int, ...]
    summary_start: int  # folded offsets where the summary and the body begin, for ranking
    body_start: int


@lru_cache(maxsize=8)
def _search_index(lang: str, directory: Path) -> tuple[_Indexed, ...]:
    entries: list[_Indexed] = []
    for guide in _load_cached(lang, directory):
        head = f"{guide.title}\n"
        middle = f"{guide.summary}\n"
        text = head + middle + plain_text(guide, with_title=False)
        folded, origin = _fold_with_map(text)
        summary_start = len(_fold_with_map(head)[0])
        body_start = summary_start + len(_fold_with_map(middle)[0])
        entries.append(_Indexed(guide, text, folded, tuple(origin), summary_start, body_start))
    return tuple(entries)


def _snippet(entry: _Indexed, start: int, length: int, width: int = 60) -> str:
    first = entry.origin[start]
    last = entry.origin[min(start + length, len(entry.origin)) - 1] + 1
    lo, hi = max(0, first - width), min(len(entry.text), last + width)
    # Widen to whole words so the snippet never starts or ends mid-word.
    while lo > 0 and not entry.text[lo - 1].isspace():
        lo -= 1
    while hi < len(entry.text) and not entry.text[hi].isspace():
        hi += 1
    snippet = " ".join(entry.text[lo:hi].split())
    return ("…" if lo > 0 else "") + snippet + ("…" if hi < len(entry.text) else "")


def search(lang: str, text: str, directory: Path | None = None) -> list[tuple[Guide, str]]:
    """Guides of `lang` containing every word of `text`, ignoring accents and case.

    Each result comes with a short snippet around the first hit of the first word. Guides whose
    title matches come first, then summary, then body; ties keep the guides' order. A blank query
    returns every guide with its summary.
    """
    index = _search_index(lang, directory if directory is not None else lang_folder(lang))
    terms = fold(text).split()
    if not terms:
        return [(e.guide, e.guide.summary) for e in index]
    ranked: list[tuple[int, int, Guide, str]] = []
    for position, entry in enumerate(index):
        if not all(term in entry.folded for term in terms):
            continue
        hit = entry.folded.find(terms[0])
        rank = 0 if hit < entry.summary_start else 1 if hit < entry.body_start else 2
        ranked.append((rank, position, entry.guide, _snippet(entry, hit, len(terms[0]))))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [(guide, snippet) for _, _, guide, snippet in ranked]
