"""Settings of the open vault: locking, passphrase, backups, restore, and the new recovery key."""
