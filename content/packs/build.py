"""Making a pack: gather a folder's data files, write the manifest, sign it.

`pack build` writes an unsigned pack (its publisher key left empty) so that the signing can happen on
another, offline computer; `pack sign` fills in the key, signs the exact manifest bytes, and checks
the result as an importer would before writing it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from content.i18n import N_
from content.packs.archive import MAX_FILE_BYTES, PackParts, is_data_file, read_pack_bytes
from content.packs.errors import PackRefused
from content.packs.keys import public_key_b64, sign
from content.packs.layout import check_kind_may_hold, check_path
from content.packs.manifest import Manifest, parse_manifest, render_manifest
from content.packs.safety import check_data_file
from content.packs.verify import file_hashes

UNSIGNED_KEY = ""


def gather_folder(folder: Path) -> dict[str, bytes]:
    """The data files under `folder` by pack path; refused if one is not an allowed data file."""
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_symlink():
            raise PackRefused(N_("The pack holds a link or folder entry, which is not allowed: {path}"),
                              path=relative.as_posix())
        if not path.is_file() or not is_data_file(relative):
            continue
        name = relative.as_posix()
        check_path(name)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PackRefused(N_("The file {path} in the pack is too large."), path=name)
        files[name] = path.read_bytes()
    if not files:
        raise PackRefused(N_("There are no .md or .toml data files in that folder."))
    return files


def unsigned_parts(files: dict[str, bytes], *, pack_id: str, kind: str, version: int, day: date,
                   languages: tuple[str, ...], publisher: str) -> PackParts:
    """A pack of `files` with a manifest not yet signed; every file is checked as an importer would."""
    for path, body in sorted(files.items()):
        check_kind_may_hold(kind, path)
        check_data_file(path, body)
    manifest = Manifest(pack_id, kind, version, day, languages, publisher, UNSIGNED_KEY, file_hashes(files))
    return PackParts(render_manifest(manifest), b"", files)


def signed_parts(parts: PackParts, key: Ed25519PrivateKey) -> PackParts:
    """`parts` with this key as publisher key and the manifest signed."""
    manifest = _manifest_with_key(parts.manifest, public_key_b64(key.public_key()))
    body = render_manifest(manifest)
    return PackParts(body, sign(key, body), parts.files)


def _manifest_with_key(data: bytes, key_b64: str) -> Manifest:
    return replace(parse_manifest(data, unsigned=True), publisher_key=key_b64)


def read_unsigned(data: bytes) -> PackParts:
    """A pack file's parts whether or not it is signed yet (for `pack sign`)."""
    return read_pack_bytes(data, require_signature=False)
