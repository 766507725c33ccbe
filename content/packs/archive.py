"""The pack file: a ZIP read defensively, and written the same way every time.

A pack comes from a USB stick someone handed over, so the ZIP is treated as hostile: its size and
each file's size are capped (and checked while reading, not trusted from the header), and any entry
that is a folder, a link, encrypted, compressed in an unusual way, named twice, or named outside the
allowed paths refuses the whole pack. Nothing is ever extracted to disk from here.
"""

from __future__ import annotations

import io
import stat
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from content.i18n import N_
from content.packs.errors import PackRefused
from content.packs.layout import check_path
from content.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME

MAX_PACK_BYTES = 16 * 1024 * 1024
MAX_FILES = 500
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 32 * 1024 * 1024
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # so the same files make the same pack bytes


@dataclass(frozen=True)
class PackParts:
    """A pack's manifest and signature bytes and its data files, before anything is checked."""

    manifest: bytes
    signature: bytes
    files: Mapping[str, bytes]


def read_pack_bytes(data: bytes, *, require_signature: bool = True) -> PackParts:
    """The parts of the pack file `data`, or `PackRefused` for anything unexpected in the ZIP."""
    if len(data) > MAX_PACK_BYTES:
        raise PackRefused(N_("This file is too large to be an Amparo pack."))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise PackRefused(N_("This file is not an Amparo pack (it is not a pack archive).")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_FILES + 2:
            raise PackRefused(N_("This pack holds too many files."))
        contents: dict[str, bytes] = {}
        total = 0
        for info in infos:
            name = info.filename
            if name not in (MANIFEST_NAME, SIGNATURE_NAME):
                check_path(name)
            file_type = stat.S_IFMT(info.external_attr >> 16)  # 0 when the tool recorded none
            if info.is_dir() or (file_type and file_type != stat.S_IFREG):
                raise PackRefused(N_("The pack holds a link or folder entry, which is not allowed: {path}"), path=name)
            if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackRefused(N_("The pack holds a file stored in a way Amparo does not read: {path}"), path=name)
            if name in contents:
                raise PackRefused(N_("The pack holds the file {path} twice."), path=name)
            body = _read_capped(archive, info)
            total += len(body)
            if total > MAX_TOTAL_BYTES:
                raise PackRefused(N_("This file is too large to be an Amparo pack."))
            contents[name] = body
    manifest = contents.pop(MANIFEST_NAME, None)
    signature = contents.pop(SIGNATURE_NAME, None)
    if manifest is None:
        raise PackRefused(N_("This pack has no manifest."))
    if signature is None and require_signature:
        raise PackRefused(N_("This pack is not signed."))
    return PackParts(manifest, signature or b"", contents)


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_FILE_BYTES:
        raise PackRefused(N_("The file {path} in the pack is too large."), path=info.filename)
    try:
        with archive.open(info) as handle:
            body = handle.read(MAX_FILE_BYTES + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise PackRefused(N_("The pack is damaged: {path} cannot be read."), path=info.filename) from None
    if len(body) > MAX_FILE_BYTES:
        raise PackRefused(N_("The file {path} in the pack is too large."), path=info.filename)
    return body


def write_pack_bytes(parts: PackParts) -> bytes:
    """The pack file for `parts`: manifest first, signature, then the data files in path order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [(MANIFEST_NAME, parts.manifest)]
        if parts.signature:
            entries.append((SIGNATURE_NAME, parts.signature))
        entries += sorted(parts.files.items())
        for name, body in entries:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, body)
    return out.getvalue()


def is_data_file(relative: Path) -> bool:
    """Whether a file found in a content folder is data a manifest must list (not code or keys)."""
    parts = relative.parts
    if "__pycache__" in parts or (parts and parts[0] == "keys"):
        return False
    if relative.name in (MANIFEST_NAME, SIGNATURE_NAME):
        return False
    return relative.suffix not in (".py", ".pyc", ".pyi", ".typed")


def read_folder(folder: Path) -> PackParts:
    """The parts of a pack kept as a folder (the built-in `content/`, an imported pack's copy).

    Every data file in the folder is read, listed or not, so that a file added without signing is
    noticed.
    """
    try:
        manifest = (folder / MANIFEST_NAME).read_bytes()
        signature = (folder / SIGNATURE_NAME).read_bytes()
    except OSError:
        raise PackRefused(N_("The rights information has no signed manifest.")) from None
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if path.is_file() and is_data_file(relative):
            name = relative.as_posix()
            check_path(name)
            try:
                files[name] = path.read_bytes()
            except OSError:
                raise PackRefused(N_("The pack is damaged: {path} cannot be read."), path=name) from None
    return PackParts(manifest, signature, files)
