"""The app's "Update rights information from a file…": the dialog shows who signed a pack and what it
changes; Apply changes the guide on screen, Restore brings the old text back, a refused pack changes
nothing; a clinic pack needs the fingerprint confirmed; a broken built-in pack is reported, not shown."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from content import active
from content.i18n import language, set_language
from content.packs.archive import read_folder
from content.packs.trust import project_keys
from content.paths import package_folder
from tests.content.packmaker import flip_byte, key_b64, make_pack, new_key, replace_entry, resources_files
from tests.ui.cli.test_pack_import import snapshot
from ui.app.prefs import Prefs
from ui.cli.pack_import import publishers, store_for
from ui.guides.packs import PackDialog
from ui.guides.view import GuidesView

NEW_LINE = "Línea nueva de un paquete más reciente."


@pytest.fixture(autouse=True)
def restore_language() -> Iterator[None]:
    before = language()
    yield
    set_language(before)


@pytest.fixture()
def project_key():  # type: ignore[no-untyped-def]
    return new_key()


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, project_key):  # type: ignore[no-untyped-def]
    keys = project_keys() | {key_b64(project_key)}
    monkeypatch.setattr("content.active.project_keys", lambda: keys)
    monkeypatch.setattr("ui.cli.pack_import.project_keys", lambda: keys)
    active.configure(imported=None)
    yield store_for(tmp_path / "data")
    active.configure(imported=None)


def rights_pack(tmp_path: Path, key, line: str = NEW_LINE) -> Path:  # type: ignore[no-untyped-def]
    files = dict(read_folder(package_folder("content")).files)
    files["es/ice-at-the-door.md"] = files["es/ice-at-the-door.md"] + f"\n{line}\n".encode()
    path = tmp_path / "derechos.amparopack"
    path.write_bytes(make_pack(files, key, version=active.active_content().manifest.version + 1))
    return path


def open_view(qtbot, store) -> GuidesView:  # type: ignore[no-untyped-def]
    view = GuidesView(pack_store=store)
    qtbot.addWidget(view)
    view.show()
    view.open_guide("ice-at-the-door")
    return view


def shown_text(view: GuidesView) -> str:
    return view._browser.toPlainText()


def test_a_newer_rights_pack_is_shown_applied_and_restored(qtbot, tmp_path: Path, store, project_key) -> None:  # type: ignore[no-untyped-def]
    set_language("es")
    view = open_view(qtbot, store)
    box_ = view.rights_box
    assert box_ is not None
    assert box_.update_button.text() == "Actualizar la información de derechos desde un archivo…"
    from babel.dates import format_date

    builtin = active.active_content().manifest  # the lead re-signs after merges: version and date move
    day = format_date(builtin.date, format="long", locale="es_US")
    assert box_.status.text() == f"En uso: versión {builtin.version} del {day}, incluida en Amparo."
    assert not box_.restore_button.isEnabled()
    assert NEW_LINE not in shown_text(view)
    dialog = box_.import_pack(rights_pack(tmp_path, project_key))
    assert isinstance(dialog, PackDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.publisher.text() == "Test publisher"
    assert dialog.fingerprint.text() == dialog.plan.pack.fingerprint
    assert dialog.version.text() == str(dialog.plan.pack.manifest.version)
    assert dialog.date.text() == "30 de noviembre de 2026"
    title = view.current_guide().title  # type: ignore[union-attr]
    assert [dialog.changes.item(i).text() for i in range(dialog.changes.count())] == [
        f"Guía cambiada: {title} (es)"]
    assert dialog.apply_button.isEnabled() and not dialog.confirm.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert NEW_LINE in shown_text(view)
    assert box_.status.text().endswith(", importada.") and box_.restore_button.isEnabled()

    box = box_.restore_previous()
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(box.finished):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert NEW_LINE not in shown_text(view)
    assert store.rights_folder() is None


def test_cancel_and_escape_write_nothing(qtbot, tmp_path: Path, store, project_key) -> None:  # type: ignore[no-untyped-def]
    set_language("en")
    view = open_view(qtbot, store)
    dialog = view.rights_box.import_pack(rights_pack(tmp_path, project_key))
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.cancel_button.text() == "Cancel" and dialog.cancel_button.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert snapshot(store.root) == {} and NEW_LINE not in shown_text(view)


def test_a_tampered_pack_is_refused_with_its_reason_and_nothing_changes(
        qtbot, tmp_path: Path, store, project_key) -> None:  # type: ignore[no-untyped-def]
    set_language("es")
    view = open_view(qtbot, store)
    path = rights_pack(tmp_path, project_key)
    body = read_folder(package_folder("content")).files["es/card.toml"]
    path.write_bytes(replace_entry(path.read_bytes(), "es/card.toml", flip_byte(body, 20)))
    box = view.rights_box.import_pack(path)
    assert isinstance(box, QMessageBox) and not isinstance(box, PackDialog)
    qtbot.waitUntil(box.isVisible)
    assert "es/card.toml" in box.text() and "se cambió después" in box.text() and "No se cambió nada" in box.text()
    box.close()
    assert snapshot(store.root) == {} and NEW_LINE not in shown_text(view)


def test_a_clinic_pack_needs_the_fingerprint_confirmed(qtbot, tmp_path: Path, store) -> None:  # type: ignore[no-untyped-def]
    set_language("en")
    view = open_view(qtbot, store)
    path = tmp_path / "clinic.amparopack"
    path.write_bytes(make_pack(resources_files(), new_key(), kind="resources", version=1, pack_id="clinic-east",
                               publisher="East Side Clinic"))
    dialog = view.rights_box.import_pack(path)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Add local resources"
    assert dialog.confirm.isVisible() and not dialog.apply_button.isEnabled()
    dialog.confirm.setFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Space)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in publishers(store)] == ["East Side Clinic"]


def test_a_broken_built_in_pack_is_reported_not_shown(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    set_language("es")
    copy = tmp_path / "content"
    shutil.copytree(package_folder("content"), copy, ignore=shutil.ignore_patterns("*.py", "__pycache__", "packs"))
    guide = copy / "es" / "ice-at-the-door.md"
    guide.write_bytes(guide.read_bytes() + b"\nAbra la puerta.\n")
    from ui.app.prefs import Prefs
    from ui.shell.main_window import MainWindow

    window = MainWindow(Prefs(config_dir=tmp_path / "c", data_dir=tmp_path / "d"))
    qtbot.addWidget(window)
    active.configure(imported=None, builtin=copy)
    try:
        box = window.check_content()
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        assert "No se pudo comprobar la información de derechos" in box.text()
        box.close()
        view = GuidesView()
        qtbot.addWidget(view)
        assert view.guides() == []
        assert "No se pudo comprobar" in view._browser.toPlainText()
        assert "Abra la puerta" not in view._browser.toPlainText()
    finally:
        active.configure(imported=None)
    assert window.check_content() is None
    QApplication.processEvents()


def test_a_broken_built_in_pack_with_a_good_imported_one_says_which_is_shown(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, store, project_key) -> None:
    set_language("en")
    from ui.cli.pack_import import apply_import, plan_import
    from ui.shell.main_window import MainWindow

    apply_import(plan_import(rights_pack(tmp_path, project_key).read_bytes(), store), store)
    copy = tmp_path / "content"
    shutil.copytree(package_folder("content"), copy, ignore=shutil.ignore_patterns("*.py", "__pycache__", "packs"))
    (copy / "manifest.sig").write_bytes(b"\0" * 64)
    window = MainWindow(Prefs(config_dir=tmp_path / "c", data_dir=tmp_path / "data"))
    qtbot.addWidget(window)
    active.configure(imported=store.rights_folder(), builtin=copy)
    box = window.check_content()
    assert box is not None and "the rights information you imported is shown instead" in box.text()
    box.close()
    set_language("es")  # the pack's new line is in the Spanish guide
    view = GuidesView(pack_store=store)
    qtbot.addWidget(view)
    view.open_guide("ice-at-the-door")
    assert NEW_LINE in shown_text(view)
