"""Backups described in words: when each was made (local time, in the user's language) and its health.

Qt-free, so the command line and the app say the same thing.
"""

from __future__ import annotations

from datetime import datetime

from content.i18n import translator
from storage.backups import BackupHealth
from ui.wording.formatting import date_full, time_words


def when_words(made_at: datetime | None, lang: str) -> str:
    """ "lunes, 30 de noviembre de 2026, 3:21 p.m." in local time; a neutral phrase if unknown."""
    if made_at is None:
        return translator(lang).gettext("date unknown")
    local = made_at.astimezone()
    return f"{date_full(local.date(), lang)}, {time_words(local.time(), lang)}"


def health_words(health: BackupHealth, lang: str) -> str:
    """ "in good condition · 325 people", or why the backup cannot be used."""
    t = translator(lang)
    if health.good and health.people is not None:
        return t.ngettext("in good condition · {count} person", "in good condition · {count} people",
                          health.people).format(count=health.people)
    if health.problem == "newer version":
        return t.gettext("made by a newer Amparo: cannot be used here")
    return t.gettext("damaged: cannot be used")


def backup_line(health: BackupHealth, lang: str) -> str:
    """One line for a list of backups: when, then health."""
    return f"{when_words(health.made_at, lang)} — {health_words(health, lang)}"
