"""Keep the process's memory out of crash files; used by both the app and the command line.

A core dump of Amparo holds the vault key and decrypted rows (a SIGABRT during `summary` once left a
65 MB core with names, an A-number and a phone number). Qt-free, so the command line can use it.

What is covered, by platform:
- POSIX (Linux, macOS, the BSDs): `RLIMIT_CORE` soft and hard limits set to 0, so the kernel writes no
  core file and the process cannot raise the limit again.
- Linux: also `prctl(PR_SET_DUMPABLE, 0)`. A `core_pattern` that pipes to a collector
  (systemd-coredump, apport) ignores `RLIMIT_CORE`; a non-dumpable process is not dumped at all, and
  other processes of the same user can no longer attach a debugger or read `/proc/PID/mem`.
- Windows: `SetErrorMode` with no fault dialog, so Windows Error Reporting does not offer to send
  a report with memory. A local-dump policy an administrator set in the registry (`LocalDumps`) can
  still collect a dump; Amparo does not change machine-wide settings.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
# SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
_WINDOWS_ERROR_MODE = 0x0001 | 0x0002 | 0x8000


def _no_core_file() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c") or "libc.so.6"
    try:
        return ctypes.CDLL(name, use_errno=True)
    except OSError:
        return None


def _not_dumpable() -> bool:
    """Linux only: the process is marked non-dumpable (no core through any `core_pattern`)."""
    if not sys.platform.startswith("linux"):
        return False
    libc = _libc()
    return libc is not None and libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0


def is_dumpable() -> bool | None:
    """Linux: whether the process may still be dumped; None where the question has no answer."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _no_error_reporting() -> bool:
    if sys.platform != "win32":
        return False
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    kernel32.SetErrorMode(_WINDOWS_ERROR_MODE)
    return True


def disable_core_dumps() -> bool:
    """Forbid crash dumps of this process as far as the platform allows; True when one measure took."""
    results = [_no_core_file(), _not_dumpable(), _no_error_reporting()]
    return any(results)
