"""Conversions between domain values and the text/integers stored in SQL columns."""

from __future__ import annotations

import json
from datetime import date, time


def date_out(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def date_in(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def time_out(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def time_in(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def strings_out(values: tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def strings_in(value: str) -> tuple[str, ...]:
    loaded = json.loads(value) if value else []
    return tuple(str(v) for v in loaded)
