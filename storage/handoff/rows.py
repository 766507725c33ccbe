"""A person's records as portable rows: every column but the local id, links written as UUIDs.

Columns are read from the database itself (`PRAGMA table_info`), so a column a later migration adds
travels without this module changing. Rows are compared by a digest of their content (not their
timestamps), which is what the merge stores as "what was last exchanged".
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from storage.db import Database


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One table that travels: its links to other tables, and how a row is named across vaults."""

    name: str
    refs: dict[str, str] = field(default_factory=dict)
    link_table: bool = False  # person_contact: no uuid of its own; named by its two ends

    @property
    def sql(self) -> str:
        return f'"{self.name}"'


# In dependency order: a row's links point only to tables above it.
TABLES: tuple[TableSpec, ...] = (
    TableSpec("person"),
    TableSpec("contact"),
    TableSpec("case", {"person_id": "person", "attorney_id": "contact"}),
    TableSpec("event", {"person_id": "person", "case_id": "case"}),
    TableSpec("document", {"person_id": "person"}),
    TableSpec("family_plan", {"person_id": "person"}),
    TableSpec("person_contact", {"person_id": "person", "contact_id": "contact"}, link_table=True),
)
SPECS = {spec.name: spec for spec in TABLES}
LOCAL_ONLY = ("id",)
NOT_CONTENT = ("created_at", "updated_at")


def columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.query(f'PRAGMA table_info("{table}")')]


def identity(spec: TableSpec, row: dict[str, Any]) -> str:
    """The row's name in every vault: its UUID, or "person-uuid/contact-uuid" for a link."""
    if spec.link_table:
        return f"{row['person_id']}/{row['contact_id']}"
    return str(row["uuid"])


def digest(row: dict[str, Any]) -> str:
    """A digest of what the row says (timestamps left out: saving without a change is no change)."""
    content = {k: v for k, v in row.items() if k not in NOT_CONTENT}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


class UuidMap:
    """Local id ↔ UUID for the tables that links point to, read on demand and cached."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._to_uuid: dict[str, dict[int, str]] = {}
        self._to_id: dict[str, dict[str, int]] = {}

    def uuid(self, table: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        cache = self._to_uuid.setdefault(table, {})
        if row_id not in cache:
            found = self._db.query(f'SELECT uuid FROM "{table}" WHERE id = ?', (row_id,))  # noqa: S608
            if not found:
                return None
            cache[row_id] = found[0][0]
        return cache[row_id]

    def id(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        cache = self._to_id.setdefault(table, {})
        if uuid not in cache:
            found = self._db.query(f'SELECT id FROM "{table}" WHERE uuid = ?', (uuid,))  # noqa: S608
            if not found:
                return None
            cache[uuid] = int(found[0][0])
        return cache[uuid]

    def forget(self, table: str, uuid: str) -> None:
        self._to_id.get(table, {}).pop(uuid, None)


def _portable_children(text: str, ids: UuidMap) -> str:
    """A family plan's children refer to people by local id; across vaults they go by UUID."""
    children = json.loads(text or "[]")
    for child in children:
        if isinstance(child, dict) and isinstance(child.get("child_id"), int):
            child["child_uuid"] = ids.uuid("person", child.pop("child_id"))
    return json.dumps(children, ensure_ascii=False)


def _local_children(text: str, ids: UuidMap) -> str:
    children = json.loads(text or "[]")
    for child in children:
        if isinstance(child, dict) and "child_uuid" in child:
            child["child_id"] = ids.id("person", child.pop("child_uuid"))
    return json.dumps(children, ensure_ascii=False)


def to_portable(spec: TableSpec, names: list[str], values: Iterable[Any], ids: UuidMap) -> dict[str, Any]:
    row = dict(zip(names, values, strict=True))
    for name in LOCAL_ONLY:
        row.pop(name, None)
    for column, target in spec.refs.items():
        row[column] = ids.uuid(target, row.get(column))
    if spec.name == "family_plan" and "children" in row:
        row["children"] = _portable_children(row["children"], ids)
    return row


def to_local(spec: TableSpec, row: dict[str, Any], ids: UuidMap, known: list[str]) -> dict[str, Any]:
    """The row with links turned back into this vault's ids, limited to the columns this vault has."""
    local = {k: v for k, v in row.items() if k in known and k not in LOCAL_ONLY}
    for column, target in spec.refs.items():
        if column in local:
            local[column] = ids.id(target, row.get(column))
    if spec.name == "family_plan" and "children" in local:
        local["children"] = _local_children(local["children"], ids)
    return local


def person_rows(db: Database, person_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
    """The chosen people with everything that belongs to them, as portable rows per table."""
    ids = UuidMap(db)
    chosen = set(person_ids)
    # Children named in a chosen parent's plan travel with the parent: the plan is about them.
    for (text,) in db.query(
        f"SELECT children FROM family_plan WHERE person_id IN ({','.join('?' * len(chosen))})",  # noqa: S608
        tuple(chosen),
    ) if chosen else []:
        for child in json.loads(text or "[]"):
            if isinstance(child, dict) and isinstance(child.get("child_id"), int):
                chosen.add(child["child_id"])
    people = sorted(chosen)
    marks = ",".join("?" * len(people))
    out: dict[str, list[dict[str, Any]]] = {}
    contact_ids: set[int] = set()
    for spec in TABLES:
        names = columns(db, spec.name)
        if spec.name == "person":
            where, params = f"id IN ({marks})", tuple(people)
        elif spec.name == "contact":
            continue  # after the rows that point to contacts are known
        else:
            where, params = f"person_id IN ({marks})", tuple(people)
        rows = db.query(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {spec.sql} "  # noqa: S608
                        f"WHERE {where}", params) if people else []
        for values in rows:
            record = dict(zip(names, values, strict=True))
            for column, target in spec.refs.items():
                if target == "contact" and record.get(column) is not None:
                    contact_ids.add(int(record[column]))
            out.setdefault(spec.name, []).append(to_portable(spec, names, values, ids))
    if contact_ids:
        spec = SPECS["contact"]
        names = columns(db, "contact")
        found = sorted(contact_ids)
        rows = db.query(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM contact "  # noqa: S608
                        f"WHERE id IN ({','.join('?' * len(found))})", tuple(found))
        out["contact"] = [to_portable(spec, names, values, ids) for values in rows]
    return out


def all_rows(db: Database, spec: TableSpec, ids: UuidMap) -> dict[str, dict[str, Any]]:
    """Every row of a table in portable form, by identity (the local side of a merge)."""
    names = columns(db, spec.name)
    rows = db.query(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {spec.sql}")  # noqa: S608
    portable = (to_portable(spec, names, values, ids) for values in rows)
    return {identity(spec, row): row for row in portable}
