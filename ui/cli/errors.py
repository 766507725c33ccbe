"""Expected failures of a command: the documented exit codes, and each vault problem in one line
the user can act on, in the chosen language (never a field value or a traceback).
"""

from __future__ import annotations

from collections.abc import Callable

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_WRONG, EXIT_DAMAGED, EXIT_TOO_NEW = 0, 1, 2, 3, 4, 5


class CliError(Exception):
    """An expected failure with its exit code and an already translated one-line message."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def vault_error(exc: Exception, _: Callable[[str], str]) -> CliError:
    from storage import (
        CopyDamaged,
        DiskFull,
        KeyFileDamaged,
        NoSoundBackup,
        NotAVault,
        ReadOnlyMedia,
        VaultBusy,
        VaultDamaged,
        VaultExists,
        VaultTooNew,
        WrongPassphrase,
    )

    if isinstance(exc, NotAVault):
        return CliError(EXIT_USAGE, _("There is no Amparo vault at that path. Check the folder name (a vault "
                                      "folder usually ends in .amparo)."))
    if isinstance(exc, VaultBusy):
        return CliError(EXIT_ERROR, _("The vault is busy: another Amparo window or command is changing it. Close "
                                      "it or wait, then try again. Nothing was changed."))
    if isinstance(exc, ReadOnlyMedia):
        return CliError(EXIT_ERROR, _("The vault is on a read-only disk or folder (for example a write-protected "
                                      "USB stick), so nothing can be saved there. Nothing was changed. To make "
                                      "changes, copy the vault folder to a disk you can write to."))
    if isinstance(exc, DiskFull):
        return CliError(EXIT_ERROR, _("The disk is full. Nothing was changed: the vault is as it was. Free some "
                                      "space and try again."))
    if isinstance(exc, WrongPassphrase):
        return CliError(EXIT_WRONG, _("Wrong passphrase. Nothing was changed. Check Caps Lock and try again."))
    if isinstance(exc, VaultTooNew):
        return CliError(EXIT_TOO_NEW, _("This vault was made by a newer version of Amparo. Update Amparo to open it."))
    if isinstance(exc, VaultExists):
        return CliError(EXIT_USAGE, _("Something already exists at that path. Choose a new folder name."))
    if isinstance(exc, NoSoundBackup):
        return CliError(EXIT_DAMAGED, _("This vault has no backup that passes its checks (or none at all), so "
                                        "none was restored. Nothing was changed."))
    if isinstance(exc, CopyDamaged):
        return CliError(EXIT_DAMAGED, _("This copy is damaged or is not an Amparo copy. Nothing was changed."))
    if isinstance(exc, KeyFileDamaged):
        return CliError(EXIT_DAMAGED, _("The vault's key file is damaged. Nothing was changed. Try: amparo repair "
                                        "PATH (it uses the spare copy kept in the vault's backups folder)."))
    if isinstance(exc, VaultDamaged):
        return CliError(EXIT_DAMAGED, _("The vault is damaged and cannot be opened safely. Nothing was changed. "
                                        "To bring back its newest sound backup: amparo restore PATH"))
    return CliError(EXIT_ERROR, _("The vault could not be opened."))
