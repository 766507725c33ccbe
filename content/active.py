"""The rights content in use: the newest verified pack, an imported one or the one built into Amparo.

Every reader of guides, the card text, rules and resources asks here for its folder, so an imported
pack really changes what people see, and nothing is shown from files whose signature does not hold.
The built-in content (`content/` with `manifest.toml` and `manifest.sig`) is checked against the
project key the first time it is needed, like an imported pack. When neither verifies, readers get
`ContentUnverified` and must say so instead of showing the text as if it were fine.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from content.packs.errors import PackRefused
from content.paths import added_language_folder, package_folder

if TYPE_CHECKING:
    from content.packs.manifest import Manifest
    from content.packs.verify import VerifiedPack


class ContentUnverified(Exception):
    """The rights information could not be verified; `reason` says what failed."""

    def __init__(self, reason: PackRefused) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass(frozen=True)
class ActiveContent:
    """The folder of the content in use and its manifest; `imported` is False for the built-in pack."""

    folder: Path
    manifest: Manifest
    imported: bool

    def lang_folder(self, lang: str) -> Path:
        return self.folder / lang


_builtin_override: Path | None = None
_imported_folder: Path | None = None


def configure(*, imported: Path | None, builtin: Path | None = None) -> None:
    """Use the imported rights pack in `imported` (None: none); `builtin` replaces `content/` in tests."""
    global _builtin_override, _imported_folder
    _builtin_override, _imported_folder = builtin, imported
    clear_cache()


def clear_cache() -> None:
    """Forget what was verified and loaded (after a pack is imported or restored)."""
    _active.cache_clear()
    verify_folder.cache_clear()
    # The readers read through this module (so it cannot import them); nothing to forget if never loaded.
    guides = sys.modules.get("content.guides")
    if guides is not None:
        guides.clear_cache()
    resources = sys.modules.get("content.resources")
    if resources is not None:
        resources.builtin_resources.cache_clear()
    rule_loader = sys.modules.get("content.rule_loader")
    if rule_loader is not None and hasattr(rule_loader, "install_builtin_rules"):
        rule_loader.builtin_rule_table.cache_clear()
        rule_loader.install_builtin_rules()  # the engine reads the rules of the content now in use


def project_keys() -> frozenset[str]:
    """The keys that may sign rights content (loaded on first use: the start screen needs no cryptography)."""
    from content.packs.trust import project_keys as shipped

    return shipped()


def builtin_folder() -> Path:
    """The folder of the content that ships with Amparo."""
    return _builtin_override if _builtin_override is not None else package_folder("content")


@lru_cache(maxsize=8)
def verify_folder(folder: Path, deep: bool = False) -> VerifiedPack:
    """Check a pack kept as a folder against the project keys; `deep` also re-runs the data-only checks."""
    # Imported here: every command configures this module, and only those that show content verify.
    from content.packs.archive import read_folder
    from content.packs.verify import verify_parts

    return verify_parts(read_folder(folder), project_keys(), deep=deep)


def builtin_problem() -> PackRefused | None:
    """Why the built-in content does not verify, or None when it does."""
    try:
        verify_folder(builtin_folder())
    except PackRefused as exc:
        return exc
    return None


def active_content() -> ActiveContent:
    """The content to show: an imported rights pack newer than the built-in one, else the built-in one."""
    return _active(builtin_folder(), _imported_folder)


@lru_cache(maxsize=4)
def _active(builtin: Path, imported: Path | None) -> ActiveContent:
    builtin_pack: VerifiedPack | None = None
    problem: PackRefused | None = None
    try:
        builtin_pack = verify_folder(builtin)
    except PackRefused as exc:
        problem = exc
    if imported is not None:
        try:
            pack = verify_folder(imported)
        except PackRefused as exc:
            problem = problem or exc
        else:
            if pack.manifest.kind == "rights" and (
                builtin_pack is None or pack.manifest.version > builtin_pack.manifest.version
            ):
                return ActiveContent(imported, pack.manifest, True)
    if builtin_pack is None:
        assert problem is not None
        raise ContentUnverified(problem)
    return ActiveContent(builtin, builtin_pack.manifest, False)


def data_folder(name: str) -> Path:
    """The folder to read the data file `name` (`rules.toml`, `en/appointments.toml`…) from.

    The content in use when it verifies and has that file. Otherwise the installed folder: deadline
    reminders must keep working on a damaged installation (the app says at start, and on the guides
    and card screens, that the rights information could not be verified).
    """
    try:
        folder = active_content().folder
    except ContentUnverified:
        return builtin_folder()
    return folder if (folder / name).is_file() else builtin_folder()


def lang_folder(lang: str) -> Path:
    """The folder of one language's guides and card text in the content in use.

    A language added from files with `content.paths.add_language_root` (a Python-only hook of the
    tests, never reachable from a setting or the environment) is read from where it was added.
    """
    added = added_language_folder(lang)
    return added if added is not None else active_content().lang_folder(lang)
