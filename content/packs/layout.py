"""Which paths a pack may hold, and what each path is (a guide, the card, rules, resources).

Paths are checked as text before anything is read: lowercase names, `/` separators, no absolute
path, no `..`, at most one folder (a language), and only `.md` and `.toml` data files. A clinic's
`resources` pack may hold resources files only.
"""

from __future__ import annotations

import re

from content.i18n import N_
from content.packs.errors import PackRefused

GUIDE, CARD, RULES, RESOURCES, TEXTS = "guide", "card", "rules", "resources", "texts"
"""What a data file is, for the change list and for what a local publisher may change."""

_PART_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9]+)?$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")


def check_path(path: str) -> None:
    """Refuse a path that could escape the pack's folder or is not a plain data file name."""
    parts = path.split("/")
    if (
        not path
        or path.startswith("/")
        or "\\" in path
        or ":" in path
        or len(parts) > 2
        or any(p in ("", ".", "..") for p in parts)
        or not all(_PART_RE.match(p) for p in parts)
        or (len(parts) == 2 and not _LANG_RE.match(parts[0]))
    ):
        raise PackRefused(N_("The pack holds a file with a name that is not allowed: {path}"), path=path)
    if not path.endswith((".md", ".toml")):
        raise PackRefused(N_("The pack holds a file that is not text data (only .md and .toml): {path}"), path=path)


def category(path: str) -> str:
    """What the data file at `path` is; `check_path` must have accepted it."""
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".md"):
        if "/" not in path:
            raise PackRefused(N_("The pack holds a file with a name that is not allowed: {path}"), path=path)
        return GUIDE
    if name == "card.toml" and "/" in path:
        return CARD
    if name == "rules.toml":
        return RULES
    if name == "resources.toml":
        return RESOURCES
    return TEXTS


def check_kind_may_hold(kind: str, path: str) -> None:
    """A local (`resources`) pack may add resources only, never guides, the card or rules."""
    if kind == "resources" and category(path) != RESOURCES:
        raise PackRefused(
            N_("A local publisher cannot change guides, the card or rules. This pack tries to change {path}."),
            path=path,
        )
