"""Files written on request (PDFs, backups copied out) are created 0600 whatever the umask."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from ui.cli.main import run


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The usual umask that makes new files 0644 (world-readable)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def cli(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    return run(list(args))


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "V.amparo"
    assert cli(monkeypatch, "demo", str(path), "--people", "3", "--passphrase-stdin") == 0
    return path


@pytest.mark.usefixtures("open_umask")
def test_summary_pdf_is_0600(vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "summary.pdf"
    assert cli(monkeypatch, "summary", str(vault), "--person", "1", "--out", str(out), "--passphrase-stdin") == 0
    assert out.read_bytes().startswith(b"%PDF") and mode(out) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_card_pdf_is_0600_and_replaces_a_world_readable_file(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "card.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)
    assert cli(monkeypatch, "card", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF") and mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.pdf"]


@pytest.mark.usefixtures("open_umask")
def test_backup_out_is_0600(vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "copy.bak"
    assert cli(monkeypatch, "backup", str(vault), "--out", str(out), "--passphrase-stdin") == 0
    assert out.stat().st_size > 0 and mode(out) == 0o600


def test_an_output_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(monkeypatch, "card", "--out", str(tmp_path / "missing" / "card.pdf"), "--lang", "es") == 2
    assert capsys.readouterr().err.startswith("amparo: --out: no hay ninguna carpeta")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("open_umask")
def test_a_link_planted_at_a_predictable_temp_name_is_not_followed(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    trap = tmp_path / "readable-by-others"
    for name in (".card.pdf.tmp", "card.pdf.tmp", ".card.pdf"):
        (tmp_path / name).symlink_to(trap)
    out = tmp_path / "card.pdf"
    assert cli(monkeypatch, "card", "--out", str(out)) == 0
    assert not trap.exists()
    assert not out.is_symlink() and out.read_bytes().startswith(b"%PDF") and mode(out) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == [".card.pdf", ".card.pdf.tmp", "card.pdf", "card.pdf.tmp"]
