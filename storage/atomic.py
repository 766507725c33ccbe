"""Durable, private file writes: temp file in the same folder, fsync, `os.replace`, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where the OS cannot open folders)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) readable by the owner only."""
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, PRIVATE_DIR)


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A private temp file beside `path` to fill; it replaces `path` when the block ends without error.

    The temp file gets a random name created exclusively (`mkstemp`, O_EXCL) in the same folder, so
    the final rename stays on one file system; in a folder others can write to (a shared Documents, a
    USB stick, /tmp) a link planted under a predictable name cannot redirect the data. The block must
    flush and fsync what it writes; the rename is then made durable by an fsync of the folder. On an
    error the temp file is removed and `path` is left as it was.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # mkstemp already creates 0600; chmod again where a umask or an ACL default could widen it.
        with contextlib.suppress(OSError):
            os.chmod(tmp, PRIVATE_FILE)
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, owner-only (0600): a crash leaves the old file or the new one, never a mix."""
    with replacing(path) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
