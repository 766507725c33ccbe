"""The language preference (the only setting outside a vault) and the vault list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storage.atomic import atomic_write
from ui.app.prefs import Prefs


def test_default_language_and_round_trip(tmp_path: Path) -> None:
    prefs = Prefs(tmp_path / "c", tmp_path / "d")
    assert prefs.language() == "es"
    prefs.save_language("en")
    assert prefs.language() == "en"
    file = tmp_path / "c" / "prefs.json"
    assert json.loads(file.read_text()) == {"language": "en"}
    assert file.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in (tmp_path / "c").iterdir()] == ["prefs.json"]  # no temp file left


def test_unreadable_or_odd_file_falls_back(tmp_path: Path) -> None:
    prefs = Prefs(tmp_path, tmp_path)
    (tmp_path / "prefs.json").write_text("{not json")
    assert prefs.language() == "es"
    (tmp_path / "prefs.json").write_text('{"language": "fr"}')
    assert prefs.language() == "es"
    with pytest.raises(ValueError):
        prefs.save_language("fr")


def test_vault_list_is_names_of_amparo_folders(tmp_path: Path) -> None:
    prefs = Prefs(tmp_path / "c", tmp_path / "d")
    assert prefs.vault_names() == []
    folder = prefs.ensure_vaults_dir()
    assert folder == tmp_path / "d" / "vaults"
    assert folder.stat().st_mode & 0o777 == 0o700
    for name in ("b notas.amparo", "Álbum.amparo", "otra cosa"):
        (folder / name).mkdir()
    (folder / "file.amparo").write_text("")
    assert prefs.vault_names() == ["Álbum", "b notas"]
    assert prefs.vault_path("Álbum") == folder / "Álbum.amparo"


def test_atomic_write_replaces(tmp_path: Path) -> None:
    target = tmp_path / "x.json"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]
