"""The few settings Amparo keeps outside a vault and where vaults live.

Outside a vault are only choices that say nothing about anyone: the interface language and after how
many months the rights guides warn that their information may be out of date. Everything else
(auto-lock minutes and the like) is kept inside the encrypted vault. There is no recent-files list:
the vault list is made each time by listing `*.amparo` folders, names only, so nothing on disk
records which vault was opened last or from where.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from content.i18n import DEFAULT_LANGUAGE, languages
from content.staleness import DEFAULT_MONTHS, MONTH_CHOICES, parse_months
from domain.textfold import fold
from storage.atomic import atomic_write

VAULT_SUFFIX = ".amparo"
_PREFS_FILE = "prefs.json"
_REVIEW_MONTHS = "content_review_months"
_KEYS = ("language", _REVIEW_MONTHS)
# Where the system says its language, in gettext's order of precedence.
_LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language(environ: Mapping[str, str]) -> str:
    """The interface language the system asks for ("es_MX.UTF-8" → "es"), Spanish if none we have.

    The first variable that is set decides, as for gettext; LANGUAGE may list several ("fr:en"),
    and the first one Amparo speaks is taken. "C", "POSIX" or a language Amparo lacks gives Spanish,
    the language of most of the people Amparo is for.
    """
    for variable in _LANGUAGE_VARIABLES:
        value = environ.get(variable, "").strip()
        if not value:
            continue
        for entry in value.split(":"):
            code = entry.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            if code in languages():
                return code
        return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def _default_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("amparo", appauthor=False))


def _default_data_dir() -> Path:
    from ui.cli.data_folder import default_data_dir  # the command line's imported packs live there too

    return default_data_dir()


def _sort_key(name: str) -> str:
    """Alphabetical the way people expect: "Álbum" next to "album", capitals ignored."""
    return fold(name)


@dataclass
class Prefs:
    """The language preference and the default vault folder; folders are injectable for tests.

    `environ` is where the first start reads the system's language; only `default()` (the real app)
    gives it the process environment, so tests do not depend on the machine's locale.
    """

    config_dir: Path
    data_dir: Path
    environ: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def default(cls) -> Prefs:
        return cls(_default_config_dir(), _default_data_dir(), os.environ)

    @property
    def vaults_dir(self) -> Path:
        return self.data_dir / "vaults"

    def ensure_vaults_dir(self) -> Path:
        """Create the default vault folder (only the owner may read it) and return it."""
        folder = self.vaults_dir
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):  # not possible on every file system; never fatal
            os.chmod(folder, 0o700)
        return folder

    def _saved(self) -> dict[str, object]:
        """The preferences file as a dict ({} when missing, unreadable or not an object)."""
        try:
            raw = json.loads((self.config_dir / _PREFS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def _save(self, key: str, value: object) -> None:
        # Only known keys are written back: a hand-added entry never survives a save.
        saved = {k: v for k, v in self._saved().items() if k in _KEYS}
        saved[key] = value
        self.config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write(self.config_dir / _PREFS_FILE, json.dumps(saved).encode("utf-8"))

    def language(self) -> str:
        """The saved interface language; before one is saved (the first start), the system's."""
        lang = self._saved().get("language")
        return lang if isinstance(lang, str) and lang in languages() else system_language(self.environ)

    def save_language(self, lang: str) -> None:
        if lang not in languages():
            raise ValueError(f"unsupported language: {lang!r}")
        self._save("language", lang)

    def review_months(self) -> int:
        """After how many months without a review the guides say the rights information may be old."""
        return parse_months(self._saved().get(_REVIEW_MONTHS, DEFAULT_MONTHS))

    def save_review_months(self, months: int) -> None:
        if months not in MONTH_CHOICES:
            raise ValueError(f"unsupported number of months: {months!r}")
        self._save(_REVIEW_MONTHS, months)

    def vault_names(self) -> list[str]:
        """Names (without `.amparo`) of the vault folders in the default folder, sorted."""
        folder = self.vaults_dir
        if not folder.is_dir():
            return []
        names = [p.name[: -len(VAULT_SUFFIX)] for p in folder.iterdir()
                 if p.is_dir() and p.name.endswith(VAULT_SUFFIX)]
        return sorted(names, key=_sort_key)

    def vault_path(self, name: str) -> Path:
        return self.vaults_dir / f"{name}{VAULT_SUFFIX}"
