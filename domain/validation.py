"""Checking and normalising what people type: A-numbers, receipt numbers, phones and names (dates:
`domain.date_input`, times of day: `domain.time_input`, both built on the results defined here).

Every check returns a result value, never raises on user input:

- ``Valid(value)`` holds the normalised value to store;
- ``Invalid(field, message)`` names the field and carries a bilingual `Message` that tells the person
  how to fix it (render it with ``invalid.message.render(lang)`` or ``invalid.render(lang)``).

Public API (``field`` defaults to the `Person` attribute name; pass your own to tag another widget)::

    parse_a_number(text, field="a_number") -> Valid[str] | Invalid            # value: 9 digits
    format_a_number(digits9) -> str                                            # "A-123-456-789"
    parse_receipt_number(text, field="receipt_number") -> Valid[str] | Invalid # "IOE0123456789"
    parse_phone(text, default_region="US", field="phone") -> Valid[str] | Invalid  # E.164[;ext=N]
    format_phone(stored) -> str             # "(202) 555-0143" for +1, "+52 55 1234 5678" otherwise
    parse_name(text, field) -> Valid[str] | Invalid                            # NFC, spaces collapsed
    validate_person(person, today=None) -> list[Invalid]                       # [] when all is well
    clean_person(person, today=None) -> Person      # normalised copy, or raises ValidationError
    ValidationError(problems)                       # .problems: tuple[Invalid, ...]

Input may hold full-width forms, any Unicode decimal digits, Unicode dashes, no-break and zero-width
spaces: all are normalised first (NFKC, then `unicodedata.decimal`; see `fold_input`).

Messages never repeat what was typed (only counts, the offending symbols, or date parts), and
`ValidationError` names only the fields, so neither leaks case details into a log.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeAlias, TypeVar

import phonenumbers

from domain.models import Person
from domain.text import Message, Text

T = TypeVar("T", covariant=True)  # read-only results: a Valid[str] is a Valid[object]

YEAR_MIN = 1900
YEAR_MAX = 2100
NAME_MAX_LENGTH = 100


@dataclass(frozen=True, slots=True)
class Valid(Generic[T]):
    """An accepted input, holding the normalised value to store."""

    value: T


@dataclass(frozen=True, slots=True)
class Invalid:
    """A rejected input: the field it belongs to and a bilingual message that says how to fix it."""

    field: str
    message: Message

    def render(self, lang: str) -> str:
        """The message in `lang` ("es" or "en")."""
        return self.message.render(lang)


Result: TypeAlias = Valid[T] | Invalid


class ValidationError(Exception):
    """Raised by storage or the command line when an object fails validation.

    The text of the exception names only the fields (never values), so it is safe to log; show
    `problems` to the person, each rendered in their language.
    """

    def __init__(self, problems: Iterable[Invalid]) -> None:
        self.problems: tuple[Invalid, ...] = tuple(problems)
        fields = ", ".join(p.field for p in self.problems) or "(none)"
        super().__init__(f"invalid fields: {fields}")


# --- shared normalisation ---------------------------------------------------------------------

# Dashes people paste from word processors and PDFs; NFKC keeps most of them as they are.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


def fold_input(text: str) -> str:
    """NFKC, every decimal digit as ASCII, every dash as "-", whitespace as " ", invisibles dropped.

    Invisible format characters (zero-width space, BOM, soft hyphen...) come with copied text and
    carry no meaning in numbers or dates.
    """
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            out.append(str(digit))
        elif ch in _DASHES:
            out.append("-")
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.category(ch) == "Cf":
            continue
        else:
            out.append(ch)
    return "".join(out).strip()


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _show_symbols(chars: Iterable[str]) -> str:
    """The rejected characters for a message: printable ones as they are, others as U+XXXX."""
    shown: list[str] = []
    for ch in chars:
        label = ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"
        if label not in shown:
            shown.append(label)
    return " ".join(shown[:8])


# --- A-number ---------------------------------------------------------------------------------

A_NUMBER_EMPTY = Text(
    "Type the A-number: 8 or 9 digits, like A-123-456-789. It is on most immigration papers.",
    "Escriba el número A (A-number): 8 o 9 dígitos, como A-123-456-789. Aparece en casi todos "
    "los papeles de inmigración.",
)
A_NUMBER_SYMBOLS = Text(
    "An A-number has only digits, with an optional A at the start. Remove these characters: {symbols}",
    "El número A lleva solo dígitos, con una A al principio si quiere. Quite estos caracteres: {symbols}",
)
A_NUMBER_LENGTH = Text(
    "An A-number has 8 or 9 digits, but this has {count}. Copy it again from the notice, "
    "like A-123-456-789.",
    "El número A tiene 8 o 9 dígitos, pero aquí hay {count}. Cópielo otra vez de la notificación, "
    "como A-123-456-789.",
)
A_NUMBER_ZEROS = Text(
    "An A-number cannot be all zeros. Copy the real number from the notice, or leave it empty.",
    "El número A no puede ser solo ceros. Copie el número verdadero de la notificación, o déjelo "
    "en blanco.",
)

_A_PREFIX = re.compile(r"^[Aa]\s*[#:\-]?")
_A_SEPARATORS = re.compile(r"[\s.\-]")


def parse_a_number(text: str, field: str = "a_number") -> Result[str]:
    """Accept 8 or 9 digits, optionally after "A", "A#", "A-"; return the 9 digits (8 get a 0)."""
    folded = fold_input(text)
    if not folded:
        return Invalid(field, Message.of(A_NUMBER_EMPTY))
    body = _A_PREFIX.sub("", folded, count=1)
    body = _A_SEPARATORS.sub("", body)
    symbols = [ch for ch in body if not ("0" <= ch <= "9")]
    if symbols:
        return Invalid(field, Message.of(A_NUMBER_SYMBOLS, symbols=_show_symbols(symbols)))
    if len(body) not in (8, 9):
        return Invalid(field, Message.of(A_NUMBER_LENGTH, count=len(body)))
    digits = body.zfill(9)
    if digits == "000000000":
        return Invalid(field, Message.of(A_NUMBER_ZEROS))
    return Valid(digits)


def format_a_number(digits9: str) -> str:
    """Show 9 stored digits as "A-123-456-789"; anything else is shown unchanged, never fails."""
    if len(digits9) == 9 and all("0" <= ch <= "9" for ch in digits9):
        return f"A-{digits9[0:3]}-{digits9[3:6]}-{digits9[6:9]}"
    return digits9


# --- USCIS receipt number ---------------------------------------------------------------------

RECEIPT_EMPTY = Text(
    "Type the receipt number: 3 letters and 10 digits, like IOE0123456789. It is at the top left "
    "of the USCIS receipt notice (Form I-797C).",
    "Escriba el número de recibo: 3 letras y 10 dígitos, como IOE0123456789. Está arriba a la "
    "izquierda en el aviso de recibo de USCIS (formulario I-797C).",
)
RECEIPT_SYMBOLS = Text(
    "A receipt number has only letters and digits: 3 letters and 10 digits, like IOE0123456789. "
    "Remove these characters: {symbols}",
    "El número de recibo lleva solo letras y dígitos: 3 letras y 10 dígitos, como IOE0123456789. "
    "Quite estos caracteres: {symbols}",
)
RECEIPT_SHAPE = Text(
    "A receipt number has 3 letters and then 10 digits, like IOE0123456789; this has {letters} "
    "letters and {digits} digits. Check for a letter O typed instead of a zero.",
    "El número de recibo tiene 3 letras y luego 10 dígitos, como IOE0123456789; aquí hay {letters} "
    "letras y {digits} dígitos. Fíjese si escribió la letra O en lugar de un cero.",
)

_RECEIPT = re.compile(r"^[A-Z]{3}[0-9]{10}$")
_RECEIPT_SEPARATORS = re.compile(r"[\s.\-]")


def parse_receipt_number(text: str, field: str = "receipt_number") -> Result[str]:
    """Accept 3 letters and 10 digits in any case with spaces or dashes; return "IOE0123456789"."""
    folded = fold_input(text)
    if not folded:
        return Invalid(field, Message.of(RECEIPT_EMPTY))
    body = _RECEIPT_SEPARATORS.sub("", folded).upper()
    symbols = [ch for ch in body if not ("A" <= ch <= "Z" or "0" <= ch <= "9")]
    if symbols:
        return Invalid(field, Message.of(RECEIPT_SYMBOLS, symbols=_show_symbols(symbols)))
    if not _RECEIPT.match(body):
        letters = sum(1 for ch in body if ch.isalpha())
        return Invalid(field, Message.of(RECEIPT_SHAPE, letters=letters, digits=len(body) - letters))
    return Valid(body)


# --- phones -----------------------------------------------------------------------------------

PHONE_EMPTY = Text(
    "Type a phone number: 10 digits for a US number, like 202-555-0143, or + and the country code "
    "for another country, like +52 55 1234 5678.",
    "Escriba un número de teléfono: 10 dígitos si es de EE. UU., como 202-555-0143, o + y el código "
    "del país si es de otro país, como +52 55 1234 5678.",
)
PHONE_INVALID = Text(
    "This is not a valid phone number. Type 10 digits for a US number, like 202-555-0143, or + and "
    "the country code for another country, like +52 55 1234 5678.",
    "Este no es un número de teléfono válido. Escriba 10 dígitos si es de EE. UU., como "
    "202-555-0143, o + y el código del país si es de otro país, como +52 55 1234 5678.",
)
PHONE_AREA_CODE = Text(
    "Add the area code: a US number has 10 digits, like 202-555-0143.",
    "Agregue el código de área: un número de EE. UU. tiene 10 dígitos, como 202-555-0143.",
)
PHONE_TOO_SHORT = Text(
    "This phone number is missing digits. A US number has 10 digits, like 202-555-0143; for another "
    "country, type + and the country code first.",
    "A este número le faltan dígitos. Un número de EE. UU. tiene 10 dígitos, como 202-555-0143; si "
    "es de otro país, escriba primero + y el código del país.",
)
PHONE_TOO_LONG = Text(
    "This phone number has too many digits. A US number has 10 digits, like 202-555-0143; for "
    "another country, type + and the country code, then the number.",
    "Este número tiene demasiados dígitos. Un número de EE. UU. tiene 10 dígitos, como 202-555-0143; "
    "si es de otro país, escriba + y el código del país, y después el número.",
)
PHONE_COUNTRY_CODE = Text(
    "The country code after + is not valid. Check it: Mexico is +52, Guatemala +502, Honduras "
    "+504, El Salvador +503.",
    "El código de país después de + no es válido. Revíselo: México es +52, Guatemala +502, "
    "Honduras +504, El Salvador +503.",
)

_EXTENSION_MARK = ";ext="
_MAX_PHONE_INPUT = 250  # the library has its own cap; longer text is not a phone number anyway


def parse_phone(text: str, default_region: str = "US", field: str = "phone") -> Result[str]:
    """Accept a phone number (US by default, "+code" for others); return E.164, plus ";ext=N"."""
    folded = fold_input(text)
    if not folded:
        return Invalid(field, Message.of(PHONE_EMPTY))
    if len(folded) > _MAX_PHONE_INPUT:
        return Invalid(field, Message.of(PHONE_TOO_LONG))
    # Much of Latin America and Europe dials abroad with 00 where the US uses 011: "00 52 ..."
    # cannot be a US number (no area code starts with 0), so read it as "+52 ...".
    if folded.startswith("00") and default_region.upper() == "US":
        folded = "+" + folded[2:].lstrip(" -")
    try:
        number = phonenumbers.parse(folded, default_region)
    except phonenumbers.NumberParseException as error:
        kinds = phonenumbers.NumberParseException
        if error.error_type == kinds.INVALID_COUNTRY_CODE:
            return Invalid(field, Message.of(PHONE_COUNTRY_CODE))
        if error.error_type in (kinds.TOO_SHORT_NSN, kinds.TOO_SHORT_AFTER_IDD):
            return Invalid(field, Message.of(PHONE_TOO_SHORT))
        if error.error_type == kinds.TOO_LONG:
            return Invalid(field, Message.of(PHONE_TOO_LONG))
        return Invalid(field, Message.of(PHONE_INVALID))
    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        reasons = phonenumbers.ValidationResult
        message = {
            reasons.IS_POSSIBLE_LOCAL_ONLY: PHONE_AREA_CODE,
            reasons.TOO_SHORT: PHONE_TOO_SHORT,
            reasons.TOO_LONG: PHONE_TOO_LONG,
            reasons.INVALID_COUNTRY_CODE: PHONE_COUNTRY_CODE,
        }.get(reason, PHONE_INVALID)
        return Invalid(field, Message.of(message))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        return Valid(f"{e164}{_EXTENSION_MARK}{number.extension}")
    return Valid(e164)


def format_phone(stored: str) -> str:
    """Show a stored phone: national format for +1 numbers, international otherwise.

    Anything that does not parse (an old value kept as typed) is shown unchanged, never fails.
    """
    if not stored.startswith("+"):
        return stored
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 1
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


# --- names ------------------------------------------------------------------------------------

NAME_REQUIRED = {
    "given_names": Text(
        "Type the given name or names (first names).",
        "Escriba el nombre o los nombres de pila.",
    ),
    "family_names": Text(
        "Type the family name or names. If there are two surnames, type both.",
        "Escriba el apellido o los apellidos. Si tiene dos, escriba los dos.",
    ),
}
NAME_REQUIRED_OTHER = Text("Type a name.", "Escriba un nombre.")
NAME_DIGITS = Text(
    "A name cannot have numbers. Type only the letters of the name; write anything else in the notes.",
    "Un nombre no puede llevar números. Escriba solo las letras del nombre; lo demás, anótelo en las "
    "notas.",
)
NAME_SYMBOLS = Text(
    "A name can have letters, spaces, apostrophes, hyphens and periods. Remove these characters: "
    "{symbols}",
    "Un nombre puede llevar letras, espacios, apóstrofos, guiones y puntos. Quite estos caracteres: "
    "{symbols}",
)
NAME_NO_LETTERS = Text(
    "A name needs at least one letter.",
    "Un nombre necesita al menos una letra.",
)
NAME_TOO_LONG = Text(
    "A name can have at most {limit} characters; this has {count}. Shorten it, or put the rest "
    "in the notes.",
    "Un nombre puede tener como máximo {limit} caracteres; este tiene {count}. Acórtelo o ponga el "
    "resto en las notas.",
)

# Apostrophes and hyphens as they come from phones and word processors; ZWJ/ZWNJ join letters in
# Persian, Indic and other scripts and belong to the name there.
_NAME_PUNCTUATION = frozenset("'’‘ʼ-‐‑.") | {"\u200c", "\u200d"}
_INVISIBLE = frozenset({"\u200b", "\u2060", "\ufeff", "\u00ad"})


def parse_name(text: str, field: str) -> Result[str]:
    """Accept a name in any script; return it NFC-normalised, trimmed, inner spaces collapsed.

    Particles ("de la", "del", "van der") and capitalisation are kept as typed.
    """
    chars = [ch for ch in unicodedata.normalize("NFC", text) if ch not in _INVISIBLE]
    name = " ".join("".join(" " if ch.isspace() else ch for ch in chars).split())
    if not name:
        return Invalid(field, Message.of(NAME_REQUIRED.get(field, NAME_REQUIRED_OTHER)))
    if any(unicodedata.decimal(ch, None) is not None or ch.isdigit() for ch in name):
        return Invalid(field, Message.of(NAME_DIGITS))
    symbols = [
        ch
        for ch in name
        if ch != " " and ch not in _NAME_PUNCTUATION and unicodedata.category(ch)[0] not in "LM"
    ]
    if symbols:
        return Invalid(field, Message.of(NAME_SYMBOLS, symbols=_show_symbols(symbols)))
    if not any(unicodedata.category(ch)[0] == "L" for ch in name):
        return Invalid(field, Message.of(NAME_NO_LETTERS))
    if len(name) > NAME_MAX_LENGTH:
        return Invalid(field, Message.of(NAME_TOO_LONG, limit=NAME_MAX_LENGTH, count=len(name)))
    return Valid(name)


# --- whole person -----------------------------------------------------------------------------

DOB_FUTURE = Text(
    "The date of birth cannot be in the future. Check the year.",
    "La fecha de nacimiento no puede estar en el futuro. Revise el año.",
)
DOB_YEAR_RANGE = Text(
    "The date of birth must be between 1900 and today. Check the year.",
    "La fecha de nacimiento debe estar entre 1900 y hoy. Revise el año.",
)


def _check_person(person: Person, today: date | None) -> tuple[dict[str, str], list[Invalid]]:
    """The normalised text fields of `person` and the problems found, in form order."""
    cleaned: dict[str, str] = {}
    problems: list[Invalid] = []
    checks: list[tuple[str, Result[str]]] = [
        ("given_names", parse_name(person.given_names, "given_names")),
        ("family_names", parse_name(person.family_names, "family_names")),
    ]
    # Optional fields are checked only when filled in.
    if person.preferred_name.strip():
        checks.append(("preferred_name", parse_name(person.preferred_name, "preferred_name")))
    if person.a_number.strip():
        checks.append(("a_number", parse_a_number(person.a_number)))
    if person.phone.strip():
        checks.append(("phone", parse_phone(person.phone)))
    for name, result in checks:
        if isinstance(result, Valid):
            cleaned[name] = result.value
        else:
            problems.append(result)
    dob = person.date_of_birth
    if dob is not None:
        if today is not None and dob > today:
            problems.append(Invalid("date_of_birth", Message.of(DOB_FUTURE)))
        elif not YEAR_MIN <= dob.year <= YEAR_MAX:
            problems.append(Invalid("date_of_birth", Message.of(DOB_YEAR_RANGE)))
    return cleaned, problems


def validate_person(person: Person, today: date | None = None) -> list[Invalid]:
    """Every problem with `person`: names required; preferred name, A-number, phone and date of
    birth checked when present. Pass `today` (from the clock) to refuse a birth date in the future.
    """
    return _check_person(person, today)[1]


def clean_person(person: Person, today: date | None = None) -> Person:
    """A copy of `person` with names, A-number and phone normalised; raises `ValidationError`."""
    cleaned, problems = _check_person(person, today)
    if problems:
        raise ValidationError(problems)
    # Optional fields left blank (or only spaces) are stored as "".
    return dataclasses.replace(
        person,
        given_names=cleaned["given_names"],
        family_names=cleaned["family_names"],
        preferred_name=cleaned.get("preferred_name", ""),
        a_number=cleaned.get("a_number", ""),
        phone=cleaned.get("phone", ""),
    )

