"""Desktop integration: the icon ships and loads, the .desktop file and metainfo agree, the GUI entry point."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from content.paths import package_folder
from ui.app.icon import DESKTOP_ID, ICON_SIZES, app_icon

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_icon_files_ship_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert "ui.icons" in setuptools["packages"]
    patterns = setuptools["package-data"]["ui.icons"]
    folder = package_folder("ui", "icons")
    shipped = {p.name for p in folder.iterdir() if any(p.match(pattern) for pattern in patterns)}
    assert {f"amparo-{size}.png" for size in ICON_SIZES} | {"amparo.svg", "amparo.ico"} <= shipped


def test_the_window_icon_has_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)


def test_the_application_gets_the_icon_and_desktop_id(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.app.launch import make_application

    app = make_application([])
    assert not app.windowIcon().isNull()
    assert app.desktopFileName() == DESKTOP_ID


def test_desktop_entry_starts_the_windowed_program() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "amparo-gui" and section["Icon"] == DESKTOP_ID
    assert section["Terminal"] == "false"
    assert section["Name"] == "Amparo" and section["Comment[es]"]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["gui-scripts"]["amparo-gui"] == "main:gui"
    assert config["project"]["scripts"]["amparo"] == "main:main"


def test_metainfo_names_the_same_application() -> None:
    tree = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml")
    component = tree.getroot()
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    versions = [r.get("version") for r in component.iter("release")]
    assert versions[0] == config["project"]["version"]
    langs = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in component.iter("summary")}
    assert langs == {None, "es"}


def test_gui_entry_point_always_opens_the_desktop_app(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sys

    import main
    import ui.app.launch

    seen: list[list[str]] = []
    monkeypatch.setattr(ui.app.launch, "run", lambda argv: seen.append(argv) or 0)
    monkeypatch.setattr(sys, "argv", ["amparo-gui"])
    assert main.gui() == 0
    assert seen == [[]]
