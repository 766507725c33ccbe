"""Architecture rules: banned modules, Qt only in ui/, one-way dependencies, no sockets in a CLI session."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("domain", "storage", "reports", "content", "ui")
BANNED = ("sqlite3", "socket", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib", "ssl",
          "asyncio", "xmlrpc", "socketserver", "telnetlib", "poplib", "imaplib", "webbrowser")
BANNED_QT = ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngine",
             "PySide6.QtWebSockets", "PySide6.QtWebChannel", "PySide6.QtWebView")
# Who may import whom (besides the standard library and third-party packages).
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "content": {"domain"},
    "reports": {"domain", "content"},
    "ui": {"domain", "storage", "reports", "content", "ui"},
}


def product_files() -> list[Path]:
    files = [ROOT / "main.py"]
    for package in PACKAGES:
        files += sorted((ROOT / package).rglob("*.py"))
    files += sorted((ROOT / "scripts").rglob("*.py"))
    return files


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                names.append(first.value)
    return names


def banned_in(names: list[str]) -> list[str]:
    return [n for n in names if n.split(".")[0] in BANNED or any(n.startswith(q) for q in BANNED_QT)]


@pytest.mark.parametrize("path", product_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_banned_modules(path: Path) -> None:
    assert banned_in(imported_modules(path)) == []


@pytest.mark.parametrize("path", product_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_qt_only_in_ui_and_dependencies_point_one_way(path: Path) -> None:
    relative = path.relative_to(ROOT)
    package = relative.parts[0] if len(relative.parts) > 1 else "main"
    names = imported_modules(path)
    if package != "ui":
        assert [n for n in names if n.startswith("PySide6") or n.startswith("shiboken6")] == []
    if package in ALLOWED:
        ours = {n.split(".")[0] for n in names} & set(PACKAGES)
        assert ours - ALLOWED[package] - {package} == set()


@pytest.mark.parametrize("path", sorted((ROOT / "content").rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_content_imports_domain_only(path: Path) -> None:
    """The rule loader builds domain objects; storage, reports and ui come after it, never before."""
    ours = {n.split(".")[0] for n in imported_modules(path)} & set(PACKAGES)
    assert ours <= {"content", "domain"}


def test_domain_and_storage_never_import_content() -> None:
    """The engine receives its rule table; it never reads files (storage gets reminders from domain)."""
    for package in ("domain", "storage"):
        for path in sorted((ROOT / package).rglob("*.py")):
            assert "content" not in {n.split(".")[0] for n in imported_modules(path)}, path


# --- inside ui/: one package per screen or shared concern -------------------------------------
#
# Private: a module whose name starts with "_" is private to its package, and a name starting with "_"
# (a function, class or constant) is private to its module. Another ui package may import neither:
# it goes through the public names of public modules. (Tests may reach into what they test.)
#
# The packages every screen builds on never import a screen, so a change to a screen cannot break them.
FOUNDATIONS = {"accessibility", "notices", "printing", "privacy", "tables", "wording"}
# What the user sees, and the app and screenshot tooling around it: they import one another's public parts.
SCREENS = {"app", "contacts", "editors", "guides", "handoff", "people", "screens", "settings", "shell", "start",
           "today"}
# The command line may use only these ui packages, and nothing it reaches may load Qt (checked through
# every import, also those inside functions).
CLI_MAY_USE = {"cli", "privacy", "wording"}


def ui_files(root: Path) -> list[Path]:
    return sorted((root / "ui").rglob("*.py"))


def ui_package_of(path: Path, root: Path) -> str:
    parts = path.relative_to(root / "ui").parts
    return parts[0] if len(parts) > 1 else ""


def ui_packages_named(names: list[str]) -> set[str]:
    return {n.split(".")[1] for n in names if n.startswith("ui.") and n.count(".") >= 1}


def private_reaches(path: Path, root: Path) -> list[str]:
    """Imports of another ui package's private modules or names."""
    own = ui_package_of(path, root)
    found = []
    for name in imported_modules(path):
        parts = name.split(".")
        if parts[0] != "ui" or len(parts) < 3 or parts[1] == own:
            continue
        if any(p.startswith("_") and not p.startswith("__") for p in parts[2:]):
            found.append(name)
    return found


def module_file(name: str, root: Path) -> Path | None:
    """The file of the longest importable prefix of `name` (an import may name a class in a module)."""
    parts = name.split(".")
    while parts:
        base = root.joinpath(*parts)
        for candidate in (base.with_suffix(".py"), base / "__init__.py"):
            if candidate.is_file():
                return candidate
        parts.pop()
    return None


def qt_reached_from(starts: list[Path], root: Path) -> list[str]:
    """Every module reached from `starts` through ui imports that imports Qt itself."""
    seen: set[Path] = set()
    todo = list(starts)
    found = []
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        names = imported_modules(path)
        if any(n.startswith(("PySide6", "shiboken6")) for n in names):
            found.append(str(path.relative_to(root)))
        for name in names:
            target = module_file(name, root) if name.startswith("ui.") else None
            if target is not None:
                todo.append(target)
    return sorted(found)


@pytest.mark.parametrize("path", ui_files(ROOT), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_ui_package_reaches_into_another_ones_private_parts(path: Path) -> None:
    assert private_reaches(path, ROOT) == []


@pytest.mark.parametrize("path", [p for p in ui_files(ROOT) if ui_package_of(p, ROOT) in FOUNDATIONS],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_shared_packages_never_import_a_screen(path: Path) -> None:
    assert ui_packages_named(imported_modules(path)) - FOUNDATIONS == set()


def test_every_ui_package_is_placed_on_purpose() -> None:
    """A new package is a foundation (never importing a screen) or a screen, chosen when it is added."""
    packages = {p.name for p in (ROOT / "ui").iterdir() if (p / "__init__.py").is_file()}
    assert packages == FOUNDATIONS | SCREENS | {"cli"}


def test_cli_uses_only_qt_free_packages() -> None:
    cli = sorted((ROOT / "ui" / "cli").glob("*.py"))
    assert cli
    for path in cli:
        assert ui_packages_named(imported_modules(path)) <= CLI_MAY_USE, path
    assert qt_reached_from([ROOT / "ui" / "__init__.py", *cli], ROOT) == []


def test_the_ui_rule_checkers_catch_violations(tmp_path: Path) -> None:
    def write(relative: str, text: str) -> Path:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path

    view = write("ui/today/view.py", "from ui.people._rows import row\nfrom ui.people.view import _helper, Public\n"
                                     "from ui.today._own import fine\n")
    assert private_reaches(view, tmp_path) == ["ui.people._rows", "ui.people._rows.row", "ui.people.view._helper"]
    words = write("ui/wording/words.py", "def f():\n    from ui.today.view import TodayView\n")
    assert ui_packages_named(imported_modules(words)) - FOUNDATIONS == {"today"}
    write("ui/wording/__init__.py", "")
    write("ui/wording/dates.py", "from PySide6.QtCore import QDate\n")
    cli = write("ui/cli/main.py", "def run():\n    from ui.wording.dates import spoken\n")
    assert qt_reached_from([cli], tmp_path) == ["ui/wording/dates.py"]


def test_the_rule_checker_catches_violations(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlite3\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n"
                   "x = __import__('socket')\n")
    assert banned_in(imported_modules(bad)) == ["sqlite3", "urllib.request", "urllib.request.urlopen",
                                                "PySide6.QtNetwork", "socket"]


SESSION = textwrap.dedent("""
    import io, sys
    def deny(event, args):
        if event.startswith("socket.") or event == "http.client.connect" or event == "urllib.Request":
            raise RuntimeError("network use during a CLI session: " + event)
    sys.addaudithook(deny)
    from storage import keyslots
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    from ui.cli.main import run
    folder, = sys.argv[1:]
    def call(*args, stdin="frase de prueba larga\\n"):
        sys.stdin = io.StringIO(stdin)
        code = run(list(args))
        assert code == 0, (args, code)
    v = folder + "/S.amparo"
    call("vault", "create", v, "--passphrase-stdin")
    call("demo", folder + "/D.amparo", "--people", "30", "--passphrase-stdin")
    call("person", "add", v, "--given", "Ana", "--family", "Ruiz Soto", "--a-number", "A123456789",
         "--phone", "2025550143", "--dob", "1990-01-31", "--passphrase-stdin")
    call("event", "add", v, "--person", "1", "--kind", "ice_checkin", "--date", "2026-12-01", "--passphrase-stdin")
    call("search", v, "ana", "--format", "json", "--passphrase-stdin")
    for fmt in ("table", "csv", "json"):
        call("deadlines", folder + "/D.amparo", "--format", fmt, "--lang", "es", "--passphrase-stdin")
    call("summary", v, "--person", "1", "--out", folder + "/s.pdf", "--passphrase-stdin")
    call("card", "--out", folder + "/c.pdf", "--lang", "es")
    call("backup", v, "--passphrase-stdin")
    call("passwd", v, "--passphrase-stdin", stdin="frase de prueba larga\\notra frase de prueba\\n")
    call("check", v, "--passphrase-stdin", stdin="otra frase de prueba\\n")
    import socket
    try:
        socket.socket()
    except RuntimeError:
        print("session ok; sockets denied")
""")


def test_a_full_cli_session_creates_no_socket(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", SESSION, str(tmp_path)], cwd=ROOT, capture_output=True,
                            text=True, check=False, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("session ok; sockets denied")
