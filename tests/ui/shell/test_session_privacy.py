"""A scripted ten-minute app session leaves no plaintext of planted records outside the vault.

The session runs in a child process whose home, config, data, cache and temp folders all point into a
sandbox, so every file Qt, Python or Amparo writes lands where it can be searched: QSettings and the
file dialog's history, the language preference, temp files, logs. Ten minutes pass on a fake clock:
unlock, Today, searching for planted people, their pages, printing previews, language switches,
the idle lock, unlocking again. Afterwards the planted names, A-numbers, phones, addresses and notes
are searched for (UTF-8, UTF-16, digits only) in every file outside the vault folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from tests.storage.test_no_plaintext import leaks, planted

ROOT = Path(__file__).resolve().parents[3]

SESSION = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from domain.clock import FakeClock
    from domain.models import Event, EventKind
    from storage import Vault, keyslots
    from tests.storage.test_no_plaintext import planted
    from ui.shell.main_window import MainWindow
    from ui.app.prefs import Prefs

    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    sandbox = Path(sys.argv[1])
    PASSPHRASE = "frase de la sesion de prueba"
    app = QApplication([])
    clock = FakeClock()
    prefs = Prefs(config_dir=sandbox / "config", data_dir=sandbox / "data")
    vault, _ = Vault.create(prefs.ensure_vaults_dir() / "Notas.amparo", PASSPHRASE)
    people = planted()
    ids = []
    for person in people:
        pid = vault.people.add(person)
        ids.append(pid)
        vault.events.add(Event(pid, EventKind.COURT_HEARING, clock.today(), place=person.address))
    vault.close()

    def wait_until(condition, seconds=30.0):
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("timed out")
            QCoreApplication.processEvents()

    window = MainWindow(prefs, clock=clock)
    window.show()
    for minute in range(10):
        window.set_language("es" if minute % 2 else "en")
        window.show_unlock()
        window.unlock_view.passphrase.edit.setText(PASSPHRASE)
        window.unlock_view.unlock_button.click()
        wait_until(lambda: window.vault_area is not None)
        area = window.vault_area
        area.show_page(0)
        for k in range(5):
            person = people[(minute * 5 + k) % len(people)]
            area.people.set_search_text(person.family_names.split()[0])
            QCoreApplication.processEvents()
            area.people.show_person(ids[(minute * 5 + k) % len(ids)])
            QCoreApplication.processEvents()
        area.show_page(0)
        area.print_current()          # Today's deadline list, previewed from memory
        QCoreApplication.processEvents()
        area.close_dialogs()
        clock.advance(minutes=1)
        if minute % 3 == 2:
            clock.advance(minutes=6)   # idle: the auto-lock fires on its next check
            window.idle_lock.check()
            wait_until(lambda: window.vault_area is None)
        else:
            window.lock()
    window.close()
    app.processEvents()
    print("session done")
""")


def test_ten_minute_session_leaves_no_plaintext_outside_the_vault(tmp_path: Path) -> None:
    started = time.time() - 1
    sandbox = tmp_path / "sandbox"
    for sub in ("home", "config", "data", "cache", "tmp", "state", "runtime"):
        (sandbox / sub).mkdir(parents=True)
    os.chmod(sandbox / "runtime", 0o700)
    env = {
        **os.environ,
        "HOME": str(sandbox / "home"), "XDG_CONFIG_HOME": str(sandbox / "config"),
        "XDG_DATA_HOME": str(sandbox / "data"), "XDG_CACHE_HOME": str(sandbox / "cache"),
        "XDG_STATE_HOME": str(sandbox / "state"), "XDG_RUNTIME_DIR": str(sandbox / "runtime"),
        "TMPDIR": str(sandbox / "tmp"), "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run([sys.executable, "-c", SESSION, str(sandbox)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "session done" in result.stdout
    vault_dir = next((sandbox / "data").rglob("Notas.amparo"))
    assert (vault_dir / "vault.db").exists()  # the session really wrote its vault inside the sandbox

    outside = [p for p in sandbox.rglob("*") if p.is_file() and vault_dir not in p.parents]
    people = planted()
    assert leaks([sandbox], 0, people) == leaks([vault_dir], 0, people) == []
    assert leaks([Path(tempfile.gettempdir())], started, people) == []
    # What the session did leave outside the vault is only the language preference.
    assert [p.name for p in outside] in ([], ["prefs.json"])
