"""Importing a content pack into this computer's store, shared by `amparo pack` and the app's dialog.

Qt-free. Everything is checked before anything is written: `plan_import` verifies the pack and works
out what it would change; only `apply_import` writes, into the store in the data folder, and then
points `content.active` at the result so guides, the card and rules read the new text at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from content import active
from content.i18n import N_
from content.packs.archive import read_folder
from content.packs.changes import Change, changes
from content.packs.errors import PackRefused
from content.packs.local_resources import LocalResource, parse_resources
from content.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME
from content.packs.trust import project_keys
from content.packs.verify import VerifiedPack, verify_pack_bytes, verify_parts
from storage.pack_store import PackStore

MAX_READ_BYTES = 16 * 1024 * 1024 + 1


@dataclass(frozen=True)
class ImportPlan:
    """A verified pack and what importing it would change; nothing is written yet."""

    pack: VerifiedPack
    changes: tuple[Change, ...]
    current_version: int  # 0: nothing of this pack's kind and id in use

    @property
    def is_local(self) -> bool:
        """A clinic's resources pack: the person must confirm the publisher's fingerprint."""
        return self.pack.manifest.kind == "resources"


def unverified_message(gettext: Callable[[str], str]) -> str:
    """What to say when neither the built-in nor an imported rights pack verifies."""
    return gettext("The rights information in this copy of Amparo could not be verified, so it is not shown. "
                   "Reinstall Amparo from a source you trust.")


def store_for(data_dir: Path) -> PackStore:
    """The store of imported packs in the app's data folder."""
    return PackStore.in_data_dir(data_dir)


def activate(store: PackStore) -> None:
    """Show the store's current rights pack (when newer than the built-in one) from now on."""
    active.configure(imported=store.rights_folder())


def read_pack_file(path: Path) -> bytes:
    """The bytes of a pack file; refused (not raised as OSError) when it cannot be read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_READ_BYTES)
    except FileNotFoundError:
        raise PackRefused(N_("There is no file at that path.")) from None
    except IsADirectoryError:
        raise PackRefused(N_("That is a folder, not a pack file.")) from None
    except OSError:
        raise PackRefused(N_("The pack file cannot be read.")) from None
    return data


def plan_import(data: bytes, store: PackStore, keys: frozenset[str] | None = None) -> ImportPlan:
    """Verify the pack `data` and compare it with what is in use; `PackRefused` when it must not be used."""
    trusted = project_keys() if keys is None else keys
    pack = verify_pack_bytes(data, trusted)
    manifest = pack.manifest
    if manifest.kind == "rights":
        try:
            current = active.active_content()
        except active.ContentUnverified:
            old_files: dict[str, bytes] = {}
            current_version = 0
        else:
            old_files = dict(read_folder(current.folder).files)
            current_version = current.manifest.version
    else:
        old_files, current_version = _current_resources(store, pack)
    if manifest.version <= current_version:
        raise PackRefused(N_("This pack is version {version}, and the information in use is version {current}. "
                             "Only a newer pack can replace it (an old pack could bring back corrected text)."),
                          version=manifest.version, current=current_version)
    return ImportPlan(pack, tuple(changes(old_files, pack.files)), current_version)


def _current_resources(store: PackStore, pack: VerifiedPack) -> tuple[dict[str, bytes], int]:
    folder = store.resources_folders().get(pack.manifest.id)
    if folder is None:
        return {}, 0
    try:
        existing = verify_parts(read_folder(folder), frozenset(), deep=False)
    except PackRefused:
        return {}, 0  # a damaged copy is replaced by a good one
    if existing.manifest.publisher_key != pack.manifest.publisher_key:
        raise PackRefused(N_("A pack with this name from another publisher key is already imported. If the "
                             "publisher really changed its key, remove that publisher first."))
    return dict(existing.files), existing.manifest.version


def apply_import(plan: ImportPlan, store: PackStore) -> None:
    """Write the planned pack into the store and start showing it."""
    pack = plan.pack
    files = {**pack.files, MANIFEST_NAME: pack.parts.manifest, SIGNATURE_NAME: pack.parts.signature}
    if pack.manifest.kind == "rights":
        store.install_rights(f"v{pack.manifest.version}", files)
    else:
        store.install_resources(pack.manifest.id, f"{pack.manifest.id}-v{pack.manifest.version}", files)
    activate(store)


def restore_previous(store: PackStore) -> bool:
    """Go back to the rights information in use before the last import; False when there is none."""
    done = store.restore_previous_rights()
    activate(store)
    return done


@dataclass(frozen=True)
class Publisher:
    """A clinic whose resources pack is imported."""

    pack_id: str
    name: str
    fingerprint: str
    version: int
    date: date
    resources: tuple[LocalResource, ...]


def publishers(store: PackStore) -> list[Publisher]:
    """The imported clinic packs that still verify, with their entries."""
    found: list[Publisher] = []
    for pack_id, folder in store.resources_folders().items():
        try:
            pack = verify_parts(read_folder(folder), frozenset(), deep=False)
            entries = parse_resources(pack.files.get("resources.toml", b""), pack.manifest.publisher)
        except PackRefused:
            continue  # a copy changed on disk is not shown as if its publisher vouched for it
        manifest = pack.manifest
        found.append(Publisher(pack_id, manifest.publisher, pack.fingerprint, manifest.version, manifest.date, entries))
    return found


def remove_publisher(store: PackStore, pack_id: str) -> bool:
    """Forget a clinic's pack (for a lost or stolen key, or a clinic the family no longer wants shown)."""
    return store.remove_resources(pack_id)
