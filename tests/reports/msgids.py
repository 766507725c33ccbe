"""Collects the msgids the report modules pass to tr(), ntr() and N_() as literals (like pybabel would)."""

from __future__ import annotations

import ast
from pathlib import Path

REPORTS = Path(__file__).resolve().parents[2] / "reports"


def collect() -> tuple[set[str], set[tuple[str, str]], list[str]]:
    """(singular msgids, plural pairs, calls whose msgid is not a literal)."""
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    dynamic: list[str] = []
    for path in sorted(REPORTS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            name = node.func.id
            args = node.args

            def literal(index: int, args: list[ast.expr] = args) -> str | None:
                if (
                    index < len(args)
                    and isinstance(args[index], ast.Constant)
                    and isinstance(args[index].value, str)
                ):  # type: ignore[attr-defined]
                    return str(args[index].value)  # type: ignore[attr-defined]
                return None

            if name == "N_":
                value = literal(0)
                if value is not None:
                    singles.add(value)
            elif name == "tr":
                value = literal(1)
                if value is None:
                    dynamic.append(f"{path.name}:{node.lineno}")
                else:
                    singles.add(value)
            elif name == "ntr":
                one, many = literal(1), literal(2)
                if one is None or many is None:
                    dynamic.append(f"{path.name}:{node.lineno}")
                else:
                    plurals.add((one, many))
    return singles, plurals, dynamic


if __name__ == "__main__":
    s, p, d = collect()
    for m in sorted(s):
        print(repr(m))
    print(p)
    print("dynamic:", d)
