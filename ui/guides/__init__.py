"""The rights guides reader and the wallet rights card."""
