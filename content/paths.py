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
from importlib import resources, util
from pathlib import Path

LOCALE_PACKAGE = "amparo_locale"


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
    return package_folder("content", lang)


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
