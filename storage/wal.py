"""Checking a write-ahead log (`vault.db-wal`) before SQLite is allowed to replay it.

Amparo now writes with a rollback journal, so committed data never lives only in a journal (see
docs/reliability.md). A WAL can still be found next to a vault that an earlier Amparo left open when
it crashed. SQLite replays such a log only up to its first bad frame and silently drops the rest,
committed work included; this module reads the log's own checksums first, so that a damaged log is
reported as damage instead of opening a vault with people missing.

File format (sqlite.org/fileformat2.html, "The WAL file"): a 32-byte header (magic, version, page
size, checkpoint sequence, two salts, two checksums), then frames of a 24-byte header (page number,
database size after commit, the two salts, two checksums) and one page. Each frame's checksum
continues the one before it, so the frames of the current log form one chain.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC_LE, _MAGIC_BE = 0x377F0682, 0x377F0683
_VERSION = 3007000
_HEADER, _FRAME_HEADER = 32, 24
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def wal_problem(wal: Path) -> str | None:
    """Why the log at `wal` cannot be trusted, or None when it is absent, empty or sound.

    Sound means: a valid header, whole frames only, and every frame of the current log (the frames
    carrying the header's salts) on one unbroken checksum chain. Frames of an older log (other salts)
    are left-overs that SQLite ignores, and so do we. An unfinished transaction at the end of the
    chain is normal after a crash and is not reported (it was never acknowledged).
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return None
    if not data:
        return None
    if len(data) < _HEADER:
        return "log header cut short"
    magic, version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:_HEADER])
    if magic not in (_MAGIC_LE, _MAGIC_BE) or version != _VERSION:
        return "log header damaged"
    big_endian = magic == _MAGIC_BE
    if _checksum(data[:24], 0, 0, big_endian) != (c0, c1):
        return "log header damaged"
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return "log header damaged"
    frame = _FRAME_HEADER + page_size
    if (len(data) - _HEADER) % frame:
        return "log cut or extended in the middle of a frame"
    s0, s1 = c0, c1
    chain_open = True
    for offset in range(_HEADER, len(data), frame):
        head = data[offset : offset + _FRAME_HEADER]
        page_no, _size, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        if page_no == 0:
            return "log frame damaged"  # SQLite never writes a frame for page 0 (a zeroed block)
        current = (f_salt1, f_salt2) == (salt1, salt2)
        if not chain_open:
            if current:
                return "log frame damaged before the end of the log"
            continue
        if not current:
            chain_open = False  # the rest belongs to an older log
            continue
        s0, s1 = _checksum(head[:8], s0, s1, big_endian)
        s0, s1 = _checksum(data[offset + _FRAME_HEADER : offset + frame], s0, s1, big_endian)
        if (s0, s1) != (f0, f1):
            return "log frame damaged"
    return None
