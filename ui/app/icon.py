"""Amparo's icon for its windows, and the desktop-entry id that ties the running app to its menu entry.

The icon files are package data (`ui/icons/`, drawn by scripts/make_icons.py), found through
`content.paths.package_folder` in a source tree, an installed wheel and a frozen build alike.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from content.paths import package_folder

DESKTOP_ID = "org.amparo.Amparo"
"""Reverse-DNS id of packaging/linux/org.amparo.Amparo.desktop and its AppStream metainfo."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The icon in every size drawn, so each place (title bar, task switcher) gets a sharp one."""
    icon = QIcon()
    folder = package_folder("ui", "icons")
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"amparo-{size}.png"))
    return icon
