"""House style is checked, not hoped for: ruff over the tree and mypy --strict over domain/ and storage/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False,
                          timeout=600)


def test_ruff_is_clean() -> None:
    result = run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout[-3000:]


def test_mypy_strict_on_domain_and_storage() -> None:
    result = run("mypy", "--no-incremental")  # files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout[-3000:]
