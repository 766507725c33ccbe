"""Screenshots of all of Amparo's screens in Spanish and English, from a synthetic demo vault.

    xvfb-run -a -s "-screen 0 1366x768x24" python -m ui.screens.capture [name ...]

Each screen is a (name, builder) entry in SCREENS; a builder gets the Demo context and returns the
widget to capture. The shell's screens are built here; the views' and the print screens' builders
live in ui/screens/views.py and ui/screens/printing.py and are wrapped below. Files go to
docs/screenshots/<name>-<lang>.png, plus <name>-150-<lang>.png (fonts 1.5 times larger) for names
listed in BIG_FONT. Translations come only from the project catalog in locale/. Everything (vault,
preferences) lives in a temporary folder that is deleted at the end.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from content.i18n import set_language
from domain.clock import FakeClock
from ui.app.prefs import Prefs
from ui.app.qt_translations import QtTranslations
from ui.screens import printing as screens_print
from ui.screens import views as screens_views
from ui.shell.main_window import MainWindow
from ui.start.create_vault import CreateVaultDialog

ROOT = Path(__file__).resolve().parents[2]

OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "la luna sale tarde hoy"  # noqa: S105 - a synthetic demo vault
SIZE = (1366, 768)


@dataclass
class Demo:
    """What builders need: the app, a window on a temporary profile, the demo vault's path."""

    app: QApplication
    window: MainWindow
    vault_path: Path
    lang: str


def settle(app: QApplication, ms: int = 150) -> None:
    """Let layouts and queued work finish before grabbing (a screenshot tool, so a short wait is fine)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def make_demo_vault(folder: Path, today: date) -> Path:
    from domain.models import Event, EventKind, Person
    from storage import Vault
    from storage.demo import populate

    path = folder / "Notas 2026.amparo"
    vault, _key = Vault.create(path, PASSPHRASE)
    try:
        people = [("Rosa María", "Inventada López", date(1985, 3, 14)),
                  ("Luis", "Ejemplo Ramírez", date(1990, 7, 2)),
                  ("Ana", "Prueba Castillo", date(2012, 1, 20))]
        ids = [vault.people.add(Person(given_names=g, family_names=f, date_of_birth=b)) for g, f, b in people]
        vault.events.add(Event(person_id=ids[0], kind=EventKind.ICE_CHECKIN, date=date(2026, 12, 3),
                               place="Oficina de ejemplo, 123 Calle Inventada"))
        vault.events.add(Event(person_id=ids[1], kind=EventKind.COURT_HEARING, date=date(2026, 11, 20)))
        vault.events.add(Event(person_id=ids[0], kind=EventKind.EAD_EXPIRY, date=date(2027, 2, 15)))
        # Invented households so the lists look like a clinic's, not an empty vault.
        populate(vault, 40, today=today, seed=3)
    finally:
        vault.close()
    return path


def open_vault(demo: Demo) -> None:
    window = demo.window
    if window.vault_area is not None:
        return
    window.show_unlock()
    window.unlock_view.select_path(demo.vault_path)
    window.unlock_view.passphrase.edit.setText(PASSPHRASE)
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(loop.quit)
    window.unlock_view.submit()
    loop.exec()


# --- builders -----------------------------------------------------------------------------------
def start(demo: Demo) -> QWidget:
    demo.window.lock()
    demo.window.show_start()
    return demo.window


def create(demo: Demo) -> QWidget:
    demo.window.lock()
    demo.window.show_start()
    demo.window.show_create()
    dialog = demo.window.create_dialog
    assert dialog is not None
    dialog.name_edit.setText("Notas 2026")
    dialog.passphrase.edit.setText("la luna sale")
    return dialog


def meter(demo: Demo) -> QWidget:
    """The create dialog refusing "Guadalupe2024!" (shown in clear), a passphrase issue #12 found overrated."""
    dialog = create(demo)
    assert isinstance(dialog, CreateVaultDialog)
    dialog.name_edit.setText("Papeles")  # the demo vault already has the name create() types
    dialog.passphrase.show_button.setChecked(True)
    dialog.passphrase.edit.setText("Guadalupe2024!")
    dialog.repeat.edit.setText("Guadalupe2024!")
    dialog.submit()
    return dialog


def unlock(demo: Demo) -> QWidget:
    demo.window.lock()
    demo.window.show_unlock()
    view = demo.window.unlock_view
    view.select_path(demo.vault_path)

    def message() -> str:
        from storage import WrongPassphrase
        from ui.start.unlock_messages import error_message

        return error_message(WrongPassphrase(), recovery=False)

    view.show_error(message)
    return demo.window


def not_a_vault(demo: Demo) -> QWidget:
    """"Open another vault…" given a folder of photos: said plainly, no repair offered."""
    demo.window.lock()
    demo.window.show_unlock()
    photos = demo.vault_path.parent / "Fotos de la familia"
    photos.mkdir(exist_ok=True)
    demo.window.unlock_view.add_other(photos)
    return demo.window


def settings(demo: Demo) -> QWidget:
    from ui.shell.vault_area import SETTINGS

    open_vault(demo)
    assert demo.window.vault_area is not None
    demo.window.vault_area.show_page(SETTINGS)
    return demo.window


def unlock_restore(demo: Demo) -> QWidget:
    """The unlock screen after a damaged database was met: the message and "Restore the newest backup"."""
    from storage import VaultDamaged

    demo.window.lock()
    demo.window.show_unlock()
    view = demo.window.unlock_view
    view.select_path(demo.vault_path)
    view.passphrase.edit.setText(PASSPHRASE)
    view._failed(VaultDamaged("database unreadable"))  # what a failed unlock of a damaged vault shows
    return demo.window


def settings_backups(demo: Demo) -> QWidget:
    """Settings scrolled to the backups: three made on earlier days (names carry the time), one damaged."""
    from PySide6.QtWidgets import QScrollArea

    from ui.shell.vault_area import SETTINGS

    open_vault(demo)
    area = demo.window.vault_area
    assert area is not None
    vault = area.session.vault
    if len(vault.backups()) < 3:
        for stamp in ("20261115T153000000000Z", "20261120T221500000000Z", "20261122T144500000000Z"):
            vault.backup().rename(vault.path / "backups" / f"backup-{stamp}.db")
        damaged = vault.path / "backups" / "backup-20261120T221500000000Z.db"
        data = bytearray(damaged.read_bytes())
        data[6000:6016] = bytes(16)
        damaged.write_bytes(bytes(data))
    area.show_page(SETTINGS)
    view = area.settings
    view.refresh()
    for _ in range(200):
        if all("…" not in view.backup_list.item(i).text() for i in range(view.backup_list.count())):
            break
        settle(demo.app, 50)
    view.backup_list.setCurrentRow(0)
    scroll = view.findChild(QScrollArea)
    assert scroll is not None
    settle(demo.app)
    scroll.ensureWidgetVisible(view.backup_box, 0, 0)
    return demo.window


def _view_screen(name: str) -> Callable[[Demo], QWidget]:
    """A builder of ui/screens/views.py, given the session of the unlocked demo vault."""

    def build(demo: Demo) -> QWidget:
        open_vault(demo)
        assert demo.window.vault_area is not None
        widget = screens_views.BUILDERS[name](demo.window.vault_area.session)
        widget.show()
        return widget

    return build


def _print_screen(name: str) -> Callable[[Demo], QWidget]:
    """A builder of ui/screens/printing.py (these screens need no vault)."""

    def build(demo: Demo) -> QWidget:
        return screens_print.SCREENS[name](demo.lang)

    return build


SCREENS: list[tuple[str, Callable[[Demo], QWidget]]] = [
    ("start", start),
    ("create", create),
    ("meter", meter),
    ("unlock", unlock),
    ("not-a-vault", not_a_vault),
    ("settings", settings),
    ("unlock-restore", unlock_restore),
    ("settings-backups", settings_backups),
    *[(name, _view_screen(name)) for name in screens_views.BUILDERS],
    *[(name, _print_screen(name)) for name in screens_print.SCREENS],
]
BIG_FONT = {"start", "create", "settings", "today", "today-filters", "person", "person-print-actions", "person-editor",
            "contacts", "card-dialog", "not-a-vault"}


def close_screen(window: MainWindow, widget: QWidget) -> None:
    """Close what a builder opened, unless it is the main window itself."""
    if window.create_dialog is not None:
        window.create_dialog.reject()
    if widget is not window and widget is not window.create_dialog:
        widget.close()
        widget.deleteLater()


def main(argv: list[str]) -> int:
    wanted = set(argv[1:])
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Amparo")
    OUT.mkdir(parents=True, exist_ok=True)
    base_font = QFont(app.font())
    with tempfile.TemporaryDirectory() as tmp:
        prefs = Prefs(Path(tmp) / "config", Path(tmp) / "data")
        clock = FakeClock(datetime(2026, 11, 22, 9, 0))
        vault_path = make_demo_vault(prefs.ensure_vaults_dir(), clock.today())
        qt = QtTranslations()
        for big in (False, True):
            font = QFont(base_font)
            if big:
                font.setPointSizeF(base_font.pointSizeF() * 1.5)
            app.setFont(font)
            window = MainWindow(prefs, clock=clock, qt_translations=qt)
            window.resize(*SIZE)
            window.show()
            for lang in ("es", "en"):
                set_language(lang)
                window.set_language(lang)
                demo = Demo(app, window, vault_path, lang)
                for name, builder in SCREENS:
                    if (wanted and name not in wanted) or (big and name not in BIG_FONT):
                        continue
                    widget = builder(demo)
                    settle(app)
                    suffix = f"-150-{lang}" if big else f"-{lang}"
                    # A popup menu is a window of its own: those screens are taken from the screen.
                    whole = getattr(widget, "grab_whole_screen", False)
                    image = app.primaryScreen().grabWindow(0) if whole else widget.grab()
                    image.save(str(OUT / f"{name}{suffix}.png"))
                    close_screen(window, widget)
                    print(f"{name}{suffix}.png")
            window.lock()
            window.close()
            window.deleteLater()
            settle(app)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    sys.exit(main(sys.argv))
