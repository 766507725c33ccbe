"""Amparo's entry point: with no arguments the desktop app, otherwise one command-line command.

Only argument dispatch lives here, so `python main.py --version` never loads Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] != "--gui":
        from ui.cli.main import run

        return run(args)
    from ui.app.launch import run as run_app

    return run_app(args[1:] if args else [])


def gui() -> int:
    """The `amparo-gui` entry point: always the desktop app (a windowed program has no console)."""
    return main(["--gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
