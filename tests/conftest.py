"""Fixtures shared by every test: offscreen Qt, cheap Argon2, temporary vaults and a fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from content.rule_loader import install_builtin_rules
from domain.clock import FakeClock
from storage import Vault, keyslots
from storage.handoff import sealed

PASSPHRASE = "correct horse battery"

# As main.py does at start: the engine reads the built-in rule files (content/rules.toml) on first use.
install_builtin_rules()


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> keyslots.KdfParams:
    """Argon2id at the smallest settings: vault tests create many vaults and must stay quick."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", keyslots.MIN_KDF)
    monkeypatch.setattr(sealed, "DEFAULT_COST", sealed.KdfCost(time_cost=1, memory_kib=8 * 1024, lanes=1))
    return keyslots.MIN_KDF


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    """A path for a new vault folder (not created yet)."""
    return tmp_path / "Prueba.amparo"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, open vault with passphrase PASSPHRASE, closed after the test."""
    created, _recovery = Vault.create(vault_path, PASSPHRASE)
    yield created
    created.close()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()
