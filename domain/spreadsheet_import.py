"""People from a clinic's existing spreadsheet: column mapping, and the editors' own validation per row.

The file is read elsewhere (storage); here each row is a list of strings. A column maps to one person
field; headers in English or Spanish are recognised, and the user can change the mapping. Each row
is checked with the same rules and messages as the person editor; a row with any problem is set
aside whole with its line number and the messages, never half-imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from domain.date_input import parse_date
from domain.models import Person
from domain.text import Message, Text
from domain.textfold import fold
from domain.validation import Invalid, ValidationError, clean_person

FIELDS: tuple[str, ...] = (
    "given_names", "family_names", "preferred_name", "date_of_birth", "country_of_birth", "languages",
    "a_number", "phone", "address", "notes",
)

# Folded header words (no accents, lower case, single spaces) → field.
_SYNONYMS: dict[str, str] = {
    "given names": "given_names", "given name": "given_names", "first name": "given_names",
    "first names": "given_names", "nombre": "given_names", "nombres": "given_names",
    "family names": "family_names", "family name": "family_names", "last name": "family_names",
    "last names": "family_names", "surname": "family_names", "surnames": "family_names",
    "apellido": "family_names", "apellidos": "family_names",
    "preferred name": "preferred_name", "nickname": "preferred_name", "apodo": "preferred_name",
    "nombre preferido": "preferred_name",
    "date of birth": "date_of_birth", "dob": "date_of_birth", "birth date": "date_of_birth",
    "birthdate": "date_of_birth", "fecha de nacimiento": "date_of_birth", "nacimiento": "date_of_birth",
    "country of birth": "country_of_birth", "country": "country_of_birth", "pais": "country_of_birth",
    "pais de nacimiento": "country_of_birth",
    "languages": "languages", "language": "languages", "idioma": "languages", "idiomas": "languages",
    "a number": "a_number", "a-number": "a_number", "anumber": "a_number", "alien number": "a_number",
    "numero a": "a_number", "numero de extranjero": "a_number",
    "phone": "phone", "telephone": "phone", "phone number": "phone", "telefono": "phone", "celular": "phone",
    "address": "address", "direccion": "address", "domicilio": "address",
    "notes": "notes", "note": "notes", "notas": "notes", "comentarios": "notes",
}

ROW_TOO_SHORT = Text("This row has fewer columns than the header.", "Esta fila tiene menos columnas que el encabezado.")


def _fold(text: str) -> str:
    return " ".join(fold(text).replace("_", " ").split())


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Column index → field for the headers that name a known field (each field used once)."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for index, header in enumerate(headers):
        key = _fold(header)
        target = _SYNONYMS.get(key) or (key.replace(" ", "_") if key.replace(" ", "_") in FIELDS else None)
        if target and target not in used:
            mapping[index] = target
            used.add(target)
    return mapping


@dataclass(slots=True)
class RowCheck:
    """The outcome for the file: people ready to add (with their line), and rows set aside with reasons."""

    accepted: list[tuple[int, Person]] = field(default_factory=list)
    rejected: list[tuple[int, list[Invalid]]] = field(default_factory=list)
    blank: int = 0


def check_rows(rows: Sequence[Sequence[str]], mapping: dict[int, str], lang: str, today: date,
               first_line: int = 2) -> RowCheck:
    """Validate every row as the person editor would; `first_line` is the file line of rows[0]."""
    result = RowCheck()
    for offset, row in enumerate(rows):
        line = first_line + offset
        if not any(cell.strip() for cell in row):
            result.blank += 1
            continue
        if mapping and max(mapping) >= len(row):
            result.rejected.append((line, [Invalid("row", Message.of(ROW_TOO_SHORT))]))
            continue
        values = {name: row[index].strip() for index, name in mapping.items()}
        problems: list[Invalid] = []
        dob = None
        if values.get("date_of_birth"):
            parsed = parse_date(values["date_of_birth"], lang, field="date_of_birth")
            if isinstance(parsed, Invalid):
                problems.append(parsed)
            else:
                dob = parsed.value
        person = Person(
            given_names=values.get("given_names", ""), family_names=values.get("family_names", ""),
            preferred_name=values.get("preferred_name", ""), date_of_birth=dob,
            country_of_birth=values.get("country_of_birth", ""), languages=values.get("languages", ""),
            a_number=values.get("a_number", ""), phone=values.get("phone", ""), address=values.get("address", ""),
            notes=values.get("notes", ""),
        )
        try:
            person = clean_person(person, today=today)
        except ValidationError as exc:
            problems.extend(exc.problems)
        if problems:
            result.rejected.append((line, problems))
        else:
            result.accepted.append((line, person))
    return result


def split_duplicates(accepted: Sequence[tuple[int, Person]], known: Callable[[Person], bool]
                     ) -> tuple[list[tuple[int, Person]], list[tuple[int, Person]]]:
    """Rows ready to add, and rows that look like someone `known` to the vault or earlier in the file.

    Earlier in the file means the same names and birth date, or the same A-number.
    """
    ready: list[tuple[int, Person]] = []
    duplicates: list[tuple[int, Person]] = []
    seen: set[tuple[str, ...]] = set()
    for line, person in accepted:
        keys: set[tuple[str, ...]] = {
            ("name", person.family_names.casefold(), person.given_names.casefold(), str(person.date_of_birth))}
        if person.a_number:
            keys.add(("a_number", person.a_number))
        earlier = bool(keys & seen)
        seen |= keys
        (duplicates if earlier or known(person) else ready).append((line, person))
    return ready, duplicates
