"""Before a vault is open: the start screen, creating a vault, unlocking it, the passphrase meter and the recovery
key.
"""
