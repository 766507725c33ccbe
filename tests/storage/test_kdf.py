"""The key derivation is `cryptography`'s Argon2id, and it derives the keys argon2-cffi derived.

Every vault made so far wrapped its data key under argon2-cffi's Argon2id. The known answers below
were computed with argon2-cffi 25.1.0 (`argon2.low_level.hash_secret_raw(secret, salt, t, m, p, 32,
Type.ID)`) before it was dropped; the two fixture vaults were made by the releases that used it:
`legacy-0.1.0.amparo` by Amparo 0.1.0, `main-2026-11-30.amparo` by the main branch of 2026-11-30
(passphrase "contraseña de prueba ñandú", two people, 16 MiB, t=2, two lanes).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storage import Vault, WrongPassphrase, keyslots
from storage.vault_folder import KEY_NAME
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"
TODAY_PASSPHRASE = "contraseña de prueba ñandú"
TODAY_RECOVERY = "D5H44-3A5EG-QW68M-5RZZ6-J8ESC-S234W-ZSJDF-MYFZS"
LEGACY_RECOVERY = "RH45Q-JB68K-TNEJ8-2YA66-TXH8N-FH5TW-8RM4G-65KRH"

KNOWN_ANSWERS = [
    (keyslots.normalize_passphrase("correct horse battery"), b"0123456789abcdef",
     keyslots.KdfParams(1, 8 * 1024, 1), "41dfee3d4d9d36eab3fe58cb40a52bca1a8a50b0df3bf7a044d1dba426351839"),
    (keyslots.normalize_passphrase("contraseña ñandú"), bytes(range(16)),
     keyslots.KdfParams(2, 16 * 1024, 2), "bc83c71e41753841e0292922040819d31744c6485da02d4e5b5b33d8d18b99da"),
    (keyslots.normalize_recovery_key(LEGACY_RECOVERY), b"\xff" * 16,
     keyslots.KdfParams(3, 32 * 1024, 4), "c1150f92a72feb44aa61a42997df87f5421bb6a769dc6871cad29249d33e2ae9"),
    (b"", b"saltsalt",
     keyslots.KdfParams(1, 8 * 1024, 3), "dfb244cdaf1e7aecdccc04d05325fee5d4fc5bf85b69384781aaf603e1490481"),
    # The cost every new vault uses (256 MiB, t=4, two lanes).
    (b"correct horse battery", bytes(range(100, 116)),
     keyslots.KdfParams(4, 256 * 1024, 2), "86601c6a1b091d1b31e0e8477a593d9045b414f91c7657dad34adf1cf6ec67ac"),
]


@pytest.mark.parametrize(("secret", "salt", "kdf", "expected"), KNOWN_ANSWERS)
def test_derives_what_argon2_cffi_derived(secret: bytes, salt: bytes, kdf: keyslots.KdfParams,
                                          expected: str) -> None:
    assert keyslots._derive(secret, salt, kdf).hex() == expected


@pytest.mark.parametrize(("name", "passphrase", "recovery", "people"), [
    ("legacy-0.1.0.amparo", PASSPHRASE, LEGACY_RECOVERY, 4),
    ("main-2026-11-30.amparo", TODAY_PASSPHRASE, TODAY_RECOVERY, 2),
])
def test_vaults_made_with_argon2_cffi_open_by_passphrase_and_recovery_key(
        tmp_path: Path, name: str, passphrase: str, recovery: str, people: int) -> None:
    path = tmp_path / name
    shutil.copytree(FIXTURES / name, path)
    with Vault.open(path, passphrase) as vault:
        assert vault.people.count() == people
        assert vault.check() == []
    slots = keyslots.read_key_file(path / KEY_NAME)
    assert len(keyslots.unwrap(slots, keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(recovery))) == 32


def test_a_wrong_passphrase_is_still_wrong(tmp_path: Path) -> None:
    path = tmp_path / "v.amparo"
    shutil.copytree(FIXTURES / "main-2026-11-30.amparo", path)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, "contrasena de prueba nandu")

