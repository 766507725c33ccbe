"""Where Amparo's read-only resources live: in a checkout, an installed wheel and a PyInstaller build.

The guides and card text are package data of `content` (`content/en`, `content/es`), the fonts of
`reports` (`reports/fonts`), and both are found with `importlib.resources`, which answers the same
for a checkout and an installed wheel. The gettext catalogs stay in the top-level `locale/` folder of
the source tree (a `locale` package would shadow the standard library's `locale` module), and a wheel
installs them as the data-only package `amparo_locale`. A frozen build keeps everything under its
bundle folder with the source tree's layout.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources, util
from pathlib import Path

LOCALE_PACKAGE = "amparo_locale"
BUILT_IN_LANGUAGES: tuple[str, ...] = ("es", "en")

# Languages made available from a folder outside the installation (see `add_language_root`).
_ADDED_ROOTS: dict[str, Path] = {}


def _frozen_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def package_folder(package: str, *parts: str) -> Path:
    """A folder of package data, as a path on disk (wheels are installed unzipped)."""
    frozen = _frozen_root()
    if frozen is not None:
        return frozen.joinpath(*package.split("."), *parts)
    return Path(str(resources.files(package).joinpath(*parts)))


def content_dir(lang: str) -> Path:
    """The guides folder of one language."""
    added = added_language_folder(lang)
    return added if added is not None else package_folder("content", lang)


def added_language_folder(lang: str) -> Path | None:
    """The content folder of `lang` when it was added with `add_language_root`, else None."""
    root = _ADDED_ROOTS.get(lang)
    return root / "content" / lang if root is not None else None


def add_language_root(root: Path) -> tuple[str, ...]:
    """Make usable the languages whose files are under `root` (`content/<lang>/`, `locale/<lang>/`).

    A hook for tests and for a translator's preview, reached from Python only: no environment
    variable, setting or file tells an installed Amparo to read words from elsewhere, so nobody can
    swap the rights text of someone's copy. A language Amparo already has is never replaced.
    Returns the languages added.
    """
    added = []
    for folder in sorted((root / "content").iterdir()):
        lang = folder.name
        if folder.is_dir() and (folder / "card.toml").is_file() and lang not in installed_content_languages():
            _ADDED_ROOTS[lang] = root
            added.append(lang)
    return tuple(added)


def remove_added_languages() -> None:
    """Forget every language added with `add_language_root`."""
    _ADDED_ROOTS.clear()


@lru_cache(maxsize=1)
def installed_content_languages() -> tuple[str, ...]:
    """Languages with a content folder (guides and a card) in this installation, built-in ones first."""
    folder = package_folder("content")
    found = sorted(p.name for p in folder.iterdir() if p.is_dir() and (p / "card.toml").is_file())
    return tuple(lang for lang in BUILT_IN_LANGUAGES if lang in found) + tuple(
        lang for lang in found if lang not in BUILT_IN_LANGUAGES
    )


def content_languages() -> tuple[str, ...]:
    """Every language with content files: installed, then added."""
    installed = installed_content_languages()
    return installed + tuple(lang for lang in _ADDED_ROOTS if lang not in installed)


def language_folders(folder: Path, file: str) -> list[Path]:
    """The `<lang>/` folders of `folder` that hold `file`, then those of languages added with
    `add_language_root` (their rule, appointment and resource words join the content in use)."""
    found = sorted(p for p in folder.iterdir() if p.is_dir() and (p / file).is_file())
    names = {p.name for p in found}
    found += [content_dir(lang) for lang in _ADDED_ROOTS if lang not in names and (content_dir(lang) / file).is_file()]
    return found


def catalog_dir(lang: str) -> Path:
    """The folder holding `<lang>/LC_MESSAGES/messages.mo` for `lang`."""
    added = _ADDED_ROOTS.get(lang)
    return added / "locale" if added is not None else locale_dir()


def fonts_dir() -> Path:
    """The embedded fonts (DejaVu and its licence)."""
    return package_folder("reports", "fonts")


def locale_dir() -> Path:
    """The gettext catalogs folder: `locale/` beside the packages, or the installed `amparo_locale`."""
    frozen = _frozen_root()
    if frozen is not None:
        return frozen / "locale"
    beside = Path(__file__).resolve().parent.parent / "locale"
    if (beside / "es" / "LC_MESSAGES").is_dir():
        return beside
    # A data-only package has no __init__.py, so it is a namespace package: its folder is its one
    # search location (importlib.resources would answer with a MultiplexedPath, not a folder).
    spec = util.find_spec(LOCALE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the gettext catalogs (amparo_locale) are not installed")
    return Path(next(iter(spec.submodule_search_locations)))
