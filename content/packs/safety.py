""""Data only": a pack's Markdown and TOML may hold words and plain links, nothing that runs or loads.

The guides viewer already escapes HTML and drops images (`content.guides`), but a pack is refused
outright rather than cleaned: a pack with a `<script>` or a remote image was not made by the
project's ordinary tools, and a person should hear that, not see a quietly different text. The card
is drawn by ReportLab, whose paragraphs read markup tags, so TOML strings are held to the same rule.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from content.i18n import N_
from content.packs.errors import PackRefused
from content.packs.layout import GUIDE, category

_TAG_RE = re.compile(r"<\s*/?\s*[A-Za-z!?]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_data_file(path: str, data: bytes) -> None:
    """Refuse a data file that is not UTF-8 text, holds HTML, an image, or a link that is not plain."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PackRefused(N_("{path} in the pack is not UTF-8 text."), path=path) from None
    if _CONTROL_RE.search(text):
        raise PackRefused(N_("{path} in the pack is not plain text."), path=path)
    if path.endswith(".md"):
        _check_markdown(path, text)
    else:
        _check_toml(path, text)


def _check_markdown(path: str, text: str) -> None:
    if _TAG_RE.search(text):
        raise PackRefused(N_("{path} in the pack contains HTML, which a pack may not hold."), path=path)
    md = MarkdownIt("commonmark", {"html": True})
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    for token in md.parse(text):
        if token.type in ("html_block", "html_inline"):
            raise PackRefused(N_("{path} in the pack contains HTML, which a pack may not hold."), path=path)
        for child in token.children or ():
            if child.type == "html_inline":
                raise PackRefused(N_("{path} in the pack contains HTML, which a pack may not hold."), path=path)
            if child.type == "image":
                raise PackRefused(N_("{path} in the pack contains an image, which a pack may not hold."), path=path)
            href = child.attrGet("href")
            if child.type == "link_open" and not _plain_link(str(href or "")):
                raise PackRefused(N_("{path} in the pack contains a link that is not allowed."), path=path)
    if category(path) == GUIDE:
        from content.guides import GuideError, parse_guide  # guides read through content.active, which uses this

        lang, name = path.split("/")
        try:
            parse_guide(text, Path(name), lang)
        except GuideError as exc:
            raise PackRefused(N_("{path} in the pack is not a guide Amparo can read: {problem}"),
                              path=path, problem=exc.problem) from None


def _plain_link(href: str) -> bool:
    from content.guides import SAFE_LINK_PREFIXES

    target = href.strip().lower()
    return target.startswith(SAFE_LINK_PREFIXES) and not any(ch.isspace() for ch in target)


def _check_toml(path: str, text: str) -> None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise PackRefused(N_("{path} in the pack is not a TOML file Amparo can read."), path=path) from None
    for value in _strings(data):
        if _TAG_RE.search(value):
            raise PackRefused(N_("{path} in the pack contains HTML, which a pack may not hold."), path=path)
        if value.strip().lower().startswith(("javascript:", "data:", "file:")):
            raise PackRefused(N_("{path} in the pack contains a link that is not allowed."), path=path)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [*_strings(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
