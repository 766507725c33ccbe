"""Moving people between vaults as encrypted files: handoff bundles, merged by the rows' UUIDs.

Amparo has no server on purpose, so a clinic's intake laptops, the clinic vault, a family's own vault
and a new lawyer's vault exchange **bundles**: one file, encrypted under a fresh transfer code that is
shown once as words and never stored. Importing verifies the file, plans the merge (new rows, rows
changed on one side, rows changed on both sides, deletions) and writes nothing until the plan is
confirmed, then applies it in one transaction.

- `code`: the transfer code (pronounceable words) and its key derivation;
- `sealed`: the file format (header, Argon2id, AES-256-GCM, padding);
- `rows`: a person's records as portable rows whose links are UUIDs;
- `merge`: the three-way comparison with what was last exchanged, and applying a plan.
"""

from storage.handoff.bundle import Bundle, NothingToSend, export_bundle, read_bundle
from storage.handoff.code import new_transfer_code, normalize_code
from storage.handoff.merge import Change, ImportPlan, apply_plan, plan_import
from storage.handoff.sealed import BundleError, BundleTooNew, WrongTransferCode

__all__ = [
    "Bundle", "BundleError", "BundleTooNew", "Change", "ImportPlan", "NothingToSend", "WrongTransferCode",
    "apply_plan",
    "export_bundle", "new_transfer_code", "normalize_code", "plan_import", "read_bundle",
]
