"""Where Amparo's read-only resources live, from a checkout and from a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder that holds `content/`, `locale/` and `reports/fonts/`."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def content_dir(lang: str) -> Path:
    """The guides folder of one language."""
    return resource_root() / "content" / lang


def locale_dir() -> Path:
    """The gettext catalogs folder."""
    return resource_root() / "locale"
