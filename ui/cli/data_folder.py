"""Where Amparo keeps its own files on this computer (imported packs, the default vault folder).

One definition for the command line and the app (`ui.app.prefs` asks here too), so both always read
and write the same folder: the platform's user data folder (Linux: `~/.local/share/amparo`).
"""

from __future__ import annotations

from pathlib import Path


def default_data_dir() -> Path:
    """Amparo's data folder for this user (it may not exist yet)."""
    import platformdirs  # only when asked: `amparo --version` stays instant

    return Path(platformdirs.user_data_dir("amparo", appauthor=False))
