"""Screenshots of the main screens and the printouts' previews in the `qps` pseudo-locale.

    python scripts/pseudo_locale.py /tmp/qps     # the language's files, generated from English
    xvfb-run -a -s "-screen 0 1366x768x24" python -m ui.screens.pseudo /tmp/qps OUTDIR [name ...]

Pseudo text (accented, about 40 % longer, in brackets) makes two faults visible at a glance: a text
that does not come from the language's files stays plain English, and a label too small for a longer
translation is cut. The screens are the builders of `ui/screens/capture.py`, on its synthetic demo
vault; files are written as OUTDIR/pseudo-<name>.png. The language's folder is made available with
`content.paths.add_language_root`, which only Python code can call.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from content.i18n import set_language
from content.paths import add_language_root
from content.rule_loader import reinstall_builtin_rules
from domain.clock import FakeClock
from ui.app.prefs import Prefs
from ui.app.qt_translations import QtTranslations
from ui.screens.capture import SCREENS, SIZE, Demo, close_screen, make_demo_vault, settle
from ui.shell.main_window import MainWindow

LANG = "qps"
DEFAULT = ("start", "unlock", "settings", "today", "people", "person", "contacts", "guides", "guide-reading",
           "card-dialog", "pdf-preview", "preview-summary", "preview-family-plan", "preview-deadlines")


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, out = Path(argv[1]), Path(argv[2])
    wanted = set(argv[3:]) or set(DEFAULT)
    if LANG not in add_language_root(root):
        print(f"no {LANG} files under {root}: run scripts/pseudo_locale.py first", file=sys.stderr)
        return 2
    reinstall_builtin_rules()  # the added language's rule, appointment and domain words
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Amparo")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        prefs = Prefs(Path(tmp) / "config", Path(tmp) / "data")
        clock = FakeClock(datetime(2026, 11, 22, 9, 0))
        vault_path = make_demo_vault(prefs.ensure_vaults_dir(), clock.today())
        window = MainWindow(prefs, clock=clock, qt_translations=QtTranslations())
        window.resize(*SIZE)
        window.show()
        set_language(LANG)
        window.set_language(LANG)
        demo = Demo(app, window, vault_path, LANG)
        for name, builder in SCREENS:
            if name not in wanted:
                continue
            widget = builder(demo)
            settle(app, 400)
            path = out / f"pseudo-{name}.png"
            widget.grab().save(str(path))
            close_screen(window, widget)
            print(path)
        window.lock()
        window.close()
        settle(app)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main(sys.argv))
