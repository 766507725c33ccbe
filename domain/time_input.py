"""Reading a time of day as people type it, in Spanish or English: "13:00", "1 pm", "1 p. m.", "0830".

    parse_time(text, field="time") -> Valid[time] | Invalid

Accepted: 24-hour times ("13:00", "13.00", "13h", "13 h", "13:00 hrs", "8:30", "0830", "830", "8"),
12-hour times with a.m./p.m. in any spelling ("1 pm", "1:00 PM", "1 p. m.", "1 p.m."), the Spanish
"de la mañana / de la tarde / de la noche", and noon / midnight ("mediodía", "medianoche").
A time without a.m./p.m. is read on the 24-hour clock ("8:30" is morning), the way Spanish speakers
and official notices write it; the caller shows the time understood so a misreading is seen at once.
Nothing is guessed: "25:00", "13 pm" or "8:75" are refused with a message, never corrected.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time

from domain.text import Message, Text
from domain.textfold import fold
from domain.validation import Invalid, Result, Valid

TIME_EMPTY = Text("Type a time, or leave the field empty.", "Escriba una hora, o deje el espacio vacío.")
TIME_UNREADABLE = Text(
    "Type a time such as 13:00, 1:00 pm or 8:30.",
    "Escriba una hora como 13:00, 1:00 p. m. u 8:30.",
)
TIME_RANGE = Text(
    "The hour goes from 0 to 23 and the minutes from 00 to 59.",
    "La hora va de 0 a 23 y los minutos de 00 a 59.",
)
TIME_TWELVE_HOUR = Text(
    "With a.m. or p.m. the hour goes from 1 to 12 (13:00 is 1 p.m.).",
    "Con a. m. o p. m. la hora va de 1 a 12 (las 13:00 son la 1 p. m.).",
)

_MERIDIEM_WORDS = (
    (re.compile(r"\bde la manana\b|\ben la manana\b|\bmanana\b"), " am"),
    (re.compile(r"\bde la tarde\b|\ben la tarde\b|\btarde\b"), " pm"),
    (re.compile(r"\bde la noche\b|\ben la noche\b|\bnoche\b"), " night"),
)
_MERIDIEM = re.compile(r"\b([ap])\s*\.?\s*m\b\.?")
_HOURS_WORD = re.compile(r"\s*(?:horas|hrs|hr|hs|h)\.?$")
_CLOCK = re.compile(r"^(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?$")
_COMPACT = re.compile(r"^(\d{3,4})$")
_NAMED = {"mediodia": time(12, 0), "noon": time(12, 0), "medianoche": time(0, 0), "midnight": time(0, 0)}


def _fold(text: str) -> str:
    return " ".join(fold(unicodedata.normalize("NFKC", text)).replace("\u200b", "").split())


def parse_time(text: str, field: str = "time") -> Result[time]:
    """The time of day typed in `text`, or a message saying how to write one."""
    folded = _fold(text)
    if not folded:
        return Invalid(field, Message.of(TIME_EMPTY))
    if folded.strip(" .") in _NAMED:
        return Valid(_NAMED[folded.strip(" .")])
    for pattern, marker in _MERIDIEM_WORDS:
        folded = pattern.sub(marker, folded)
    folded = _MERIDIEM.sub(r" \1m ", folded)
    words = re.sub(r"^(?:a las|a la|las|la|at)\s+", "", folded.strip()).split()
    meridiem = None
    if words and words[-1] in ("am", "pm", "night"):
        meridiem = words.pop()
    body = _HOURS_WORD.sub("", " ".join(words)).strip()
    if meridiem is not None and _HOURS_WORD.search(" ".join(words)):
        return Invalid(field, Message.of(TIME_UNREADABLE))  # "13 h pm": two clocks at once
    match = _CLOCK.match(body)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
    else:
        compact = _COMPACT.match(body)
        if compact is None:
            return Invalid(field, Message.of(TIME_UNREADABLE))
        digits = compact.group(1)
        hour, minute = int(digits[:-2]), int(digits[-2:])
    if minute > 59 or hour > 23:
        return Invalid(field, Message.of(TIME_TWELVE_HOUR if meridiem and hour > 12 else TIME_RANGE))
    if meridiem is None:
        return Valid(time(hour, minute))
    if not 1 <= hour <= 12:
        return Invalid(field, Message.of(TIME_TWELVE_HOUR))
    if meridiem == "am":
        hour = 0 if hour == 12 else hour
    elif meridiem == "pm":
        hour = 12 if hour == 12 else hour + 12
    else:  # "de la noche": 12 is midnight, 1–5 are small hours, 6–11 evening
        hour = 0 if hour == 12 else hour if hour <= 5 else hour + 12
    return Valid(time(hour, minute))
