"""Vaults as earlier versions of Amparo wrote them, for migration tests (made by undoing later steps)."""

from __future__ import annotations

from storage import Vault
from storage.schema import SCHEMA_V1
from storage.textkeys import phone_tokens


def downgrade_to_v1(vault: Vault) -> None:
    """Make the vault what version 1 wrote: the old full-text index (no phone tails), no handoff tables
    or triggers (version 3), no birth-date index (version 4), no rules index (version 5), and user_version 1."""
    fts_v1 = next(s for s in SCHEMA_V1 if "person_fts" in s)
    with vault.db.transaction() as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("DROP INDEX IF EXISTS person_birth")
        conn.execute("DROP INDEX IF EXISTS event_rules")
        for table in ("handoff_base", "tombstone", "handoff_peer"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        rows = conn.execute("SELECT id, given_names, family_names, preferred_name, a_number, phone FROM person")
        people = rows.fetchall()
        conn.execute("DROP TABLE person_fts")
        conn.execute(fts_v1)
        for pid, given, family, preferred, anum, phone in people:
            conn.execute("INSERT INTO person_fts(rowid, name, anum, phone) VALUES (?, ?, ?, ?)",
                         (pid, f"{given} {family} {preferred}", anum, phone_tokens(phone)))
        conn.execute("PRAGMA user_version = 1")
