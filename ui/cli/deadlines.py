"""The `deadlines` command: what is due, as a table, CSV or JSON (streamed, for large clinics).
"""

from __future__ import annotations

import argparse
import codecs
import csv
import gc
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ui.cli.args import DAYS_MAX, iso_date, whole_number
from ui.cli.errors import EXIT_OK
from ui.cli.output import print_table
from ui.cli.unlocking import open_vault


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Callable[[str], str]) -> None:
    """The deadlines command, their help texts in the language of `_`."""
    deadlines = sub.add_parser(
        "deadlines", parents=[common, secret], help=_("what is due"),
        epilog=_("Each line is an appointment itself (item \"appointment\": a check-in, a hearing, an expiry, "
        "due on its own date) or a reminder that prepares for one (item \"reminder\"). csv and json fields: "
        "person_id, person, event_id, kind, event_date, due, days_left, title, action, rule, source, place, "
        "item, event (the kind in words), event_time (HH:MM; null in json and empty in csv when there is "
        "none). Dates are YYYY-MM-DD."),
    )
    deadlines.add_argument("path", type=Path)
    deadlines.add_argument("--days", type=whole_number(0, DAYS_MAX), default=90)
    deadlines.add_argument("--format", choices=("table", "csv", "json"), default="table")
    deadlines.add_argument("--today", type=iso_date, default=None, help=argparse.SUPPRESS)


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Callable[[str], str]], int]]:
    return {("deadlines", None): cmd_deadlines}


class _Renderer:
    """Renders reminder fields once per distinct value.

    Reminders of one rule step share their Message objects and a person has many reminders, so at
    100,000 people rendering and encoding every field anew would be most of the running time.
    Caches are keyed by object identity: the reminders keep every key object alive meanwhile.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._texts: dict[int, str] = {}
        self._iso: dict[date, str] = {}
        self._events: dict[Any, str] = {}

    def text(self, message: Any) -> str:
        key = id(message)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = message.render(self.lang)
        return found

    def iso(self, day: date) -> str:
        found = self._iso.get(day)
        if found is None:
            found = self._iso[day] = day.isoformat()
        return found

    def event(self, kind: Any) -> str:
        """The name of an event kind in the chosen language ("Cita de control con ICE")."""
        found = self._events.get(kind)
        if found is None:
            from domain.models import EVENT_KIND_LABELS

            found = self._events[kind] = EVENT_KIND_LABELS[kind].get(self.lang)
        return found

    def record(self, r: Any) -> dict[str, Any]:
        return {"person_id": r.person_id, "person": r.person, "event_id": r.event_id, "kind": r.kind.value,
                "event_date": self.iso(r.event_date), "due": self.iso(r.due), "days_left": r.days_left,
                "title": self.text(r.title), "action": self.text(r.action), "rule": r.rule_id,
                "source": self.text(r.source), "place": r.place, "item": r.item.value, "event": self.event(r.kind),
                "event_time": _hhmm(r.event_time)}


def _hhmm(at: Any) -> str | None:
    """A time as "08:30" (24-hour, as stored), or None."""
    return None if at is None else at.strftime("%H:%M")



_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


class _JsonOf(dict[Any, str]):
    """value → its JSON text as UTF-8 bytes carried in a latin-1 str (see `_write_json`), on first use.

    A C-level lookup on every later use.
    """

    def __missing__(self, key: Any) -> str:
        # Most keys are names (100,000 people): one encoder made once goes straight to the C string
        # encoder, where json.dumps(ensure_ascii=False) would build a new encoder per call (0.1 s at
        # that scale).
        text = _ENCODE(key)
        self[key] = text = text.encode().decode("latin-1")
        return text


class _IsoOf(dict[date, str]):
    """date → '"YYYY-MM-DD"', computed on first use (ASCII, so the same in UTF-8 and latin-1)."""

    def __missing__(self, key: date) -> str:
        text = self[key] = f'"{key.isoformat()}"'
        return text


def _utf8_buffer() -> Any:
    """stdout's binary buffer, flushed, when stdout writes UTF-8 (None: write text to stdout)."""
    encoding = getattr(sys.stdout, "encoding", None)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return None
    sys.stdout.flush()
    return buffer


def _write_json(found: Sequence[Any], renderer: _Renderer, batch: int = 1000) -> None:
    """The JSON list of DESIGN §8, one object per line, written in batches as UTF-8.

    Each distinct value is encoded once; a line is then a join of encoded pieces. This loop runs once
    per reminder (300,000 lines, 180 MB at clinic scale), so it uses only C-level lookups: messages and
    kinds by identity (their hashes are Python code), names, places and dates by value.

    Every piece is already UTF-8, held in a str with one latin-1 character per byte: Spanish names and
    dashes in titles would otherwise make each line a two-bytes-per-character string to build, join and
    then encode again; this way lines are one byte per character and `encode("latin-1")` yields the
    exact UTF-8 bytes with a plain copy. Small batches keep that copy in the processor's cache.
    """
    texts: dict[int, str] = {}
    # The kind's two fields and the item with them: one piece per kind and item, looked up by identity.
    tails = {
        (id(kind), id(item)): (
            json.dumps(kind.value),
            f'"item": {json.dumps(item.value)}, "event": {_JsonOf()[renderer.event(kind)]}, "event_time": ',
        )
        for kind in type(found[0].kind) for item in type(found[0].item)
    } if found else {}
    times = {None: "null"}
    json_of, iso_of = _JsonOf(), _IsoOf()

    def lines_of(chunk: Sequence[Any]) -> list[str]:
        return [
            f'{{"person_id": {r.person_id}, "person": {json_of[r.person]}, "event_id": {r.event_id}, '
            f'"kind": {kind}, "event_date": {iso_of[r.event_date]}, "due": {iso_of[r.due]}, '
            f'"days_left": {r.days_left}, "title": {texts[id(r.title)]}, "action": {texts[id(r.action)]}, '
            f'"rule": {json_of[r.rule_id]}, "source": {texts[id(r.source)]}, "place": {json_of[r.place]}, '
            f'{tail}{times[r.event_time]}}}'
            for r in chunk
            for kind, tail in (tails[id(r.kind), id(r.item)],)
        ]

    out = _utf8_buffer()
    write: Callable[[bytes], Any] = (
        out.write if out is not None else lambda data: sys.stdout.write(data.decode())
    )
    write(b"[")
    for start in range(0, len(found), batch):
        chunk = found[start : start + batch]
        try:
            lines = lines_of(chunk)
        except KeyError:
            # A message not met yet (a few dozen in all): encode the batch's new ones and build it
            # again. Cheaper than a first pass over every reminder to collect them.
            for r in chunk:
                for message in (r.title, r.action, r.source):
                    if id(message) not in texts:
                        texts[id(message)] = (
                            json.dumps(renderer.text(message), ensure_ascii=False).encode().decode("latin-1")
                        )
                if r.event_time not in times:
                    times[r.event_time] = json.dumps(_hhmm(r.event_time))
            lines = lines_of(chunk)
        write((("\n" if start == 0 else ",\n") + ",\n".join(lines)).encode("latin-1"))
    write(b"\n]\n" if found else b"]\n")
    if out is not None:
        out.flush()


def cmd_deadlines(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    today = args.today or date.today()
    # Hundreds of thousands of reminders stay alive until the end: the collector is kept off while
    # they are made and then told to leave them be (freeze) for the rest of the run. Switching it
    # back on before the freeze would start at once a collection over all of them (0.25 s at
    # 100,000 people), which is what `Vault.deadlines` does when the collector was on.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with open_vault(args, _, write=False) as vault:
            found = vault.deadlines(today, args.days)
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    renderer = _Renderer(args.lang)
    if args.format == "json":
        _write_json(found, renderer)
        return EXIT_OK
    records = [renderer.record(r) for r in found]
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["person_id"])
        writer.writeheader()
        writer.writerows(records)
    else:
        print_table([_("Due"), _("Days"), _("Person"), _("What"), _("Event date"), _("Time"), _("Place")],
                     [[r["due"], str(r["days_left"]), r["person"], r["title"], r["event_date"],
                       r["event_time"] or "", r["place"]] for r in records])
    return EXIT_OK
