"""Column mapping and row checks for a clinic's spreadsheet."""

from __future__ import annotations

from datetime import date

from domain.spreadsheet_import import check_rows, guess_mapping


def test_headers_in_spanish_and_english_are_recognised_once_each() -> None:
    headers = ["Nombre(s)", "APELLIDOS", "Fecha de Nacimiento", "Número A", "Teléfono", "phone", "given_names", "x"]
    mapping = guess_mapping(headers)
    assert mapping == {1: "family_names", 2: "date_of_birth", 3: "a_number", 4: "phone", 6: "given_names"}


def test_rows_are_checked_like_the_editor() -> None:
    mapping = {0: "given_names", 1: "family_names", 2: "date_of_birth", 3: "a_number"}
    rows = [
        ["Ana", "Ruiz", "29/02/1988", "A12345678"],
        ["Ana", "Ruiz", "29/02/1989", ""],  # 1989 was not a leap year
        ["", "Ruiz", "", ""],  # a given name is required
        ["Ana", "Ruiz", "01/01/2099", ""],  # born in the future
        ["  ", "", "", ""],
        ["Ana"],  # a short row
    ]
    result = check_rows(rows, mapping, "es", date(2026, 11, 30))
    assert [line for line, _ in result.accepted] == [2]
    assert result.accepted[0][1].a_number == "012345678" and result.accepted[0][1].date_of_birth == date(1988, 2, 29)
    assert [line for line, _ in result.rejected] == [3, 4, 5, 7]
    assert result.blank == 1
    fields = {line: [p.field for p in problems] for line, problems in result.rejected}
    assert fields[3] == ["date_of_birth"] and fields[4] == ["given_names"] and fields[5] == ["date_of_birth"]
    assert all(p.render("es") and p.render("en") for _, problems in result.rejected for p in problems)
