"""Keep the gettext catalogs current: extract → update → compile, with Babel's Python API.

    python scripts/update_catalogs.py            # all three steps, then statistics
    python scripts/update_catalogs.py extract    # locale/messages.pot from ui/, reports/, content/
    python scripts/update_catalogs.py update     # merge the template into locale/es/.../messages.po
    python scripts/update_catalogs.py compile    # messages.po -> messages.mo (committed: no build step)
    python scripts/update_catalogs.py check      # statistics; exit 1 on untranslated or fuzzy entries

The mapping comes from pyproject.toml's [tool.babel] and the keywords match the command there, so
`pybabel extract -F pyproject.toml -k N_ -k gettext -k ngettext:1,2 -k tr:2 -k ntr:2,3` gives the same
template. Translation calls must not sit inside f-strings: Babel cannot see them there on Python < 3.12.
Updating never creates fuzzy matches: a changed English string must be translated again on purpose.
"""

from __future__ import annotations

import io
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
DOMAIN = "messages"
LANGUAGES = ("es",)
TEMPLATE = LOCALE / f"{DOMAIN}.pot"


def _mapping_cfg() -> str:
    """The extraction mapping of pyproject.toml's [tool.babel], as babel.cfg text for extract_from_dir."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return "".join(f"[{m['method']}: {m['pattern']}]\n" for m in config["tool"]["babel"]["mappings"])


MAPPING_CFG = _mapping_cfg()
# _ / N_ / gettext / ngettext for the interface; tr(lang, msgid) / ntr(lang, singular, plural, n) in reports.
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "tr": (2,),
    "ntr": (2, 3),
}
TRANSLATOR = "Amparo translators"
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def placeholders(text: str) -> set[str]:
    """The `{name}` fields of a str.format template."""
    return set(PLACEHOLDER.findall(text))


def extract(root: Path = ROOT) -> Catalog:
    """A template catalog of every translatable string in the scanned folders."""
    method_map, options_map = parse_mapping_cfg(io.StringIO(MAPPING_CFG))
    catalog = Catalog(project="Amparo", version="0.1", charset="utf-8", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(root), method_map, options_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def _write(catalog: Catalog, path: Path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, sort_output=True, include_lineno=False, ignore_obsolete=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def write_template() -> Catalog:
    template = extract()
    _write(template, TEMPLATE)
    return template


def update(template: Catalog) -> None:
    for lang in LANGUAGES:
        path = po_path(lang)
        if path.exists():
            catalog = read_catalog(path, lang)
        else:
            catalog = Catalog(locale=lang, project="Amparo", version="0.1", fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.fuzzy = False
        catalog.last_translator = TRANSLATOR
        catalog.language_team = TRANSLATOR
        catalog.revision_date = datetime.now(UTC)
        _write(catalog, path)


def compile_catalogs() -> None:
    for lang in LANGUAGES:
        catalog = read_catalog(po_path(lang), lang)
        buffer = io.BytesIO()
        write_mo(buffer, catalog, use_fuzzy=False)
        mo_path(lang).write_bytes(buffer.getvalue())


def statistics(lang: str = "es") -> tuple[int, int, int]:
    """(translated, untranslated, fuzzy) entries of a language's catalog."""
    catalog = read_catalog(po_path(lang), lang)
    translated = untranslated = fuzzy = 0
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            fuzzy += 1
        elif all(strings):
            translated += 1
        else:
            untranslated += 1
    return translated, untranslated, fuzzy


STEPS = ("all", "extract", "update", "compile", "check")


def main(argv: list[str]) -> int:
    step = argv[1] if len(argv) > 1 else "all"
    if step not in STEPS:
        print(f"unknown step {step!r}; use one of: {', '.join(STEPS)}", file=sys.stderr)
        return 2
    if step in ("extract", "all", "update"):
        template = write_template()
        if step in ("update", "all"):
            update(template)
    if step in ("compile", "all"):
        compile_catalogs()
    translated, untranslated, fuzzy = statistics()
    print(f"es: {translated} translated, {untranslated} untranslated, {fuzzy} fuzzy")
    if step == "check":
        return 1 if untranslated or fuzzy else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
