"""What importing a pack would change, worded for the person deciding whether to apply it.

Files are compared with what is shown now: a guide by its title, the card and the rules by language,
and a local resources list entry by entry, so a family sees "Resource added: Rapid response line"
rather than file names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from content.i18n import N_
from content.packs.errors import PackRefused
from content.packs.layout import CARD, GUIDE, RESOURCES, RULES, category
from content.packs.local_resources import parse_resources

ADDED, CHANGED, REMOVED = "added", "changed", "removed"

_WORDING: dict[tuple[str, str], str] = {
    (GUIDE, ADDED): N_("Guide added: {name}"),
    (GUIDE, CHANGED): N_("Guide changed: {name}"),
    (GUIDE, REMOVED): N_("Guide removed: {name}"),
    (CARD, ADDED): N_("Rights card text added ({name})"),
    (CARD, CHANGED): N_("Rights card text changed ({name})"),
    (CARD, REMOVED): N_("Rights card text removed ({name})"),
    (RULES, ADDED): N_("Deadline rules added ({name})"),
    (RULES, CHANGED): N_("Deadline rules changed ({name})"),
    (RULES, REMOVED): N_("Deadline rules removed ({name})"),
    (RESOURCES, ADDED): N_("Resource added: {name}"),
    (RESOURCES, CHANGED): N_("Resource changed: {name}"),
    (RESOURCES, REMOVED): N_("Resource removed: {name}"),
}
_OTHER = {ADDED: N_("Other text added ({name})"), CHANGED: N_("Other text changed ({name})"),
          REMOVED: N_("Other text removed ({name})")}
_TITLE_RE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Change:
    """One thing the pack adds, changes or removes; `name` is what people know it by."""

    category: str
    action: str
    name: str

    def words(self, gettext: Callable[[str], str]) -> str:
        """The change in the language of `gettext`."""
        msgid = _WORDING.get((self.category, self.action), _OTHER[self.action])
        return gettext(msgid).format(name=self.name)


def changes(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> list[Change]:
    """The changes from the files shown now (`old`) to a pack's files (`new`), in a stable order."""
    found: list[Change] = []
    for path in sorted(set(old) | set(new)):
        before, after = old.get(path), new.get(path)
        if before == after:
            continue
        kind = category(path)
        if kind == RESOURCES and path == "resources.toml" and _readable(before) and _readable(after):
            found += _resource_changes(before or b"", after or b"")
            continue
        action = ADDED if before is None else REMOVED if after is None else CHANGED
        found.append(Change(kind, action, _name(path, after if after is not None else before or b"")))
    return found


def _readable(data: bytes | None) -> bool:
    if data is None:
        return True
    try:
        parse_resources(data)
    except PackRefused:
        return False
    return True


def _resource_changes(before: bytes, after: bytes) -> list[Change]:
    old = {r.id: r for r in parse_resources(before)} if before else {}
    new = {r.id: r for r in parse_resources(after)} if after else {}
    found = [Change(RESOURCES, ADDED, new[i].name) for i in new if i not in old]
    found += [Change(RESOURCES, CHANGED, new[i].name) for i in new if i in old and new[i] != old[i]]
    found += [Change(RESOURCES, REMOVED, old[i].name) for i in old if i not in new]
    return found


def _name(path: str, data: bytes) -> str:
    lang = path.split("/")[0] if "/" in path else ""
    if category(path) == GUIDE:
        match = _TITLE_RE.search(data.decode("utf-8", "replace"))
        title = match.group(1).strip("\"'") if match else path.rsplit("/", 1)[-1].removesuffix(".md")
        return f"{title} ({lang})"
    return lang or path
