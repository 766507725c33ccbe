"""Exporting chosen people to a bundle and reading one back (the merge itself is in `merge`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.db import Database, now_utc
from storage.errors import VaultError
from storage.handoff.code import new_transfer_code
from storage.handoff.merge import record_bases, stamp_peer
from storage.handoff.rows import person_rows
from storage.handoff.sealed import BundleError, KdfCost, seal, unseal
from storage.schema import SCHEMA_VERSION

PAYLOAD_FORMAT = "amparo-bundle"


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle's contents once opened: rows per table and the deletions it carries."""

    payload: dict[str, Any]

    @property
    def rows(self) -> dict[str, list[dict[str, Any]]]:
        return dict(self.payload.get("rows", {}))

    @property
    def people(self) -> int:
        return len(self.payload.get("rows", {}).get("person", []))

    @property
    def made_at(self) -> str:
        return str(self.payload.get("made_at", ""))


def people_changed_since(db: Database, since: str) -> list[int]:
    """People whose own row or any of their records changed after `since` (an ISO UTC stamp)."""
    found = {r[0] for r in db.query("SELECT id FROM person WHERE updated_at > ?", (since,))}
    for table in ("case", "event", "document", "family_plan"):
        found.update(r[0] for r in db.query(f'SELECT person_id FROM "{table}" WHERE updated_at > ?', (since,)))  # noqa: S608
    return sorted(found)


def last_export(db: Database, peer: str) -> str | None:
    """When this vault last sent a bundle to `peer` (ISO UTC), or None if never."""
    rows = db.query("SELECT last_export_at FROM handoff_peer WHERE name = ?", (peer,))
    return str(rows[0][0]) if rows else None


def sent_to(db: Database) -> list[tuple[str, str]]:
    """Every destination this vault has sent to with the last time (ISO UTC), the most recent first."""
    return [(str(r[0]), str(r[1])) for r in
            db.query("SELECT name, last_export_at FROM handoff_peer ORDER BY last_export_at DESC, name")]


class NothingToSend(VaultError):
    """A transfer to a destination found nothing changed or deleted since the last one: no file is made."""


def export_bundle(db: Database, person_ids: list[int] | None, *, peer: str = "",
                  code: str | None = None, cost: KdfCost | None = None) -> tuple[bytes, str, int]:
    """The bundle file's bytes, its transfer code and how many people it holds.

    With `person_ids` None and a `peer`, the bundle holds everything that changed since the last
    export to that peer (everyone the first time). Deletions always travel: tombstones carry no values.
    NothingToSend when there is nothing to carry; then nothing is written or stamped.
    """
    since = last_export(db, peer) if peer else None
    if person_ids is None:
        person_ids = people_changed_since(db, since) if since else [r[0] for r in db.query("SELECT id FROM person")]
    with db.lock:
        rows = person_rows(db, person_ids)
        where, params = ("WHERE deleted_at > ?", (since,)) if since else ("", ())
        tombstones = [{"identity": r[0], "table": r[1]} for r in
                      db.query(f"SELECT identity, tbl FROM tombstone {where}", params)]  # noqa: S608
        if not rows.get("person") and not tombstones:
            # A file of nothing would still need a code and a trip; and stamping the destination
            # would claim a transfer that carried nothing.
            raise NothingToSend(peer)
        payload = {"format": PAYLOAD_FORMAT, "made_at": now_utc(), "rows": rows, "tombstones": tombstones}
        code = code or new_transfer_code()
        data = seal(payload, code, SCHEMA_VERSION, cost)
        with db.transaction():
            record_bases(db, rows)
            if peer:
                stamp_peer(db, peer)
            db.audit("bundle_export", "person", None)
    return data, code, len(rows.get("person", []))


def read_bundle(data: bytes, code: str) -> Bundle:
    """Open a bundle; raises BundleError (damaged), WrongTransferCode or BundleTooNew."""
    payload = unseal(data, code, SCHEMA_VERSION)
    if payload.get("format") != PAYLOAD_FORMAT or not isinstance(payload.get("rows"), dict):
        raise BundleError("not an Amparo bundle")
    return Bundle(payload)
