"""Make the pseudo-locale `qps`: every English text of Amparo, accented, about 40 % longer, in brackets.

    python scripts/pseudo_locale.py OUTDIR

writes `OUTDIR/locale/qps/LC_MESSAGES/messages.po` (+ `.mo`) from `locale/messages.pot`, and
`OUTDIR/content/qps/` from `content/en/`: each guide with its front matter kept valid (only the title,
summary and sources change; id, date and order stay), the card text and the other data files, and
`domain_words.toml` for the texts still written in Python (kinds of dates, cases and contacts, messages
about what was typed, the card's warnings). Everything is made by
transforming the English, nothing is written by hand per string, so a screen or printout that shows
any plain ASCII word in `qps` shows a text that did not come from the language's files.

The transformation (the technique of Android's and Chromium's pseudo-locales) keeps what must not
change: `{name}` and `{n:,}` placeholders, `%(x)s` / `%d` printf fields, Qt `&` mnemonics (the `&`
stays before its letter, `&&` stays a literal ampersand), markup tags and entities (`<b>`, `&amp;`),
web addresses, and Markdown link targets. "Save" becomes "[Šàṽé··]".
"""

from __future__ import annotations

import ast
import io
import math
import re
import sys
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LANG = "qps"
PAD = "·"
EXPANSION = 0.4

_LOWER = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž"
_UPPER = "ÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", _LOWER + _UPPER
)
PSEUDO_LETTERS = frozenset(_LOWER + _UPPER)

# Pieces copied unchanged, tried in this order at each position.
_KEEP = re.compile(
    r"""
    \{\{ | \}\}                             # escaped braces of str.format
    | \{[^{}]*\}                            # {name}, {n:,}, {0}
    | %(?:\([A-Za-z_]\w*\))?[-#0 +]*\d*(?:\.\d+)?[sdifrx%]   # printf fields
    | &&                                    # a literal ampersand in a Qt label
    | &[A-Za-z]+;|&\#\d+;                   # markup entities
    | </?[A-Za-z][^<>]*>                    # markup tags (ReportLab, Qt rich text)
    | (?:https?://|mailto:|tel:|guide:)\S+  # addresses
    | [A-Za-z0-9.-]+\.(?:gov|org|com|net)(?:/\S*)?   # bare web addresses (uscis.gov/tps)
    """,
    re.VERBOSE,
)
_WORD = re.compile(r"[A-Za-z]+")


def _accent_word(word: str) -> str:
    return word.translate(ACCENTED) + PAD * math.ceil(len(word) * EXPANSION)


def _accent_run(text: str) -> str:
    return _WORD.sub(lambda m: _accent_word(m.group(0)), text)


def accent(text: str) -> str:
    """The letters of `text` accented and each word padded ~40 %, leaving kept pieces as they are."""
    out: list[str] = []
    pos = 0
    for match in _KEEP.finditer(text):
        out.append(_accent_run(text[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(_accent_run(text[pos:]))
    return "".join(out)


def pseudo(text: str) -> str:
    """`accent(text)` in brackets (inside any leading or trailing white space); "" stays ""."""
    if not text.strip():
        return text
    stripped = text.strip()
    start = text.index(stripped)
    return text[:start] + "[" + accent(stripped) + "]" + text[start + len(stripped) :]


# --------------------------------------------------------------------------------------------------
# The interface catalog


def pseudo_catalog(template: Catalog) -> Catalog:
    """Every message of `template` translated into pseudo text; plurals follow the English rule."""
    catalog = Catalog(project="Amparo", version="0.1", fuzzy=False, charset="utf-8")
    catalog.plural_forms  # noqa: B018 - the English rule (n != 1, two forms), Babel's default
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            singular, plural = message.id[0], message.id[1]
            string: Any = (pseudo(singular), pseudo(plural))
        else:
            string = pseudo(message.id)
        catalog.add(message.id, string, auto_comments=message.auto_comments, context=message.context)
    return catalog


def write_catalog(out: Path, template_path: Path) -> Path:
    with template_path.open("rb") as handle:
        template = read_po(handle)
    catalog = pseudo_catalog(template)
    folder = out / "locale" / LANG / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=True, include_lineno=False)
    (folder / "messages.po").write_bytes(buffer.getvalue())
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    (folder / "messages.mo").write_bytes(buffer.getvalue())
    return folder / "messages.mo"


# --------------------------------------------------------------------------------------------------
# Guides

_FRONT_TEXT_KEYS = ("title", "summary")
_LINK_TARGET = re.compile(r"(\]\()([^)\s]*)(\))")


CHANGING_MARKER = "**Changing:**"


def _guide_body_line(line: str) -> str:
    """A Markdown line with its words accented; link targets (`](guide:tps)`) untouched.

    The bold "Changing:" that opens a box on a changing point becomes the catalog's pseudo "Changing:"
    (content.guides.changing_markers finds it there), so the viewer still draws the box.
    """
    quote = re.match(r"^(>\s*)" + re.escape(CHANGING_MARKER), line)
    if quote:
        rest = line[quote.end() :]
        return quote.group(1) + "**" + pseudo(CHANGING_MARKER.strip("*")) + "**" + _guide_body_line(rest)
    out: list[str] = []
    pos = 0
    for match in _LINK_TARGET.finditer(line):
        out.append(accent(line[pos : match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(accent(line[pos:]))
    return "".join(out)


def pseudo_guide(text: str) -> str:
    """A guide file in pseudo text: front matter keys, id, date and order kept; words transformed."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise ValueError("a guide starts with a front matter line '---'")
    end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    out = [lines[0]]
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if line.lstrip().startswith("- "):
            indent, item = line.split("- ", 1)
            out.append(f"{indent}- {pseudo(item)}")
        elif sep and key.strip() in _FRONT_TEXT_KEYS:
            out.append(f"{key}: {pseudo(value.strip())}")
        else:
            out.append(line)
    out.append(lines[end])
    out += [_guide_body_line(line) for line in lines[end + 1 :]]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------------
# TOML content (the card; later the rules' and resources' words)


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | date):
        return str(value) if not isinstance(value, date) else value.isoformat()
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[\n" + "".join(f"    {_toml_value(v)},\n" for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} in TOML")


def dump_toml(data: dict[str, Any], prefix: str = "") -> str:
    """A small TOML writer for content files: strings, numbers, dates, lists and nested tables."""
    plain = [(k, v) for k, v in data.items() if not isinstance(v, dict)]
    tables = [(k, v) for k, v in data.items() if isinstance(v, dict)]
    lines = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in plain]
    text = "\n".join(lines) + ("\n" if lines else "")
    for key, table in tables:
        name = f"{prefix}.{_toml_key(key)}" if prefix else _toml_key(key)
        text += f"\n[{name}]\n" + dump_toml(table, name)
    return text


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_value(key)


def transform_strings(data: Any, change: Callable[[str], str]) -> Any:
    """Every string value of a TOML document changed with `change`; keys, dates and numbers kept."""
    if isinstance(data, str):
        return change(data)
    if isinstance(data, list):
        return [transform_strings(v, change) for v in data]
    if isinstance(data, dict):
        return {k: transform_strings(v, change) for k, v in data.items()}
    return data


def pseudo_toml(text: str) -> str:
    return dump_toml(transform_strings(tomllib.loads(text), pseudo))


# --------------------------------------------------------------------------------------------------


def write_content(out: Path, source: Path) -> Path:
    folder = out / "content" / LANG
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.md")):
        (folder / path.name).write_text(pseudo_guide(path.read_text(encoding="utf-8")), encoding="utf-8")
    for path in sorted(source.glob("*.toml")):
        (folder / path.name).write_text(pseudo_toml(path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def python_texts(root: Path = ROOT) -> list[str]:
    """The English of every `Text(en, es)` still written in Python (`domain/`, `reports/`), in file order:
    what a language added as files translates in `content/<lang>/domain_words.toml`."""
    found: dict[str, None] = {}
    for package in ("domain", "reports"):
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text"
                        and len(node.args) >= 2 and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str) and node.args[0].value):
                    found.setdefault(node.args[0].value)
    return list(found)


def write_domain_words(folder: Path, root: Path = ROOT) -> Path:
    """`folder/domain_words.toml`: each Python text's English and its pseudo words."""
    lines = ["# Made by scripts/pseudo_locale.py from the Text(en, es) pairs of domain/ and reports/.\n"]
    for english in python_texts(root):
        lines.append(f"\n[[text]]\nen = {_toml_value(english)}\nwords = {_toml_value(pseudo(english))}\n")
    path = folder / "domain_words.toml"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def generate(out: Path, root: Path = ROOT) -> tuple[Path, Path]:
    """Write the whole pseudo language under `out`; returns (the .mo file, the content folder)."""
    content = write_content(out, root / "content" / "en")
    write_domain_words(content, root)
    return write_catalog(out, root / "locale" / "messages.pot"), content


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python scripts/pseudo_locale.py OUTDIR", file=sys.stderr)
        return 2
    mo, content = generate(Path(argv[0]))
    print(f"{mo}\n{content}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
