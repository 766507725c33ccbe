"""People: add, read, update, delete with undo, and full-text search at clinic scale."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from domain.models import Person
from storage.codec import date_in, date_out
from storage.db import Database, new_uuid, now_utc
from storage.duplicates import Intake, phone_key, swapped, words
from storage.rows import PersonRow
from storage.textkeys import fts_query, phone_tail_tokens, phone_tokens, sort_key

_COLUMNS = (
    "given_names", "family_names", "preferred_name", "date_of_birth", "country_of_birth", "languages",
    "a_number", "phone", "address", "relationship", "safe_to_contact", "contact_method", "notes",
)
# Above this many matches a page is found faster by walking the name index than by sorting matches.
_DENSE_MATCHES = 2000
_ROW_SQL = "p.id, p.given_names, p.family_names, p.preferred_name, p.a_number, p.phone, p.date_of_birth"
# Tables whose rows belong to a person and go with it on delete (and come back on undo).
_DEPENDENTS = (
    ('"case"', "person_id"), ("event", "person_id"), ("document", "person_id"),
    ("person_contact", "person_id"), ("family_plan", "person_id"),
)


@dataclass
class Deleted:
    """Everything a delete removed, kept in memory only, so the last delete can be undone."""

    person_id: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _values(person: Person) -> tuple[Any, ...]:
    return (
        person.given_names, person.family_names, person.preferred_name, date_out(person.date_of_birth),
        person.country_of_birth, person.languages, person.a_number, person.phone, person.address,
        person.relationship, int(person.safe_to_contact), person.contact_method, person.notes,
    )


def _row(r: Any) -> PersonRow:
    return PersonRow(r[0], r[1], r[2], r[3], r[4], r[5], date_in(r[6]))


class PeopleRepository:
    """The people of a vault."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _index(self, person_id: int, person: Person) -> None:
        name = " ".join((person.given_names, person.family_names, person.preferred_name))
        self._db.conn.execute(
            "INSERT INTO person_fts(rowid, name, anum, phone, tail) VALUES (?, ?, ?, ?, ?)",
            (person_id, name, person.a_number, phone_tokens(person.phone), phone_tail_tokens(person.phone)),
        )

    def add(self, person: Person) -> int:
        """Store a new person; returns its id (also set on `person`)."""
        stamp = now_utc()
        uid = person.uuid or new_uuid()
        with self._db.transaction() as conn:
            cur = conn.execute(
                f"INSERT INTO person(uuid, {', '.join(_COLUMNS)}, sort_key, created_at, updated_at) "  # noqa: S608
                f"VALUES (?, {', '.join('?' * len(_COLUMNS))}, ?, ?, ?)",
                (uid, *_values(person), sort_key(person.family_names, person.given_names), stamp, stamp),
            )
            person_id = int(cur.lastrowid)
            self._index(person_id, person)
            self._db.audit("insert", "person", person_id)
        person.id, person.uuid, person.created_at, person.updated_at = person_id, uid, stamp, stamp
        return person_id

    def reindex(self, person_id: int) -> None:
        """Rebuild one person's search entry (after their row was written directly, as an import does)."""
        person = self.get(person_id)
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM person_fts WHERE rowid = ?", (person_id,))
            if person is not None:
                self._index(person_id, person)

    def add_many(self, people: list[Person]) -> list[int]:
        """Store many people in one transaction (bulk intake, demo vaults)."""
        with self._db.transaction():
            return [self.add(p) for p in people]

    def get(self, person_id: int) -> Person | None:
        rows = self._db.query(
            f"SELECT id, uuid, {', '.join(_COLUMNS)}, created_at, updated_at FROM person WHERE id = ?",  # noqa: S608
            (person_id,),
        )
        if not rows:
            return None
        r = rows[0]
        return Person(
            given_names=r[2], family_names=r[3], preferred_name=r[4], date_of_birth=date_in(r[5]),
            country_of_birth=r[6], languages=r[7], a_number=r[8], phone=r[9], address=r[10],
            relationship=r[11], safe_to_contact=bool(r[12]), contact_method=r[13], notes=r[14],
            id=r[0], uuid=r[1], created_at=r[15], updated_at=r[16],
        )

    def update(self, person: Person) -> None:
        if person.id is None:
            raise ValueError("update needs a stored person")
        stamp = now_utc()
        assignments = ", ".join(f"{c} = ?" for c in _COLUMNS)
        with self._db.transaction() as conn:
            cur = conn.execute(
                f"UPDATE person SET {assignments}, sort_key = ?, updated_at = ? WHERE id = ?",  # noqa: S608
                (*_values(person), sort_key(person.family_names, person.given_names), stamp, person.id),
            )
            if cur.rowcount != 1:
                raise KeyError(person.id)
            conn.execute("DELETE FROM person_fts WHERE rowid = ?", (person.id,))
            self._index(person.id, person)
            self._db.audit("update", "person", person.id)
        person.updated_at = stamp

    def delete(self, person_id: int) -> Deleted:
        """Delete a person with their cases, events, documents, links and plan; returns what undo needs."""
        deleted = Deleted(person_id)
        with self._db.transaction() as conn:
            for table, column in (("person", "id"), *_DEPENDENTS):
                cur = conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (person_id,))  # noqa: S608
                names = [d[0] for d in cur.description]
                deleted.rows[table] = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            if not deleted.rows["person"]:
                raise KeyError(person_id)
            conn.execute("DELETE FROM person_fts WHERE rowid = ?", (person_id,))
            conn.execute("DELETE FROM person WHERE id = ?", (person_id,))
            self._db.audit("delete", "person", person_id)
        return deleted

    def restore(self, deleted: Deleted) -> None:
        """Undo a delete: the same rows come back with the same ids."""
        with self._db.transaction() as conn:
            for table, _ in (("person", "id"), *_DEPENDENTS):
                for row in deleted.rows.get(table, []):
                    cols = ", ".join(f'"{c}"' for c in row)
                    conn.execute(
                        f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})",  # noqa: S608
                        tuple(row.values()),
                    )
            person = self.get(deleted.person_id)
            if person is not None:
                self._index(deleted.person_id, person)
            self._db.audit("restore", "person", deleted.person_id)

    def search(self, text: str, limit: int = 50) -> list[PersonRow]:
        """People matching `text` (names, A-number digits, phone digits), in name order."""
        return self.page(text, 0, limit)

    def page(self, text: str = "", offset: int = 0, limit: int = 200) -> list[PersonRow]:
        """One page of the people list, all or matching `text`, ordered by family then given names."""
        query = fts_query(text)
        if not text.strip():
            rows = self._db.query(
                f"SELECT {_ROW_SQL} FROM person p ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?",  # noqa: S608
                (limit, offset),
            )
        elif query is None:
            return []
        elif self._count_matches(query) > _DENSE_MATCHES:
            # Many matches (one or two typed letters): walking the name index and keeping matches
            # reaches a page long before sorting every match would finish.
            rows = self._db.query(
                f"SELECT {_ROW_SQL} FROM person p INDEXED BY person_sort "  # noqa: S608
                "WHERE p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?) "
                "ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?",
                (query, limit, offset),
            )
        else:
            rows = self._db.query(
                f"SELECT {_ROW_SQL} FROM person p JOIN "  # noqa: S608
                "(SELECT rowid FROM person_fts WHERE person_fts MATCH ?) m ON m.rowid = p.id "
                "ORDER BY p.sort_key, p.id LIMIT ? OFFSET ?",
                (query, limit, offset),
            )
        return [_row(r) for r in rows]

    def _count_matches(self, query: str) -> int:
        return int(self._db.query("SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", (query,))[0][0])

    def count(self, text: str = "") -> int:
        if not text.strip():
            return int(self._db.query("SELECT count(*) FROM person")[0][0])
        query = fts_query(text)
        return 0 if query is None else self._count_matches(query)

    def duplicates(self, person: Person) -> list[PersonRow]:
        """Stored people who are probably the same as `person`, the most likely first.

        SQL narrows 100,000 people to a few hundred at most (same A-number, same phone, same or
        day/month-swapped birth date, or most of the name's words), then `storage.duplicates`
        weighs each with fuzzy name scores.
        """
        parts: list[str] = []
        args: list[Any] = []
        if person.a_number:
            parts.append("SELECT id FROM person WHERE a_number = ?")
            args.append(person.a_number)
        phone = phone_key(person.phone)
        if phone:
            parts.append("SELECT rowid FROM person_fts WHERE person_fts MATCH ?")
            args.append(f'phone : "{phone}"')
        births = _births(person)
        marks = ", ".join("?" * len(births))
        if births:
            parts.append(f"SELECT id FROM person WHERE date_of_birth IN ({marks})")  # noqa: S608
            args.extend(births)
        names = _name_query(words(f"{person.given_names} {person.family_names}"))
        if names:
            # Without a birth date on both sides a name must be nearly equal; a row whose date
            # differs can only be the same person through its A-number or phone, found above.
            born = f" AND (p.date_of_birth IS NULL OR p.date_of_birth IN ({marks}))" if births else ""
            parts.append("SELECT p.id FROM person p WHERE p.id IN "  # noqa: S608
                         f"(SELECT rowid FROM person_fts WHERE person_fts MATCH ?){born}")
            args.extend([names, *births])
        if not parts:
            return []
        rows = self._db.query(
            f"SELECT {_ROW_SQL} FROM person p WHERE p.id IN ({' UNION '.join(parts)}) ORDER BY p.id",  # noqa: S608
            tuple(args),
        )
        found = [_row(r) for r in rows if r[0] != person.id]
        intake = Intake(person)
        weighed = [(weight, row) for row in found if (weight := intake.weigh(row)) is not None]
        return [row for _weight, row in sorted(weighed, key=lambda w: (-w[0], w[1].id))]


def _births(person: Person) -> list[str]:
    """The stored forms of the person's birth date and of its day/month swap."""
    if person.date_of_birth is None:
        return []
    days = [person.date_of_birth]
    other = swapped(person.date_of_birth)
    if other is not None:
        days.append(other)
    return [d.isoformat() for d in days]


def _quoted(word: str, prefix: bool = False) -> str:
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def _name_query(name: tuple[str, ...]) -> str | None:
    """An FTS query for stored names sharing most of these words.

    Two words: both, or one and the first three letters of the other (one typo, "Hernandes").
    Three: any two. Four or more: any two, so "Juan Carlos López García" still finds "Juan López".
    """
    if not name:
        return None
    if len(name) == 1:
        return f"name : {_quoted(name[0])}"
    if len(name) == 2:
        a, b = name
        options = [f"{_quoted(a)} AND {_quoted(b)}"]
        options += [f"{_quoted(x)} AND {_quoted(y[:3], True)}" for x, y in ((a, b), (b, a)) if len(y) > 3]
    else:
        options = [f"{_quoted(x)} AND {_quoted(y)}" for x, y in combinations(name[:6], 2)]
    return "name : (" + " OR ".join(f"({o})" for o in options) + ")"
