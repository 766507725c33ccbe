"""The imported content packs, kept in the app's data folder (owner-only: folders 0700, files 0600).

    <data>/packs/rights/<name>/…       one folder per imported rights pack (its manifest, signature, files)
    <data>/packs/rights/state.json     {"current": name, "previous": name}
    <data>/packs/resources/<name>/…    one folder per clinic pack
    <data>/packs/resources/state.json  {pack id: name}

A pack's files are written into a fresh folder first; it becomes the current one only when the
small state file is replaced with `atomic_write`, so a crash leaves the old choice or the new one.
Folders no state file names are leftovers of an interrupted import and are removed on the next one.
This module moves bytes only; what a pack means and whether it may be trusted is `content.packs`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path

from storage.atomic import PRIVATE_FILE, atomic_write, fsync_dir, make_private_dir

_STATE = "state.json"
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")


class PackStore:
    """The folder of imported packs; `root` is `<data folder>/packs`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> PackStore:
        """The store inside Amparo's data folder."""
        return cls(data_dir / "packs")

    # ---------------------------------------------------------------- rights

    def rights_folder(self) -> Path | None:
        """The current imported rights pack, or None when the built-in one is in use."""
        return self._named(self.root / "rights", self._state("rights").get("current"))

    def previous_rights_folder(self) -> Path | None:
        """The rights pack that was current before the last import, if any (None: the built-in)."""
        return self._named(self.root / "rights", self._state("rights").get("previous"))

    def install_rights(self, label: str, files: Mapping[str, bytes]) -> Path:
        """Make `files` the current rights pack; the current one becomes the previous one."""
        state = self._state("rights")
        name = self._write_folder(self.root / "rights", label, files)
        new_state = {"current": name}
        if state.get("current"):
            new_state["previous"] = state["current"]
        self._save_state("rights", new_state)
        return self.root / "rights" / name

    def restore_previous_rights(self) -> bool:
        """Go back to the previous rights pack (or the built-in one); False when there is nothing to go back to."""
        state = self._state("rights")
        if not state.get("current"):
            return False
        previous = state.get("previous")
        self._save_state("rights", {"current": previous} if previous else {})
        return True

    def has_rights_history(self) -> bool:
        """Whether an imported rights pack is in use (so "restore the previous one" means something)."""
        return bool(self._state("rights").get("current"))

    # ---------------------------------------------------------------- resources

    def resources_folders(self) -> dict[str, Path]:
        """The clinic packs by pack id."""
        found: dict[str, Path] = {}
        for pack_id, name in sorted(self._state("resources").items()):
            folder = self._named(self.root / "resources", name)
            if folder is not None:
                found[pack_id] = folder
        return found

    def install_resources(self, pack_id: str, label: str, files: Mapping[str, bytes]) -> Path:
        """Add the clinic pack `pack_id`, or replace the one with that id."""
        state = self._state("resources")
        name = self._write_folder(self.root / "resources", label, files)
        self._save_state("resources", {**state, pack_id: name})
        return self.root / "resources" / name

    def remove_resources(self, pack_id: str) -> bool:
        """Forget the clinic pack `pack_id` (its publisher's entries leave the directory)."""
        state = self._state("resources")
        if pack_id not in state:
            return False
        del state[pack_id]
        self._save_state("resources", state)
        return True

    # ---------------------------------------------------------------- files

    def _state(self, area: str) -> dict[str, str]:
        try:
            raw = json.loads((self.root / area / _STATE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {k: v for k, v in raw.items() if isinstance(k, str) and isinstance(v, str) and _NAME_RE.match(v)}

    def _save_state(self, area: str, state: Mapping[str, str]) -> None:
        folder = self.root / area
        make_private_dir(folder)
        atomic_write(folder / _STATE, json.dumps(dict(state), sort_keys=True).encode("utf-8"))
        self._remove_unnamed(folder, set(state.values()))

    def _named(self, folder: Path, name: str | None) -> Path | None:
        if not name:
            return None
        path = folder / name
        return path if path.is_dir() else None

    def _write_folder(self, area: Path, label: str, files: Mapping[str, bytes]) -> str:
        # Amparo's data folder too: its listing would show that packs (and vaults) are here.
        make_private_dir(self.root.parent)
        make_private_dir(self.root)
        make_private_dir(area)
        name = f"{label}-{secrets.token_hex(4)}"
        target = area / name
        make_private_dir(target)
        for relative, body in files.items():
            path = target.joinpath(*relative.split("/"))
            make_private_dir(path.parent)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
        for folder in {target, *(p for p in target.rglob("*") if p.is_dir())}:
            fsync_dir(folder)
        fsync_dir(area)
        return name

    def _remove_unnamed(self, area: Path, keep: set[str]) -> None:
        for child in area.iterdir():
            if child.is_dir() and child.name not in keep:
                with contextlib.suppress(OSError):
                    shutil.rmtree(child)
