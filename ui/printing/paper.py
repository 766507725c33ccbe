"""The paper size the user's locale expects: Letter in the Americas' Letter countries, A4 elsewhere.

Reports take "letter" or "a4"; this picks one from the system locale's territory (the interface
language says nothing about where the printer is: a Spanish speaker in Texas prints on Letter).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

# Territories where Letter is the usual paper (the rest of the world uses A4).
_LETTER = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.CostaRica,
    QLocale.Country.Guatemala, QLocale.Country.Philippines, QLocale.Country.PuertoRico,
    QLocale.Country.Venezuela, QLocale.Country.DominicanRepublic, QLocale.Country.ElSalvador,
    QLocale.Country.Panama, QLocale.Country.Nicaragua, QLocale.Country.Honduras,
})


def locale_paper(locale: QLocale | None = None) -> str:
    """ "letter" or "a4" for `locale` (the default locale, which follows the system); Letter when it names no place."""
    territory = (locale or QLocale()).territory()
    if territory == QLocale.Country.AnyTerritory or territory in _LETTER:
        return "letter"
    return "a4"
