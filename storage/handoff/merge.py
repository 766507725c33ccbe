"""Planning and applying an import: three-way comparison with what the two vaults last exchanged.

For each row in a bundle, with `ours` (this vault's row), `theirs` (the bundle's) and `base` (the
digest recorded when the row last travelled between vaults):
- not here and never deleted here → new;
- the same content → nothing to do;
- ours equals the base → only they changed it → take theirs;
- theirs equals the base → only we changed it → keep ours;
- otherwise both changed it → a conflict, shown side by side, and the user chooses.
A deletion travels the same way: a row deleted there and unchanged here is deleted here; a row
deleted on one side and changed on the other is a conflict. Nothing is written while planning.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from storage.db import Database, now_utc
from storage.handoff.rows import SPECS, TABLES, TableSpec, UuidMap, columns, digest, identity, to_local


class Kind(StrEnum):
    NEW = "new"
    SAME = "same"
    THEIRS = "theirs"  # changed only in the bundle: take it
    OURS = "ours"  # changed only here: keep it
    DELETE = "delete"  # deleted in the bundle's vault, unchanged here
    CONFLICT = "conflict"


@dataclass(slots=True)
class Change:
    """What the import would do to one row."""

    table: str
    identity: str
    kind: Kind
    theirs: dict[str, Any] | None  # None: deleted in the bundle's vault
    ours: dict[str, Any] | None  # None: not here (never was, or deleted here)
    person: str  # the person's identity the row belongs to, for the summary

    @property
    def differing_fields(self) -> list[str]:
        """The columns that differ, for a side-by-side view (timestamps left out)."""
        mine, other = self.ours or {}, self.theirs or {}
        return sorted(k for k in set(mine) | set(other)
                      if k not in ("created_at", "updated_at") and mine.get(k) != other.get(k))


@dataclass(slots=True)
class ImportPlan:
    """Every row's planned change; `choices` maps a conflict's identity to "ours" or "theirs"."""

    changes: list[Change]
    choices: dict[str, str] = field(default_factory=dict)

    def count(self, kind: Kind, table: str | None = None) -> int:
        return sum(1 for c in self.changes if c.kind == kind and (table is None or c.table == table))

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.kind == Kind.CONFLICT]

    def people_summary(self) -> dict[str, int]:
        """People new, changed (any of their rows taken from the bundle or deleted) and in conflict."""
        per_person: dict[str, set[Kind]] = {}
        for change in self.changes:
            per_person.setdefault(change.person, set()).add(change.kind)
        new_people = {c.identity for c in self.changes if c.table == "person" and c.kind == Kind.NEW}
        summary: Counter[str] = Counter()
        for person, kinds in per_person.items():
            if not person:
                continue
            if person in new_people:
                summary["new"] += 1
            elif Kind.CONFLICT in kinds:
                summary["conflict"] += 1
            elif kinds & {Kind.THEIRS, Kind.DELETE, Kind.NEW}:
                summary["changed"] += 1
            else:
                summary["unchanged"] += 1
        return {k: summary[k] for k in ("new", "changed", "conflict", "unchanged")}

    @property
    def writes_anything(self) -> bool:
        return any(c.kind in (Kind.NEW, Kind.THEIRS, Kind.DELETE, Kind.CONFLICT) for c in self.changes)


def _local_rows(db: Database, spec: TableSpec, wanted: set[str], ids: UuidMap) -> dict[str, dict[str, Any]]:
    """This vault's rows among `wanted` identities, in portable form (read in chunks, not whole tables)."""
    from storage.handoff.rows import to_portable

    names = columns(db, spec.name)
    quoted = ", ".join(f'"{n}"' for n in names)
    found: dict[str, dict[str, Any]] = {}
    keys = sorted(wanted)
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        if spec.link_table:
            pairs = [k.split("/", 1) for k in chunk]
            rows = []
            for person_uuid, contact_uuid in pairs:
                person_id, contact_id = ids.id("person", person_uuid), ids.id("contact", contact_uuid)
                if person_id is not None and contact_id is not None:
                    rows += db.query(
                        f"SELECT {quoted} FROM person_contact WHERE person_id = ? AND contact_id = ?",  # noqa: S608
                        (person_id, contact_id))
        else:
            rows = db.query(f"SELECT {quoted} FROM {spec.sql} WHERE uuid IN ({','.join('?' * len(chunk))})",  # noqa: S608
                            tuple(chunk))
        for values in rows:
            row = to_portable(spec, names, values, ids)
            found[identity(spec, row)] = row
    return found


def _owner(spec: TableSpec, row: dict[str, Any] | None, ident: str) -> str:
    if spec.name == "person":
        return ident
    if spec.name == "contact" or row is None:
        return ""
    return str(row.get("person_id") or "")


def plan_import(db: Database, payload: dict[str, Any]) -> ImportPlan:
    """Compare a bundle's rows and deletions with this vault; writes nothing."""
    ids = UuidMap(db)
    tables: dict[str, list[dict[str, Any]]] = payload.get("rows", {})
    tombstones: dict[str, str] = {t["identity"]: t["table"] for t in payload.get("tombstones", [])}
    changes: list[Change] = []
    for spec in TABLES:
        incoming = {identity(spec, row): row for row in tables.get(spec.name, [])}
        deleted_there = {ident for ident, table in tombstones.items() if table == spec.name}
        wanted = set(incoming) | deleted_there
        if not wanted:
            continue
        ours = _local_rows(db, spec, wanted, ids)
        bases = _bases(db, wanted)
        deleted_here = _tombstoned(db, wanted)
        for ident in sorted(wanted):
            theirs = incoming.get(ident)
            mine = ours.get(ident)
            kind = _compare(theirs, mine, bases.get(ident), ident in deleted_here)
            if kind is None:
                continue
            changes.append(Change(spec.name, ident, kind, theirs, mine, _owner(spec, theirs or mine, ident)))
    return ImportPlan(changes)


def _compare(theirs: dict[str, Any] | None, mine: dict[str, Any] | None, base: str | None,
             deleted_here: bool) -> Kind | None:
    if theirs is None:  # deleted in their vault
        if mine is None:
            return None
        return Kind.DELETE if base == digest(mine) else Kind.CONFLICT
    if mine is None:
        if not deleted_here:
            return Kind.NEW
        # Deleted here: their unchanged copy does not bring it back; a changed one is a conflict.
        return Kind.OURS if base == digest(theirs) else Kind.CONFLICT
    mine_digest, their_digest = digest(mine), digest(theirs)
    if mine_digest == their_digest:
        return Kind.SAME
    if base == mine_digest:
        return Kind.THEIRS
    if base == their_digest:
        return Kind.OURS
    return Kind.CONFLICT


def _chunked(db: Database, sql: str, wanted: set[str]) -> list[Any]:
    """Rows of `sql` (ending in "IN ({})") for every key in `wanted`, 400 keys a query."""
    keys = sorted(wanted)
    rows: list[Any] = []
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        rows += db.query(sql.format(",".join("?" * len(chunk))), tuple(chunk))
    return rows


def _bases(db: Database, wanted: set[str]) -> dict[str, str]:
    return dict(_chunked(db, "SELECT identity, digest FROM handoff_base WHERE identity IN ({})", wanted))


def _tombstoned(db: Database, wanted: set[str]) -> set[str]:
    return {r[0] for r in _chunked(db, "SELECT identity FROM tombstone WHERE identity IN ({})", wanted)}


def record_bases(db: Database, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Remember these rows' content as last exchanged (inside the caller's transaction)."""
    db.conn.executemany(
        "INSERT OR REPLACE INTO handoff_base(identity, tbl, digest) VALUES (?, ?, ?)",
        [(identity(SPECS[table], row), table, digest(row)) for table, table_rows in rows.items()
         for row in table_rows if table in SPECS],
    )


def apply_plan(db: Database, plan: ImportPlan, reindex_person: Any) -> dict[str, int]:
    """Apply a confirmed plan in one transaction; `reindex_person(id)` refreshes a person's search entry.

    Conflicts without a choice keep this vault's version. Returns how many rows were added, changed
    and deleted.
    """
    done: Counter[str] = Counter()
    ids = UuidMap(db)
    by_table: dict[str, list[Change]] = {}
    for change in plan.changes:
        by_table.setdefault(change.table, []).append(change)
    touched_people: set[int] = set()
    with db.transaction() as conn:
        # Deletions from the leaves up, so a deleted case does not meet its own events still there.
        for spec in reversed(TABLES):
            for change in by_table.get(spec.name, []):
                chose_theirs = plan.choices.get(change.identity) == "theirs"
                take = change.kind == Kind.DELETE or (
                    change.kind == Kind.CONFLICT and change.theirs is None and chose_theirs)
                if take and change.ours is not None:
                    _delete(conn, spec, change, ids)
                    done["deleted"] += 1
        for spec in TABLES:
            known = columns(db, spec.name)
            for change in by_table.get(spec.name, []):
                wants_theirs = change.kind in (Kind.NEW, Kind.THEIRS) or (
                    change.kind == Kind.CONFLICT and change.theirs is not None
                    and plan.choices.get(change.identity) == "theirs")
                if wants_theirs and change.theirs is not None:
                    local = to_local(spec, change.theirs, ids, known)
                    if change.ours is None:
                        _insert(conn, spec, local)
                        done["added"] += 1
                    else:
                        _update(conn, spec, local, change, ids)
                        done["changed"] += 1
                    if spec.name == "person":
                        person_id = ids.id("person", change.identity)
                        if person_id is not None:
                            touched_people.add(person_id)
                if change.theirs is not None and change.kind != Kind.OURS:
                    # What was exchanged now: theirs, whichever side the user kept (see the module doc).
                    conn.execute("INSERT OR REPLACE INTO handoff_base(identity, tbl, digest) VALUES (?, ?, ?)",
                                 (change.identity, change.table, digest(change.theirs)))
        for person_id in sorted(touched_people):
            reindex_person(person_id)
        db.audit("bundle_import", "person", None)
    return {k: done[k] for k in ("added", "changed", "deleted")}


def _insert(conn: Any, spec: TableSpec, local: dict[str, Any]) -> None:
    names = list(local)
    conn.execute(f"INSERT INTO {spec.sql} ({', '.join(chr(34) + n + chr(34) for n in names)}) "  # noqa: S608
                 f"VALUES ({', '.join('?' * len(names))})", tuple(local.values()))


def _update(conn: Any, spec: TableSpec, local: dict[str, Any], change: Change, ids: UuidMap) -> None:
    if spec.link_table:
        conn.execute("UPDATE person_contact SET role = ? WHERE person_id = ? AND contact_id = ?",
                     (local.get("role", ""), local["person_id"], local["contact_id"]))
        return
    names = [n for n in local if n != "uuid"]
    conn.execute(f"UPDATE {spec.sql} SET {', '.join(chr(34) + n + chr(34) + ' = ?' for n in names)} "  # noqa: S608
                 f"WHERE uuid = ?", (*(local[n] for n in names), change.identity))


def _delete(conn: Any, spec: TableSpec, change: Change, ids: UuidMap) -> None:
    if spec.link_table:
        person_uuid, contact_uuid = change.identity.split("/", 1)
        conn.execute("DELETE FROM person_contact WHERE person_id = ? AND contact_id = ?",
                     (ids.id("person", person_uuid), ids.id("contact", contact_uuid)))
        return
    if spec.name == "person":
        person_id = ids.id("person", change.identity)
        conn.execute("DELETE FROM person_fts WHERE rowid = ?", (person_id,))
    conn.execute(f"DELETE FROM {spec.sql} WHERE uuid = ?", (change.identity,))  # noqa: S608
    ids.forget(spec.name, change.identity)
    conn.execute("DELETE FROM handoff_base WHERE identity = ?", (change.identity,))


def stamp_peer(db: Database, name: str) -> None:
    db.conn.execute("INSERT OR REPLACE INTO handoff_peer(name, last_export_at) VALUES (?, ?)", (name, now_utc()))
