"""The table of deadline rules (DESIGN §5, FACTS "Deadline rules"): what each reminder says and when.

The engine that turns these rules into reminders is `domain.rules`.
"""

from __future__ import annotations

from domain.models import EventKind
from domain.rule_types import FACTS_CHECKED, Applies, Rule, Step, Unit
from domain.text import Text

# --- Wording -------------------------------------------------------------------------------------
# Titles say what to do; actions say how, in plain words. No relative times ("tomorrow", "in 30 days"):
# a reminder is listed ahead of its due date, and the screen shows the dates and days left itself.

_EOIR_LINE_EN = "1-800-898-7180 (TDD 1-800-828-1120; English and Spanish, 24 hours)"
_EOIR_LINE_ES = "1-800-898-7180 (TDD 1-800-828-1120; en inglés y español, las 24 horas)"

GENERIC_LATE_TITLE = Text("This date has passed", "Esta fecha ya pasó")
GENERIC_LATE_ACTION = Text(
    "Mark it done, or talk to your lawyer if something is still pending.",
    "Márquela como hecha, o hable con su abogado si algo quedó pendiente.",
)
_NO_AUTO_EXTENSION_EN = "Ask a lawyer whether an automatic extension applies to you; do not count on one."
_NO_AUTO_EXTENSION_ES = (
    "Pregúntele a un abogado si a usted le corresponde una extensión automática; no cuente con ella."
)
_TPS_CHECK_EN = (
    "Several TPS terminations are in court and the rules are changing: check the latest government "
    "notice with a legal organization."
)
_TPS_CHECK_ES = (
    "Varias terminaciones de TPS están en los tribunales y las reglas están cambiando: confirme el aviso "
    "más reciente del gobierno con una organización legal."
)


def _days(offset: int, title: Text, action: Text) -> Step:
    return Step(offset, title, action)


_RECHECK_TITLE = Text("Re-check your hearing date", "Vuelva a confirmar la fecha de su audiencia")
_RECHECK_ACTION = Text(
    "Hearings move often. Once a week, call the immigration court line " + _EOIR_LINE_EN
    + " or check acis.eoir.justice.gov with your 9-digit A-number (add a 0 in front of an 8-digit one).",
    "Las audiencias cambian con frecuencia. Una vez por semana, llame a la línea de la corte de "
    "inmigración, " + _EOIR_LINE_ES + ", o consulte acis.eoir.justice.gov con su número A de 9 dígitos "
    "(si tiene 8, agregue un 0 al principio).",
)
# Weekly re-checks start 26 weeks before a hearing and stop 2 weeks before it, on the hearing's weekday:
# the 7-day and 1-day hearing reminders carry the re-check themselves. A bound is needed so storage can
# pre-filter events by date (`max_lead_days`).
RECHECK_FIRST_WEEK = 26
RECHECK_LAST_WEEK = 2


RULES: tuple[Rule, ...] = (
    Rule(
        id="daca_renewal",
        kinds=frozenset({EventKind.DACA_EXPIRY}),
        source="USCIS guidance as cited by NILC",
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
            _days(
                -150,
                Text("The DACA renewal window opens", "Se abre el plazo para renovar DACA"),
                Text(
                    "From this date you can file the DACA renewal (Forms I-821D and I-765); file it within "
                    "30 days. Do not file earlier: it may be rejected. Gather your papers and the fee now.",
                    "Desde esta fecha puede presentar la renovación de DACA (formularios I-821D e I-765); "
                    "preséntela dentro de los 30 días siguientes. No la presente antes, porque se la pueden "
                    "rechazar. Vaya juntando sus papeles y el pago.",
                ),
            ),
            _days(
                -120,
                Text(
                    "File the DACA renewal (Form I-821D and I-765) now — the window is open",
                    "Presente la renovación de DACA (formularios I-821D e I-765) ahora: "
                    "el plazo está abierto",
                ),
                Text(
                    "File by this date, 120 days before your DACA expires. DACA work permits get no "
                    "automatic extension, so filing late can leave you without a work permit.",
                    "Preséntela a más tardar en esta fecha, 120 días antes de que venza su DACA. El permiso "
                    "de trabajo de DACA no se extiende automáticamente: si presenta tarde, puede quedarse "
                    "sin permiso de trabajo.",
                ),
            ),
        ),
        late=_days(
            -120,
            Text(
                "The DACA renewal is late — file as soon as possible",
                "La renovación de DACA va tarde: preséntela cuanto antes",
            ),
            Text(
                "The date to file 120 days before expiry has passed. File Forms I-821D and I-765 as soon as "
                "possible and talk to a lawyer or legal organization. DACA work permits get no automatic "
                "extension.",
                "Ya pasó la fecha para presentar 120 días antes del vencimiento. Presente los formularios "
                "I-821D e I-765 cuanto antes y hable con un abogado o una organización legal. El permiso de "
                "trabajo de DACA no se extiende automáticamente.",
            ),
        ),
    ),
    Rule(
        id="ead_renewal",
        kinds=frozenset({EventKind.EAD_EXPIRY}),
        source="USCIS Form I-765 instructions",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Work permit (EAD) renewal: for most categories, Form I-765 may be filed up to 180 days before "
            "the card expires. Automatic extensions changed in 2024 and 2025 and are not promised here.",
            "Renovación del permiso de trabajo (EAD): en la mayoría de las categorías, el formulario I-765 "
            "se puede presentar hasta 180 días antes de que venza la tarjeta. Las extensiones automáticas "
            "cambiaron en 2024 y 2025; aquí no se promete ninguna.",
        ),
        steps=(
            _days(
                -180,
                Text("You can renew the work permit", "Ya puede renovar el permiso de trabajo"),
                Text(
                    "For most categories, the renewal (Form I-765) can be filed from this date, 180 days "
                    "before the card expires. File early. " + _NO_AUTO_EXTENSION_EN,
                    "En la mayoría de las categorías, la renovación (formulario I-765) se puede presentar "
                    "desde esta fecha, 180 días antes de que venza la tarjeta. Preséntela pronto. "
                    + _NO_AUTO_EXTENSION_ES,
                ),
            ),
            _days(
                0,
                Text("Renew the work permit now", "Renueve el permiso de trabajo ahora"),
                Text(
                    "The renewal window is open: file Form I-765 before the card expires. "
                    + _NO_AUTO_EXTENSION_EN,
                    "El plazo de renovación está abierto: presente el formulario I-765 antes de que venza "
                    "la tarjeta. " + _NO_AUTO_EXTENSION_ES,
                ),
            ),
        ),
        late=_days(
            0,
            Text("The work permit has expired", "El permiso de trabajo está vencido"),
            Text(
                "If the renewal is not filed, file Form I-765 as soon as possible and ask a lawyer whether "
                "you may keep working. Mark this done once it is handled.",
                "Si no ha presentado la renovación, presente el formulario I-765 cuanto antes y pregúntele "
                "a un abogado si puede seguir trabajando. Márquelo como hecho cuando esté resuelto.",
            ),
        ),
    ),
    Rule(
        id="green_card_renewal",
        kinds=frozenset({EventKind.GREEN_CARD_EXPIRY}),
        source="USCIS (Form I-90; Form I-751 for conditional residence)",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Green card renewal: a 10-year card is renewed with Form I-90 within the 6 months before it "
            "expires; a 2-year conditional card needs Form I-751 in the 90 days before it expires.",
            "Renovación de la tarjeta de residencia: la tarjeta de 10 años se renueva con el formulario "
            "I-90 en los 6 meses antes de que venza; la tarjeta condicional de 2 años necesita el "
            "formulario I-751 en los 90 días antes del vencimiento.",
        ),
        unit=Unit.MONTHS,
        steps=(
            Step(
                -6,
                Text("You can renew the green card", "Ya puede renovar la tarjeta de residencia"),
                Text(
                    "From this date, 6 months before it expires, a 10-year green card can be renewed with "
                    "Form I-90. If yours is a 2-year (conditional) card, the form is I-751, filed in the 90 "
                    "days before it expires — ask a lawyer.",
                    "Desde esta fecha, 6 meses antes del vencimiento, la tarjeta de residencia de 10 años se "
                    "puede renovar con el formulario I-90. Si la suya es de 2 años (residencia condicional), "
                    "el formulario es el I-751 y se presenta en los 90 días antes del vencimiento; consulte "
                    "con un abogado.",
                ),
            ),
            Step(
                0,
                Text("Renew the green card now", "Renueve la tarjeta de residencia ahora"),
                Text(
                    "File Form I-90 before the card expires (Form I-751 for a 2-year conditional card — ask "
                    "a lawyer).",
                    "Presente el formulario I-90 antes de que venza la tarjeta (el I-751 si es una tarjeta "
                    "condicional de 2 años; consulte con un abogado).",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The green card has expired", "La tarjeta de residencia está vencida"),
            Text(
                "Renew it with Form I-90 as soon as possible, and talk to a lawyer now if it was a 2-year "
                "(conditional) card. Mark this done once it is handled.",
                "Renuévela con el formulario I-90 cuanto antes, y hable ya con un abogado si era una "
                "tarjeta condicional de 2 años. Márquelo como hecho cuando esté resuelto.",
            ),
        ),
    ),
    Rule(
        id="passport_stay",
        kinds=frozenset({EventKind.PASSPORT_EXPIRY}),
        source="Form I-246 text; law-firm pages (stay of removal needs a passport valid 6 months or more)",
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "With a stay of removal: a request for a stay needs a passport valid for at least 6 months.",
            "Con una suspensión de deportación: para pedir la suspensión se necesita un pasaporte con al "
            "menos 6 meses de vigencia.",
        ),
        unit=Unit.MONTHS,
        applies=Applies.STAY_OF_REMOVAL,
        steps=(
            Step(
                -6,
                Text(
                    "Renew the passport before it has less than 6 months left",
                    "Renueve el pasaporte antes de que le queden menos de 6 meses",
                ),
                Text(
                    "A stay of removal request needs a passport valid for at least 6 months. Start the "
                    "renewal at your consulate, and check with your lawyer.",
                    "Para pedir una suspensión de deportación se necesita un pasaporte con al menos 6 meses "
                    "de vigencia. Empiece la renovación en su consulado y consulte con su abogado.",
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
                "A stay of removal request needs a passport valid for at least 6 months. Renew it at your "
                "consulate as soon as possible and tell your lawyer. Mark this done once it is renewed.",
                "Para pedir una suspensión de deportación se necesita un pasaporte con al menos 6 meses de "
                "vigencia. Renuévelo en su consulado cuanto antes y avísele a su abogado. Márquelo como "
                "hecho cuando lo tenga.",
            ),
        ),
    ),
    Rule(
        id="passport_expiry",
        kinds=frozenset({EventKind.PASSPORT_EXPIRY}),
        source="Law-firm pages (passport valid 6 months or more for travel and a stay request)",
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Passport: keep it valid for at least 6 months for travel and for a stay of removal request.",
            "Pasaporte: manténgalo vigente con al menos 6 meses por delante para viajar y para pedir una "
            "suspensión de deportación.",
        ),
        unit=Unit.MONTHS,
        applies=Applies.NO_STAY_OF_REMOVAL,
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
        source="Form I-246 text; law-firm pages",
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Stay of removal: usually granted for a limited time; a new request (Form I-246) is filed in "
            "person at the ICE field office. Reminders 60 and 30 days before it ends.",
            "Suspensión de deportación: se suele dar por un tiempo limitado; una nueva solicitud "
            "(formulario I-246) se presenta en persona en la oficina de ICE. Recordatorios 60 y 30 días "
            "antes de que termine.",
        ),
        steps=(
            _days(
                -60,
                Text(
                    "Plan with your lawyer for the end of the stay of removal",
                    "Planee con su abogado qué hacer cuando termine la suspensión de deportación",
                ),
                Text(
                    "Ask your lawyer whether to request a new stay (Form I-246, filed in person at the ICE "
                    "field office). It needs a passport valid for at least 6 months; the fee is $155 and "
                    "may change.",
                    "Pregúntele a su abogado si conviene pedir una nueva suspensión (formulario I-246, que "
                    "se presenta en persona en la oficina de ICE). Se necesita un pasaporte con al menos 6 "
                    "meses de vigencia; la tarifa es de $155 y puede cambiar.",
                ),
            ),
            _days(
                -30,
                Text(
                    "The stay of removal ends soon — is a new request filed?",
                    "La suspensión de deportación termina pronto: ¿ya presentó una nueva solicitud?",
                ),
                Text(
                    "If a new stay is needed and not yet requested, talk to your lawyer now. Keep your "
                    "family plan ready.",
                    "Si hace falta una nueva suspensión y todavía no la ha pedido, hable ya con su abogado. "
                    "Tenga listo su plan familiar.",
                ),
            ),
            _days(
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
        late=_days(
            0,
            Text("The stay of removal has ended", "La suspensión de deportación ya terminó"),
            Text(
                "Talk to your lawyer now. Mark this done once a new stay is granted or the matter is "
                "handled.",
                "Hable ya con su abogado. Márquelo como hecho cuando le den una nueva suspensión o el asunto "
                "esté resuelto.",
            ),
        ),
    ),
    Rule(
        id="tps_window_open",
        kinds=frozenset({EventKind.TPS_WINDOW_START}),
        source="Federal Register notices (dates entered by the user); Alianza Americas",
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "TPS re-registration opens on the date set by the government notice, as entered by the user.",
            "La re-inscripción de TPS abre en la fecha que fija el aviso del gobierno, según la anotó el "
            "usuario.",
        ),
        steps=(
            _days(
                0,
                Text("TPS re-registration opens", "Se abre la re-inscripción de TPS"),
                Text(
                    "Re-register during the window in the government notice (the dates you entered). "
                    + _TPS_CHECK_EN,
                    "Vuelva a inscribirse dentro del plazo del aviso del gobierno (las fechas que usted "
                    "anotó). " + _TPS_CHECK_ES,
                ),
            ),
        ),
        late=_days(
            0,
            Text(
                "TPS re-registration is open — file before it closes",
                "La re-inscripción de TPS está abierta: preséntela antes de que cierre",
            ),
            Text(
                "The window opened on this date. File before it closes, then mark this done. "
                + _TPS_CHECK_EN,
                "El plazo se abrió en esta fecha. Presente antes de que cierre y luego márquelo como hecho. "
                + _TPS_CHECK_ES,
            ),
        ),
    ),
    Rule(
        id="tps_window_close",
        kinds=frozenset({EventKind.TPS_WINDOW_END}),
        source="Federal Register notices (dates entered by the user); Alianza Americas",
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "TPS re-registration closes on the date set by the government notice, as entered by the user. "
            "Reminders 30 and 7 days before.",
            "La re-inscripción de TPS cierra en la fecha que fija el aviso del gobierno, según la anotó el "
            "usuario. Recordatorios 30 y 7 días antes.",
        ),
        steps=(
            _days(
                -30,
                Text(
                    "File the TPS re-registration before the window closes",
                    "Presente la re-inscripción de TPS antes de que cierre el plazo",
                ),
                Text(
                    "If you have not re-registered yet, file now; the window is the one in the government "
                    "notice you entered. " + _TPS_CHECK_EN,
                    "Si todavía no se ha vuelto a inscribir, preséntela ya; el plazo es el del aviso del "
                    "gobierno que usted anotó. " + _TPS_CHECK_ES,
                ),
            ),
            _days(
                -7,
                Text(
                    "The TPS window closes soon — file now",
                    "El plazo de TPS está por cerrar: presente ya",
                ),
                Text(
                    "If you have not filed, file now and keep a copy of everything you send and the receipt. "
                    "If you need help, call a legal organization today.",
                    "Si no ha presentado, hágalo ya y guarde una copia de todo lo que envíe y el recibo. Si "
                    "necesita ayuda, llame hoy mismo a una organización legal.",
                ),
            ),
            _days(
                0,
                Text("The TPS re-registration window closes", "Cierra el plazo de re-inscripción de TPS"),
                Text(
                    "The window in the notice ends on this date. If you have not filed, talk to a legal "
                    "organization right away.",
                    "El plazo del aviso termina en esta fecha. Si no ha presentado, hable de inmediato con "
                    "una organización legal.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The TPS re-registration window has closed", "Se cerró el plazo de re-inscripción de TPS"),
            Text(
                "If you re-registered, mark this done. If you did not, talk to a legal organization right "
                "away.",
                "Si se volvió a inscribir, márquelo como hecho. Si no, hable de inmediato con una "
                "organización legal.",
            ),
        ),
    ),
    Rule(
        id="ice_checkin",
        kinds=frozenset({EventKind.ICE_CHECKIN}),
        source="ice.gov ATD page; FACTS: check-ins have become riskier (M); family preparedness plan",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "ICE check-ins (order of supervision, Alternatives to Detention) are separate from court "
            "hearings and often recur. Reminders 7 days and 1 day before, with a preparation checklist.",
            "Las citas de control con ICE (orden de supervisión, Alternativas a la Detención) son aparte de "
            "las audiencias en la corte y suelen repetirse. Recordatorios 7 días y 1 día antes, con una "
            "lista para prepararse.",
        ),
        steps=(
            _days(
                -7,
                Text("Prepare for the ICE check-in", "Prepárese para la cita de control con ICE"),
                Text(
                    "Talk to your lawyer before the check-in. Gather your papers (the order of supervision, "
                    "ID, any letters from ICE or the court). Tell a trusted person when and where it is, "
                    "and when to expect your call. Have your family plan ready.",
                    "Hable con su abogado antes de la cita. Junte sus papeles (la orden de supervisión, su "
                    "identificación, las cartas de ICE o de la corte). Dígale a una persona de confianza "
                    "cuándo y dónde es la cita, y a qué hora le va a llamar. Tenga listo su plan familiar.",
                ),
            ),
            _days(
                -1,
                Text("ICE check-in: last checklist", "Cita con ICE: última revisión"),
                Text(
                    "Did you talk to your lawyer? Have your papers and your lawyer's phone number written on "
                    "paper. Your trusted person knows when and where you are going and when you will call. "
                    "Your family plan and the children's caregivers are ready.",
                    "¿Ya habló con su abogado? Tenga sus papeles y el teléfono de su abogado apuntado en "
                    "papel. Su persona de confianza sabe cuándo y adónde va, y a qué hora le va a llamar. "
                    "Su plan familiar y quienes cuidarían a sus hijos están listos.",
                ),
            ),
            _days(
                0,
                Text("ICE check-in day", "Día de la cita con ICE"),
                Text(
                    "Go on time with your papers and your lawyer's phone number. Your trusted person should "
                    "know where you are and whom to call if they do not hear from you.",
                    "Llegue a tiempo con sus papeles y el teléfono de su abogado. Su persona de confianza "
                    "debe saber dónde está y a quién llamar si no sabe de usted.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The check-in date has passed", "La fecha de la cita con ICE ya pasó"),
            Text(
                "If you went, mark it done and enter the next check-in. If you could not go, talk to your "
                "lawyer right away.",
                "Si fue, márquela como hecha y anote la próxima cita. Si no pudo ir, hable de inmediato con "
                "su abogado.",
            ),
        ),
    ),
    Rule(
        id="court_hearing",
        kinds=frozenset({EventKind.COURT_HEARING}),
        source="EOIR customer service page; Practice Manual 1.6",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Immigration court hearings: reminders 30, 7 and 1 day before; hearings move often, so re-check "
            "the date with the court's line or portal.",
            "Audiencias en la corte de inmigración: recordatorios 30, 7 y 1 día antes; las audiencias "
            "cambian con frecuencia, así que vuelva a confirmar la fecha en la línea o el portal de la "
            "corte.",
        ),
        steps=(
            _days(
                -30,
                Text("Prepare for the court hearing with your lawyer", "Prepare la audiencia con su abogado"),
                Text(
                    "Meet your lawyer or legal organization about the hearing and gather the documents they "
                    "ask for. Missing a hearing can lead to an order of removal. Re-check the date at "
                    + _EOIR_LINE_EN + " or acis.eoir.justice.gov.",
                    "Reúnase con su abogado u organización legal para preparar la audiencia y junte los "
                    "documentos que le pidan. Si falta a una audiencia, le pueden dictar una orden de "
                    "deportación. Vuelva a confirmar la fecha en el " + _EOIR_LINE_ES
                    + " o en acis.eoir.justice.gov.",
                ),
            ),
            _days(
                -7,
                Text(
                    "Court hearing coming up: confirm the date and time",
                    "Se acerca la audiencia: confirme la fecha y la hora",
                ),
                Text(
                    "Hearings move often. Call " + _EOIR_LINE_EN + " or check acis.eoir.justice.gov with "
                    "your A-number. Plan how you will get there and who will care for your children.",
                    "Las audiencias cambian con frecuencia. Llame al " + _EOIR_LINE_ES + " o consulte "
                    "acis.eoir.justice.gov con su número A. Planee cómo va a llegar y quién cuidará a sus "
                    "hijos.",
                ),
            ),
            _days(
                -1,
                Text("Court hearing: last check", "Audiencia: última revisión"),
                Text(
                    "Confirm the date once more at 1-800-898-7180. Have your papers and your lawyer's phone "
                    "number ready, plan to arrive early, and tell a trusted person where you will be.",
                    "Confirme la fecha una vez más en el 1-800-898-7180. Tenga listos sus papeles y el "
                    "teléfono de su abogado, planee llegar temprano y dígale a una persona de confianza "
                    "dónde va a estar.",
                ),
            ),
            _days(
                0,
                Text("Court hearing day", "Día de la audiencia"),
                Text(
                    "Arrive early with your papers. If something keeps you from going, call your lawyer "
                    "right away: missing a hearing can lead to an order of removal.",
                    "Llegue temprano con sus papeles. Si algo le impide ir, llame de inmediato a su abogado: "
                    "si falta a la audiencia, le pueden dictar una orden de deportación.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The hearing date has passed", "La fecha de la audiencia ya pasó"),
            Text(
                "If the hearing took place, mark it done and enter the next date. If you missed it, talk to "
                "a lawyer right away.",
                "Si la audiencia se celebró, márquela como hecha y anote la próxima fecha. Si no pudo ir, "
                "hable de inmediato con un abogado.",
            ),
        ),
    ),
    Rule(
        id="hearing_recheck",
        kinds=frozenset({EventKind.COURT_HEARING}),
        source="EOIR customer service page; Practice Manual 1.6",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Hearings move often: re-check the hearing date every week before it, by the EOIR automated "
            "line or the online portal.",
            "Las audiencias cambian con frecuencia: vuelva a confirmar la fecha cada semana antes de la "
            "audiencia, en la línea automática de EOIR o en el portal en línea.",
        ),
        steps=tuple(
            _days(-7 * week, _RECHECK_TITLE, _RECHECK_ACTION)
            for week in range(RECHECK_FIRST_WEEK, RECHECK_LAST_WEEK - 1, -1)
        ),
    ),
    Rule(
        id="appointment",
        kinds=frozenset({EventKind.BIOMETRICS, EventKind.INTERVIEW}),
        source="The appointment notice (date entered by the user)",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Biometrics appointments and interviews: reminders 7 days and 1 day before.",
            "Citas de huellas (biométricos) y entrevistas: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            _days(
                -7,
                Text("Get ready for the appointment", "Prepárese para la cita"),
                Text(
                    "Read the appointment notice again: bring it, your ID and the papers it asks for. If "
                    "you cannot go, ask your lawyer how to reschedule before the date.",
                    "Vuelva a leer el aviso de la cita: llévelo, junto con su identificación y los papeles "
                    "que pide. Si no puede ir, pregúntele a su abogado cómo cambiar la fecha antes del día.",
                ),
            ),
            _days(
                -1,
                Text("Appointment: last check", "Cita: última revisión"),
                Text(
                    "Have the notice, your ID and your papers ready, and plan to arrive early.",
                    "Tenga listos el aviso, su identificación y sus papeles, y planee llegar temprano.",
                ),
            ),
            _days(
                0,
                Text("Appointment day", "Día de la cita"),
                Text(
                    "Arrive early with the notice, your ID and your papers.",
                    "Llegue temprano con el aviso, su identificación y sus papeles.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The appointment date has passed", "La fecha de la cita ya pasó"),
            Text(
                "If you went, mark it done. If you missed it, talk to your lawyer about what to do next.",
                "Si fue, márquela como hecha. Si no pudo ir, hable con su abogado sobre qué hacer.",
            ),
        ),
    ),
    Rule(
        id="filing_deadline",
        kinds=frozenset({EventKind.FILING_DEADLINE}),
        source="The deadline entered by the user",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Filing deadlines: reminders 7 days and 1 day before.",
            "Fechas límite para presentar: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            _days(
                -7,
                Text("Send the papers before the deadline", "Envíe los papeles antes de la fecha límite"),
                Text(
                    "Finish and send the papers early, leaving time for the mail. Keep a copy of everything "
                    "and proof that you sent it.",
                    "Termine y envíe los papeles con tiempo, pensando en lo que tarda el correo. Guarde una "
                    "copia de todo y el comprobante de envío.",
                ),
            ),
            _days(
                -1,
                Text("Filing deadline: last check", "Fecha límite: última revisión"),
                Text(
                    "If the papers are not sent yet, talk to your lawyer about the fastest way to file them.",
                    "Si todavía no ha enviado los papeles, hable con su abogado sobre la forma más rápida de "
                    "presentarlos.",
                ),
            ),
            _days(
                0,
                Text("Last day to file", "Último día para presentar"),
                Text(
                    "If the papers are not filed, talk to your lawyer right away.",
                    "Si no ha presentado los papeles, hable de inmediato con su abogado.",
                ),
            ),
        ),
        late=_days(0, GENERIC_LATE_TITLE, GENERIC_LATE_ACTION),
    ),
    Rule(
        id="other_date",
        kinds=frozenset({EventKind.OTHER}),
        source="The date entered by the user",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Other dates: reminders 7 days and 1 day before.",
            "Otras fechas: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            _days(
                -7,
                Text("Get ready for this date", "Prepárese para esta fecha"),
                Text(
                    "Read your notes for this date and gather what you need.",
                    "Lea sus notas sobre esta fecha y junte lo que necesite.",
                ),
            ),
            _days(
                -1,
                Text("This date is close: last check", "Esta fecha está cerca: última revisión"),
                Text(
                    "Check your notes once more and have everything ready.",
                    "Revise sus notas una vez más y tenga todo listo.",
                ),
            ),
            _days(
                0,
                Text("The date has come", "Llegó la fecha"),
                Text(
                    "Do what this date requires, then mark it done.",
                    "Haga lo que corresponde a esta fecha y luego márquela como hecha.",
                ),
            ),
        ),
        late=_days(0, GENERIC_LATE_TITLE, GENERIC_LATE_ACTION),
    ),
    Rule(
        id="address_uscis",
        kinds=frozenset({EventKind.ADDRESS_CHANGE}),
        source="8 CFR 265.1",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Change of address: tell USCIS with Form AR-11 within 10 days of moving.",
            "Cambio de domicilio: avise a USCIS con el formulario AR-11 dentro de los 10 días siguientes a "
            "la mudanza.",
        ),
        steps=(
            _days(
                10,
                Text(
                    "Tell USCIS your new address (Form AR-11)",
                    "Avise a USCIS de su nueva dirección (formulario AR-11)",
                ),
                Text(
                    "Report the move to USCIS with Form AR-11 within 10 days of moving. Keep proof that "
                    "you sent it.",
                    "Informe la mudanza a USCIS con el formulario AR-11 dentro de los 10 días siguientes. "
                    "Guarde el comprobante de envío.",
                ),
            ),
        ),
        late=_days(
            10,
            Text("Form AR-11 is late — send it now", "El formulario AR-11 va tarde: envíelo ya"),
            Text(
                "The 10 days to report your move to USCIS have passed. Send Form AR-11 as soon as possible "
                "and keep proof. Mark this done once it is sent.",
                "Ya pasaron los 10 días para informar su mudanza a USCIS. Envíe el formulario AR-11 cuanto "
                "antes y guarde el comprobante. Márquelo como hecho cuando lo envíe.",
            ),
        ),
    ),
    Rule(
        id="address_court",
        kinds=frozenset({EventKind.ADDRESS_CHANGE}),
        source="8 CFR 1003.15(d)(2); EOIR Practice Manual",
        checked=FACTS_CHECKED,
        confidence="M",
        applies=Applies.COURT_CASE,
        description=Text(
            "Change of address with a case in immigration court: Form EOIR-33 within 5 days of moving; a "
            "missed hearing notice can lead to an order of removal.",
            "Cambio de domicilio con un caso en la corte de inmigración: formulario EOIR-33 dentro de los 5 "
            "días siguientes a la mudanza; no recibir un aviso de audiencia puede llevar a una orden de "
            "deportación.",
        ),
        steps=(
            _days(
                5,
                Text(
                    "Tell the immigration court your new address (Form EOIR-33)",
                    "Avise a la corte de inmigración de su nueva dirección (formulario EOIR-33)",
                ),
                Text(
                    "With a case in immigration court, report a move with Form EOIR-33 within 5 days — "
                    "check with your lawyer. If a hearing notice goes to your old address and you miss the "
                    "hearing, you can be ordered removed.",
                    "Si tiene un caso en la corte de inmigración, informe la mudanza con el formulario "
                    "EOIR-33 dentro de 5 días; confírmelo con su abogado. Si el aviso de una audiencia llega "
                    "a su dirección anterior y usted no se presenta, le pueden ordenar la deportación.",
                ),
            ),
        ),
        late=_days(
            5,
            Text("Form EOIR-33 is late — send it now", "El formulario EOIR-33 va tarde: envíelo ya"),
            Text(
                "Send Form EOIR-33 to the immigration court as soon as possible so you do not miss a hearing "
                "notice, and check with your lawyer. Mark this done once it is sent.",
                "Envíe el formulario EOIR-33 a la corte de inmigración cuanto antes para no perderse un "
                "aviso de audiencia, y consulte con su abogado. Márquelo como hecho cuando lo envíe.",
            ),
        ),
    ),
)
