"""Rules for status papers: DACA, work permits, green cards, passports, stays, TPS, parole, age limits.

Sources are FACTS.md "Deadline rules" and its "Revised 2026-11-30" section, which overrides the older
lines. A C (changing) rule's text says what changed and when; the app adds "check with a legal
organization" from the confidence mark.
"""

from __future__ import annotations

from domain.models import EventKind
from domain.rule_types import FACTS_CHECKED, Applies, Rule, Step, Unit
from domain.rule_wording import (
    NO_EXTENSION_EN,
    NO_EXTENSION_ES,
    TPS_NOW_EN,
    TPS_NOW_ES,
    TPS_SHORT_EN,
    TPS_SHORT_ES,
    source,
    step,
)
from domain.text import Text

_DACA_SOURCE = source(
    "U.S. Citizenship and Immigration Services (USCIS), DACA renewal guidance, as explained by the "
    "National Immigration Law Center (NILC)",
    "Servicio de Ciudadanía e Inmigración (USCIS), guía para renovar DACA, según la explica el Centro "
    "Nacional de Leyes de Inmigración (NILC)",
)
_EAD_SOURCE = source(
    "USCIS instructions for Form I-765; Federal Register rule of October 30, 2025 on automatic extensions",
    "Instrucciones de USCIS del formulario I-765; regla del Registro Federal del 30 de octubre de 2025 "
    "sobre las extensiones automáticas",
)
_TPS_SOURCE = source(
    "The Federal Register notice for your country (the dates you entered); USCIS TPS page (uscis.gov/tps); "
    "Supreme Court decision of June 25, 2026",
    "El aviso del Registro Federal para su país (las fechas que usted anotó); página de TPS de USCIS "
    "(uscis.gov/tps); decisión de la Corte Suprema del 25 de junio de 2026",
)
_STAY_SOURCE = source(
    "U.S. Immigration and Customs Enforcement (ICE), instructions for Form I-246; proposed fee rule of "
    "May 7, 2026",
    "Servicio de Inmigración y Control de Aduanas (ICE), instrucciones del formulario I-246; propuesta de "
    "nueva tarifa del 7 de mayo de 2026",
)

_DACA_ACTION_FILE = Text(
    "File by this date, 120 days before your DACA expires. DACA work permits get no automatic extension, "
    "so filing late can leave you without a work permit.",
    "Preséntela a más tardar en esta fecha, 120 días antes de que venza su DACA. El permiso de trabajo de "
    "DACA no se extiende automáticamente: si presenta tarde, puede quedarse sin permiso de trabajo.",
)
_DACA_LATE = Step(
    -120,
    Text(
        "The DACA renewal is late — file as soon as possible",
        "La renovación de DACA va tarde: preséntela cuanto antes",
    ),
    Text(
        "The date to file 120 days before expiry has passed. File Forms I-821D and I-765 as soon as possible "
        "and talk to a lawyer or legal organization. DACA work permits get no automatic extension. More "
        "than one year after DACA expires, a request counts as a first-time request.",
        "Ya pasó la fecha para presentar 120 días antes del vencimiento. Presente los formularios I-821D e "
        "I-765 cuanto antes y hable con un abogado o una organización legal. El permiso de trabajo de DACA "
        "no se extiende automáticamente. Si pasa más de un año desde que venció DACA, la solicitud cuenta "
        "como una solicitud nueva (inicial).",
    ),
)
_DACA_PREPARE = step(
    -210,
    Text("Get ready for the DACA renewal", "Prepárese para renovar DACA"),
    Text(
        "The DACA renewal can be filed from 150 days before DACA expires, and should be filed by 120 days "
        "before. Do not file earlier than 150 days: it may be rejected. Start gathering your papers and the "
        "fee.",
        "La renovación de DACA se puede presentar desde 150 días antes de que venza, y se debe presentar a "
        "más tardar 120 días antes. No la presente antes de los 150 días, porque se la pueden rechazar. "
        "Empiece a juntar sus papeles y el pago.",
    ),
)
_DACA_OPENS = step(
    -150,
    Text("The DACA renewal window opens", "Se abre el plazo para renovar DACA"),
    Text(
        "From this date you can file the DACA renewal (Forms I-821D and I-765); file it within 30 days. Do "
        "not file earlier: it may be rejected. Gather your papers and the fee now.",
        "Desde esta fecha puede presentar la renovación de DACA (formularios I-821D e I-765); preséntela "
        "dentro de los 30 días siguientes. No la presente antes, porque se la pueden rechazar. Vaya "
        "juntando sus papeles y el pago.",
    ),
)

_EAD_NOW_TITLE = Text("Renew the work permit now", "Renueve el permiso de trabajo ahora")
_EAD_NOW_ACTION = Text(
    "If you have not filed the renewal (Form I-765) yet, file it now. " + NO_EXTENSION_EN,
    "Si todavía no ha presentado la renovación (formulario I-765), preséntela ahora. " + NO_EXTENSION_ES,
)
_EAD_EXPIRED = Step(
    0,
    Text("The work permit has expired", "El permiso de trabajo está vencido"),
    Text(
        "Since October 30, 2025 a renewal filed late does not extend the permit. If the renewal is not "
        "filed, file Form I-765 as soon as possible and ask a lawyer whether you may keep working. Mark "
        "this done once it is handled.",
        "Desde el 30 de octubre de 2025, una renovación presentada tarde no extiende el permiso. Si no ha "
        "presentado la renovación, presente el formulario I-765 cuanto antes y pregúntele a un abogado si "
        "puede seguir trabajando. Márquelo como hecho cuando esté resuelto.",
    ),
)
_EAD_LAST_DAY = step(
    0,
    Text("The work permit expires on this date", "El permiso de trabajo vence en esta fecha"),
    Text(
        "If the renewal is not filed, file Form I-765 right away and talk to a lawyer about working after "
        "this date. " + NO_EXTENSION_EN,
        "Si no ha presentado la renovación, presente el formulario I-765 cuanto antes y hable con un abogado sobre "
        "si puede trabajar después de esta fecha. " + NO_EXTENSION_ES,
    ),
)

_TPS_EAD_TITLE = Text(
    "TPS work permit: check your country's TPS now",
    "Permiso de trabajo por TPS: revise ya el TPS de su país",
)
_TPS_EAD_ACTION = Text(
    "A TPS work permit is renewed when you re-register for TPS, in the window of the government notice, "
    "not 180 days ahead. Enter that window here if there is one. " + TPS_NOW_EN,
    "El permiso de trabajo por TPS se renueva cuando usted vuelve a inscribirse en TPS, dentro del plazo "
    "del aviso del gobierno, no 180 días antes. Si hay un plazo abierto, anótelo aquí. " + TPS_NOW_ES,
)

_CONDITIONAL_NOW_TITLE = Text(
    "File Form I-751 (or I-829) now — the 90-day window is open",
    "Presente el formulario I-751 (o I-829) ahora: el plazo de 90 días está abierto",
)
_CONDITIONAL_NOW_ACTION = Text(
    "File to remove the conditions before the 2-year card expires: Form I-751 (through marriage) or "
    "I-829 (investors). If nothing is filed by the expiry date, conditional residence ends automatically. "
    "Keep a copy and the receipt.",
    "Presente la solicitud para quitar las condiciones antes de que venza la tarjeta de 2 años: "
    "formulario I-751 (por matrimonio) o I-829 (inversionistas). Si no presenta nada antes del "
    "vencimiento, la residencia condicional termina automáticamente. Guarde una copia y el recibo.",
)

_TPS_END_TITLE = Text(
    "TPS for your country ends — talk to a lawyer about other options now",
    "Se acaba el TPS de su país: hable pronto con un abogado sobre otras opciones",
)
_TPS_END_ACTION = Text(
    "This is the end date you entered for your country's TPS. " + TPS_NOW_EN + " If you have TPS, you may "
    "be able to apply for asylum after the one-year deadline if you do it within a reasonable time after "
    "TPS ends: ask a lawyer.",
    "Esta es la fecha que usted anotó como el fin del TPS de su país. " + TPS_NOW_ES + " Si usted tiene "
    "TPS, tal vez pueda pedir asilo después del plazo de un año, si lo hace dentro de un tiempo razonable "
    "después de que termine el TPS: pregúntele a un abogado.",
)

_PAROLE_TITLE = Text(
    "Your parole ends — talk to a lawyer about other options",
    "Se acaba su parole: hable con un abogado sobre otras opciones",
)
_PAROLE_ACTION = Text(
    "Parole ends on the date on your I-94 record or parole notice (the date you entered). Since April 2025 "
    "the government has ended some paroles early by notice (CBP One, CHNV), so check your I-94 record "
    "again now. Talk to a lawyer about other options well before the end date.",
    "El parole termina en la fecha de su registro I-94 o de su aviso de parole (la fecha que usted "
    "anotó). Desde abril de 2025 el gobierno ha terminado algunos paroles antes de tiempo mediante un "
    "aviso (CBP One, CHNV), así que vuelva a revisar su registro I-94 ahora. Hable con un abogado sobre "
    "otras opciones mucho antes de esa fecha.",
)

_REGISTER_TITLE = Text(
    "Turning 14: registration within 30 days — talk to a lawyer first",
    "Cumple 14 años: registro dentro de 30 días; hable antes con un abogado",
)
_REGISTER_ACTION = Text(
    "Under a rule in force since April 11, 2025, a child who is not a U.S. citizen must register (or "
    "register again) within 30 days after turning 14. Whether and how to register depends on each "
    "person's situation: talk to a lawyer or legal organization before filing anything.",
    "Según una regla vigente desde el 11 de abril de 2025, un menor que no es ciudadano de EE. UU. debe "
    "registrarse (o volver a registrarse) dentro de los 30 días después de cumplir 14 años. Si conviene "
    "registrarse, y cómo, depende de la situación de cada persona: hable con un abogado o una "
    "organización legal antes de presentar cualquier cosa.",
)

_SIJS_TITLE = Text(
    "SIJS: file Form I-360 before turning 21",
    "SIJS: presente el formulario I-360 antes de cumplir 21 años",
)
_SIJS_ACTION = Text(
    "The Special Immigrant Juvenile petition (Form I-360) must be filed before the 21st birthday; this "
    "is the last day. The state-court order it needs must come while that court can still act, often "
    "before 18. Check with the lawyer on the case.",
    "La petición de menor inmigrante especial (formulario I-360) se debe presentar antes de cumplir 21 "
    "años; esta es la última fecha. La orden de la corte estatal que necesita debe salir mientras esa "
    "corte todavía puede actuar, muchas veces antes de los 18 años. Confírmelo con el abogado del caso.",
)


STATUS_RULES: tuple[Rule, ...] = (
    Rule(
        id="daca_renewal",
        kinds=frozenset({EventKind.DACA_EXPIRY}),
        source=_DACA_SOURCE,
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "DACA renewal: file between 150 and 120 days before DACA expires; filing earlier than 150 days "
            "may be rejected. DACA work permits get no automatic extension.",
            "Renovación de DACA: presente la solicitud entre 150 y 120 días antes de que venza DACA; si la "
            "presenta antes de los 150 días, se la pueden rechazar. El permiso de trabajo de DACA no recibe "
            "extensión automática.",
        ),
        steps=(
            _DACA_PREPARE,
            _DACA_OPENS,
            step(
                -120,
                Text(
                    "File the DACA renewal (Form I-821D and I-765) now — the window is open",
                    "Presente la renovación de DACA (formularios I-821D e I-765) ahora: el plazo está abierto",
                ),
                _DACA_ACTION_FILE,
            ),
        ),
        late=_DACA_LATE,
        deadline=-120,
    ),
    Rule(
        id="ead_renewal",
        kinds=frozenset({EventKind.EAD_EXPIRY}),
        source=_EAD_SOURCE,
        checked=FACTS_CHECKED,
        confidence="C",
        applies=Applies.NO_DACA_OR_TPS_CASE,
        description=Text(
            "Work permit (EAD) renewal: for most categories, Form I-765 may be filed up to 180 days before "
            "the card expires. Since October 30, 2025 a renewal no longer extends the card automatically, "
            "so reminders come every month from 180 days before expiry.",
            "Renovación del permiso de trabajo (EAD): en la mayoría de las categorías, el formulario I-765 "
            "se puede presentar hasta 180 días antes de que venza la tarjeta. Desde el 30 de octubre de "
            "2025, la renovación ya no extiende la tarjeta automáticamente; por eso hay recordatorios cada "
            "mes desde 180 días antes del vencimiento.",
        ),
        steps=(
            step(
                -210,
                Text("Get ready to renew the work permit", "Prepárese para renovar el permiso de trabajo"),
                Text(
                    "For most categories the renewal (Form I-765) can be filed from 180 days before the card "
                    "expires. Gather your papers and the fee now so you can file on that day. "
                    + NO_EXTENSION_EN,
                    "En la mayoría de las categorías, la renovación (formulario I-765) se puede presentar "
                    "desde 180 días antes de que venza la tarjeta. Junte ya sus papeles y el pago para "
                    "presentarla ese día. " + NO_EXTENSION_ES,
                ),
            ),
            step(
                -180,
                Text(
                    "You can renew the work permit from this date",
                    "Desde esta fecha puede renovar el permiso de trabajo",
                ),
                Text(
                    "For most categories, the renewal (Form I-765) can be filed from this date, 180 days "
                    "before the card expires. File it now. " + NO_EXTENSION_EN,
                    "En la mayoría de las categorías, la renovación (formulario I-765) se puede presentar "
                    "desde esta fecha, 180 días antes de que venza la tarjeta. Preséntela ya. "
                    + NO_EXTENSION_ES,
                ),
            ),
            *(step(offset, _EAD_NOW_TITLE, _EAD_NOW_ACTION) for offset in (-150, -120, -90, -60, -30, -14)),
            _EAD_LAST_DAY,
        ),
        late=_EAD_EXPIRED,
        deadline=0,
    ),
    Rule(
        id="ead_daca",
        kinds=frozenset({EventKind.EAD_EXPIRY}),
        source=_DACA_SOURCE,
        checked=FACTS_CHECKED,
        confidence="H",
        applies=Applies.DACA_CASE,
        description=Text(
            "A DACA work permit (category C33) is renewed together with DACA, between 150 and 120 days "
            "before it expires, not by the 180-day rule; it gets no automatic extension.",
            "El permiso de trabajo de DACA (categoría C33) se renueva junto con DACA, entre 150 y 120 días "
            "antes de que venza, no con la regla de 180 días; no recibe extensión automática.",
        ),
        steps=(
            _DACA_PREPARE,
            _DACA_OPENS,
            step(
                -120,
                Text(
                    "File the DACA renewal now to keep the work permit",
                    "Presente ya la renovación de DACA para no perder el permiso de trabajo",
                ),
                _DACA_ACTION_FILE,
            ),
        ),
        late=_DACA_LATE,
        deadline=-120,
    ),
    Rule(
        id="ead_tps",
        kinds=frozenset({EventKind.EAD_EXPIRY}),
        source=_TPS_SOURCE,
        checked=FACTS_CHECKED,
        confidence="C",
        applies=Applies.TPS_CASE,
        description=Text(
            "A TPS work permit follows the TPS notice for the country (re-registration window, extensions), "
            "not the 180-day rule; several TPS designations ended in 2025 and 2026.",
            "El permiso de trabajo por TPS sigue el aviso de TPS del país (plazo para volver a inscribirse, "
            "extensiones), no la regla de 180 días; el TPS de varios países terminó en 2025 y 2026.",
        ),
        steps=(
            *(step(offset, _TPS_EAD_TITLE, _TPS_EAD_ACTION) for offset in (-180, -120, -90, -60, -30, -14)),
            step(
                0,
                Text("The TPS work permit expires on this date", "El permiso de trabajo por TPS vence en esta fecha"),
                _TPS_EAD_ACTION,
            ),
        ),
        late=Step(
            0,
            Text("The TPS work permit has expired", "El permiso de trabajo por TPS está vencido"),
            Text(
                "Unless a government notice extended it, you may no longer work with it. Talk to a lawyer "
                "now. " + TPS_NOW_EN,
                "A menos que un aviso del gobierno lo haya extendido, ya no puede trabajar con él. Hable ya "
                "con un abogado. " + TPS_NOW_ES,
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="green_card_renewal",
        kinds=frozenset({EventKind.GREEN_CARD_EXPIRY}),
        source=source(
            "U.S. Citizenship and Immigration Services (USCIS), instructions for Form I-90",
            "Servicio de Ciudadanía e Inmigración (USCIS), instrucciones del formulario I-90",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "10-year green card: renew with Form I-90 within the 6 months before it expires. (A 2-year "
            "conditional card is a different date: enter it as a conditional green card.)",
            "Tarjeta de residencia de 10 años: se renueva con el formulario I-90 en los 6 meses antes de que "
            "venza. (La tarjeta condicional de 2 años es otra fecha: anótela como tarjeta condicional.)",
        ),
        unit=Unit.MONTHS,
        steps=(
            Step(
                -6,
                Text("You can renew the green card", "Ya puede renovar la tarjeta de residencia"),
                Text(
                    "From this date, 6 months before it expires, a 10-year green card can be renewed with Form "
                    "I-90. The I-90 receipt notice extends the card (36 months since September 10, 2024; "
                    "check the notice). If yours is a 2-year card, enter it as a conditional green card "
                    "instead.",
                    "Desde esta fecha, 6 meses antes del vencimiento, la tarjeta de residencia de 10 años se "
                    "puede renovar con el formulario I-90. El aviso de recibo del I-90 extiende la tarjeta "
                    "(36 meses desde el 10 de septiembre de 2024; revise el aviso). Si su tarjeta es de 2 "
                    "años, anótela mejor como tarjeta condicional.",
                ),
            ),
            *(
                Step(
                    months,
                    Text("Renew the green card (Form I-90)", "Renueve la tarjeta de residencia (formulario I-90)"),
                    Text(
                        "If you have not filed Form I-90 yet, file it before the card expires and keep the "
                        "receipt notice with your card.",
                        "Si todavía no ha presentado el formulario I-90, preséntelo antes de que venza la "
                        "tarjeta y guarde el aviso de recibo junto con la tarjeta.",
                    ),
                )
                for months in (-4, -2, -1)
            ),
            Step(
                0,
                Text("The green card expires on this date", "La tarjeta de residencia vence en esta fecha"),
                Text(
                    "If Form I-90 is not filed, file it now. You are still a permanent resident, but you need "
                    "a valid card (or the receipt notice) to prove it.",
                    "Si no ha presentado el formulario I-90, preséntelo ya. Usted sigue siendo residente "
                    "permanente, pero necesita una tarjeta vigente (o el aviso de recibo) para probarlo.",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The green card has expired", "La tarjeta de residencia está vencida"),
            Text(
                "Renew it with Form I-90 as soon as possible. Mark this done once it is handled.",
                "Renuévela con el formulario I-90 cuanto antes. Márquelo como hecho cuando esté resuelto.",
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="conditional_residence",
        kinds=frozenset({EventKind.CONDITIONAL_GREEN_CARD_EXPIRY}),
        source=source(
            "Immigration and Nationality Act, section 216; federal regulation 8 CFR 216.4; USCIS "
            "instructions for Forms I-751 and I-829",
            "Ley de Inmigración y Nacionalidad, sección 216; reglamento federal 8 CFR 216.4; instrucciones "
            "de USCIS de los formularios I-751 e I-829",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Conditional (2-year) green card: Form I-751 (I-829 for investors) may be filed only in the 90 "
            "days before the card expires; earlier filings are rejected. If nothing is filed by then, "
            "conditional residence ends automatically.",
            "Tarjeta de residencia condicional (de 2 años): el formulario I-751 (I-829 para inversionistas) "
            "solo se puede presentar en los 90 días antes de que venza la tarjeta; si lo presenta antes, lo "
            "rechazan. Si no presenta nada para esa fecha, la residencia condicional termina "
            "automáticamente.",
        ),
        steps=(
            step(
                -120,
                Text(
                    "Get ready for Form I-751 (or I-829) — do not file yet",
                    "Prepare el formulario I-751 (o I-829); todavía no lo presente",
                ),
                Text(
                    "The form to remove the conditions can be filed only in the 90 days before the 2-year "
                    "card expires; a filing before that is rejected. Gather the proof now (for marriage: "
                    "joint bills, lease, photos, children's birth certificates).",
                    "El formulario para quitar las condiciones solo se puede presentar en los 90 días antes "
                    "de que venza la tarjeta de 2 años; si lo presenta antes, lo rechazan. Junte ya las "
                    "pruebas (para matrimonio: cuentas a nombre de los dos, contrato de renta, fotos, actas "
                    "de nacimiento de los hijos).",
                ),
            ),
            step(
                -90,
                Text(
                    "The window for Form I-751 (or I-829) opens",
                    "Se abre el plazo para el formulario I-751 (o I-829)",
                ),
                _CONDITIONAL_NOW_ACTION,
            ),
            *(step(offset, _CONDITIONAL_NOW_TITLE, _CONDITIONAL_NOW_ACTION) for offset in (-60, -30, -14, -7)),
            step(
                0,
                Text(
                    "Last day: the conditional green card expires",
                    "Último día: vence la tarjeta de residencia condicional",
                ),
                Text(
                    "If Form I-751 (or I-829) is not filed, conditional residence ends automatically after "
                    "this date. Talk to a lawyer right away.",
                    "Si no ha presentado el formulario I-751 (o I-829), la residencia condicional termina "
                    "automáticamente después de esta fecha. Hable de inmediato con un abogado.",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The conditional green card has expired", "La tarjeta de residencia condicional está vencida"),
            Text(
                "If the form was filed, keep the receipt notice with the card and mark this done. If not, "
                "conditional residence has ended: talk to a lawyer now.",
                "Si presentó el formulario, guarde el aviso de recibo con la tarjeta y márquelo como hecho. "
                "Si no, la residencia condicional terminó: hable ya con un abogado.",
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="passport_stay",
        kinds=frozenset({EventKind.PASSPORT_EXPIRY}),
        source=_STAY_SOURCE,
        checked=FACTS_CHECKED,
        confidence="M",
        applies=Applies.STAY_OF_REMOVAL,
        description=Text(
            "With a stay of removal: a stay request needs a passport valid for 6 months past the stay period "
            "requested.",
            "Con una suspensión de deportación: para pedirla se necesita un pasaporte vigente hasta 6 meses "
            "después del periodo de suspensión que se pide.",
        ),
        unit=Unit.MONTHS,
        steps=(
            Step(
                -6,
                Text(
                    "Renew the passport before it has less than 6 months left",
                    "Renueve el pasaporte antes de que le queden menos de 6 meses",
                ),
                Text(
                    "A stay of removal request needs a passport valid for 6 months past the stay period you "
                    "ask for. Start the renewal at your consulate, and check with your lawyer.",
                    "Para pedir una suspensión de deportación se necesita un pasaporte vigente hasta 6 meses "
                    "después del periodo que usted pide. Empiece la renovación en su consulado y consulte "
                    "con su abogado.",
                ),
            ),
        ),
        late=Step(
            -6,
            Text(
                "The passport has less than 6 months left — renew it now",
                "Al pasaporte le quedan menos de 6 meses: renuévelo ya",
            ),
            Text(
                "A stay of removal request needs a passport valid for 6 months past the stay period you ask "
                "for. Renew it at your consulate as soon as possible and tell your lawyer. Mark this done "
                "once it is renewed.",
                "Para pedir una suspensión de deportación se necesita un pasaporte vigente hasta 6 meses "
                "después del periodo que usted pide. Renuévelo en su consulado cuanto antes y avísele a su "
                "abogado. Márquelo como hecho cuando lo tenga.",
            ),
        ),
    ),
    Rule(
        id="passport_expiry",
        kinds=frozenset({EventKind.PASSPORT_EXPIRY}),
        source=source(
            "Reports by immigration lawyers (a passport valid 6 months or more for travel and a stay request)",
            "Información de abogados de inmigración (pasaporte con 6 meses o más de vigencia para viajar y "
            "para pedir una suspensión)",
        ),
        checked=FACTS_CHECKED,
        confidence="M",
        applies=Applies.NO_STAY_OF_REMOVAL,
        description=Text(
            "Passport: keep it valid for at least 6 months for travel and for a stay of removal request.",
            "Pasaporte: manténgalo vigente con al menos 6 meses por delante para viajar y para pedir una "
            "suspensión de deportación.",
        ),
        unit=Unit.MONTHS,
        steps=(
            Step(
                -6,
                Text(
                    "Renew the passport if you travel or need it as ID",
                    "Renueve el pasaporte si va a viajar o si lo usa como identificación",
                ),
                Text(
                    "The passport expires 6 months after this date. Keep it valid for at least 6 months to "
                    "travel or to request a stay of removal. A renewal at the consulate can take weeks.",
                    "El pasaporte vence 6 meses después de esta fecha. Para viajar o para pedir una "
                    "suspensión de deportación, debe tener al menos 6 meses de vigencia. La renovación en el "
                    "consulado puede tardar semanas.",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The passport has expired", "El pasaporte está vencido"),
            Text(
                "Renew it at your consulate if you travel or need it as ID, then mark this done.",
                "Renuévelo en su consulado si va a viajar o si lo usa como identificación, y luego márquelo "
                "como hecho.",
            ),
        ),
    ),
    Rule(
        id="stay_expiry",
        kinds=frozenset({EventKind.STAY_EXPIRY}),
        source=_STAY_SOURCE,
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Stay of removal: usually granted for a limited time; a new request (Form I-246) is filed in "
            "person at the ICE field office, with a passport valid 6 months past the stay requested.",
            "Suspensión de deportación: se suele dar por un tiempo limitado; una nueva solicitud "
            "(formulario I-246) se presenta en persona en la oficina de ICE, con un pasaporte vigente hasta "
            "6 meses después del periodo que se pide.",
        ),
        steps=(
            step(
                -90,
                Text(
                    "Plan with your lawyer for the end of the stay of removal",
                    "Planee con su abogado qué hacer cuando termine la suspensión de deportación",
                ),
                Text(
                    "Ask your lawyer whether to request a new stay (Form I-246, filed in person at the ICE "
                    "field office). It needs a passport valid for 6 months past the stay period you ask for "
                    "(or a copy with an ID, or proof you applied for one). The fee has been $155; a rise to "
                    "$755 was proposed on May 7, 2026 and may now apply — check the current fee.",
                    "Pregúntele a su abogado si conviene pedir una nueva suspensión (formulario I-246, que "
                    "se presenta en persona en la oficina de ICE). Se necesita un pasaporte vigente hasta 6 "
                    "meses después del periodo que usted pide (o una copia con una identificación, o prueba "
                    "de que lo solicitó). La tarifa ha sido de $155; el 7 de mayo de 2026 se propuso subirla "
                    "a $755 y puede que ya haya cambiado: confirme la tarifa actual.",
                ),
            ),
            step(
                -60,
                Text(
                    "Prepare the new stay request with your lawyer",
                    "Prepare con su abogado la nueva solicitud de suspensión",
                ),
                Text(
                    "Gather the passport (valid 6 months past the stay period you ask for), the fee and the "
                    "papers your lawyer asks for. ICE keeps the documents, and may ask for a bond of at "
                    "least $1,500.",
                    "Junte el pasaporte (vigente hasta 6 meses después del periodo que pide), el pago y los "
                    "papeles que le pida su abogado. ICE se queda con los documentos y puede pedir una "
                    "fianza de al menos $1,500.",
                ),
            ),
            step(
                -30,
                Text(
                    "The stay of removal ends soon — is a new request filed?",
                    "La suspensión de deportación termina pronto: ¿ya presentó una nueva solicitud?",
                ),
                Text(
                    "If a new stay is needed and not yet requested, talk to your lawyer now. Keep your family "
                    "plan ready.",
                    "Si hace falta una nueva suspensión y todavía no la ha pedido, hable ya con su abogado. "
                    "Tenga listo su plan familiar.",
                ),
            ),
            step(
                0,
                Text("The stay of removal ends", "Termina la suspensión de deportación"),
                Text(
                    "The stay ends on this date. Talk to your lawyer about where your request stands, and "
                    "keep your family plan ready.",
                    "La suspensión termina en esta fecha. Hable con su abogado sobre cómo va su solicitud y "
                    "tenga listo su plan familiar.",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The stay of removal has ended", "La suspensión de deportación ya terminó"),
            Text(
                "Talk to your lawyer now. Mark this done once a new stay is granted or the matter is handled.",
                "Hable ya con su abogado. Márquelo como hecho cuando le den una nueva suspensión o el asunto "
                "esté resuelto.",
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="tps_window_open",
        kinds=frozenset({EventKind.TPS_WINDOW_START}),
        source=_TPS_SOURCE,
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "TPS re-registration opens on the date set by the government notice, as entered by the user.",
            "El plazo para volver a inscribirse en TPS se abre en la fecha que fija el aviso del gobierno, "
            "según la anotó el usuario.",
        ),
        steps=(
            step(
                0,
                Text("The TPS re-registration window opens", "Se abre el plazo para volver a inscribirse en TPS"),
                Text(
                    "Re-register during the window in the government notice (the dates you entered). First "
                    "check on uscis.gov/tps that the window is still open for your country. " + TPS_NOW_EN,
                    "Vuelva a inscribirse dentro del plazo del aviso del gobierno (las fechas que usted "
                    "anotó). Primero confirme en uscis.gov/tps que el plazo sigue abierto para su país. "
                    + TPS_NOW_ES,
                ),
            ),
        ),
        late=Step(
            0,
            Text(
                "TPS re-registration is open — file before it closes",
                "El plazo para volver a inscribirse en TPS está abierto: hágalo antes de que cierre",
            ),
            Text(
                "The window opened on this date. If uscis.gov/tps still shows it open for your country, file "
                "before it closes, then mark this done. " + TPS_NOW_EN,
                "El plazo se abrió en esta fecha. Si uscis.gov/tps todavía lo muestra abierto para su país, "
                "vuelva a inscribirse antes de que cierre y luego márquelo como hecho. " + TPS_NOW_ES,
            ),
        ),
    ),
    Rule(
        id="tps_window_close",
        kinds=frozenset({EventKind.TPS_WINDOW_END}),
        source=_TPS_SOURCE,
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "TPS re-registration closes on the date set by the government notice, as entered by the user.",
            "El plazo para volver a inscribirse en TPS cierra en la fecha que fija el aviso del gobierno, "
            "según la anotó el usuario.",
        ),
        steps=(
            step(
                -90,
                Text(
                    "Check that your TPS re-registration window is still open",
                    "Confirme que su plazo para volver a inscribirse en TPS sigue abierto",
                ),
                Text(
                    "Check on uscis.gov/tps that the window you entered is still open for your country, and "
                    "re-register in it. " + TPS_NOW_EN,
                    "Confirme en uscis.gov/tps que el plazo que anotó sigue abierto para su país, y vuelva a "
                    "inscribirse dentro de él. " + TPS_NOW_ES,
                ),
            ),
            step(
                -30,
                Text(
                    "Re-register for TPS before the window closes",
                    "Vuelva a inscribirse en TPS antes de que cierre el plazo",
                ),
                Text(
                    "If you have not re-registered yet, file now; the window is the one in the government "
                    "notice you entered. " + TPS_NOW_EN,
                    "Si todavía no se ha vuelto a inscribir, hágalo ya; el plazo es el del aviso del "
                    "gobierno que usted anotó. " + TPS_NOW_ES,
                ),
            ),
            step(
                -7,
                Text(
                    "The TPS window closes soon — file now",
                    "El plazo de TPS está por cerrar: vuelva a inscribirse ya",
                ),
                Text(
                    "If you have not filed, file now and keep a copy of everything you send and the receipt. "
                    "If you need help, call a legal organization right away. " + TPS_SHORT_EN,
                    "Si todavía no se ha vuelto a inscribir, hágalo ya y guarde una copia de todo lo que envíe "
                    "y el recibo. Si necesita ayuda, llame de inmediato a una organización legal. " + TPS_SHORT_ES,
                ),
            ),
            step(
                0,
                Text(
                    "The TPS re-registration window closes",
                    "Cierra el plazo para volver a inscribirse en TPS",
                ),
                Text(
                    "The window in the notice ends on this date. If you have not filed, talk to a legal "
                    "organization right away. " + TPS_SHORT_EN,
                    "El plazo del aviso termina en esta fecha. Si no se ha vuelto a inscribir, hable de inmediato "
                    "con una organización legal. " + TPS_SHORT_ES,
                ),
            ),
        ),
        late=Step(
            0,
            Text(
                "The TPS re-registration window has closed",
                "Se cerró el plazo para volver a inscribirse en TPS",
            ),
            Text(
                "If you re-registered, mark this done. If you did not, talk to a legal organization right "
                "away. " + TPS_SHORT_EN,
                "Si se volvió a inscribir, márquelo como hecho. Si no, hable de inmediato con una "
                "organización legal. " + TPS_SHORT_ES,
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="tps_designation_end",
        kinds=frozenset({EventKind.TPS_DESIGNATION_END}),
        source=_TPS_SOURCE,
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "End of TPS for a country (the date the user entered from the government notice): reminders "
            "from 180 days before, to check whether TPS still exists and to see a lawyer about other "
            "options.",
            "Fin del TPS de un país (la fecha que el usuario anotó del aviso del gobierno): recordatorios "
            "desde 180 días antes, para confirmar si el TPS sigue vigente y hablar con un abogado sobre "
            "otras opciones.",
        ),
        steps=(
            *(step(offset, _TPS_END_TITLE, _TPS_END_ACTION) for offset in (-180, -120, -90, -60, -30, -14)),
            step(
                0,
                Text("TPS for your country ends on this date", "El TPS de su país termina en esta fecha"),
                _TPS_END_ACTION,
            ),
        ),
        late=Step(
            0,
            Text("TPS for your country has ended", "El TPS de su país terminó"),
            Text(
                "Talk to a lawyer now about other options. If you had TPS, you may still be able to apply "
                "for asylum within a reasonable time after it ended. " + TPS_SHORT_EN + " Mark this done "
                "once you have advice.",
                "Hable ya con un abogado sobre otras opciones. Si tenía TPS, tal vez todavía pueda pedir "
                "asilo dentro de un tiempo razonable después de que terminó. " + TPS_SHORT_ES + " Márquelo "
                "como hecho cuando tenga una respuesta.",
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="parole_end",
        kinds=frozenset({EventKind.PAROLE_END}),
        source=source(
            "Your I-94 record or parole notice (the date you entered); government notices ending CBP One and "
            "CHNV paroles (April 2025)",
            "Su registro I-94 o aviso de parole (la fecha que usted anotó); avisos del gobierno que "
            "terminaron los paroles de CBP One y CHNV (abril de 2025)",
        ),
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "Parole (I-94) end date: reminders from 180 days before; some paroles were ended early by notice "
            "in 2025.",
            "Fin del parole (I-94): recordatorios desde 180 días antes; en 2025 algunos paroles se "
            "terminaron antes de tiempo mediante un aviso.",
        ),
        steps=(
            *(step(offset, _PAROLE_TITLE, _PAROLE_ACTION) for offset in (-180, -120, -90, -60, -30, -14)),
            step(
                0,
                Text("Your parole ends on this date", "Su parole termina en esta fecha"),
                _PAROLE_ACTION,
            ),
        ),
        late=Step(
            0,
            Text("Your parole has ended", "Su parole terminó"),
            Text(
                "Talk to a lawyer now about your options; since April 2025 parole rules have changed often. "
                "Mark this done once you have advice.",
                "Hable ya con un abogado sobre sus opciones; desde abril de 2025 las reglas del parole han "
                "cambiado varias veces. Márquelo como hecho cuando tenga una respuesta.",
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="naturalization_early_filing",
        kinds=frozenset({EventKind.NATURALIZATION_ANNIVERSARY}),
        source=source(
            "Immigration and Nationality Act, section 334(a); federal regulation 8 CFR 334.2(b)",
            "Ley de Inmigración y Nacionalidad, sección 334(a); reglamento federal 8 CFR 334.2(b)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Citizenship: Form N-400 may be filed up to 90 days before the 5-year (or 3-year) anniversary of "
            "permanent residence.",
            "Ciudadanía: el formulario N-400 se puede presentar hasta 90 días antes de cumplir 5 años (o 3 "
            "años) como residente permanente.",
        ),
        steps=(
            step(
                -120,
                Text("Get ready to apply for citizenship", "Prepárese para pedir la ciudadanía"),
                Text(
                    "Form N-400 can be filed from 90 days before the 5-year anniversary of permanent "
                    "residence (3 years in some cases; the date is the one you entered). Do not file "
                    "earlier. Talk to a lawyer first.",
                    "El formulario N-400 se puede presentar desde 90 días antes de cumplir 5 años como "
                    "residente permanente (3 años en algunos casos; la fecha es la que usted anotó). No lo "
                    "presente antes. Hable antes con un abogado.",
                ),
            ),
            step(
                -90,
                Text(
                    "You can apply for citizenship (Form N-400) from this date",
                    "Desde esta fecha puede pedir la ciudadanía (formulario N-400)",
                ),
                Text(
                    "From this date, 90 days before the anniversary you entered, Form N-400 can be filed. "
                    "Do not file before this date. Talk to a lawyer before you file.",
                    "Desde esta fecha, 90 días antes del aniversario que usted anotó, se puede presentar el "
                    "formulario N-400. No lo presente antes de esta fecha. Hable con un abogado antes de "
                    "presentarlo.",
                ),
            ),
        ),
    ),
    Rule(
        id="u_visa_certification",
        kinds=frozenset({EventKind.U_VISA_CERTIFICATION}),
        source=source(
            "Federal regulation 8 CFR 214.14(c)(2)(i)",
            "Reglamento federal 8 CFR 214.14(c)(2)(i)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "U visa: the certification (Form I-918 Supplement B) must be signed within the 6 months before "
            "the petition is filed.",
            "Visa U: la certificación (formulario I-918, Suplemento B) debe estar firmada dentro de los 6 "
            "meses antes de presentar la petición.",
        ),
        unit=Unit.MONTHS,
        steps=(
            *(
                Step(
                    months,
                    Text(
                        "File the U visa petition while the certification is valid",
                        "Presente la petición de visa U mientras la certificación esté vigente",
                    ),
                    Text(
                        "The certification (Supplement B) counts only if it was signed within the 6 months "
                        "before the petition (Form I-918) is filed. Talk to your lawyer about filing before "
                        "6 months pass.",
                        "La certificación (Suplemento B) solo cuenta si se firmó dentro de los 6 meses antes "
                        "de presentar la petición (formulario I-918). Hable con su abogado para presentarla "
                        "antes de que pasen los 6 meses.",
                    ),
                )
                for months in (2, 4, 5)
            ),
            Step(
                6,
                Text(
                    "Last day: the U visa certification is 6 months old",
                    "Último día: la certificación de la visa U cumple 6 meses",
                ),
                Text(
                    "After this date the certification (Supplement B) is too old: the petition needs a new "
                    "one. If it is not filed, talk to your lawyer right away.",
                    "Después de esta fecha la certificación (Suplemento B) ya no sirve y la petición "
                    "necesita una nueva. Si no la ha presentado, hable de inmediato con su abogado.",
                ),
            ),
        ),
        late=Step(
            6,
            Text(
                "The U visa certification is more than 6 months old",
                "La certificación de la visa U tiene más de 6 meses",
            ),
            Text(
                "If the petition was filed in time, mark this done. If not, ask your lawyer about getting a "
                "new certification.",
                "Si la petición se presentó a tiempo, márquelo como hecho. Si no, pregúntele a su abogado "
                "cómo conseguir una nueva certificación.",
            ),
        ),
        deadline=6,
    ),
    Rule(
        id="registration_at_14",
        kinds=frozenset({EventKind.TURNS_14}),
        source=source(
            "Federal law 8 U.S.C. 1302(b); registration rule of March 12, 2025",
            "Ley federal 8 U.S.C. 1302(b); regla de registro del 12 de marzo de 2025",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        applies=Applies.NONCITIZEN,
        description=Text(
            "Registration at 14: a child who is not a U.S. citizen must register (or register again) within "
            "30 days after turning 14; talk to a lawyer first. From the date of birth.",
            "Registro a los 14 años: un menor que no es ciudadano de EE. UU. debe registrarse (o volver a "
            "registrarse) dentro de los 30 días después de cumplir 14; hable antes con un abogado. Se "
            "calcula con la fecha de nacimiento.",
        ),
        steps=(
            step(
                -60,
                Text(
                    "Turning 14 soon: ask a lawyer about registration",
                    "Pronto cumple 14 años: pregunte a un abogado sobre el registro",
                ),
                _REGISTER_ACTION,
            ),
            step(0, _REGISTER_TITLE, _REGISTER_ACTION),
            step(14, _REGISTER_TITLE, _REGISTER_ACTION),
            step(
                30,
                Text(
                    "Last day to register after turning 14",
                    "Último día para el registro después de cumplir 14 años",
                ),
                _REGISTER_ACTION,
            ),
        ),
        deadline=30,
    ),
    Rule(
        id="sijs_age_limit",
        kinds=frozenset({EventKind.SIJS_AGE_LIMIT}),
        source=source(
            "Immigration and Nationality Act, section 101(a)(27)(J)",
            "Ley de Inmigración y Nacionalidad, sección 101(a)(27)(J)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        applies=Applies.SIJS_CASE,
        description=Text(
            "Special Immigrant Juvenile status: Form I-360 before the 21st birthday; the state-court order "
            "while that court still can act (often before 18). From the date of birth.",
            "Menor inmigrante especial (SIJS): formulario I-360 antes de cumplir 21 años; la orden de la "
            "corte estatal mientras esa corte todavía puede actuar (muchas veces antes de los 18). Se "
            "calcula con la fecha de nacimiento.",
        ),
        steps=(
            step(
                -1280,
                Text(
                    "SIJS: the state-court order often must come before 18",
                    "SIJS: la orden de la corte estatal muchas veces debe salir antes de los 18",
                ),
                _SIJS_ACTION,
            ),
            *(step(offset, _SIJS_TITLE, _SIJS_ACTION) for offset in (-365, -270, -180, -120, -90, -60, -30, -14, -7)),
            step(
                0,
                Text("SIJS: last day to file Form I-360", "SIJS: último día para presentar el formulario I-360"),
                _SIJS_ACTION,
            ),
        ),
        deadline=0,
    ),
)
