"""Sign the content that ships with Amparo: rewrite `content/manifest.toml` and `content/manifest.sig`.

    python scripts/sign_builtin_pack.py --key PATH [--version N] [--passphrase-stdin]

The file list is every data file under `content/` that is not Python (guides, card, rules,
resources…); each is checked as an imported pack's would be before anything is signed. The version
goes up by one each time the files change (unless `--version` says otherwise), so an imported pack made from older
content can never replace newer built-in text. Run it on the release maintainer's offline computer;
CI only verifies (tests/content/test_builtin_pack.py).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from content.packs.archive import read_folder  # noqa: E402
from content.packs.build import gather_folder, signed_parts, unsigned_parts  # noqa: E402
from content.packs.errors import PackRefused  # noqa: E402
from content.packs.keys import is_encrypted_pem, load_private_key, public_key_b64  # noqa: E402
from content.packs.manifest import MANIFEST_NAME, SIGNATURE_NAME, parse_manifest  # noqa: E402
from content.packs.trust import project_keys  # noqa: E402
from content.packs.verify import file_hashes, verify_parts  # noqa: E402
from storage.atomic import atomic_write  # noqa: E402

BUILTIN_ID = "amparo-builtin"
PUBLISHER = "Amparo project"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--key", type=Path, required=True, help="the project's private key (PEM)")
    parser.add_argument("--version", type=int, help="the new version (default: the current one plus one)")
    parser.add_argument("--passphrase-stdin", action="store_true", help="read the key's passphrase from stdin")
    args = parser.parse_args(argv)
    folder = ROOT / "content"
    pem = args.key.read_bytes()
    passphrase = None
    if is_encrypted_pem(pem):
        passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else getpass.getpass("Passphrase: ")
    try:
        key = load_private_key(pem, passphrase)
        if public_key_b64(key.public_key()) not in project_keys():
            print("This key is not one of the project keys in content/keys/.", file=sys.stderr)
            return 2
        files = gather_folder(folder)
        if args.version is None and _already_current(folder, files):
            print("content/manifest.toml already lists these files and verifies; nothing to sign.")
            return 0
        version = args.version if args.version is not None else _current_version(folder) + 1
        languages = tuple(sorted({p.split("/")[0] for p in files if "/" in p}))
        parts = signed_parts(unsigned_parts(files, pack_id=BUILTIN_ID, kind="rights", version=version,
                                            day=date.today(), languages=languages, publisher=PUBLISHER), key)
        verify_parts(parts, project_keys())
    except PackRefused as exc:
        print(f"Not signed: {exc}", file=sys.stderr)
        return 2
    atomic_write(folder / MANIFEST_NAME, parts.manifest)
    atomic_write(folder / SIGNATURE_NAME, parts.signature)
    for name in (MANIFEST_NAME, SIGNATURE_NAME):
        (folder / name).chmod(0o644)  # shipped files, read by every user of an installed copy
    print(f"Signed {len(files)} files as {BUILTIN_ID} version {version}.")
    return 0


def _already_current(folder: Path, files: dict[str, bytes]) -> bool:
    try:
        current = verify_parts(read_folder(folder), project_keys(), deep=False)
    except PackRefused:
        return False
    return dict(current.manifest.files) == file_hashes(files)


def _current_version(folder: Path) -> int:
    try:
        return parse_manifest((folder / MANIFEST_NAME).read_bytes()).version
    except (OSError, PackRefused):
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
