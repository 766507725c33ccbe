"""An AT-SPI client that checks the running Amparo the way a screen reader sees it.

Run with the system Python (pyatspi comes from the `python3-pyatspi` package and is not in the
project's virtual environment); scripts/atspi_check.sh starts Amparo on its own X display and D-Bus
session and runs this. The client:

1. walks the accessible tree of the start screen and fails on a control without a name;
2. switches the language with the "Español" button's own accessible action, and checks that the
   screen speaks Spanish, then back to English the same way;
   then opens the create dialog and checks that its three fields say "Required";
3. opens the vault with the passphrase typed through the EditableText interface and the Unlock
   button's action, walks the vault area, and fails on unnamed controls there too;
4. picks "Settings" in the section list through the AT-SPI Selection interface and checks that the
   settings screen is the one shown.

    /usr/bin/python3 scripts/atspi_walk.py --passphrase-stdin < passphrase.txt

Exit status: 0 all fine, 1 a check failed (what failed is printed), 2 Amparo was not found on the bus.
"""

from __future__ import annotations

import argparse
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # the system's python3-pyatspi

CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK, pyatspi.ROLE_PROGRESS_BAR,
}
ROWS_INSIDE = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_COMBO_BOX}


def find_app(timeout: float) -> object | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == "Amparo":
                return app
        time.sleep(0.5)
    return None


def showing(acc: object) -> bool:
    states = acc.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def walk(acc: object, depth: int = 0, out: list[tuple[int, object]] | None = None) -> list[tuple[int, object]]:
    """Every showing element under `acc` with its depth (rows of lists and tables left out)."""
    out = [] if out is None else out
    if not showing(acc):
        return out
    out.append((depth, acc))
    if acc.getRole() in ROWS_INSIDE:
        return out
    for index in range(acc.childCount):
        child = acc.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)
    return out


def print_tree(title: str, root: object) -> list[str]:
    """Print the tree; return the unnamed controls found."""
    print(f"--- {title}")
    unnamed = []
    for depth, acc in walk(root):
        role = acc.getRoleName()
        description = f" — {acc.description}" if acc.description else ""
        print(f"{'  ' * depth}{role} {acc.name!r}{description}")
        if acc.getRole() in CONTROL_ROLES and not acc.name.strip():
            unnamed.append(f"{title}: {role} at depth {depth}")
    return unnamed


def find(root: object, role: int, name: str) -> object | None:
    for _depth, acc in walk(root):
        if acc.getRole() == role and acc.name == name:
            return acc
    return None


def wait_for(check, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def language_button(window: object, name: str) -> object | None:
    return find(window, pyatspi.ROLE_CHECK_BOX, name) or find(window, pyatspi.ROLE_TOGGLE_BUTTON, name)


def do_first_action(acc: object) -> str:
    action = acc.queryAction()
    name = action.getName(0)
    action.doAction(0)
    return name


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--passphrase-stdin", action="store_true", help="read the vault's passphrase from stdin")
    args = parser.parse_args()
    passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else ""

    app = find_app(30)
    if app is None:
        print("Amparo was not found on the accessibility bus", file=sys.stderr)
        return 2
    window = app.getChildAtIndex(0)
    problems = print_tree("start screen", window)

    # Switch to the other language and back, each time with the button's own accessible action
    # (a checkable button's first action is "Toggle", which does not click it).
    to_spanish, to_english = ("Español", "Abrir una bóveda"), ("English", "Open a vault")
    english_now = find(window, pyatspi.ROLE_PUSH_BUTTON, "Open a vault") is not None
    # The rest of the walk reads English names, so the last step is always back to English.
    steps = [to_spanish, to_english] if english_now else [to_english, to_spanish, to_english]
    for button_name, expected in steps:
        button = language_button(window, button_name)
        if button is None:
            problems.append(f"no {button_name} button")
            continue
        print(f"action on {button_name!r}: {do_first_action(button)}")
        if wait_for(lambda e=expected: find(window, pyatspi.ROLE_PUSH_BUTTON, e) is not None, 10):
            print(f"  the start screen now shows {expected!r}")
        else:
            problems.append(f"the {button_name} button's action did not switch the language")

    problems += check_create_dialog(app, window)
    if passphrase:
        problems += open_vault(window, passphrase)

    if problems:
        print("PROBLEMS:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("AT-SPI checks passed")
    return 0


def check_create_dialog(app: object, window: object) -> list[str]:
    """The create dialog's fields are named and the required ones say so; then Cancel closes it."""
    create = find(window, pyatspi.ROLE_PUSH_BUTTON, "Create a new vault")
    if create is None:
        return ["no 'Create a new vault' button"]
    do_first_action(create)

    def dialog() -> object | None:
        for index in range(app.childCount):
            child = app.getChildAtIndex(index)
            if child is not None and find(child, pyatspi.ROLE_TEXT, "Name of the vault") is not None:
                return child
        return None

    if not wait_for(lambda: dialog() is not None, 10):
        return ["the create dialog did not appear"]
    found = dialog()
    problems = print_tree("create dialog", found)
    for role, name in ((pyatspi.ROLE_TEXT, "Name of the vault"), (pyatspi.ROLE_PASSWORD_TEXT, "Passphrase"),
                       (pyatspi.ROLE_PASSWORD_TEXT, "Repeat the passphrase")):
        field = find(found, role, name)
        if field is None or field.description != "Required":
            problems.append(f"create dialog: {name!r} does not say it is required")
    if not any(p.startswith("create dialog: ") for p in problems):
        print("the three fields of the create dialog say 'Required'")
    cancel = find(found, pyatspi.ROLE_PUSH_BUTTON, "Cancel")
    if cancel is not None:
        do_first_action(cancel)
        wait_for(lambda: dialog() is None, 10)
    return problems


def open_vault(window: object, passphrase: str) -> list[str]:
    problems: list[str] = []
    open_button = find(window, pyatspi.ROLE_PUSH_BUTTON, "Open a vault")
    if open_button is None:
        return ["no 'Open a vault' button"]
    do_first_action(open_button)
    if not wait_for(lambda: find(window, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase") is not None
                    or find(window, pyatspi.ROLE_TEXT, "Passphrase") is not None, 10):
        return ["the unlock screen did not appear"]
    problems += print_tree("unlock screen", window)
    field = find(window, pyatspi.ROLE_PASSWORD_TEXT, "Passphrase") or find(window, pyatspi.ROLE_TEXT, "Passphrase")
    field.queryEditableText().setTextContents(passphrase)
    unlock = find(window, pyatspi.ROLE_PUSH_BUTTON, "Unlock")
    if unlock is None:
        return [*problems, "no Unlock button"]
    do_first_action(unlock)
    if not wait_for(lambda: find(window, pyatspi.ROLE_LIST, "Sections") is not None, 60):
        return [*problems, "the vault did not open"]
    problems += print_tree("vault area (Today)", window)
    sections = find(window, pyatspi.ROLE_LIST, "Sections")
    names = [sections.getChildAtIndex(i).name for i in range(sections.childCount)]
    print(f"sections: {names}")
    target = names.index("Settings") if "Settings" in names else len(names) - 1
    sections.querySelection().selectChild(target)
    if not wait_for(lambda: find(window, pyatspi.ROLE_LABEL, "Settings of this vault") is not None, 10):
        problems.append("selecting Settings in the section list through AT-SPI did not show the settings")
    else:
        print("selecting 'Settings' through the Selection interface showed the settings screen")
        problems += print_tree("vault area (Settings)", window)
    return problems


if __name__ == "__main__":
    sys.exit(main())
