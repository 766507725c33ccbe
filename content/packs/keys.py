"""Ed25519 keys of pack publishers: making, saving, loading, signing, checking and fingerprints.

A public key travels as base64 of its 32 raw bytes (in a pack's manifest, in `content/keys/*.pub`).
People compare keys by fingerprint: the SHA-256 of the raw public key, shown as groups of four
characters, short enough to read aloud over the phone or check against a printed sheet.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from content.i18n import N_
from content.packs.errors import PackRefused

FINGERPRINT_GROUPS = 8
"""How many groups of four hex characters a shown fingerprint has (128 bits of the SHA-256)."""


def new_private_key() -> Ed25519PrivateKey:
    """A fresh signing key."""
    return Ed25519PrivateKey.generate()


def private_key_pem(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """The key as PKCS#8 PEM, encrypted with `passphrase` when one is given."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def load_private_key(data: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    """A signing key from PEM bytes; refused when it is not an Ed25519 key or the passphrase is wrong."""
    try:
        key = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if passphrase else None
        )
    except TypeError:
        # cryptography says TypeError both for "needs a passphrase" and "was given one it does not need".
        if passphrase:
            raise PackRefused(N_("This key file is not encrypted; do not give a passphrase.")) from None
        raise PackRefused(N_("This key file is encrypted: give its passphrase.")) from None
    except (ValueError, UnsupportedAlgorithm):
        raise PackRefused(N_("This is not a signing key file, or the passphrase is wrong.")) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackRefused(N_("This key file does not hold an Ed25519 signing key."))
    return key


def is_encrypted_pem(data: bytes) -> bool:
    """Whether PEM bytes hold an encrypted private key (so a passphrase must be asked for)."""
    return b"ENCRYPTED" in data.split(b"\n", 1)[0]


def public_key_b64(key: Ed25519PublicKey) -> str:
    """The raw public key in base64, as a manifest and a `.pub` file hold it."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    """A public key from base64 of its 32 raw bytes; refused with a reason otherwise."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise PackRefused(N_("The publisher key in this pack is not a valid Ed25519 public key.")) from None


def fingerprint(public_b64: str) -> str:
    """The key's fingerprint as people compare it: "3F2A 9C01 …" (SHA-256 of the raw key)."""
    raw = public_key_from_b64(public_b64).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 4 * FINGERPRINT_GROUPS, 4))


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The Ed25519 signature of `data`."""
    return key.sign(data)


def signature_valid(public_b64: str, data: bytes, signature: bytes) -> bool:
    """Whether `signature` is the publisher's signature over exactly `data`."""
    try:
        public_key_from_b64(public_b64).verify(signature, data)
    except InvalidSignature:
        return False
    return True


def read_public_key_file(path: Path) -> str:
    """The base64 public key in a `.pub` file (one line)."""
    text = path.read_text(encoding="ascii").strip()
    public_key_from_b64(text)
    return text
