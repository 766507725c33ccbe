"""Handoff bundles: round trips, merges on one side and both, deletions, refusals, and an interrupted import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from domain.models import (
    Caregiver,
    Case,
    CaseKind,
    ChildPlan,
    Contact,
    ContactCategory,
    Document,
    Event,
    EventKind,
    FamilyPlan,
    Person,
)
from storage import Vault
from storage.handoff import (
    BundleError,
    BundleTooNew,
    NothingToSend,
    WrongTransferCode,
    apply_plan,
    export_bundle,
    new_transfer_code,
    normalize_code,
    plan_import,
    read_bundle,
)
from storage.handoff.code import looks_like_a_code
from storage.handoff.merge import Kind
from storage.handoff.rows import TABLES, UuidMap, all_rows
from storage.handoff.sealed import PAD_TO, KdfCost, read_header, seal

PASSPHRASE = "correct horse battery"
CHEAP = KdfCost(time_cost=1, memory_kib=8 * 1024, lanes=1)


@pytest.fixture
def two_vaults(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    a, _ = Vault.create(tmp_path / "Intake.amparo", PASSPHRASE)
    b, _ = Vault.create(tmp_path / "Clinic.amparo", PASSPHRASE)
    yield a, b
    a.close()
    b.close()


def fill(vault: Vault) -> dict[str, int]:
    """Two parents and a child, with a case, events, a document, an attorney and a family plan."""
    ana = vault.people.add(Person(given_names="Ana Lucía", family_names="Ruiz Peña", a_number="123456789",
                                  phone="+12135550143", date_of_birth=date(1988, 2, 29)))
    leo = vault.people.add(Person(given_names="Leo", family_names="Ruiz", date_of_birth=date(2015, 6, 1)))
    other = vault.people.add(Person(given_names="Marta", family_names="Solís"))
    lawyer = vault.contacts.add(Contact(category=ContactCategory.ATTORNEY, name="Lic. Prueba",
                                        phones=("+12135550100",)))
    case = vault.cases.add(Case(person_id=ana, kind=CaseKind.ASYLUM, attorney_id=lawyer,
                                receipt_numbers=("IOE0912345678",)))
    vault.events.add(Event(person_id=ana, kind=EventKind.COURT_HEARING, date=date(2027, 1, 15), time=time(13, 0),
                           place="Corte de Inmigración", case_id=case))
    vault.events.add(Event(person_id=ana, kind=EventKind.ICE_CHECKIN, date=date(2026, 12, 29), time=time(8, 30)))
    vault.documents.add(Document(person_id=ana, kind="passport", expiry=date(2030, 1, 1)))
    vault.contacts.link(ana, lawyer, "attorney")
    vault.family_plans.save(FamilyPlan(person_id=ana, children=[
        ChildPlan(child_id=leo, caregivers=(Caregiver(name="Tía Rosa", phone="+12135550177"),))]))
    return {"ana": ana, "leo": leo, "other": other, "lawyer": lawyer, "case": case}


def snapshot(vault: Vault) -> dict[str, dict[str, dict[str, Any]]]:
    ids = UuidMap(vault.db)
    return {spec.name: all_rows(vault.db, spec, ids) for spec in TABLES}


def move(source: Vault, target: Vault, person_ids: list[int] | None, **kwargs: Any) -> Any:
    data, code, _count = export_bundle(source.db, person_ids, cost=CHEAP, **kwargs)
    plan = plan_import(target.db, read_bundle(data, code).payload)
    return plan


def test_round_trip_into_an_empty_vault_equals_the_source(two_vaults: tuple[Vault, Vault]) -> None:
    a, b = two_vaults
    ids = fill(a)
    plan = move(a, b, [ids["ana"]])
    # The child named in Ana's plan travels with her; Marta was not chosen.
    assert plan.people_summary() == {"new": 2, "changed": 0, "conflict": 0, "unchanged": 0}
    assert plan.count(Kind.NEW) == len(plan.changes)
    done = apply_plan(b.db, plan, b.people.reindex)
    assert done["added"] == len(plan.changes) and done["deleted"] == 0
    source, copied = snapshot(a), snapshot(b)
    source["person"] = {k: v for k, v in source["person"].items() if v["given_names"] != "Marta"}
    assert copied == source
    # The copy is searchable, and its plan points at the copied child.
    assert [r.given_names for r in b.people.search("Ruiz Peña")] == ["Ana Lucía"]
    leo_b = b.people.search("Leo")[0].id
    ana_b = b.people.search("Ana")[0].id
    plan_b = b.family_plans.for_person(ana_b)
    assert plan_b is not None and [c.child_id for c in plan_b.children] == [leo_b]


def test_a_change_on_one_side_is_taken_and_the_other_side_kept(two_vaults: tuple[Vault, Vault]) -> None:
    a, b = two_vaults
    ids = fill(a)
    apply_plan(b.db, move(a, b, None), b.people.reindex)
    # The clinic corrects Ana's phone; the intake laptop adds a note to Marta.
    ana_b = b.people.search("Ana")[0].id
    person = b.people.get(ana_b)
    assert person is not None
    person.phone = "+12135550199"
    b.people.update(person)
    marta = a.people.get(ids["other"])
    assert marta is not None
    marta.notes = "Llamar el lunes"
    a.people.update(marta)
    plan = move(b, a, None)
    kinds = {c.identity: c.kind for c in plan.changes if c.table == "person"}
    ana_uuid = a.people.get(ids["ana"]).uuid  # type: ignore[union-attr]
    assert kinds[ana_uuid] == Kind.THEIRS
    assert kinds[marta.uuid] == Kind.OURS
    assert plan.conflicts == []
    apply_plan(a.db, plan, a.people.reindex)
    assert a.people.get(ids["ana"]).phone == "+12135550199"  # type: ignore[union-attr]
    assert a.people.get(ids["other"]).notes == "Llamar el lunes"  # type: ignore[union-attr]
    assert [r.id for r in a.people.search("2135550199")] == [ids["ana"]]


def test_a_change_on_both_sides_is_a_conflict_the_user_decides(two_vaults: tuple[Vault, Vault]) -> None:
    a, b = two_vaults
    ids = fill(a)
    apply_plan(b.db, move(a, b, None), b.people.reindex)
    mine = a.people.get(ids["ana"])
    assert mine is not None
    mine.address = "100 Main St"
    a.people.update(mine)
    theirs = b.people.get(b.people.search("Ana")[0].id)
    assert theirs is not None
    theirs.address = "200 Oak Ave"
    b.people.update(theirs)

    plan = move(b, a, None)
    assert [c.identity for c in plan.conflicts] == [mine.uuid]
    conflict = plan.conflicts[0]
    assert conflict.differing_fields == ["address"]
    assert (conflict.ours or {})["address"] == "100 Main St" and (conflict.theirs or {})["address"] == "200 Oak Ave"
    assert plan.people_summary()["conflict"] == 1
    # Without a choice, ours stays.
    apply_plan(a.db, plan, a.people.reindex)
    assert a.people.get(ids["ana"]).address == "100 Main St"  # type: ignore[union-attr]
    # The same bundle again is no longer a conflict: their version was seen and set aside.
    assert move(b, a, None).conflicts == []

    theirs.address = "300 Pine Rd"
    b.people.update(theirs)
    mine = a.people.get(ids["ana"])
    assert mine is not None
    mine.address = "101 Main St"
    a.people.update(mine)
    plan = move(b, a, None)
    plan.choices[mine.uuid] = "theirs"
    apply_plan(a.db, plan, a.people.reindex)
    assert a.people.get(ids["ana"]).address == "300 Pine Rd"  # type: ignore[union-attr]


def test_deletions_travel_as_tombstones(two_vaults: tuple[Vault, Vault]) -> None:
    a, b = two_vaults
    ids = fill(a)
    apply_plan(b.db, move(a, b, None), b.people.reindex)
    checkin = next(e for e in a.events.for_person(ids["ana"]) if e.kind == EventKind.ICE_CHECKIN)
    a.events.delete(checkin.id)  # type: ignore[arg-type]
    a.people.delete(ids["other"])
    plan = move(a, b, None, peer="clinic")
    deleted = {(c.table, c.kind) for c in plan.changes if c.kind == Kind.DELETE}
    assert deleted == {("event", Kind.DELETE), ("person", Kind.DELETE)}
    apply_plan(b.db, plan, b.people.reindex)
    assert b.people.search("Marta") == []
    ana_b = b.people.search("Ana")[0].id
    assert {e.kind for e in b.events.for_person(ana_b)} == {EventKind.COURT_HEARING}


def test_undo_of_a_delete_takes_back_its_tombstone(vault: Vault) -> None:
    person_id = vault.people.add(Person(given_names="Rosa", family_names="Luna"))
    deleted = vault.people.delete(person_id)
    assert vault.db.query("SELECT tbl FROM tombstone") == [("person",)]
    vault.people.restore(deleted)
    assert vault.db.query("SELECT count(*) FROM tombstone")[0][0] == 0


def test_changes_since_the_last_export_to_a_destination(two_vaults: tuple[Vault, Vault]) -> None:
    a, _b = two_vaults
    ids = fill(a)
    _data, _code, count = export_bundle(a.db, None, peer="clinic", cost=CHEAP)
    assert count == 3
    # Nothing changed since: no file, and the destination's stamp stays as it was.
    stamped = a.db.query("SELECT last_export_at FROM handoff_peer WHERE name = 'clinic'")
    with pytest.raises(NothingToSend):
        export_bundle(a.db, None, peer="clinic", cost=CHEAP)
    assert a.db.query("SELECT last_export_at FROM handoff_peer WHERE name = 'clinic'") == stamped
    a.events.add(Event(person_id=ids["other"], kind=EventKind.BIOMETRICS, date=date(2027, 2, 2)))
    _data, _code, count = export_bundle(a.db, None, peer="clinic", cost=CHEAP)
    assert count == 1
    # Another destination still gets everyone.
    _data, _code, count = export_bundle(a.db, None, peer="lawyer", cost=CHEAP)
    assert count == 3


def test_wrong_code_and_tampered_byte_are_refused_before_anything_is_written(
        two_vaults: tuple[Vault, Vault]) -> None:
    a, b = two_vaults
    fill(a)
    data, code, _ = export_bundle(a.db, None, cost=CHEAP)
    with pytest.raises(WrongTransferCode):
        read_bundle(data, new_transfer_code())
    for position in (len(data) // 2, len(data) - 1, 20):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        with pytest.raises(BundleError):
            read_bundle(bytes(damaged), code)
    with pytest.raises(BundleError):
        read_bundle(b"PK\x03\x04 a zip file", code)
    assert b.db.query("SELECT count(*) FROM person")[0][0] == 0


def test_a_bundle_from_a_newer_schema_is_refused_clearly() -> None:
    code = new_transfer_code()
    data = seal({"format": "amparo-bundle", "rows": {}}, code, schema=99, cost=CHEAP)
    with pytest.raises(BundleTooNew) as refused:
        read_bundle(data, code)
    assert refused.value.schema == 99


def test_file_reveals_nothing_personal(two_vaults: tuple[Vault, Vault]) -> None:
    a, _ = two_vaults
    fill(a)
    data, _code, _ = export_bundle(a.db, None, cost=CHEAP)
    assert len(data) % PAD_TO < 1024  # padded body; only the short header sits on top
    for secret in (b"Ana", b"Ruiz", b"123456789", b"5550143", "Lucía".encode()):
        assert secret not in data
    header, _associated, _body = read_header(data)
    assert set(header) == {"kdf", "salt", "nonce", "schema"}


def test_an_import_that_fails_midway_leaves_the_vault_as_it_was(two_vaults: tuple[Vault, Vault]) -> None:
    a, b = two_vaults
    fill(a)
    b.people.add(Person(given_names="Existing", family_names="Person"))
    before = snapshot(b)
    plan = move(a, b, None)

    def crash(_person_id: int) -> None:
        raise OSError("disk pulled out")

    with pytest.raises(OSError):
        apply_plan(b.db, plan, crash)
    assert snapshot(b) == before
    assert b.db.query("SELECT count(*) FROM handoff_base")[0][0] == 0


def test_transfer_code_words() -> None:
    code = new_transfer_code()
    assert looks_like_a_code(code) and len(code.split()) == 6
    assert normalize_code("  " + code.upper().replace(" ", " - ") + " ") == code
    assert new_transfer_code() != code
    assert not looks_like_a_code("hello world")
