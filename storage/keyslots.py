"""The key file `vault.key`: key slots that wrap the vault's random data key.

Each slot wraps the 256-bit data key with AES-256-GCM under a key derived by Argon2id from a secret
(the passphrase, normalised to NFC, or the recovery key). Because the file carries a SHA-256 digest
of its own contents, a damaged file is told apart from a wrong passphrase: a digest mismatch means
damage, while a good digest with a failed GCM tag means the secret is wrong.

Why a key file at all: a wrong passphrase is rejected without opening the database, changing the
passphrase rewrites only this small file (atomically), and the recovery key is a second slot.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from storage.atomic import atomic_write
from storage.errors import KeyFileDamaged, VaultTooNew, WrongPassphrase

KEY_FILE_FORMAT = "amparo-vault-key"
# Version 1: the database is keyed with the 32 key bytes taken as a passphrase (SQLCipher runs PBKDF2
# on them). Version 2: the database is keyed with the raw key, `PRAGMA key = "x'<hex>'"` (DESIGN §3).
# A version-1 file is migrated to version 2 on the next open that may write; an older Amparo then
# answers "made by a newer Amparo" instead of failing to read the database.
LEGACY_KEY_FILE_VERSION = 1
KEY_FILE_VERSION = 2
_SLOT_AAD_VERSION = 1  # part of every slot's authenticated data: fixed, or existing slots stop opening
DATA_KEY_BYTES = 32
PASSPHRASE_SLOT = "passphrase"  # noqa: S105 (a slot name, not a secret)
RECOVERY_SLOT = "recovery"
_RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: easy to read aloud and type
_RECOVERY_GROUPS = 8
_RECOVERY_GROUP_LEN = 5


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost settings, stored in each slot so old vaults keep opening if defaults change."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict[str, int]:
        return {"time_cost": self.time_cost, "memory_kib": self.memory_kib, "parallelism": self.parallelism}


# 256 MiB and 4 passes take about 0.5 s on the reference 2-core machine (DESIGN §3 asks for
# at least 64 MiB and 0.5–1 s). Tests replace this module attribute with cheap settings.
DEFAULT_KDF = KdfParams(time_cost=4, memory_kib=256 * 1024, parallelism=2)
MIN_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on different keyboards gives the same key.

    Nothing else is changed: spaces (including trailing ones) are part of the passphrase.
    """
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def new_recovery_key() -> str:
    """A random recovery key: 40 characters of a 30-letter alphabet (about 196 bits), in groups."""
    chars = [secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_GROUPS * _RECOVERY_GROUP_LEN)]
    groups = ["".join(chars[i : i + _RECOVERY_GROUP_LEN]) for i in range(0, len(chars), _RECOVERY_GROUP_LEN)]
    return "-".join(groups)


def normalize_recovery_key(text: str) -> bytes:
    """Accept the recovery key typed in any case, with or without spaces and dashes."""
    folded = unicodedata.normalize("NFKC", text).upper()
    kept = "".join(ch for ch in folded if ch.isalnum())
    return kept.encode("ascii", "ignore")


def _derive(secret: bytes, salt: bytes, kdf: KdfParams) -> bytes:
    # RFC 9106 Argon2id, version 0x13, no secret key or associated data: the same keys argon2-cffi
    # derived for every vault made before (tests/storage/test_kdf.py).
    argon2 = Argon2id(salt=salt, length=DATA_KEY_BYTES, iterations=kdf.time_cost, lanes=kdf.parallelism,
                      memory_cost=kdf.memory_kib)
    return argon2.derive(secret)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged("key file field is not text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise KeyFileDamaged("key file field is not base64") from exc


def _aad(kind: str) -> bytes:
    return f"{KEY_FILE_FORMAT}/{_SLOT_AAD_VERSION}/{kind}".encode("ascii")


def key_id(data_key: bytes) -> str:
    """A short public name for a data key, so that the slots of one key are told from another's.

    Set while a re-encryption is under way, when the key file holds slots of the old and the new key.
    A truncated SHA-256 of a random 256-bit key reveals nothing about it.
    """
    return hashlib.sha256(b"amparo key id\0" + data_key).hexdigest()[:16]


def make_slot(kind: str, secret: bytes, data_key: bytes, kdf: KdfParams) -> dict[str, Any]:
    """Wrap `data_key` under `secret` as a new slot of `kind`."""
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, data_key, _aad(kind))
    return {"kind": kind, "kdf": "argon2id", **kdf.to_json(), "salt": _b64(salt), "nonce": _b64(nonce),
            "wrapped": _b64(wrapped), "key_id": key_id(data_key)}


def _digest(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


@dataclass(frozen=True)
class KeyFile:
    """A decoded key file: its format version (which says how the database is keyed) and its slots."""

    version: int
    slots: list[dict[str, Any]]

    @property
    def raw_database_key(self) -> bool:
        """Whether the database is keyed with the raw key (version 2) rather than the legacy form."""
        return self.version >= KEY_FILE_VERSION


def encode_key_file(slots: list[dict[str, Any]], version: int = KEY_FILE_VERSION) -> bytes:
    """The bytes of a key file holding `slots`."""
    body: dict[str, Any] = {"format": KEY_FILE_FORMAT, "version": version, "slots": slots}
    if version >= KEY_FILE_VERSION:
        body["database_key"] = "raw"  # for a person reading the file: PRAGMA key = "x'<hex>'"
    return (json.dumps({**body, "sha256": _digest(body)}, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write_key_file(path: Path, slots: list[dict[str, Any]], version: int = KEY_FILE_VERSION) -> None:
    """Atomically replace the key file (0600)."""
    atomic_write(path, encode_key_file(slots, version))


def read_key_file(path: Path) -> list[dict[str, Any]]:
    """The slots of a key file, or VaultDamaged / VaultTooNew. Never modifies the file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileDamaged("key file missing") from exc
    except OSError as exc:
        raise KeyFileDamaged("key file unreadable") from exc
    return decode_key_file(raw)


def load_key_file(path: Path) -> KeyFile:
    """The key file at `path` with its version, or KeyFileDamaged / VaultTooNew. Never modifies it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyFileDamaged("key file missing or unreadable") from exc
    return decode_key_file_full(raw)


def decode_key_file(raw: bytes) -> list[dict[str, Any]]:
    """The slots of key-file bytes, or KeyFileDamaged / VaultTooNew."""
    return decode_key_file_full(raw).slots


def decode_key_file_full(raw: bytes) -> KeyFile:
    """Key-file bytes decoded, or KeyFileDamaged / VaultTooNew.

    The digest is checked before the version: a version field damaged on disk (1 becoming 3) is
    damage to repair from the spare, not a vault "from a newer Amparo". A newer Amparo keeps the same
    digest, so a well-formed file with a higher version is told apart.
    """
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileDamaged("key file is not valid JSON") from exc
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise KeyFileDamaged("not an Amparo key file")
    stored = doc.pop("sha256", None)
    if not isinstance(stored, str) or not hmac.compare_digest(stored, _digest(doc)):
        raise KeyFileDamaged("key file digest mismatch")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < LEGACY_KEY_FILE_VERSION:
        raise KeyFileDamaged("key file version invalid")
    if version > KEY_FILE_VERSION:
        raise VaultTooNew("key file from a newer version")
    slots = doc.get("slots")
    if not isinstance(slots, list) or not all(isinstance(s, dict) for s in slots):
        raise KeyFileDamaged("key file has no slots")
    return KeyFile(version, slots)


def _slot_kdf(slot: dict[str, Any]) -> KdfParams:
    try:
        kdf = KdfParams(int(slot["time_cost"]), int(slot["memory_kib"]), int(slot["parallelism"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise KeyFileDamaged("key slot settings missing") from exc
    if slot.get("kdf") != "argon2id" or kdf.time_cost < 1 or kdf.parallelism < 1 or kdf.memory_kib < 8:
        raise KeyFileDamaged("key slot settings invalid")
    if kdf.memory_kib > 4 * 1024 * 1024 or kdf.time_cost > 64 or kdf.parallelism > 64:
        # Refuse absurd costs that a tampered file could use to exhaust memory.
        raise KeyFileDamaged("key slot settings out of range")
    return kdf


def unwrap(slots: list[dict[str, Any]], kind: str, secret: bytes) -> bytes:
    """The data key from the slot of `kind`, or WrongPassphrase when `secret` does not fit."""
    return unwrap_all(slots, kind, secret)[0]


def unwrap_all(slots: list[dict[str, Any]], kind: str, secret: bytes) -> list[bytes]:
    """Every data key that `secret` unwraps from slots of `kind` (more than one only while a
    re-encryption is unfinished), or WrongPassphrase when it fits none."""
    matching = [s for s in slots if s.get("kind") == kind]
    if not matching:
        raise KeyFileDamaged(f"no {kind} slot")
    keys: list[bytes] = []
    for slot in matching:
        kdf = _slot_kdf(slot)
        salt, nonce, wrapped = _unb64(slot.get("salt")), _unb64(slot.get("nonce")), _unb64(slot.get("wrapped"))
        if len(salt) < 16 or len(nonce) != 12 or len(wrapped) != DATA_KEY_BYTES + 16:
            raise KeyFileDamaged("key slot has wrong sizes")
        try:
            key = AESGCM(_derive(secret, salt, kdf)).decrypt(nonce, wrapped, _aad(kind))
        except InvalidTag:
            continue
        if key not in keys:
            keys.append(key)
    if not keys:
        raise WrongPassphrase(kind)
    return keys


def slot_key_id(slot: dict[str, Any]) -> str | None:
    """The `key_id` a slot carries (slots written before re-encryption existed carry none)."""
    value = slot.get("key_id")
    return value if isinstance(value, str) else None
