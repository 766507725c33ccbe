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


def test_cli_never_imports_qt() -> None:
    cli_modules = [ROOT / "ui" / "__init__.py", *sorted((ROOT / "ui" / "cli").glob("*.py"))]
    for path in cli_modules:
        assert not [n for n in imported_modules(path) if n.startswith("PySide6")]


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
