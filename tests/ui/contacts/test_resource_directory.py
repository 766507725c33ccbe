"""Contacts' resource directory: a clinic pack's entries are shown read-only and copied into the vault
only on request, as an ordinary contact."""
# ruff: noqa: F811  (pytest fixtures are imported from conftest_views and used as arguments)

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from content.i18n import set_language
from content.resources import builtin_resources
from domain.models import ContactCategory
from storage import Vault
from tests.content.packmaker import make_pack, new_key
from tests.ui.conftest_views import english, session, spanish  # noqa: F401
from ui.cli.pack_import import apply_import, plan_import, store_for
from ui.contacts.directory import ResourcesModel
from ui.contacts.view import ContactsView
from ui.shell.session import Session

CLINIC = """[[resource]]
id = "rapid-response"
category = "hotline"
name = "Línea de respuesta rápida del Este"
phone = "(202) 555-0143"
hours = "24 horas"
languages = ["es", "en"]
notes = "Llame si ve agentes."

[[resource]]
id = "legal"
category = "legal"
name = "Clínica Legal Ficticia"
phone = "555-0100"
url = "https://example.org/clinic"
"""


@pytest.fixture()
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = store_for(tmp_path / "data")
    pack = make_pack({"resources.toml": CLINIC.encode()}, new_key(), kind="resources", version=1,
                     pack_id="clinic-east", publisher="Clínica del Este")
    apply_import(plan_import(pack, store, frozenset()), store)
    return store


def test_the_model_passes_the_model_tester(qtmodeltester, store) -> None:  # type: ignore[no-untyped-def]
    from content.resources import builtin_resources
    from ui.cli.pack_import import publishers
    from ui.contacts.directory_entries import from_local, from_public

    model = ResourcesModel()
    model.set_entries([from_local(r, p) for p in publishers(store) for r in p.resources]
                      + [from_public(r, "es") for r in builtin_resources()])
    assert model.rowCount() == 2 + len(builtin_resources())
    qtmodeltester.check(model)


def test_entries_are_shown_and_copied_only_on_request(qtbot, session: Session, vault: Vault, store,  # type: ignore[no-untyped-def]
                                                      english) -> None:
    view = ContactsView(session, pack_store=store)
    qtbot.addWidget(view)
    view.show()
    assert view.tabs.tabText(1) == "Resource directory"
    view.tabs.setCurrentIndex(1)
    directory = view.directory
    assert directory is not None
    public = len(builtin_resources())
    assert public >= 1
    qtbot.waitUntil(lambda: directory.model.rowCount() == 2 + public)
    assert view.model.rowCount() == 0, "the directory is never written into the vault by itself"
    names = [directory.model.index(r, 0).data() for r in range(2)]
    assert names == ["Clínica Legal Ficticia", "Línea de respuesta rápida del Este"]
    directory.view.selectRow(1)
    assert "Published by Clínica del Este, key fingerprint" in directory.details.text()
    assert "Languages: Spanish, English" in directory.details.text()
    qtbot.mouseClick(directory.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    contact = vault.contacts.get(view.model.contact_id(0))
    assert contact is not None
    assert contact.category == ContactCategory.HOTLINE and contact.organization == "Clínica del Este"
    assert contact.phones == ("+12025550143",) and contact.hours == "24 horas"
    assert contact.notes == "Llame si ve agentes."
    assert "was copied to your contacts" in directory.message_bar.label.text()
    directory.view.selectRow(0)
    directory.view.setFocus()
    qtbot.keyClick(directory.view, Qt.Key.Key_Return)  # Enter copies too (keyboard only)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    legal = [vault.contacts.get(view.model.contact_id(r)) for r in range(2)]
    copied = next(c for c in legal if c is not None and c.category == ContactCategory.ATTORNEY)
    assert copied.phones == () and "555-0100" in copied.notes and "https://example.org/clinic" in copied.notes


def test_amparos_public_resources_are_listed_after_the_clinics_and_cannot_be_removed(  # type: ignore[no-untyped-def]
        qtbot, session: Session, vault: Vault, store, english) -> None:
    view = ContactsView(session, pack_store=store)
    qtbot.addWidget(view)
    directory = view.directory
    assert directory is not None
    eoir = next(r for r in range(directory.model.rowCount())
                if "1-800-898-7180" in directory.model.index(r, 2).data())
    assert eoir >= 2, "the clinic's own entries come first"
    assert directory.model.index(eoir, 3).data() == "Amparo (public resources)"
    directory.view.selectRow(eoir)
    assert not directory.remove_button.isEnabled() and directory.copy_button.isEnabled()
    assert "From Amparo's own list, checked in its source on November 30, 2026." in directory.details.text()
    copied_id = directory.copy_current()
    contact = vault.contacts.get(copied_id)
    assert contact is not None and contact.phones == ("+18008987180",)
    assert contact.last_verified is not None and "Source: " in contact.notes
    assert "TDD (for deaf or hard-of-hearing callers): 1-800-828-1120" in contact.notes
    # a second copy makes no duplicate, and says the contact is there already
    before = len(vault.contacts.search(""))
    assert directory.copy_current() == copied_id
    assert len(vault.contacts.search("")) == before
    assert "is already in your contacts" in directory.message_bar.label.text()


def test_the_directory_speaks_spanish(qtbot, session: Session, store, spanish) -> None:  # type: ignore[no-untyped-def]
    set_language("es")
    view = ContactsView(session, pack_store=store)
    qtbot.addWidget(view)
    view.retranslate()
    assert view.tabs.tabText(0) == "Mis contactos" and view.tabs.tabText(1) == "Directorio de recursos"
    assert view.directory is not None
    assert view.directory.copy_button.text() == "&Copiar a mis contactos"
    assert view.directory.model.headerData(3, Qt.Orientation.Horizontal) == "Publicado por"


def test_without_a_store_there_is_no_directory_tab(qtbot, session: Session, english) -> None:  # type: ignore[no-untyped-def]
    view = ContactsView(session)
    qtbot.addWidget(view)
    assert view.directory is None and not view.tabs.tabBar().isVisible()


def test_remove_this_publisher_asks_then_forgets_its_entries(qtbot, session: Session, store, english,  # type: ignore[no-untyped-def]
                                                             monkeypatch) -> None:
    from ui.notices import questions

    view = ContactsView(session, pack_store=store)
    qtbot.addWidget(view)
    directory = view.directory
    public = len(builtin_resources())
    assert directory is not None and directory.model.rowCount() == 2 + public
    directory.view.selectRow(0)
    monkeypatch.setattr(questions, "confirm", lambda *a, **k: False)
    assert not directory.remove_publisher() and directory.model.rowCount() == 2 + public
    monkeypatch.setattr(questions, "confirm", lambda *a, **k: True)
    qtbot.mouseClick(directory.remove_button, Qt.MouseButton.LeftButton)
    assert directory.model.rowCount() == public and store.resources_folders() == {}
    assert "Clínica del Este was removed." in directory.message_bar.label.text()
    assert not directory.remove_button.isEnabled(), "Amparo's own entries cannot be removed"


def test_settings_offer_the_rights_update_too(qtbot, session: Session, store, english) -> None:  # type: ignore[no-untyped-def]
    from ui.settings.view import SettingsView

    view = SettingsView(session, pack_store=store)
    qtbot.addWidget(view)
    assert view.rights_box is not None
    assert view.rights_box.update_button.text() == "Update rights information from a file…"
    assert view.rights_box.status.text().startswith("In use: version ")
