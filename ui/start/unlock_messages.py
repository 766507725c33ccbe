"""What the unlock screen says when a vault cannot be opened as it is, in words that say what to do
next, and the notice for a vault opened for reading only.
"""

from __future__ import annotations

from pathlib import Path

from content.i18n import _


def not_a_vault_message(path: Path) -> str:
    """Said when the chosen folder holds no vault (or is gone): repairing cannot help there."""
    if not path.exists():
        return _("Amparo cannot find this vault folder. Check that it is still there (and that the USB drive "
                 "is plugged in). You can remove it from this list.")
    return _("The folder “{name}” is not an Amparo vault: it holds neither a vault's key file nor its "
             "database. Choose the vault's own folder, whose name usually ends in .amparo. Nothing was "
             "changed.").format(name=path.name)


def read_only_notice() -> str:
    return _("This vault is on a disk or folder that cannot be written to (for example a write-protected USB "
             "drive, or a read-only copy). Amparo opened it for reading only: you can look and print, but "
             "changes cannot be saved.")


def error_message(error: BaseException, recovery: bool, path: Path | None = None) -> str:
    """The message shown for a failed unlock; expected failures get their own clear words."""
    from storage import (
        CopyDamaged,
        DiskFull,
        KeyFileDamaged,
        NoSoundBackup,
        NotAVault,
        ReadOnlyMedia,
        VaultBusy,
        VaultDamaged,
        VaultTooNew,
        WrongPassphrase,
    )

    if isinstance(error, NotAVault) and path is not None:
        return not_a_vault_message(path)
    if isinstance(error, NotAVault):
        return _("There is no Amparo vault in this folder. Nothing was changed.")
    if isinstance(error, VaultBusy):
        return _("This vault is already open in another Amparo window, or a command is changing it. Close it "
                 "there first, then unlock it here. Nothing was changed.")
    if isinstance(error, ReadOnlyMedia):
        return _("This vault is on a disk or folder that cannot be written to (for example a write-protected "
                 "USB drive), so Amparo cannot repair it there. Copy the vault folder to this computer and try "
                 "again. Nothing was changed.")
    if isinstance(error, DiskFull):
        return _("The disk is full, so Amparo could not open the vault. Nothing was changed. Free some space "
                 "and try again.")
    if isinstance(error, WrongPassphrase):
        if recovery:
            return _("This recovery key does not open this vault. Check each character and try again. "
                     "Nothing was changed.")
        return _("This passphrase does not open this vault. Check that Caps Lock is off and try again. "
                 "Nothing was changed.")
    if isinstance(error, KeyFileDamaged) and (path is None or (path / "vault.db").exists()):
        return _("This vault's key file is damaged, so Amparo cannot unlock it as it is. Amparo keeps a spare "
                 "copy of that file. Press “Repair and open” to use it: nothing is changed unless "
                 "the spare copy opens the vault with what you typed.")
    if isinstance(error, NoSoundBackup):
        return _("This vault has no backup that passes its checks (or none at all), so none was restored. "
                 "Nothing was changed. If you saved a copy somewhere else, use “Restore a copy…”.")
    if isinstance(error, CopyDamaged):
        return _("This copy is damaged or is not an Amparo copy, so nothing was restored. Nothing was "
                 "changed. Try another copy.")
    if isinstance(error, VaultDamaged):
        return _("This vault is damaged: some of its files are missing or changed, so Amparo will not "
                 "open it as it is. Press “Restore the newest backup” to put back the newest backup that "
                 "passes its checks; the damaged file is kept. Nothing is replaced unless a backup passes.")
    if isinstance(error, VaultTooNew):
        return _("This vault was saved by a newer version of Amparo. Install the newest Amparo to open "
                 "it. Nothing was changed.")
    if isinstance(error, OSError):
        return _("Amparo could not read this vault folder. Check that it is still there (and that the "
                 "USB drive is plugged in).")
    return _("The vault could not be opened ({kind}).").format(kind=type(error).__name__)
