"""Dates as people type them, checked and normalised like every other field (see `domain.validation`).

    parse_date(text, lang, field="date") -> Valid[date] | Invalid

Dates follow the user's language when typed with numbers only (English MM/DD/YYYY, Spanish
DD/MM/YYYY); ISO YYYY-MM-DD and written month names (and a matching weekday) are accepted in either
language. Two-digit years are refused on purpose: on a legal date "03/04/27" is too easy to misread.
Messages never repeat what was typed, only the date parts.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from domain.text import Message, Text
from domain.validation import YEAR_MAX, YEAR_MIN, Invalid, Result, Valid, fold_input, strip_accents

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_ES = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")


def _month_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for number, (en, es) in enumerate(zip(MONTHS_EN, MONTHS_ES, strict=True), start=1):
        for word in (en.lower(), es, en[:3].lower(), es[:3]):
            words[word] = number
    words.update({"sept": 9, "setiembre": 9, "set": 9})
    return words


_MONTH_WORDS = _month_words()
_WEEKDAY_WORDS = {
    word: index
    for names in (_WEEKDAYS_EN, _WEEKDAYS_ES)
    for index, name in enumerate(names)
    for word in (name, name[:3])
}
# Words that join the parts of a written date and mean nothing by themselves.
_FILLER_WORDS = frozenset({"de", "del", "of", "the", "el"})

DATE_EMPTY = {
    "mdy": Text(
        "Type the date, like 03/25/2027 (month/day/year) or March 25, 2027.",
        "Escriba la fecha, como 03/25/2027 (mes/día/año, en orden inglés) o 25 de marzo de 2027.",
    ),
    "dmy": Text(
        "Type the date, like 25/03/2027 (day/month/year) or 25 March 2027.",
        "Escriba la fecha, como 25/03/2027 (día/mes/año) o 25 de marzo de 2027.",
    ),
}
DATE_UNREADABLE = {
    "mdy": Text(
        "This date could not be read. Type it as MM/DD/YYYY, like 03/25/2027, or as March 25, 2027.",
        "No se pudo leer la fecha. Escríbala como MM/DD/AAAA (mes primero), como 03/25/2027, o como "
        "25 de marzo de 2027.",
    ),
    "dmy": Text(
        "This date could not be read. Type it as DD/MM/YYYY, like 25/03/2027, or as 25 March 2027.",
        "No se pudo leer la fecha. Escríbala como DD/MM/AAAA, como 25/03/2027, o como 25 de marzo "
        "de 2027.",
    ),
}
DATE_TWO_DIGIT_YEAR = Text(
    "Type the year with 4 digits (for example 19{yy} or 20{yy}, not {yy}), so the date cannot be "
    "misread.",
    "Escriba el año con 4 dígitos (por ejemplo, 19{yy} o 20{yy}, no {yy}) para que la fecha no se "
    "preste a confusión.",
)
DATE_YEAR_DIGITS = Text(
    "The year needs exactly 4 digits, like 2027; this has {count}.",
    "El año lleva exactamente 4 dígitos, como 2027; aquí hay {count}.",
)
DATE_NO_DAY = Text(
    "Add the day of the month, like March 25, 2027.",
    "Agregue el día del mes, como 25 de marzo de 2027.",
)
DATE_NO_YEAR = Text(
    "Add the year with 4 digits, like March 25, 2027.",
    "Agregue el año con 4 dígitos, como 25 de marzo de 2027.",
)
DATE_YEAR_RANGE = Text(
    "The year {year} is not between 1900 and 2100. Check the year.",
    "El año {year} no está entre 1900 y 2100. Revise el año.",
)
DATE_MONTH_RANGE = {
    "mdy": Text(
        "There is no month {month}. In English order the month comes first: MM/DD/YYYY, like "
        "03/25/2027.",
        "No existe el mes {month}. En orden inglés el mes va primero: MM/DD/AAAA, como 03/25/2027.",
    ),
    "dmy": Text(
        "There is no month {month}. In Spanish order the day comes first: DD/MM/YYYY, like "
        "25/03/2027.",
        "No existe el mes {month}. En español el día va primero: DD/MM/AAAA, como 25/03/2027.",
    ),
}
DATE_DAY_ZERO = Text(
    "There is no day 0. Days go from 1 to 31.",
    "No existe el día 0. Los días van del 1 al 31.",
)
DATE_NOT_LEAP = Text(
    "{year} is not a leap year, so February has only 28 days. Check the day or the year.",
    "{year} no es año bisiesto, así que febrero tiene solo 28 días. Revise el día o el año.",
)
DATE_DAY_RANGE = {
    month: Text(
        f"{en} has only {{days}} days. Check the day.",
        f"{es.capitalize()} tiene solo {{days}} días. Revise el día.",
    )
    for month, (en, es) in enumerate(zip(MONTHS_EN, MONTHS_ES, strict=True), start=1)
}
DATE_WRONG_WEEKDAY = Text(
    "That date falls on another day of the week. Check the day and the weekday on the notice.",
    "Esa fecha cae en otro día de la semana. Revise en la notificación el día y el día de la semana.",
)

_ISO = re.compile(r"^(\d+)[-/.](\d+)[-/.](\d+)$")
_TOKEN = re.compile(r"[a-z]+|\d+")
_ORDINALS = frozenset({"st", "nd", "rd", "th", "o", "ro", "do", "er", "to", "vo", "no"})


def parse_date(text: str, lang: str, field: str = "date") -> Result[date]:
    """Accept ISO YYYY-MM-DD, numeric dates in `lang`'s order, and written months in both languages."""
    order = "dmy" if lang == "es" else "mdy"
    folded = strip_accents(fold_input(text)).lower()
    folded = re.sub(r"\s*([-/.,])\s*", r"\1", folded)
    folded = re.sub(r"\s+", " ", folded).strip(" .,")
    if not folded:
        return Invalid(field, Message.of(DATE_EMPTY[order]))
    match = _ISO.match(folded)
    if match:
        a, b, c = match.groups()
        if len(a) > 2:
            return _check_date(a, b, c, field, order)
        day, month = (a, b) if order == "dmy" else (b, a)
        return _check_date(c, month, day, field, order)
    return _parse_written(folded, field, order)


def _parse_written(folded: str, field: str, order: str) -> Result[date]:
    """Dates with a month name: "3 de marzo de 2027", "March 3, 2027", "mar 3 2027", "3-mar-2027"."""
    month: int | None = None
    weekday: int | None = None
    numbers: list[str] = []
    for token in _TOKEN.findall(folded):
        if token.isdigit():
            numbers.append(token)
        elif token in _MONTH_WORDS and month is None:
            month = _MONTH_WORDS[token]
        elif token in _WEEKDAY_WORDS and weekday is None and month is None and not numbers:
            weekday = _WEEKDAY_WORDS[token]
        elif token in _FILLER_WORDS or (token in _ORDINALS and numbers):
            continue
        else:
            return Invalid(field, Message.of(DATE_UNREADABLE[order]))
    if re.search(r"[^a-z0-9 ,./\-]", folded) or month is None or len(numbers) > 2:
        return Invalid(field, Message.of(DATE_UNREADABLE[order]))
    if len(numbers) < 2:
        if numbers and len(numbers[0]) == 4:
            return Invalid(field, Message.of(DATE_NO_DAY))
        if numbers and len(numbers[0]) <= 2:
            return Invalid(field, Message.of(DATE_NO_YEAR))
        return Invalid(field, Message.of(DATE_UNREADABLE[order]))
    days = [n for n in numbers if len(n) <= 2]
    years = [n for n in numbers if len(n) > 2]
    if len(years) != 1 or len(days) != 1:
        return _check_date(numbers[-1], str(month), numbers[0], field, order)
    result = _check_date(years[0], str(month), days[0], field, order)
    if isinstance(result, Valid) and weekday is not None and result.value.weekday() != weekday:
        return Invalid(field, Message.of(DATE_WRONG_WEEKDAY))
    return result


def _check_date(year: str, month: str, day: str, field: str, order: str) -> Result[date]:
    """Build the date from its digit strings, with a specific message for each impossible part."""
    if len(year) == 2:
        return Invalid(field, Message.of(DATE_TWO_DIGIT_YEAR, yy=year))
    if len(year) != 4:
        return Invalid(field, Message.of(DATE_YEAR_DIGITS, count=len(year)))
    if len(month) > 2 or len(day) > 2:
        return Invalid(field, Message.of(DATE_UNREADABLE[order]))
    y, m, d = int(year), int(month), int(day)
    if not YEAR_MIN <= y <= YEAR_MAX:
        return Invalid(field, Message.of(DATE_YEAR_RANGE, year=y))
    if not 1 <= m <= 12:
        return Invalid(field, Message.of(DATE_MONTH_RANGE[order], month=m))
    if d == 0:
        return Invalid(field, Message.of(DATE_DAY_ZERO))
    last = calendar.monthrange(y, m)[1]
    if d > last:
        if m == 2 and d == 29:
            return Invalid(field, Message.of(DATE_NOT_LEAP, year=y))
        return Invalid(field, Message.of(DATE_DAY_RANGE[m], days=last))
    return Valid(date(y, m, d))
