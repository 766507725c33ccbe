"""The wheel carries every package and every data folder, and resources are found the installed way."""

from __future__ import annotations

import tomllib
from pathlib import Path

from content.paths import content_dir, fonts_dir, locale_dir

ROOT = Path(__file__).resolve().parent.parent
CODE_ROOTS = ("domain", "storage", "reports", "ui", "content")


def configured_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_code_package_is_in_the_wheel() -> None:
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for root in CODE_ROOTS
        for init in (ROOT / root).rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found - configured_packages() == set()


def test_every_data_folder_is_in_the_wheel() -> None:
    packages = configured_packages()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    configured_data = data["tool"]["setuptools"]["package-data"]
    for folder in ("content.en", "content.es", "reports.fonts", "amparo_locale.es.LC_MESSAGES"):
        assert folder in packages and configured_data[folder]
    suffixes = {p.suffix for lang in ("en", "es") for p in content_dir(lang).iterdir() if p.is_file()}
    assert suffixes <= {".md", ".toml"}, "a new kind of content file needs a package-data pattern"
    # The rule table, the resource directory and the built-in pack's signed manifest sit in content/
    # itself, beside the code; the project's public key in content/keys/.
    assert configured_data["content"] == ["*.toml", "manifest.sig"]
    assert configured_data["content.keys"] == ["*.pub"] and "content.keys" in packages
    assert {p.name for p in (ROOT / "content").glob("*.toml")} == {"rules.toml", "resources.toml", "manifest.toml"}
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for name in ('"rules.toml"', '"resources.toml"', '"manifest.toml"', '"manifest.sig"', '"keys"'):
        assert name in spec, name


def test_resources_are_found() -> None:
    assert (content_dir("es") / "card.toml").is_file()
    assert (fonts_dir() / "DejaVuSans.ttf").is_file()
    assert (locale_dir() / "es" / "LC_MESSAGES" / "messages.mo").is_file()


def test_one_version_from_the_package_metadata() -> None:
    from importlib import metadata

    from ui.cli.main import VERSION

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert VERSION == metadata.version("amparo") == config["project"]["version"]
