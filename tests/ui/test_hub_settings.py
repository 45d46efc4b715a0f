"""The hub settings screen: address and shop code, the connection test, no password in the journal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from bruktpos.hub.schema import init_hub
from bruktpos.services.settings import SettingsService
from bruktpos.store.models import JournalEntry
from bruktpos.ui.admin.hub_settings import HubSettingsScreen


@pytest.fixture
def screen(qtbot, shop, clock):
    settings = SettingsService(shop.db, clock=clock)
    widget = HubSettingsScreen(settings, shop.db)
    qtbot.addWidget(widget)
    widget.open_for(shop.leader)
    widget.show()
    return widget


def type_into(qtbot, field, text: str) -> None:
    field.selectAll()
    field.clear()
    qtbot.keyClicks(field, text)


def test_shows_the_code_the_shop_syncs_as(qtbot, screen: HubSettingsScreen) -> None:
    assert screen.code_input.text() == ""
    assert screen.code_input.placeholderText() == "S001"
    assert "shop S001" in screen.code_label.text()
    type_into(qtbot, screen.code_input, "OSL-7")
    assert "shop OSL-7" in screen.code_label.text()
    assert "Nothing has been sent yet." in screen.last_sent.text()


def test_test_connection_and_save(qtbot, screen: HubSettingsScreen, shop, tmp_path: Path) -> None:
    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    type_into(qtbot, screen.url_input, hub)
    qtbot.mouseClick(screen.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.test_button.isEnabled(), timeout=10_000)
    assert "Connected" in screen.status.text()
    assert screen.status.property("level") == "info"

    with qtbot.waitSignal(screen.saved):
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert SettingsService(shop.db).get("hub_url") == hub


def test_a_hub_that_does_not_answer_says_what_to_do(qtbot, screen: HubSettingsScreen, tmp_path: Path) -> None:
    type_into(qtbot, screen.url_input, f"sqlite:///{tmp_path / 'no' / 'such' / 'hub.sqlite3'}")
    qtbot.mouseClick(screen.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.test_button.isEnabled(), timeout=10_000)
    assert screen.status.property("level") == "error"
    assert "closed days wait and are sent later" in screen.status.text()

    type_into(qtbot, screen.url_input, "krets.example.no")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "not a hub address" in screen.status.text()


def test_the_password_is_never_shown_again_nor_journalled(qtbot, screen: HubSettingsScreen, shop) -> None:
    url = "postgresql+psycopg://butikk_s001:hemmelig@krets.example.no:5432/hub"
    type_into(qtbot, screen.url_input, url)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert SettingsService(shop.db).get("hub_url") == url
    assert "hemmelig" not in screen.url_input.text()
    assert "***" in screen.url_input.text()

    # Saving again with the field untouched keeps the stored password.
    type_into(qtbot, screen.code_input, "S042")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert SettingsService(shop.db).get("hub_url") == url
    assert SettingsService(shop.db).get("hub_shop_code") == "S042"

    with shop.db.read() as session:
        details = [json.dumps(d) for d in session.scalars(select(JournalEntry.details))]
    assert any("krets.example.no" in d for d in details)
    assert not any("hemmelig" in d for d in details)


def test_leader_reaches_the_screen_from_the_till_menu(qtbot, till) -> None:
    window = till.window
    window.controller.operator = till.shop.leader
    assert window.hub_action in window.menu_actions()
    window.hub_action.trigger()
    assert window.stack.currentWidget() is window.hub_settings
    assert window.hub_settings.code_input.placeholderText() == "S001"
    qtbot.mouseClick(window.hub_settings.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is not window.hub_settings


def test_the_address_hub_add_shop_prints_fills_in_the_code_and_a_refusal_is_shown(
    qtbot, screen: HubSettingsScreen, shop, clock, tmp_path: Path
) -> None:
    from datetime import date

    from bruktpos.hub.push import push
    from bruktpos.hub.schema import init_hub
    from tests.ui.test_sync_status import queue_day

    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    type_into(qtbot, screen.url_input, hub + "?shop=OSL-7")
    assert screen.code_input.text() == "OSL-7" and "shop OSL-7" in screen.code_label.text()

    # The address is for OSL-7, but the till still sends as S001: the screen says so and what to do.
    queue_day(shop, clock, date(2026, 11, 30))
    assert push(shop.db, hub + "?shop=OSL-7", clock=clock).refusal == "wrong_login"
    screen.open_for(shop.leader)
    said = screen.last_sent.text()
    assert "its address is for shop OSL-7, but this till sends as shop S001" in said
    assert "Closed days waiting here: 1." in said


CHAPTER = """\
bruktpos_setup = 1

[[categories]]
name = "Klær dame"
default_price = "70"

[[categories]]
name = "Leker"
default_price = "25"

[[products]]
name = "Bolle"
category = "Kafé"
price = "25"
"""


def test_fetch_the_chapters_set_up_asks_then_imports_once(
    qtbot, screen: HubSettingsScreen, shop, tmp_path: Path
) -> None:
    from bruktpos.services.catalogue import CatalogueService
    from bruktpos.services.chapter_template import publish_template

    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    type_into(qtbot, screen.url_input, hub)
    qtbot.mouseClick(screen.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.template_button.isEnabled(), timeout=10_000)
    assert "has not published a set-up" in screen.status.text()

    publish_template(hub, CHAPTER, by="Anne")
    qtbot.mouseClick(screen.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.template_dialog is not None and screen.template_dialog.isVisible())
    dialog = screen.template_dialog
    shown = [dialog.changes.item(n).text() for n in range(dialog.changes.count())]
    assert "New category: Leker" in shown
    assert "The category Klær dame is changed: default price" in shown
    assert "New product: Bolle" in shown
    assert "version 1, published by Anne" in dialog.findChild(QLabel).text()

    # Cancel leaves the shop as it was.
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    catalogue = CatalogueService(shop.db)
    assert "Leker" not in {c.name for c in catalogue.categories()}

    qtbot.mouseClick(screen.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.template_dialog is not dialog and screen.template_dialog.isVisible())
    qtbot.mouseClick(screen.template_dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Done" in screen.status.text(), timeout=10_000)
    names = [c.name for c in catalogue.categories()]
    assert "Leker" in names and names.count("Klær dame") == 1
    assert next(c for c in catalogue.categories() if c.name == "Klær dame").default_price == 7000

    # A second time there is nothing to ask.
    opened = screen.template_dialog
    qtbot.mouseClick(screen.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.template_button.isEnabled(), timeout=10_000)
    assert "already has the chapter's set-up (version 1)" in screen.status.text()
    assert screen.template_dialog is opened and not opened.isVisible()
