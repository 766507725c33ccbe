"""The faults the outside fault-injection run used, applied to one file with a seeded random source."""

from __future__ import annotations

import random
from pathlib import Path

KINDS = ("flip_bit", "flip_16_bytes", "zero_4k", "truncate")


def damage(path: Path, kind: str, rng: random.Random, start: int = 0) -> str:
    """Damage `path` at or after byte `start`; returns a short description for failure messages."""
    data = bytearray(path.read_bytes())
    span = len(data) - start
    assert span > 0, "nothing to damage"
    if kind == "flip_bit":
        at = start + rng.randrange(span)
        data[at] ^= 1 << rng.randrange(8)
        what = f"bit flipped at {at}"
    elif kind == "flip_16_bytes":
        spots = sorted(start + rng.randrange(span) for _ in range(16))
        for at in spots:
            data[at] ^= 1 + rng.randrange(255)
        what = f"16 bytes changed from {spots[0]} to {spots[-1]}"
    elif kind == "zero_4k":
        at = start + rng.randrange(span)
        data[at : at + 4096] = bytes(len(data[at : at + 4096]))
        what = f"4 KiB zeroed at {at}"
    elif kind == "truncate":
        at = start + rng.randrange(span)
        del data[at:]
        what = f"cut at {at} of {len(data) + span - (at - start)}"
    else:
        raise ValueError(kind)
    path.write_bytes(bytes(data))
    return what
