"""Where a command's results go: lines and tables on standard output, or a file the user named
(readable by its owner only), with the message when the disk refuses it.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ui.cli.errors import EXIT_ERROR, EXIT_USAGE, CliError


def print_lines(lines: Sequence[str]) -> None:
    sys.stdout.write("".join(line + "\n" for line in lines))


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def write_out(path: Path, data: bytes, _: Callable[[str], str]) -> None:
    """Write a file the user asked for, readable by the owner only (0600) on a shared computer."""
    from storage.atomic import atomic_write

    try:
        atomic_write(path, data)
    except OSError as exc:
        raise output_error(exc, _) from None


def output_error(exc: OSError, _: Callable[[str], str]) -> CliError:
    """What to say when a file the user asked for (--out) could not be written."""
    from storage.errors import DiskFull, disk_error

    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR):
        return CliError(EXIT_USAGE, _("{argument}: {problem}").format(
            argument="--out", problem=_("there is no folder of that name, or the name is a folder.")))
    if isinstance(disk_error(exc), DiskFull):
        return CliError(EXIT_ERROR, _("Could not write the output file: the disk is full."))
    if exc.errno == errno.EROFS:
        return CliError(EXIT_ERROR, _("Could not write the output file: the disk is read-only."))
    return CliError(EXIT_ERROR, _("Could not write the output file."))
