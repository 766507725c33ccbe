"""Rules for check-ins, hearings, court and USCIS deadlines, moves, and the deadlines a clinic counts.

Sources are FACTS.md "Deadline rules" and "Deadlines a clinic expects" (section "Revised 2026-11-30").
A deadline counted from a decision or a notice starts on the date the user enters for it.
"""

from __future__ import annotations

from domain.models import EventKind
from domain.rule_types import FACTS_CHECKED, Applies, Rule, Step, Unit
from domain.rule_wording import (
    BUSINESS_DAYS_EN,
    BUSINESS_DAYS_ES,
    EOIR_LINE_EN,
    EOIR_LINE_ES,
    GENERIC_LATE_ACTION,
    GENERIC_LATE_TITLE,
    source,
    step,
)
from domain.text import Text

_EOIR_SOURCE = source(
    "Immigration court (EOIR) customer service page and Practice Manual, chapter 1.6",
    "Página de servicio al cliente de la corte de inmigración (EOIR) y su Manual de Práctica, capítulo 1.6",
)

_RECHECK_TITLE = Text("Re-check your hearing date", "Vuelva a confirmar la fecha de su audiencia")
_RECHECK_ACTION = Text(
    "Hearings move often. Once a week, call the immigration court line " + EOIR_LINE_EN
    + " or check acis.eoir.justice.gov with your 9-digit A-number (add a 0 in front of an 8-digit one).",
    "Las audiencias cambian con frecuencia. Una vez por semana, llame a la línea de la corte de "
    "inmigración, " + EOIR_LINE_ES + ", o consulte acis.eoir.justice.gov con su número A de 9 dígitos "
    "(si tiene 8, agregue un 0 al principio).",
)
# Weekly re-checks start 26 weeks before a hearing and stop 2 weeks before it, on the hearing's weekday:
# the 7-day and 1-day hearing reminders carry the re-check themselves. A bound is needed so storage can
# pre-filter events by date (`max_lead_days`).
RECHECK_FIRST_WEEK = 26
RECHECK_LAST_WEEK = 2

_PREHEARING_TITLE = Text(
    "File the papers for the individual hearing",
    "Presente los papeles para la audiencia individual",
)
_PREHEARING_ACTION = Text(
    "Papers for an individual hearing (evidence, witness lists) are due at the court 15 days before the "
    "hearing, unless the judge set another date. The court counts the day it receives them. Plan this "
    "with your lawyer.",
    "Los papeles para una audiencia individual (pruebas, lista de testigos) deben llegar a la corte 15 "
    "días antes de la audiencia, a menos que el juez haya fijado otra fecha. La corte cuenta el día en que "
    "los recibe. Planéelo con su abogado.",
)

_ASYLUM_TITLE = Text(
    "Asylum: apply within one year of your last arrival",
    "Asilo: presente la solicitud dentro de un año desde su última llegada",
)
_ASYLUM_ACTION = Text(
    "An asylum application (Form I-589) must be filed within one year of the last arrival in the U.S. "
    "(the date you entered). There are exceptions for changed or extraordinary circumstances, and for "
    "people who had TPS. Talk to a lawyer now.",
    "La solicitud de asilo (formulario I-589) se debe presentar dentro de un año desde la última llegada "
    "a EE. UU. (la fecha que usted anotó). Hay excepciones por cambios en su situación o circunstancias "
    "extraordinarias, y para personas que tuvieron TPS. Hable con un abogado pronto.",
)

_FEE_TITLE = Text("Pay the yearly asylum fee", "Pague la cuota anual de asilo")
_FEE_ACTION = Text(
    "While an asylum application is pending, USCIS charges $100 a year. Pay within 30 days of the notice "
    "(the date you entered), as the notice says. This fee is new (law of July 4, 2025).",
    "Mientras la solicitud de asilo está pendiente, USCIS cobra $100 al año. Pague dentro de los 30 días "
    "desde el aviso (la fecha que usted anotó), como dice el aviso. Esta cuota es nueva (ley del 4 de "
    "julio de 2025).",
)

_DECISION_30_TITLE = Text(
    "The judge's decision: an appeal must reach the BIA within 30 days",
    "Decisión del juez: la apelación debe llegar a la BIA dentro de 30 días",
)
_DECISION_30_ACTION = Text(
    "To appeal the immigration judge's decision, the appeal must be received by the Board of Immigration "
    "Appeals (BIA) within 30 days of the decision (the date you entered) — mailing it by then is not "
    "enough. A motion to reconsider is also due within 30 days of a final order, and a motion to reopen "
    "within 90 days. Talk to your lawyer now.",
    "Para apelar la decisión del juez de inmigración, la apelación debe llegar a la Junta de Apelaciones "
    "de Inmigración (BIA) dentro de los 30 días desde la decisión (la fecha que usted anotó); no basta con "
    "enviarla por correo a tiempo. Una moción para reconsiderar también vence 30 días después de una orden "
    "final, y una moción para reabrir, 90 días después. Hable con su abogado pronto.",
)
_DECISION_90_TITLE = Text(
    "Motion to reopen: due within 90 days of a final order",
    "Moción para reabrir: vence 90 días después de una orden final",
)
_DECISION_90_ACTION = Text(
    "A motion to reopen is due within 90 days of a final order; ask your lawyer which date counts in your "
    "case. The 30-day appeal and reconsider dates have passed.",
    "La moción para reabrir vence 90 días después de una orden final; pregúntele a su abogado qué fecha "
    "cuenta en su caso. Ya pasaron las fechas de 30 días para apelar y para pedir que se reconsidere.",
)

_ABSENTIA_TITLE = Text(
    "Order in absence: talk to a lawyer about reopening the case",
    "Orden en ausencia: hable con un abogado para reabrir el caso",
)
_ABSENTIA_ACTION = Text(
    "An order of removal made when you were not at the hearing can be challenged with a motion to reopen: "
    "within 180 days of the order (the date you entered) for exceptional circumstances, or at any time if "
    "you never got the hearing notice. Talk to a lawyer now.",
    "Una orden de deportación dictada cuando usted no estuvo en la audiencia se puede combatir con una "
    "moción para reabrir: dentro de los 180 días desde la orden (la fecha que usted anotó) por "
    "circunstancias excepcionales, o en cualquier momento si nunca le llegó el aviso de la audiencia. "
    "Hable con un abogado pronto.",
)

_BIA_TITLE = Text(
    "BIA decision: a petition for review is due within 30 days",
    "Decisión de la BIA: la petición de revisión vence en 30 días",
)
_BIA_ACTION = Text(
    "To challenge the Board of Immigration Appeals' final order, a petition for review must be filed in "
    "the federal court of appeals within 30 days of the BIA decision (the date you entered). Talk to your "
    "lawyer now.",
    "Para combatir la orden final de la Junta de Apelaciones de Inmigración (BIA), hay que presentar una "
    "petición de revisión en la corte federal de apelaciones dentro de los 30 días desde la decisión (la "
    "fecha que usted anotó). Hable con su abogado pronto.",
)

_VD_TITLE = Text(
    "Voluntary departure: leave by the date the judge set",
    "Salida voluntaria: salga a más tardar en la fecha que fijó el juez",
)
_VD_ACTION = Text(
    "You must leave the U.S. by this date (the one in the order). If you do not leave in time, there is a "
    "fine of $1,000 to $5,000 and for 10 years you cannot get most kinds of relief. Talk to your lawyer "
    "about your plans and your family plan.",
    "Debe salir de EE. UU. a más tardar en esta fecha (la de la orden). Si no sale a tiempo, hay una "
    "multa de $1,000 a $5,000 y por 10 años no podrá recibir la mayoría de los beneficios migratorios. "
    "Hable con su abogado sobre sus planes y su plan familiar.",
)

_BOND_TITLE = Text(
    "Voluntary departure: post the bond within 5 business days",
    "Salida voluntaria: pague la fianza dentro de 5 días hábiles",
)
_BOND_ACTION = Text(
    "When a judge grants voluntary departure at the end of the case, the bond must be posted within 5 "
    "business days of the order (the date you entered). " + BUSINESS_DAYS_EN,
    "Cuando el juez da la salida voluntaria al final del caso, hay que pagar la fianza dentro de los 5 "
    "días hábiles desde la orden (la fecha que usted anotó). " + BUSINESS_DAYS_ES,
)

_RFE_TITLE = Text(
    "Answer the USCIS request by the date in the notice",
    "Responda a USCIS a más tardar en la fecha del aviso",
)
_RFE_ACTION = Text(
    "A request for evidence (RFE) or a notice of intent to deny (NOID) must be answered by the date in the "
    "notice (the date you entered). When the notice came by mail, USCIS usually adds 3 days for mailing, "
    "but do not count on them: send the answer so it arrives by the date in the notice. Talk to your "
    "lawyer.",
    "Una petición de pruebas (RFE) o un aviso de intención de negar (NOID) se debe responder a más tardar "
    "en la fecha del aviso (la fecha que usted anotó). Si el aviso llegó por correo, USCIS suele sumar 3 "
    "días por el correo, pero no cuente con ellos: envíe la respuesta para que llegue a más tardar en la "
    "fecha del aviso. Hable con su abogado.",
)


def _repeated(offsets: tuple[int, ...], title: Text, action: Text) -> tuple[Step, ...]:
    return tuple(step(offset, title, action) for offset in offsets)


COURT_RULES: tuple[Rule, ...] = (
    Rule(
        id="ice_checkin",
        kinds=frozenset({EventKind.ICE_CHECKIN}),
        source=source(
            "U.S. Immigration and Customs Enforcement (ICE), Alternatives to Detention page; reports that "
            "arrests at check-ins rose in 2025",
            "Servicio de Inmigración y Control de Aduanas (ICE), página de Alternativas a la Detención; "
            "informes de que los arrestos en las citas de control aumentaron en 2025",
        ),
        checked=FACTS_CHECKED,
        # The dates are the user's; the advice (lawyer first, family plan) holds whatever the risk.
        confidence="H",
        description=Text(
            "ICE check-ins (order of supervision, Alternatives to Detention) are separate from court "
            "hearings and often recur. Reminders 7 days and 1 day before, with a preparation checklist.",
            "Las citas de control con ICE (orden de supervisión, Alternativas a la Detención) son aparte de "
            "las audiencias en la corte y suelen repetirse. Recordatorios 7 días y 1 día antes, con una "
            "lista para prepararse.",
        ),
        steps=(
            step(
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
            step(
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
            step(
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
        late=step(
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
        kinds=frozenset({EventKind.COURT_HEARING, EventKind.INDIVIDUAL_HEARING}),
        source=_EOIR_SOURCE,
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
            step(
                -30,
                Text("Prepare for the court hearing with your lawyer", "Prepare la audiencia con su abogado"),
                Text(
                    "Meet your lawyer or legal organization about the hearing and gather the documents they "
                    "ask for. Missing a hearing can lead to an order of removal. Re-check the date at "
                    + EOIR_LINE_EN + " or acis.eoir.justice.gov.",
                    "Reúnase con su abogado u organización legal para preparar la audiencia y junte los "
                    "documentos que le pidan. Si falta a una audiencia, le pueden dictar una orden de "
                    "deportación. Vuelva a confirmar la fecha en el " + EOIR_LINE_ES
                    + " o en acis.eoir.justice.gov.",
                ),
            ),
            step(
                -7,
                Text(
                    "Court hearing coming up: confirm the date and time",
                    "Se acerca la audiencia: confirme la fecha y la hora",
                ),
                Text(
                    "Hearings move often. Call " + EOIR_LINE_EN + " or check acis.eoir.justice.gov with "
                    "your A-number. Plan how you will get there and who will care for your children.",
                    "Las audiencias cambian con frecuencia. Llame al " + EOIR_LINE_ES + " o consulte "
                    "acis.eoir.justice.gov con su número A. Planee cómo va a llegar y quién cuidará a sus "
                    "hijos.",
                ),
            ),
            step(
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
            step(
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
        late=step(
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
        kinds=frozenset({EventKind.COURT_HEARING, EventKind.INDIVIDUAL_HEARING}),
        source=_EOIR_SOURCE,
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Hearings move often: re-check the hearing date every week before it, by the EOIR automated "
            "line or the online portal.",
            "Las audiencias cambian con frecuencia: vuelva a confirmar la fecha cada semana antes de la "
            "audiencia, en la línea automática de EOIR o en el portal en línea.",
        ),
        steps=tuple(
            step(-7 * week, _RECHECK_TITLE, _RECHECK_ACTION)
            for week in range(RECHECK_FIRST_WEEK, RECHECK_LAST_WEEK - 1, -1)
        ),
    ),
    Rule(
        id="appointment",
        kinds=frozenset({EventKind.BIOMETRICS, EventKind.INTERVIEW}),
        source=source(
            "Your appointment notice (the date you entered)", "Su aviso de cita (la fecha que usted anotó)"
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Biometrics appointments and interviews: reminders 7 days and 1 day before.",
            "Citas de huellas (biométricos) y entrevistas: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            step(
                -7,
                Text("Get ready for the appointment", "Prepárese para la cita"),
                Text(
                    "Read the appointment notice again: bring it, your ID and the papers it asks for. If "
                    "you cannot go, ask your lawyer how to reschedule before the date.",
                    "Vuelva a leer el aviso de la cita: llévelo, junto con su identificación y los papeles "
                    "que pide. Si no puede ir, pregúntele a su abogado cómo cambiar la fecha antes del día.",
                ),
            ),
            step(
                -1,
                Text("Appointment: last check", "Cita: última revisión"),
                Text(
                    "Have the notice, your ID and your papers ready, and plan to arrive early.",
                    "Tenga listos el aviso, su identificación y sus papeles, y planee llegar temprano.",
                ),
            ),
            step(
                0,
                Text("Appointment day", "Día de la cita"),
                Text(
                    "Arrive early with the notice, your ID and your papers.",
                    "Llegue temprano con el aviso, su identificación y sus papeles.",
                ),
            ),
        ),
        late=step(
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
        source=source("The deadline you entered", "La fecha límite que usted anotó"),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Filing deadlines: reminders 90, 30, 7 days and 1 day before.",
            "Fechas límite para presentar: recordatorios 90, 30 y 7 días y 1 día antes.",
        ),
        steps=(
            step(
                -90,
                Text("A filing deadline is ahead: plan the papers", "Se acerca una fecha límite: planee los papeles"),
                Text(
                    "Read the notice again and make a plan with your lawyer for what to send and when.",
                    "Vuelva a leer el aviso y haga un plan con su abogado sobre qué enviar y cuándo.",
                ),
            ),
            step(
                -30,
                Text("Prepare the papers for the deadline", "Prepare los papeles para la fecha límite"),
                Text(
                    "Gather what is needed now, so the papers can be sent early. Keep copies of everything.",
                    "Junte ya lo que se necesita para poder enviar los papeles con tiempo. Guarde copias de "
                    "todo.",
                ),
            ),
            step(
                -7,
                Text("Send the papers before the deadline", "Envíe los papeles antes de la fecha límite"),
                Text(
                    "Finish and send the papers early, leaving time for the mail. Keep a copy of everything "
                    "and proof that you sent it.",
                    "Termine y envíe los papeles con tiempo, pensando en lo que tarda el correo. Guarde una "
                    "copia de todo y el comprobante de envío.",
                ),
            ),
            step(
                -1,
                Text("Filing deadline: last check", "Fecha límite: última revisión"),
                Text(
                    "If the papers are not sent yet, talk to your lawyer about the fastest way to file them.",
                    "Si todavía no ha enviado los papeles, hable con su abogado sobre la forma más rápida de "
                    "presentarlos.",
                ),
            ),
            step(
                0,
                Text("Last day to file", "Último día para presentar"),
                Text(
                    "If the papers are not filed, talk to your lawyer right away.",
                    "Si no ha presentado los papeles, hable de inmediato con su abogado.",
                ),
            ),
        ),
        late=step(0, GENERIC_LATE_TITLE, GENERIC_LATE_ACTION),
        deadline=0,
    ),
    Rule(
        id="other_date",
        kinds=frozenset({EventKind.OTHER}),
        source=source("The date you entered", "La fecha que usted anotó"),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Other dates: reminders 7 days and 1 day before.",
            "Otras fechas: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            step(
                -7,
                Text("Get ready for this date", "Prepárese para esta fecha"),
                Text(
                    "Read your notes for this date and gather what you need.",
                    "Lea sus notas sobre esta fecha y junte lo que necesite.",
                ),
            ),
            step(
                -1,
                Text("This date is close: last check", "Esta fecha está cerca: última revisión"),
                Text(
                    "Check your notes once more and have everything ready.",
                    "Revise sus notas una vez más y tenga todo listo.",
                ),
            ),
            step(
                0,
                Text("The date has come", "Llegó la fecha"),
                Text(
                    "Do what this date requires, then mark it done.",
                    "Haga lo que corresponde a esta fecha y luego márquela como hecha.",
                ),
            ),
        ),
        late=step(0, GENERIC_LATE_TITLE, GENERIC_LATE_ACTION),
    ),
    Rule(
        id="prehearing_filing",
        kinds=frozenset({EventKind.INDIVIDUAL_HEARING}),
        source=source(
            "Immigration court (EOIR) Practice Manual, chapter 3.1(b)",
            "Manual de Práctica de la corte de inmigración (EOIR), capítulo 3.1(b)",
        ),
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Individual hearing (not detained): papers are due at the court 15 days before the hearing, "
            "unless the judge set another date.",
            "Audiencia individual (sin detención): los papeles deben llegar a la corte 15 días antes de la "
            "audiencia, a menos que el juez haya fijado otra fecha.",
        ),
        steps=(
            *_repeated((-120, -60, -30, -21), _PREHEARING_TITLE, _PREHEARING_ACTION),
            step(
                -15,
                Text(
                    "Last day for the papers of the individual hearing",
                    "Último día para los papeles de la audiencia individual",
                ),
                _PREHEARING_ACTION,
            ),
        ),
        late=step(
            -15,
            Text(
                "The date for the hearing papers has passed",
                "Ya pasó la fecha para los papeles de la audiencia",
            ),
            Text(
                "If the papers were filed, mark this done. If not, talk to your lawyer right away: a judge may "
                "refuse late papers.",
                "Si presentó los papeles, márquelo como hecho. Si no, hable de inmediato con su abogado: el "
                "juez puede no aceptar papeles que llegan tarde.",
            ),
        ),
        deadline=-15,
    ),
    Rule(
        id="address_uscis",
        kinds=frozenset({EventKind.ADDRESS_CHANGE}),
        source=source(
            "Federal regulation 8 CFR 265.1 (Form AR-11); registration rule of March 12, 2025",
            "Reglamento federal 8 CFR 265.1 (formulario AR-11); regla de registro del 12 de marzo de 2025",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Change of address: tell USCIS with Form AR-11 within 10 days of moving; a person with no record "
            "at DHS talks to a lawyer first.",
            "Cambio de domicilio: avise a USCIS con el formulario AR-11 dentro de los 10 días siguientes a "
            "la mudanza; una persona que no tiene registro ante el DHS habla antes con un abogado.",
        ),
        steps=(
            step(
                10,
                Text(
                    "Tell USCIS your new address (Form AR-11)",
                    "Avise a USCIS de su nueva dirección (formulario AR-11)",
                ),
                Text(
                    "Report the move to USCIS with Form AR-11 within 10 days of moving, and keep proof that "
                    "you sent it. If you have never been registered with immigration (no A-number and no "
                    "immigration papers), talk to a lawyer before you send this or any other form: whether "
                    "to register is a personal decision.",
                    "Informe la mudanza a USCIS con el formulario AR-11 dentro de los 10 días siguientes, y "
                    "guarde el comprobante de envío. Si nunca se ha registrado ante inmigración (no tiene "
                    "número A ni papeles de inmigración), hable con un abogado antes de enviar este o "
                    "cualquier otro formulario: registrarse o no es una decisión de cada persona.",
                ),
            ),
        ),
        late=step(
            10,
            Text("Form AR-11 is late — send it now", "El formulario AR-11 va tarde: envíelo ya"),
            Text(
                "The 10 days to report your move to USCIS have passed. Send Form AR-11 as soon as possible and "
                "keep proof. If you have never been registered with immigration, talk to a lawyer first. "
                "Mark this done once it is handled.",
                "Ya pasaron los 10 días para informar su mudanza a USCIS. Envíe el formulario AR-11 cuanto "
                "antes y guarde el comprobante. Si nunca se ha registrado ante inmigración, hable antes con "
                "un abogado. Márquelo como hecho cuando esté resuelto.",
            ),
        ),
        deadline=10,
    ),
    Rule(
        id="address_court",
        kinds=frozenset({EventKind.ADDRESS_CHANGE}),
        source=source(
            "Federal regulations 8 CFR 1003.15(d)(2) and 1003.32; immigration court (EOIR) Practice Manual, "
            "chapter 3.1(a)(3)",
            "Reglamentos federales 8 CFR 1003.15(d)(2) y 1003.32; Manual de Práctica de la corte de "
            "inmigración (EOIR), capítulo 3.1(a)(3)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        applies=Applies.COURT_CASE,
        description=Text(
            "Change of address with a case in immigration court: Form EOIR-33 within 5 days of moving, with "
            "a copy to DHS; a missed hearing notice can lead to an order of removal.",
            "Cambio de domicilio con un caso en la corte de inmigración: formulario EOIR-33 dentro de los 5 "
            "días siguientes a la mudanza, con una copia al DHS; no recibir un aviso de audiencia puede "
            "llevar a una orden de deportación.",
        ),
        steps=(
            step(
                5,
                Text(
                    "Tell the immigration court your new address (Form EOIR-33)",
                    "Avise a la corte de inmigración de su nueva dirección (formulario EOIR-33)",
                ),
                Text(
                    "With a case in immigration court, report a move with Form EOIR-33 within 5 days and send "
                    "a copy to the DHS lawyers (ICE). The court counts the day it receives the form, not the "
                    "day you mail it. If a hearing notice goes to your old address and you miss the hearing, "
                    "you can be ordered removed.",
                    "Si tiene un caso en la corte de inmigración, informe la mudanza con el formulario "
                    "EOIR-33 dentro de 5 días y envíe una copia a los abogados del DHS (ICE). La corte cuenta "
                    "el día en que recibe el formulario, no el día en que usted lo envía. Si el aviso de una "
                    "audiencia llega a su dirección anterior y usted no se presenta, le pueden ordenar la "
                    "deportación.",
                ),
            ),
        ),
        late=step(
            5,
            Text("Form EOIR-33 is late — send it now", "El formulario EOIR-33 va tarde: envíelo ya"),
            Text(
                "Send Form EOIR-33 to the immigration court as soon as possible so you do not miss a hearing "
                "notice, and check with your lawyer. Mark this done once it is sent.",
                "Envíe el formulario EOIR-33 a la corte de inmigración cuanto antes para no perderse un "
                "aviso de audiencia, y consulte con su abogado. Márquelo como hecho cuando lo envíe.",
            ),
        ),
        deadline=5,
    ),
    Rule(
        id="asylum_one_year",
        kinds=frozenset({EventKind.LAST_ARRIVAL}),
        source=source(
            "Immigration and Nationality Act, section 208(a)(2)(B); federal regulation 8 CFR 208.4(a)",
            "Ley de Inmigración y Nacionalidad, sección 208(a)(2)(B); reglamento federal 8 CFR 208.4(a)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Asylum: apply within one year of the last arrival in the U.S.; exceptions for changed or "
            "extraordinary circumstances. Amparo counts one year after February 29 as February 28, the "
            "earlier date, to be safe.",
            "Asilo: presente la solicitud dentro de un año desde la última llegada a EE. UU.; hay "
            "excepciones por cambios o circunstancias extraordinarias. Amparo cuenta un año después de un 29 "
            "de febrero hasta el 28 de febrero, la fecha más temprana, para no arriesgarse.",
        ),
        unit=Unit.MONTHS,
        steps=(
            *(Step(months, _ASYLUM_TITLE, _ASYLUM_ACTION) for months in (3, 6, 8, 10, 11)),
            Step(
                12,
                Text(
                    "Last day to apply for asylum (one year after arriving)",
                    "Último día para pedir asilo (un año después de llegar)",
                ),
                _ASYLUM_ACTION,
            ),
        ),
        late=Step(
            12,
            Text("The one-year asylum deadline has passed", "Ya pasó el plazo de un año para pedir asilo"),
            Text(
                "If the application was filed, mark this done. If not, talk to a lawyer right away: there are "
                "exceptions (changed or extraordinary circumstances, TPS).",
                "Si presentó la solicitud, márquelo como hecho. Si no, hable de inmediato con un abogado: hay "
                "excepciones (cambios o circunstancias extraordinarias, TPS).",
            ),
        ),
        deadline=12,
    ),
    Rule(
        id="asylum_fee",
        kinds=frozenset({EventKind.ASYLUM_FEE_NOTICE}),
        source=source(
            "Federal law H.R. 1 of July 4, 2025; the USCIS notice you received",
            "Ley federal H.R. 1 del 4 de julio de 2025; el aviso de USCIS que usted recibió",
        ),
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Yearly asylum fee: $100 a year while Form I-589 is pending; pay within 30 days of the notice.",
            "Cuota anual de asilo: $100 al año mientras el formulario I-589 está pendiente; se paga dentro de "
            "los 30 días desde el aviso.",
        ),
        steps=(
            *_repeated((0, 14, 23), _FEE_TITLE, _FEE_ACTION),
            step(
                30,
                Text("Last day to pay the yearly asylum fee", "Último día para pagar la cuota anual de asilo"),
                _FEE_ACTION,
            ),
        ),
        late=step(
            30,
            Text("The asylum fee date has passed", "Ya pasó la fecha para pagar la cuota de asilo"),
            Text(
                "If you paid, mark this done. If not, talk to your lawyer right away about the application.",
                "Si pagó, márquelo como hecho. Si no, hable de inmediato con su abogado sobre su solicitud.",
            ),
        ),
        deadline=30,
    ),
    Rule(
        id="judge_decision",
        kinds=frozenset({EventKind.JUDGE_DECISION}),
        source=source(
            "Federal regulations 8 CFR 1003.38 (appeals) and 8 CFR 1003.23(b)(1) (motions)",
            "Reglamentos federales 8 CFR 1003.38 (apelaciones) y 8 CFR 1003.23(b)(1) (mociones)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Immigration judge's decision: an appeal must be received by the BIA within 30 days; a motion "
            "to reconsider within 30 days and a motion to reopen within 90 days of a final order.",
            "Decisión del juez de inmigración: la apelación debe llegar a la BIA dentro de 30 días; la "
            "moción para reconsiderar, dentro de 30 días, y la moción para reabrir, dentro de 90 días desde "
            "una orden final.",
        ),
        steps=(
            *_repeated((0, 14, 23), _DECISION_30_TITLE, _DECISION_30_ACTION),
            step(
                30,
                Text(
                    "Last day: the appeal must reach the BIA (and motion to reconsider)",
                    "Último día: la apelación debe llegar a la BIA (y la moción para reconsiderar)",
                ),
                _DECISION_30_ACTION,
            ),
            *_repeated((60, 83), _DECISION_90_TITLE, _DECISION_90_ACTION),
            step(
                90,
                Text("Last day for a motion to reopen", "Último día para la moción para reabrir"),
                _DECISION_90_ACTION,
            ),
        ),
        late=step(
            90,
            Text(
                "The dates after the judge's decision have passed",
                "Ya pasaron las fechas después de la decisión del juez",
            ),
            Text(
                "If an appeal or motion was filed, mark this done. If not, talk to a lawyer right away.",
                "Si se presentó una apelación o una moción, márquelo como hecho. Si no, hable de inmediato "
                "con un abogado.",
            ),
        ),
        deadline=30,
    ),
    Rule(
        id="absentia_reopen",
        kinds=frozenset({EventKind.ABSENTIA_ORDER}),
        source=source(
            "Immigration and Nationality Act, section 240(b)(5)(C)",
            "Ley de Inmigración y Nacionalidad, sección 240(b)(5)(C)",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Order of removal in absence: a motion to reopen within 180 days for exceptional circumstances, "
            "or at any time if the hearing notice never came.",
            "Orden de deportación en ausencia: moción para reabrir dentro de 180 días por circunstancias "
            "excepcionales, o en cualquier momento si nunca llegó el aviso de la audiencia.",
        ),
        steps=(
            *_repeated((0, 30, 90, 150, 173), _ABSENTIA_TITLE, _ABSENTIA_ACTION),
            step(
                180,
                Text(
                    "Last day for a motion to reopen (exceptional circumstances)",
                    "Último día para la moción para reabrir (circunstancias excepcionales)",
                ),
                _ABSENTIA_ACTION,
            ),
        ),
        late=step(
            180,
            Text("The 180 days after the order have passed", "Ya pasaron los 180 días desde la orden"),
            Text(
                "If a motion was filed, mark this done. If not, and you never got the hearing notice, a motion "
                "can still be filed: talk to a lawyer right away.",
                "Si se presentó una moción, márquelo como hecho. Si no, y nunca le llegó el aviso de la "
                "audiencia, todavía se puede presentar una moción: hable de inmediato con un abogado.",
            ),
        ),
        deadline=180,
    ),
    Rule(
        id="petition_for_review",
        kinds=frozenset({EventKind.BIA_DECISION}),
        source=source("Federal law 8 U.S.C. 1252(b)(1)", "Ley federal 8 U.S.C. 1252(b)(1)"),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "BIA decision: a petition for review in the federal court of appeals within 30 days.",
            "Decisión de la BIA: petición de revisión en la corte federal de apelaciones dentro de 30 días.",
        ),
        steps=(
            *_repeated((0, 14, 23), _BIA_TITLE, _BIA_ACTION),
            step(
                30,
                Text("Last day for a petition for review", "Último día para la petición de revisión"),
                _BIA_ACTION,
            ),
        ),
        late=step(
            30,
            Text(
                "The 30 days after the BIA decision have passed",
                "Ya pasaron los 30 días desde la decisión de la BIA",
            ),
            Text(
                "If a petition was filed, mark this done. If not, talk to a lawyer right away.",
                "Si se presentó una petición, márquelo como hecho. Si no, hable de inmediato con un abogado.",
            ),
        ),
        deadline=30,
    ),
    Rule(
        id="voluntary_departure_bond",
        kinds=frozenset({EventKind.VOLUNTARY_DEPARTURE_GRANTED}),
        source=source(
            "Immigration and Nationality Act, section 240B; federal regulation 8 CFR 1240.26",
            "Ley de Inmigración y Nacionalidad, sección 240B; reglamento federal 8 CFR 1240.26",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        unit=Unit.BUSINESS_DAYS,
        description=Text(
            "Voluntary departure granted at the end of the case: the bond is due within 5 business days "
            "(Monday to Friday; federal holidays do not count either).",
            "Salida voluntaria al final del caso: la fianza se paga dentro de 5 días hábiles (de lunes a "
            "viernes; los feriados federales tampoco cuentan).",
        ),
        steps=(
            *_repeated((0, 3), _BOND_TITLE, _BOND_ACTION),
            step(
                5,
                Text(
                    "Last day to post the voluntary departure bond",
                    "Último día para pagar la fianza de salida voluntaria",
                ),
                _BOND_ACTION,
            ),
        ),
        late=step(
            5,
            Text("The bond date has passed", "Ya pasó la fecha de la fianza"),
            Text(
                "If the bond was posted, mark this done. If not, talk to your lawyer right away: without it, "
                "voluntary departure can be lost.",
                "Si pagó la fianza, márquelo como hecho. Si no, hable de inmediato con su abogado: sin ella "
                "se puede perder la salida voluntaria.",
            ),
        ),
        deadline=5,
    ),
    Rule(
        id="voluntary_departure",
        kinds=frozenset({EventKind.VOLUNTARY_DEPARTURE}),
        source=source(
            "Immigration and Nationality Act, section 240B; federal regulation 8 CFR 1240.26",
            "Ley de Inmigración y Nacionalidad, sección 240B; reglamento federal 8 CFR 1240.26",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Voluntary departure: leave by the date set; failing to leave brings a $1,000–5,000 fine and a "
            "10-year bar on most relief.",
            "Salida voluntaria: salga a más tardar en la fecha fijada; si no sale, hay una multa de $1,000 a "
            "$5,000 y por 10 años no puede recibir la mayoría de los beneficios.",
        ),
        steps=(
            *_repeated((-90, -60, -30, -14, -7, -1), _VD_TITLE, _VD_ACTION),
            step(
                0,
                Text("Voluntary departure: last day to leave", "Salida voluntaria: último día para salir"),
                _VD_ACTION,
            ),
        ),
        late=step(
            0,
            Text("The voluntary departure date has passed", "Ya pasó la fecha de salida voluntaria"),
            Text(
                "If you left, this reminder is no longer needed: mark it done. If not, talk to a lawyer right "
                "away.",
                "Si ya salió, este recordatorio ya no hace falta: márquelo como hecho. Si no, hable de "
                "inmediato con un abogado.",
            ),
        ),
        deadline=0,
    ),
    Rule(
        id="evidence_request",
        kinds=frozenset({EventKind.EVIDENCE_REQUEST_DUE}),
        source=source(
            "U.S. Citizenship and Immigration Services (USCIS) policy; the notice you received",
            "Normas del Servicio de Ciudadanía e Inmigración (USCIS); el aviso que usted recibió",
        ),
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Request for evidence or notice of intent to deny: the date in the notice controls (usually up to "
            "84 days for an RFE, 30 for a NOID, plus 3 days when mailed).",
            "Petición de pruebas o aviso de intención de negar: manda la fecha del aviso (por lo general hasta "
            "84 días para una RFE y 30 para un NOID, más 3 días si llegó por correo).",
        ),
        steps=(
            *_repeated((-90, -60, -30, -14, -7, -1), _RFE_TITLE, _RFE_ACTION),
            step(
                0,
                Text(
                    "Last day to answer the USCIS request (RFE or NOID)",
                    "Último día para responder a USCIS (RFE o NOID)",
                ),
                _RFE_ACTION,
            ),
        ),
        late=step(
            0,
            Text("The date to answer USCIS has passed", "Ya pasó la fecha para responder a USCIS"),
            Text(
                "If you answered, mark this done. If not, talk to your lawyer right away.",
                "Si respondió, márquelo como hecho. Si no, hable de inmediato con su abogado.",
            ),
        ),
        deadline=0,
    ),
)
