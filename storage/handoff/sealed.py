"""The bundle file: a short plain header, then the compressed payload under AES-256-GCM.

    AMPARO-BUNDLE 1\n
    {"kdf": {...}, "salt": "...", "nonce": "...", "schema": N}\n
    <ciphertext of zlib(JSON payload) padded to a multiple of 64 KiB>

The header holds nothing personal (no names, counts or dates); it is authenticated as GCM's
associated data, so changing any byte of the file makes it unreadable rather than different. The
padding keeps the size from telling how many people are inside, to within 64 KiB.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from storage.errors import VaultError
from storage.handoff.code import normalize_code

MAGIC = b"AMPARO-BUNDLE 1\n"
PAD_TO = 64 * 1024
MAX_HEADER = 4096
# The same cost as a vault's key slots: the code is strong, and import is a rare, deliberate act.
KDF_TIME_COST = 4
KDF_MEMORY_KIB = 256 * 1024
KDF_LANES = 2


class BundleError(VaultError):
    """The file is not a bundle, or it was damaged or altered."""


class WrongTransferCode(BundleError):
    """The file is a sound bundle header but the code does not open it (or the body was altered)."""


class BundleTooNew(BundleError):
    """The bundle was made by a newer Amparo whose vault schema this program does not know."""

    def __init__(self, schema: int) -> None:
        super().__init__(f"bundle schema {schema}")
        self.schema = schema


@dataclass(frozen=True, slots=True)
class KdfCost:
    """Argon2id settings written into each bundle, so an older reader uses what the writer used."""

    time_cost: int = KDF_TIME_COST
    memory_kib: int = KDF_MEMORY_KIB
    lanes: int = KDF_LANES


# Tests replace this module attribute with cheap settings, as they do for the key slots.
DEFAULT_COST = KdfCost()


def _derive(code: str, salt: bytes, cost: KdfCost) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=cost.time_cost, lanes=cost.lanes,
                   memory_cost=cost.memory_kib)
    return kdf.derive(normalize_code(code).encode("utf-8"))


def seal(payload: dict[str, Any], code: str, schema: int, cost: KdfCost | None = None) -> bytes:
    """The bundle file's bytes for `payload`."""
    cost = cost or DEFAULT_COST
    salt, nonce = os.urandom(16), os.urandom(12)
    header = json.dumps({
        "kdf": {"t": cost.time_cost, "m": cost.memory_kib, "p": cost.lanes},
        "salt": base64.b64encode(salt).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "schema": schema,
    }, sort_keys=True).encode("ascii") + b"\n"
    body = zlib.compress(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8"), 9)
    framed = struct.pack(">Q", len(body)) + body
    framed += b"\0" * (-(len(framed) + 16) % PAD_TO)  # 16: the GCM tag
    sealed = AESGCM(_derive(code, salt, cost)).encrypt(nonce, framed, MAGIC + header)
    return MAGIC + header + sealed


def read_header(data: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    """The parsed header, the header's bytes (GCM's associated data) and the ciphertext."""
    if not data.startswith(MAGIC):
        raise BundleError("not an Amparo bundle")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise BundleError("bundle header damaged")
    raw = data[len(MAGIC):end + 1]
    try:
        header = json.loads(raw)
        kdf = header["kdf"]
        int(kdf["t"]), int(kdf["m"]), int(kdf["p"]), int(header["schema"])
        base64.b64decode(header["salt"], validate=True)
        base64.b64decode(header["nonce"], validate=True)
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError("bundle header damaged") from exc
    return header, MAGIC + raw, data[end + 1:]


def unseal(data: bytes, code: str, known_schema: int) -> dict[str, Any]:
    """The payload of a bundle; raises BundleError, WrongTransferCode or BundleTooNew."""
    header, associated, ciphertext = read_header(data)
    if int(header["schema"]) > known_schema:
        raise BundleTooNew(int(header["schema"]))
    kdf = header["kdf"]
    cost = KdfCost(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
    if not (1 <= cost.time_cost <= 64 and 8 * 1024 <= cost.memory_kib <= 4 * 1024 * 1024 and 1 <= cost.lanes <= 16):
        raise BundleError("bundle header damaged")
    key = _derive(code, base64.b64decode(header["salt"]), cost)
    try:
        framed = AESGCM(key).decrypt(base64.b64decode(header["nonce"]), ciphertext, associated)
    except InvalidTag:
        # A wrong code and an altered body look the same to GCM; the message says both.
        raise WrongTransferCode("wrong transfer code or altered file") from None
    (size,) = struct.unpack(">Q", framed[:8])
    try:
        payload = json.loads(zlib.decompress(framed[8:8 + size]))
    except (zlib.error, ValueError) as exc:
        raise BundleError("bundle damaged") from exc
    if not isinstance(payload, dict):
        raise BundleError("bundle damaged")
    return payload
