"""The vault's schema and its numbered migrations, keyed by `PRAGMA user_version`.

Migration N takes a vault from version N-1 to N. Each runs in one transaction after a backup has
been taken (see `Vault._migrate`). Version 1 is the whole data model of DESIGN §4; a new vault runs
every step, so version 1's full-text index is made and at once rebuilt by version 2 (on no rows).
"""

from __future__ import annotations

from collections.abc import Sequence

SCHEMA_V1: Sequence[str] = (
    """CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        given_names TEXT NOT NULL,
        family_names TEXT NOT NULL,
        preferred_name TEXT NOT NULL DEFAULT '',
        date_of_birth TEXT,
        country_of_birth TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        a_number TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        relationship TEXT NOT NULL DEFAULT '',
        safe_to_contact INTEGER NOT NULL DEFAULT 1,
        contact_method TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # Covering the list columns: paging, search results and the names the rules need are read
    # from this index alone, without visiting the wide person rows.
    """CREATE INDEX person_sort ON person(
        sort_key, id, given_names, family_names, preferred_name, a_number, phone, date_of_birth
    )""",
    "CREATE INDEX person_a_number ON person(a_number) WHERE a_number != ''",
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        name, anum, phone,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3'
    )""",
    """CREATE TABLE contact (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        organization TEXT NOT NULL DEFAULT '',
        phones TEXT NOT NULL DEFAULT '[]',
        address TEXT NOT NULL DEFAULT '',
        hours TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        last_verified TEXT,
        notes TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX contact_sort ON contact(category, sort_key)",
    """CREATE TABLE "case" (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT '',
        agency TEXT NOT NULL DEFAULT '',
        office TEXT NOT NULL DEFAULT '',
        receipt_numbers TEXT NOT NULL DEFAULT '[]',
        attorney_id INTEGER REFERENCES contact(id) ON DELETE SET NULL,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    'CREATE INDEX case_person ON "case"(person_id)',
    'CREATE INDEX case_kind ON "case"(kind, person_id)',
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        case_id INTEGER REFERENCES "case"(id) ON DELETE SET NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL,
        time TEXT,
        place TEXT NOT NULL DEFAULT '',
        recur_every INTEGER,
        recur_unit TEXT,
        recur_until TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX event_person ON event(person_id)",
    "CREATE INDEX event_open_date ON event(done, date)",
    "CREATE INDEX event_kind ON event(kind, person_id)",
    """CREATE TABLE document (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        expiry TEXT,
        have_copy INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX document_person ON document(person_id)",
    """CREATE TABLE person_contact (
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        role TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (person_id, contact_id)
    )""",
    "CREATE INDEX person_contact_contact ON person_contact(contact_id)",
    """CREATE TABLE family_plan (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        person_id INTEGER NOT NULL UNIQUE REFERENCES person(id) ON DELETE CASCADE,
        children TEXT NOT NULL DEFAULT '[]',
        documents_location TEXT NOT NULL DEFAULT '',
        power_of_attorney TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        tbl TEXT NOT NULL,
        row_id INTEGER
    )""",
)

# Version 2: a phone is also found by its last 4 or 7 digits ("0143", "555-0143"). The full-text
# index gains a `tail` column, so it is built again from the person rows (it keeps no content).
SCHEMA_V2: Sequence[str] = (
    "DROP TABLE person_fts",
    """CREATE VIRTUAL TABLE person_fts USING fts5(
        name, anum, phone, tail,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3'
    )""",
    # `walk` keeps the ASCII digits of each phone, one character per step, without the extension
    # (stored phones are E.164, "+12135550143;ext=12"); the same tokens as storage.textkeys makes.
    """WITH RECURSIVE walk(id, rest, kept) AS (
        SELECT id, CASE WHEN instr(phone, ';') > 0 THEN substr(phone, 1, instr(phone, ';') - 1)
                        ELSE phone END, ''
        FROM person
        UNION ALL
        SELECT id, substr(rest, 2),
               kept || CASE WHEN substr(rest, 1, 1) BETWEEN '0' AND '9' THEN substr(rest, 1, 1) ELSE '' END
        FROM walk WHERE rest != ''
    )
    INSERT INTO person_fts(rowid, name, anum, phone, tail)
    SELECT p.id, p.given_names || ' ' || p.family_names || ' ' || p.preferred_name, p.a_number,
           CASE WHEN length(t.kept) > 10 THEN t.kept || ' ' || substr(t.kept, -10) ELSE t.kept END,
           trim(CASE WHEN length(t.kept) > 4 THEN substr(t.kept, -4) ELSE '' END || ' ' ||
                CASE WHEN length(t.kept) > 7 THEN substr(t.kept, -7) ELSE '' END)
    FROM person p JOIN walk t ON t.id = p.id AND t.rest = ''""",
)


# Version 3: what handoff bundles need (storage/handoff). `handoff_base` keeps, for each row ever
# exported or imported, the digest of its content then, so an import can tell a change made on one side
# from changes made on both; `tombstone` keeps the UUIDs of deleted rows (written by triggers, removed
# when an undo puts the row back) so deletions can travel, without any field value; `handoff_peer`
# remembers when this vault last exported to a named destination.
_UUID_TABLES = ("person", "contact", "case", "event", "document", "family_plan")


def _tombstone_triggers() -> list[str]:
    # The time is written as now_utc() writes it (microseconds, "Z"), so times compare as text.
    statements = []
    for table in _UUID_TABLES:
        statements.append(
            f'CREATE TRIGGER {table}_tombstone AFTER DELETE ON "{table}" BEGIN '  # noqa: S608
            f"INSERT OR REPLACE INTO tombstone(identity, tbl, deleted_at) "
            f"VALUES (old.uuid, '{table}', strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')); END"
        )
        statements.append(
            f'CREATE TRIGGER {table}_untombstone AFTER INSERT ON "{table}" BEGIN '  # noqa: S608
            f"DELETE FROM tombstone WHERE identity = new.uuid; END"
        )
    # A link is named by its two ends; when a person or contact is deleted the link goes with it and
    # needs no tombstone of its own (the WHEN skips those cascades).
    statements.append(
        "CREATE TRIGGER person_contact_tombstone AFTER DELETE ON person_contact "
        "WHEN (SELECT uuid FROM person WHERE id = old.person_id) IS NOT NULL "
        "AND (SELECT uuid FROM contact WHERE id = old.contact_id) IS NOT NULL BEGIN "
        "INSERT OR REPLACE INTO tombstone(identity, tbl, deleted_at) VALUES ("
        "(SELECT uuid FROM person WHERE id = old.person_id) || '/' || "
        "(SELECT uuid FROM contact WHERE id = old.contact_id), 'person_contact', "
        "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')); END"
    )
    return statements


HANDOFF_MIGRATION: Sequence[str] = (
    """CREATE TABLE handoff_base (
        identity TEXT PRIMARY KEY,
        tbl TEXT NOT NULL,
        digest TEXT NOT NULL
    )""",
    """CREATE TABLE tombstone (
        identity TEXT PRIMARY KEY,
        tbl TEXT NOT NULL,
        deleted_at TEXT NOT NULL
    )""",
    """CREATE TABLE handoff_peer (
        name TEXT PRIMARY KEY,
        last_export_at TEXT NOT NULL
    )""",
    *_tombstone_triggers(),
)


# Version 4: the duplicate check at intake looks people up by birth date (or its day/month swap);
# without this index that is a scan of every person (about 8 ms at 100,000 people, on every save and
# every row of a spreadsheet import).
BIRTH_DATE_INDEX: Sequence[str] = (
    "CREATE INDEX person_birth ON person(date_of_birth) WHERE date_of_birth IS NOT NULL",
)

# Version 5: Today's first rows (`storage.deadline_reading.read_first_deadlines`) read, kind by kind,
# the open events dated up to a bound, and only the columns the rules use: all of them are in this
# index, so those reads never touch (and decrypt) the event table itself — 13 ms instead of 180 ms at
# 100,000 people, for about 8 MB more on disk.
RULES_INDEX: Sequence[str] = (
    "CREATE INDEX event_rules ON event(kind, done, date, person_id, time, place, recur_every, recur_unit, "
    "recur_until)",
)

# MIGRATIONS[n] holds the statements that bring a vault from version n to n + 1.
MIGRATIONS: Sequence[Sequence[str]] = (SCHEMA_V1, SCHEMA_V2, HANDOFF_MIGRATION, BIRTH_DATE_INDEX, RULES_INDEX)
SCHEMA_VERSION = len(MIGRATIONS)
