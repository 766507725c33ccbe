"""Phrases and helpers shared by the rule tables (`domain.rules_status`, `domain.rules_court`).

Titles say what to do; actions say how, in plain words. No relative times ("tomorrow", "in 30 days"):
a reminder is listed ahead of its due date, and the screen shows the dates and days left itself.
Spanish is written for a parent from Mexico or Central America: "usted", everyday words, one term for
each thing ("volver a inscribirse", "permiso de trabajo", "tarjeta de residencia").
"""

from __future__ import annotations

from domain.rule_types import Step
from domain.text import Text

EOIR_LINE_EN = "1-800-898-7180 (TDD 1-800-828-1120; English and Spanish, 24 hours)"
EOIR_LINE_ES = "1-800-898-7180 (TDD 1-800-828-1120; en inglés y español, las 24 horas)"

GENERIC_LATE_TITLE = Text("This date has passed", "Esta fecha ya pasó")
GENERIC_LATE_ACTION = Text(
    "Mark it done, or talk to your lawyer if something is still pending.",
    "Márquela como hecha, o hable con su abogado si algo quedó pendiente.",
)

# FACTS "Revised 2026-11-30", TPS terminations (C): the advice the issue asks for, with its dates.
TPS_NOW_EN = (
    "Several TPS designations have ended (Venezuela, Honduras, Nicaragua, Nepal, Haiti, Syria), and a "
    "Supreme Court decision of June 25, 2026 limits what courts can review. Find out today whether TPS "
    "for your country still exists (uscis.gov/tps), and talk to a lawyer about other options now."
)
TPS_NOW_ES = (
    "Varios países ya perdieron el TPS (Venezuela, Honduras, Nicaragua, Nepal, Haití, Siria), y una "
    "decisión de la Corte Suprema del 25 de junio de 2026 limita lo que los tribunales pueden revisar. "
    "Averigüe hoy mismo si el TPS de su país sigue vigente (uscis.gov/tps) y hable con un abogado pronto "
    "sobre otras opciones."
)

# The same, short, for the last reminders before a TPS date, where the full advice came earlier.
TPS_SHORT_EN = "TPS rules changed in 2025 and 2026: check uscis.gov/tps for your country."
TPS_SHORT_ES = "Las reglas de TPS cambiaron en 2025 y 2026: revise uscis.gov/tps para su país."

# FACTS "Revised 2026-11-30", work permits (C).
NO_EXTENSION_EN = (
    "Since October 30, 2025, filing a renewal no longer extends the permit automatically: if you file "
    "late, you may be left without a work permit for months."
)
NO_EXTENSION_ES = (
    "Desde el 30 de octubre de 2025, presentar la renovación ya no extiende el permiso automáticamente: "
    "si la presenta tarde, puede quedarse sin permiso de trabajo por meses."
)

BUSINESS_DAYS_EN = (
    "This date counts only Monday to Friday. Federal holidays do not count either, so check the exact "
    "date with your lawyer."
)
BUSINESS_DAYS_ES = (
    "Esta fecha cuenta solo de lunes a viernes. Los días feriados federales tampoco cuentan, así que "
    "confirme la fecha exacta con su abogado."
)


def step(offset: int, title: Text, action: Text) -> Step:
    """A step, written as a call so long tables read as one list."""
    return Step(offset, title, action)


def source(en: str, es: str) -> Text:
    """Where a rule comes from, in words a user can read (no legal shorthand without a name)."""
    return Text(en, es)
