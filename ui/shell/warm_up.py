"""Loading the vault screens' code while the unlock screen waits for the passphrase.

The screens are imported only once a vault opens, so the start screen shows at once; at a clinic that
left 0.15 s of importing between the key derivation and Today's first rows. A worker imports them
while the user types (or while the key is derived), and loads the date words of the language too.
"""

from __future__ import annotations

from datetime import date

from content.i18n import language
from ui.app.worker import Task

_started = False


def _import_vault_screens() -> None:
    import ui.shell.session
    import ui.shell.vault_area  # noqa: F401  (imported for its side effect: the modules are loaded)
    from ui.wording.formatting import date_full

    date_full(date(2026, 1, 1), language())


def warm_up_vault_screens() -> None:
    """Start loading the vault screens in the background (once per process)."""
    global _started
    if not _started:
        _started = True
        Task(_import_vault_screens).start()
