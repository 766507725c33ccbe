"""Pure domain layer of Amparo: models, validation, deadline rules and the clock.

Nothing here touches disk, Qt or SQL, and nothing here imports other Amparo packages.
"""
