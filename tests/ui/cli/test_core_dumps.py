"""The command line cannot leave a core dump: a CLI process that aborts mid-command writes no core file."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and prctl (Linux)")


def core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit line")


def allow_cores() -> None:
    """In the child before exec: the most a user could allow, so only Amparo itself can turn cores off."""
    _, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def test_an_aborted_cli_command_leaves_no_core(tmp_path: Path) -> None:
    # `summary` waits for the passphrase on standard input: the process is alive in the middle of a
    # command when it is aborted, as in the reported crash.
    with subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "summary", str(tmp_path / "V.amparo"), "--person", "1",
         "--out", str(tmp_path / "s.pdf"), "--passphrase-stdin"],
        cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=allow_cores,
    ) as child:
        try:
            deadline = time.monotonic() + 30
            while core_limit(child.pid) != "0 0":
                assert child.poll() is None, "the command ended before it was aborted"
                assert time.monotonic() < deadline, f"core limit still {core_limit(child.pid)}"
                time.sleep(0.02)
            child.send_signal(signal.SIGABRT)
            assert child.wait(timeout=30) == -signal.SIGABRT
        finally:
            if child.poll() is None:
                child.kill()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_the_process_is_not_dumpable_after_a_command() -> None:
    probe = ("import main; main.main(['--version']); from ui.privacy.no_core_dumps import is_dumpable; "
             "print(is_dumpable())")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=allow_cores)
    assert result.stdout.splitlines() == ["amparo 0.1.0", "False"]
