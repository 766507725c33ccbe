"""One writer per vault: a second writer waits or is told the vault is busy, and every acknowledged
passphrase change works — also after a later repair from the spare key file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from domain.models import Person
from storage import Vault, VaultBusy, WrongPassphrase
from storage.vault_folder import ACCESS_READ, BACKUP_DIR, KEY_NAME
from storage.writer_lock import WriterLock
from tests.conftest import PASSPHRASE
from tests.storage.killpoints import ROOT, run_until


@pytest.fixture
def closed(vault_path: Path) -> Path:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault:
        vault.people.add(Person("Ana", "Ruiz Soto"))
    return vault_path


def test_a_second_writer_is_told_the_vault_is_busy(closed: Path) -> None:
    with Vault.open(closed, PASSPHRASE):
        with pytest.raises(VaultBusy):
            Vault.open(closed, PASSPHRASE)
        # A reading command still reads, and cannot write.
        with Vault.open(closed, PASSPHRASE, access=ACCESS_READ) as reader:
            assert reader.read_only and reader.people.count() == 1
            with pytest.raises(VaultBusy):
                reader.change_passphrase("otra frase larga")
    Vault.open(closed, PASSPHRASE).close()  # released on close


def test_the_lock_is_released_when_its_holder_is_killed(closed: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom pathlib import Path\n"
         "from storage.writer_lock import WriterLock\nWriterLock.acquire(Path(sys.argv[1]))\n"
         "print('held', flush=True)\ntime.sleep(600)", str(closed)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            with pytest.raises(VaultBusy):
                WriterLock.acquire(closed)
        finally:
            holder.kill()
            holder.wait()
    WriterLock.acquire(closed, timeout=5).release()


PASSWD = ("import sys\nfrom storage import keyslots\nkeyslots.DEFAULT_KDF = keyslots.MIN_KDF\n"
          "from ui.cli.main import run\nsys.exit(run(sys.argv[1:]))")


@pytest.mark.parametrize("round_", range(3))
def test_two_passwd_at_once_only_acknowledged_changes(closed: Path, round_: int) -> None:
    """The issue's race, three rounds: two processes change the passphrase at the same moment."""
    current = PASSPHRASE
    news = [f"nueva frase {round_} uno", f"nueva frase {round_} dos"]
    children = [
        subprocess.Popen([sys.executable, "-c", PASSWD, "passwd", str(closed), "--passphrase-stdin", "--lang", "en"],
                         cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in news
    ]
    results = [child.communicate(f"{current}\n{new}\n", timeout=60) for child, new in zip(children, news, strict=True)]
    codes = [child.returncode for child in children]
    for child in children:
        child.__exit__(None, None, None)  # closes the pipes
    acknowledged = [new for new, (out, _), code in zip(news, results, codes, strict=True)
                    if code == 0 and "changed" in out]
    # The second writer waited for the first, then found the old passphrase no longer fits (exit 3),
    # or gave up waiting with "busy" (exit 1). Never two acknowledgements.
    assert len(acknowledged) == 1, (codes, results)
    assert sorted(codes) in ([0, 1], [0, 3])
    for _out, err in results:
        assert "Traceback" not in err
    Vault.open(closed, acknowledged[0]).close()
    loser = next(new for new in news if new not in acknowledged)
    with pytest.raises(WrongPassphrase):
        Vault.open(closed, loser)


def damage_key_file(path: Path) -> None:
    (path / KEY_NAME).write_bytes(b"{ cut")


@pytest.mark.slow
def test_passwd_killed_at_every_step_then_damage_then_repair(tmp_path: Path) -> None:
    """Issue item 6: whatever step passwd died at, a later repair works with the passphrase that opens."""
    step, finished = 0, False
    while not finished:
        step += 1
        path = tmp_path / f"K{step}.amparo"
        Vault.create(path, PASSPHRASE)[0].close()
        finished, _ = run_until(step, "passwd", str(path), PASSPHRASE, "frase nueva larga")
        opens = [p for p in (PASSPHRASE, "frase nueva larga") if _opens(path, p)]
        assert len(opens) == 1, f"step {step}"
        if finished:
            assert opens == ["frase nueva larga"]
        Vault.open(path, opens[0]).close()  # an open that may write puts the spare right
        assert (path / BACKUP_DIR / KEY_NAME).read_bytes() == (path / KEY_NAME).read_bytes()
        damage_key_file(path)
        vault, repaired = Vault.repair_key_file(path, opens[0])
        vault.close()
        assert repaired, f"step {step}"
    assert step > 3  # the operation has several steps, and each was a kill point


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Vault.open(path, passphrase, access=ACCESS_READ).close()
    except WrongPassphrase:
        return False
    return True
