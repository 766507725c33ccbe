"""Built-in Spanish for the report chrome (English msgid -> Spanish), mirrored in TRANSLATIONS.md.

Written for a Spanish-speaking parent (usted), not word for word. The gettext catalog takes precedence
once the lead merges these pairs into locale/es/LC_MESSAGES/messages.po.
"""

from __future__ import annotations

# fmt: off
SPANISH: dict[str, str] = {
    "Page {page} of {pages}": "Página {page} de {pages}",
    "Confidential": "Confidencial",
    "today": "hoy",
    "tomorrow": "mañana",
    "yesterday": "ayer",
    "Yes": "Sí",
    "No": "No",
    "Name": "Nombre",
    "A-number": "Número A",
    "Date of birth": "Fecha de nacimiento",
    "Country of birth": "País de nacimiento",
    "Phone": "Teléfono",
    "Place": "Lugar",
    "Date": "Fecha",
    "Notes": "Notas",
    "Role": "Papel",
    "Type": "Tipo",
    "Overdue": "Vencido",
    "General information, not legal advice.": "Información general, no es asesoría legal.",
    "Rights card": "Tarjeta de derechos",
    "My lawyer": "Mi abogado/a",
    "Emergency contact": "Contacto de emergencia",
    "Cut along the corner marks, fold on the dashed line so the printed sides face "
    "out, and glue or tape the halves together.":
        "Recorte siguiendo las marcas de las esquinas, doble por la línea punteada con el "
        "texto hacia afuera y pegue las dos mitades con pegamento o cinta.",
    "Print on both sides of the sheet, flipping on the long edge. Then cut along the "
    "corner marks.":
        "Imprima la hoja por los dos lados, volteando por el borde largo. Luego recorte "
        "siguiendo las marcas de las esquinas.",
    "Case summary": "Resumen del caso",
    "Prepared on {date}": "Preparado el {date}",
    "Person": "Persona",
    "Languages": "Idiomas",
    "Address": "Dirección",
    "Relationship": "Parentesco",
    "Safe to contact": "Se le puede contactar sin riesgo",
    "No — do not contact": "No — no contactar",
    "Preferred contact method": "Forma de contacto preferida",
    "Cases": "Casos",
    "Case": "Caso",
    "Status": "Estado",
    "Agency / office": "Agencia / oficina",
    "Receipt numbers": "Números de recibo",
    "No cases recorded.": "No hay casos anotados.",
    "When": "Cuándo",
    "What to do": "Qué hacer",
    "Nothing overdue.": "Nada vencido.",
    "Coming up": "Próximamente",
    "Nothing coming up.": "No hay nada próximo.",
    "History": "Historial",
    "Event": "Evento",
    "Done": "Hecho",
    "No past events recorded.": "No hay eventos pasados anotados.",
    "Contacts": "Contactos",
    "No contacts recorded.": "No hay contactos anotados.",
    "Documents checklist": "Lista de documentos",
    "Copy": "Copia",
    "Document": "Documento",
    "Where it is kept": "Dónde se guarda",
    "Expires": "Vence",
    "we have a copy": "tenemos copia",
    "no copy yet": "todavía sin copia",
    "No documents recorded.": "No hay documentos anotados.",
    "Dates and deadlines": "Fechas y plazos",
    "Next 90 days, from {date}": "Próximos 90 días, desde el {date}",
    "This week": "Esta semana",
    "This month": "Este mes",
    "Later": "Más adelante",
    "Nothing here.": "Nada en este grupo.",
    "Dates can change. Confirm court dates by phone at 1-800-898-7180 or online at "
    "acis.eoir.justice.gov, and ask your lawyer before each check-in.":
        "Las fechas pueden cambiar. Confirme las fechas de corte por teléfono al "
        "1-800-898-7180 o en acis.eoir.justice.gov, y consulte a su abogado antes de cada "
        "cita con ICE.",
    "Family plan": "Plan familiar",
    "For the caregivers of the children of {name}": "Para quienes cuidarán a los hijos de {name}",
    "What to do first": "Lo primero que hay que hacer",
    "Keep the children with the caregivers named below, and keep their routine as "
    "normal as you can.":
        "Deje a los niños con las personas que los cuidarán (anotadas abajo) y mantenga "
        "su rutina lo más normal que se pueda.",
    "Call the lawyer listed on this plan. Give them the parent's full name, date of "
    "birth and A-number.":
        "Llame al abogado de este plan. Dele el nombre completo, la fecha de nacimiento y "
        "el número A del padre o la madre.",
    "Find the parent with the ICE Online Detainee Locator (locator.ice.gov): it needs "
    "the A-number and country of birth, or the exact name and country of birth.":
        "Busque al padre o la madre en el localizador de detenidos de ICE "
        "(locator.ice.gov): pide el número A y el país de nacimiento, o el nombre exacto "
        "y el país de nacimiento.",
    "Take out the documents from the place written below. Do not hand originals to "
    "anyone but the lawyer.":
        "Saque los documentos del lugar anotado abajo. No entregue originales a nadie más "
        "que al abogado.",
    "Do not sign any paper from immigration officers, and do not pay anyone who is "
    "not a lawyer or an accredited representative (beware of \"notarios\").":
        "No firme papeles de los agentes de inmigración y no le pague a nadie que no sea "
        "abogado o representante acreditado (cuidado con los \"notarios\").",
    "Tell the school who may pick up the children.":
        "Avise a la escuela quién puede recoger a los niños.",
    "Parent": "Padre o madre",
    "The children": "Los niños",
    "(child not found)": "(no se encontró al niño o la niña)",
    "Who cares for them": "Quién los cuida",
    "Not decided yet": "Todavía no se ha decidido",
    "Authorization": "Autorización",
    "None on file": "No hay ninguna guardada",
    "School": "Escuela",
    "Health and medicines": "Salud y medicinas",
    "No children on this plan yet.": "Todavía no hay niños en este plan.",
    "Documents and power of attorney": "Documentos y poder legal",
    "Where the documents are": "Dónde están los documentos",
    "Not written down yet": "Todavía no se ha anotado",
    "Power of attorney": "Poder legal",
    "Whom to call": "A quién llamar",
    "No contacts on this plan yet.": "Todavía no hay contactos en este plan.",
    "Other notes": "Otras notas",
    "General information, not legal advice. Options differ by state: ask a lawyer "
    "which papers fit your family.":
        "Información general, no es asesoría legal. Las opciones cambian según el estado: "
        "pregunte a un abogado qué papeles le convienen a su familia.",
    "Guide": "Guía",
    "Reviewed on {date}": "Revisada el {date}",
    "Sources": "Fuentes",
}

# singular msgid -> (Spanish singular, Spanish plural); the plural msgid is in TRANSLATIONS.md.
SPANISH_PLURALS: dict[str, tuple[str, str]] = {
    "in {n} day": ("en {n} día", "en {n} días"),
    "{n} day ago": ("hace {n} día", "hace {n} días"),
}
# fmt: on
