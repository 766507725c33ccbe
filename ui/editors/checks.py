"""Validated fields of a form: each line edit parsed by `domain.validation` as the user types or
leaves it, with the message (in the interface language) shown right under it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit

from content.i18n import language
from domain.date_input import parse_date
from domain.text import Message, Text
from domain.validation import Invalid, Valid, parse_phone, parse_receipt_number
from ui.accessibility.hints import describe, set_glyph_text

Parser = Callable[[str], "Valid[Any] | Invalid"]

REQUIRED = Text("This field is required.", "Este dato es obligatorio.")
ERROR_STYLE = "color: #b00020;"


class _Check:
    def __init__(self, edit: QLineEdit, error: QLabel, parse: Parser, required: bool) -> None:
        self.edit, self.error, self.parse, self.required = edit, error, parse, required
        self.revealed = False

    def result(self) -> Valid[Any] | Invalid | None:
        """The parse result, or None for an empty optional field."""
        text = self.edit.text()
        if not text.strip():
            if self.required:
                return self.parse(text)
            return None
        return self.parse(text)


class FormChecks:
    """Validated line edits of one form: messages shown under each field, values read back."""

    def __init__(self) -> None:
        self._checks: dict[str, _Check] = {}

    def add(self, name: str, edit: QLineEdit, error: QLabel, parse: Parser, required: bool = False) -> None:
        check = _Check(edit, error, parse, required)
        self._checks[name] = check
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        # As you type: once a message is showing, it follows every keystroke (and goes away as soon
        # as the text is right); a first message appears when the field is left, not mid-word.
        edit.textEdited.connect(lambda _t, c=check: self._update(c, reveal=c.revealed))
        edit.editingFinished.connect(lambda c=check: self._update(c, reveal=bool(c.edit.text().strip())))

    def _update(self, check: _Check, reveal: bool) -> bool:
        result = check.result()
        if isinstance(result, Invalid):
            if reveal:
                check.revealed = True
                self._show(check, result.render(language()))
            return False
        check.revealed = False
        check.error.hide()
        describe(check.edit)
        return True

    @staticmethod
    def _show(check: _Check, text: str) -> None:
        set_glyph_text(check.error, "⚠", text)
        check.error.show()
        describe(check.edit, text)

    def show_problem(self, name: str, problem: Invalid | Message) -> None:
        """Show a message found by a whole-object check (e.g. a birth date in the future)."""
        check = self._checks[name]
        message = problem.message if isinstance(problem, Invalid) else problem
        check.revealed = True
        self._show(check, message.render(language()))

    def check_all(self) -> bool:
        """Check and reveal every field; focus the first invalid one. True when all are valid."""
        first: QLineEdit | None = None
        for check in self._checks.values():
            if not self._update(check, reveal=True) and first is None:
                first = check.edit
        if first is not None:
            first.setFocus()
        return first is None

    def value(self, name: str) -> Any:
        """The normalised value of a field (None when empty and optional, or invalid)."""
        result = self._checks[name].result()
        return result.value if isinstance(result, Valid) else None

    def error_text(self, name: str) -> str:
        check = self._checks[name]
        return check.error.text() if not check.error.isHidden() else ""

    def names(self) -> list[str]:
        return list(self._checks)


def date_parser(field: str) -> Parser:
    return lambda text: parse_date(text, language(), field)


def required_text(field: str) -> Parser:
    def parse(text: str) -> Valid[str] | Invalid:
        if text.strip():
            return Valid(" ".join(text.split()))
        return Invalid(field, Message.of(REQUIRED))

    return parse


def phones_parser(field: str) -> Parser:
    """Several phones separated by commas or semicolons, each checked."""

    def parse(text: str) -> Valid[tuple[str, ...]] | Invalid:
        phones: list[str] = []
        for part in text.replace(";", ",").split(","):
            if part.strip():
                result = parse_phone(part, field=field)
                if isinstance(result, Invalid):
                    return result
                phones.append(result.value)
        return Valid(tuple(phones))

    return parse


def receipts_parser(field: str) -> Parser:
    def parse(text: str) -> Valid[tuple[str, ...]] | Invalid:
        receipts: list[str] = []
        for part in text.replace(";", ",").split(","):
            if part.strip():
                result = parse_receipt_number(part, field=field)
                if isinstance(result, Invalid):
                    return result
                receipts.append(result.value)
        return Valid(tuple(receipts))

    return parse
