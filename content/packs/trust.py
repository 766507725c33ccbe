"""The keys Amparo trusts for rights packs: the project keys shipped in `content/keys/`."""

from __future__ import annotations

from content.packs.keys import read_public_key_file
from content.paths import package_folder


def project_keys() -> frozenset[str]:
    """The base64 public keys that may sign a rights pack (and the built-in content)."""
    folder = package_folder("content", "keys")
    return frozenset(read_public_key_file(p) for p in sorted(folder.glob("*.pub")))
