"""Reading a clinic's spreadsheet (CSV or Excel .xlsx) into a header and rows of text.

Only reading: nothing is written next to the file and no temporary copy is made. Excel dates become
ISO text (2026-11-30), numbers lose a trailing ".0", so that validation sees what a person would.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from storage.errors import VaultError

MAX_ROWS = 200_000


class SpreadsheetError(VaultError):
    """The file cannot be read as a spreadsheet (not CSV or .xlsx, or damaged)."""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_table(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header row and the other rows of the first sheet (or the CSV file)."""
    if path.suffix.lower() == ".xlsx":
        return _read_xlsx(path)
    return _read_csv(path)


def _read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):  # Excel on Windows saves CSV as cp1252 unless told otherwise
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1252 decodes nearly everything
        raise SpreadsheetError("not a text file")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise SpreadsheetError("empty file")
    return [c.strip() for c in rows[0]], rows[1:MAX_ROWS + 1]


def _read_xlsx(path: Path) -> tuple[list[str], list[list[str]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise SpreadsheetError("not a readable .xlsx file") from exc
    try:
        sheet = book.worksheets[0]
        rows = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1)]
    finally:
        book.close()
    if not rows:
        raise SpreadsheetError("empty sheet")
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return [c.strip() for c in rows[0]], rows[1:]
