"""Synthetic packs for tests, signed with throwaway keys made per test run (never the project's key)."""

from __future__ import annotations

import io
import zipfile
from datetime import date

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from content.packs.archive import PackParts, read_pack_bytes, write_pack_bytes
from content.packs.build import signed_parts, unsigned_parts
from content.packs.keys import public_key_b64

GUIDE_EN = """---
id: ice-at-the-door
title: ICE at the door
summary: What to do when officers knock.
reviewed: 2026-11-30
order: 1
sources:
  - Synthetic source for tests
---
## Do not open the door

{line}
"""

GUIDE_ES = """---
id: ice-at-the-door
title: ICE en la puerta
summary: Qué hacer cuando tocan agentes.
reviewed: 2026-11-30
order: 1
sources:
  - Fuente sintética para pruebas
---
## No abra la puerta

{line}
"""

CARD = 'front_title = "{title}"\nreviewed = 2026-11-30\n'

RESOURCES = """[[resource]]
id = "rapid-response"
category = "hotline"
name = "{name}"
phone = "555-0100"
languages = ["es", "en"]
hours = "24 hours"
"""


def rights_files(line_en: str = "Talk through the door.", line_es: str = "Hable a través de la puerta.",
                 card_title: str = "Know your rights") -> dict[str, bytes]:
    return {
        "en/ice-at-the-door.md": GUIDE_EN.format(line=line_en).encode(),
        "es/ice-at-the-door.md": GUIDE_ES.format(line=line_es).encode(),
        "en/card.toml": CARD.format(title=card_title).encode(),
        "es/card.toml": CARD.format(title="Conozca sus derechos").encode(),
    }


def resources_files(name: str = "Rapid response line") -> dict[str, bytes]:
    return {"resources.toml": RESOURCES.format(name=name).encode()}


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def key_b64(key: Ed25519PrivateKey) -> str:
    return public_key_b64(key.public_key())


def make_parts(files: dict[str, bytes], key: Ed25519PrivateKey, *, kind: str = "rights", version: int = 2,
               pack_id: str = "test-pack", publisher: str = "Test publisher") -> PackParts:
    unsigned = unsigned_parts(files, pack_id=pack_id, kind=kind, version=version, day=date(2026, 11, 30),
                              languages=("en", "es"), publisher=publisher)
    return signed_parts(unsigned, key)


def make_pack(files: dict[str, bytes], key: Ed25519PrivateKey, **kwargs: object) -> bytes:
    return write_pack_bytes(make_parts(files, key, **kwargs))  # type: ignore[arg-type]


def replace_entry(pack: bytes, name: str, body: bytes) -> bytes:
    """The pack with one entry's bytes replaced and nothing else changed (no re-signing)."""
    parts = read_pack_bytes(pack)
    entries = {"manifest.toml": parts.manifest, "manifest.sig": parts.signature, **parts.files}
    entries[name] = body
    return raw_zip(entries)


def raw_zip(entries: dict[str, bytes], links: tuple[str, ...] = ()) -> bytes:
    """A ZIP with exactly these entries, names unchecked (for hostile archives)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in entries.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = (0o120777) << 16
            archive.writestr(info, body)
    return out.getvalue()


def flip_byte(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1:]
