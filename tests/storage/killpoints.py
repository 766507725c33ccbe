"""Run a vault operation in a child process that kills itself with SIGKILL at its n-th file step.

The steps counted are the calls that make a change durable or visible: `os.replace`, `os.rename`,
`os.fsync`, `os.unlink` and `shutil.rmtree`. Killing before step 1, 2, 3, … until the operation runs
to its end visits every point between two such steps, which is where a real crash or power cut
leaves a vault (SQLite's own writes in between are covered by its journal).

The child prints "done" (and then any result line) once the operation returned.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import os, shutil, signal, sys
    from storage import keyslots
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    kill_at, operation, args = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    steps = [0]

    def counted(real):
        def step(*a, **k):
            steps[0] += 1
            if steps[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*a, **k)
        return step

    for name in ("replace", "rename", "fsync", "unlink"):
        setattr(os, name, counted(getattr(os, name)))
    shutil.rmtree = counted(shutil.rmtree)

    from storage import Vault
    from storage.rekey import reencrypt
    if operation == "create":
        Vault.create(args[0], args[1])[0].close()
        print("done", flush=True)
    elif operation == "demo":
        from datetime import date
        from storage.demo import populate
        Vault.create(args[0], args[1], fill=lambda v: populate(v, 5, seed=1, today=date(2026, 11, 30)))[0].close()
        print("done", flush=True)
    elif operation == "passwd":
        with Vault.open(args[0], args[1]) as vault:
            vault.change_passphrase(args[2])
        print("done", flush=True)
    elif operation == "reencrypt":
        with Vault.open(args[0], args[1]) as vault:
            recovery = reencrypt(vault, args[2])
        print("done", flush=True)
        print(recovery, flush=True)
    elif operation == "open":
        Vault.open(args[0], args[1]).close()
        print("done", flush=True)
    print(f"steps {steps[0]}", flush=True)
""")


def run_until(kill_at: int, operation: str, *args: str, timeout: float = 60) -> tuple[bool, list[str]]:
    """Run `operation` killed at step `kill_at`; (whether it finished, its output lines)."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(kill_at), operation, *args], cwd=ROOT, capture_output=True,
        text=True, timeout=timeout, check=False,
    )
    lines = result.stdout.split()
    finished = result.returncode == 0 and "done" in lines
    if result.returncode not in (0, -9):
        raise AssertionError(f"child failed with {result.returncode}: {result.stderr[-500:]}")
    return finished, result.stdout.splitlines()
