"""`manifest.toml`: what a pack is, who made it, and the SHA-256 of every file it holds.

The manifest is read strictly: a field this version of Amparo does not know is refused rather than
ignored, because a newer meaning it cannot check (an expiry, a key rotation) must not be skipped
silently. The signature covers the manifest's exact bytes, and the manifest covers every file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from content.i18n import N_
from content.packs.errors import PackRefused
from content.packs.keys import public_key_from_b64

KINDS: tuple[str, ...] = ("rights", "resources")
"""`rights`: guides, card, rules and resources, signed by the project. `resources`: a clinic's local list."""

FIELDS: tuple[str, ...] = ("id", "kind", "version", "date", "languages", "publisher", "publisher_key", "files")
"""Every manifest field, no more and no fewer."""

MANIFEST_NAME = "manifest.toml"
SIGNATURE_NAME = "manifest.sig"

_ID_RE = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Manifest:
    """A pack's manifest; `files` maps each data file's path to its SHA-256 (lowercase hex)."""

    id: str
    kind: str
    version: int
    date: date
    languages: tuple[str, ...]
    publisher: str
    publisher_key: str
    files: Mapping[str, str]


def parse_manifest(data: bytes, *, unsigned: bool = False) -> Manifest:
    """The manifest in `data`, or `PackRefused` naming the first problem.

    With `unsigned`, an empty publisher key is accepted: a pack built but not yet signed.
    """
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise PackRefused(N_("The pack's manifest cannot be read.")) from None
    unknown = sorted(set(raw) - set(FIELDS))
    if unknown:
        raise PackRefused(N_("The pack's manifest has a field this Amparo does not know: {field}."), field=unknown[0])
    missing = [f for f in FIELDS if f not in raw]
    if missing:
        raise PackRefused(N_("The pack's manifest lacks the field {field}."), field=missing[0])
    pack_id = _text(raw, "id")
    if not _ID_RE.match(pack_id):
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field="id")
    kind = _text(raw, "kind")
    if kind not in KINDS:
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field="kind")
    version = raw["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field="version")
    day = raw["date"]
    if not isinstance(day, date) or hasattr(day, "hour"):
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field="date")
    languages = raw["languages"]
    if (not isinstance(languages, list) or not languages
            or not all(isinstance(x, str) and _LANG_RE.match(x) for x in languages)):
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field="languages")
    publisher = _text(raw, "publisher")
    key = raw["publisher_key"]
    if not (unsigned and key == ""):
        key = _text(raw, "publisher_key")
        public_key_from_b64(key)
    files = raw["files"]
    if not isinstance(files, dict) or not all(
        isinstance(v, str) and _SHA_RE.match(v) for v in files.values()
    ):
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field="files")
    return Manifest(pack_id, kind, version, day, tuple(languages), publisher, key, dict(files))


def _text(raw: Mapping[str, Any], field: str) -> str:
    value = raw[field]
    if not isinstance(value, str) or not value.strip() or len(value) > 200 or any(c < " " for c in value):
        raise PackRefused(N_("The pack's manifest has a bad value for {field}."), field=field)
    return value


def render_manifest(manifest: Manifest) -> bytes:
    """The manifest as TOML bytes, the same bytes for the same manifest (files sorted by path)."""
    lines = [
        f"id = {_quote(manifest.id)}",
        f"kind = {_quote(manifest.kind)}",
        f"version = {manifest.version}",
        f"date = {manifest.date.isoformat()}",
        "languages = [" + ", ".join(_quote(x) for x in manifest.languages) + "]",
        f"publisher = {_quote(manifest.publisher)}",
        f"publisher_key = {_quote(manifest.publisher_key)}",
        "",
        "[files]",
    ]
    lines += [f"{_quote(path)} = {_quote(sha)}" for path, sha in sorted(manifest.files.items())]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
