"""The main window around the screens: the vault area, locking (idle, system, by hand) and the unlocked session."""
