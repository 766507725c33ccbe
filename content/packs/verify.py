"""Checking a pack before anything of it is shown: signature, trust, file list, paths and data only.

The order matters: the signature is checked over the manifest's exact bytes before any data file is
looked at, then every file is compared with the manifest's SHA-256, with nothing missing and nothing
extra. Trust is a parameter, so tests use throwaway keys and the project's private key never has to
exist anywhere but with its keeper.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from content.i18n import N_
from content.packs.archive import PackParts, read_pack_bytes
from content.packs.errors import PackRefused
from content.packs.keys import fingerprint, signature_valid
from content.packs.layout import check_kind_may_hold, check_path
from content.packs.local_resources import parse_resources
from content.packs.manifest import Manifest, parse_manifest
from content.packs.safety import check_data_file


@dataclass(frozen=True)
class VerifiedPack:
    """A pack whose signature, files and contents passed every check."""

    manifest: Manifest
    parts: PackParts

    @property
    def files(self) -> Mapping[str, bytes]:
        return self.parts.files

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.manifest.publisher_key)


def verify_parts(parts: PackParts, project_keys: frozenset[str], *, deep: bool = True) -> VerifiedPack:
    """Check `parts`; a `rights` pack must be signed by one of `project_keys` (base64 public keys).

    A `resources` pack is signed by its own publisher's key, which the person importing it confirms
    by fingerprint; it may hold resources files only. Without `deep`, the data-only checks (already
    passed when the pack was imported or signed) are skipped: signature, file list and hashes remain.
    """
    manifest = parse_manifest(parts.manifest)
    if not signature_valid(manifest.publisher_key, parts.manifest, parts.signature):
        raise PackRefused(N_("The pack's signature does not match: it was changed after it was signed, "
                             "or it was signed with another key."))
    if manifest.kind == "rights" and manifest.publisher_key not in project_keys:
        raise PackRefused(N_("This rights pack is not signed by the Amparo project's key, so it cannot change "
                             "guides, the card or rules."))
    missing = sorted(set(manifest.files) - set(parts.files))
    if missing:
        raise PackRefused(N_("The pack lacks the file {path} that its manifest lists."), path=missing[0])
    extra = sorted(set(parts.files) - set(manifest.files))
    if extra:
        raise PackRefused(N_("The pack holds the file {path} that its manifest does not list."), path=extra[0])
    for path, body in sorted(parts.files.items()):
        check_path(path)
        if hashlib.sha256(body).hexdigest() != manifest.files[path]:
            raise PackRefused(N_("The file {path} in the pack was changed after the pack was signed."), path=path)
        check_kind_may_hold(manifest.kind, path)
        if deep:
            check_data_file(path, body)
    if manifest.kind == "resources":
        if "resources.toml" not in parts.files:
            raise PackRefused(N_("This local pack holds no resources.toml, so it has nothing to add."))
        if deep:
            parse_resources(parts.files["resources.toml"])
    return VerifiedPack(manifest, parts)


def verify_pack_bytes(data: bytes, project_keys: frozenset[str]) -> VerifiedPack:
    """Read and check the pack file `data`."""
    return verify_parts(read_pack_bytes(data), project_keys)


def file_hashes(files: Mapping[str, bytes]) -> dict[str, str]:
    """The manifest's files table for `files`."""
    return {path: hashlib.sha256(body).hexdigest() for path, body in files.items()}
