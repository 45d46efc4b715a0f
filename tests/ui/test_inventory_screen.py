"""The inventory screen as a volunteer uses it: search, select, act, export."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from bruktpos.domain.roles import Action
from bruktpos.services.intake import IntakeService
from bruktpos.services.shop import till_catalogue
from bruktpos.ui.inventory import screen as screen_module
from bruktpos.ui.inventory.screen import InventoryScreen
from bruktpos.ui.till.price_dialog import PriceDialog
from tests.conftest import FakeClock
from tests.integration.conftest import Shop, make_shop

from .conftest import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


@dataclass
class Back:
    shop: Shop
    screen: InventoryScreen


@pytest.fixture
def back(qtbot, tmp_path: Path) -> Iterator[Back]:
    clock = FakeClock()
    shop = make_shop(tmp_path / "shop.sqlite3", clock)
    intake = IntakeService(shop.db, clock=clock)
    categories = list(till_catalogue(shop.db).categories)
    screen = InventoryScreen(shop.db, intake, categories, "Testbutikken")
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    screen.set_operator(shop.cashier)
    yield Back(shop, screen)
    shop.close()


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    assert button.height() >= 48, button.text()
    qtbot.mouseClick(button, LEFT)


def search(qtbot, back: Back, text: str) -> None:
    back.screen.search_field.clear()
    qtbot.keyClicks(back.screen.search_field, text)
    qtbot.keyClick(back.screen.search_field, Qt.Key.Key_Return)


def tap_row(qtbot, back: Back, row: int) -> None:
    table = back.screen.table
    rect = table.visualRect(back.screen.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def shown_codes(back: Back) -> list[str]:
    return [row.code for row in back.screen.model.rows]


def db_rows(back: Back, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(back.shop.path) as conn:
        return conn.execute(sql, args).fetchall()


def test_search_by_text_finds_the_right_rows(qtbot, back: Back) -> None:
    search(qtbot, back, "ting 7")
    assert shown_codes(back) == [back.shop.codes[7]]
    model = back.screen.model
    cells = [model.index(0, column).data() for column in range(model.columnCount())]
    assert cells == [back.shop.codes[7], "Klær dame", "Ting 7", "kr\u00a0100,00", "In stock", "12.11.2026"]

    search(qtbot, back, "bøker")
    assert sorted(shown_codes(back)) == sorted(back.shop.codes[:5])

    search(qtbot, back, back.shop.codes[2])  # a scanned code
    assert shown_codes(back) == [back.shop.codes[2]]

    search(qtbot, back, "sykkel")
    assert shown_codes(back) == []
    assert back.screen.message.isVisible() and back.screen.message.text()


def test_category_choice_narrows_the_search(qtbot, back: Back) -> None:
    box = back.screen.category_box
    box.setCurrentIndex(box.findData(back.shop.clothes))
    search(qtbot, back, "")
    assert sorted(shown_codes(back)) == sorted(back.shop.codes[5:])


def test_two_selected_rows_are_thrown_away_after_one_question(qtbot, back: Back) -> None:
    search(qtbot, back, "bøker")
    tap_row(qtbot, back, 0)
    tap_row(qtbot, back, 1)
    chosen = back.screen.selected_codes()
    assert len(chosen) == 2

    asked: list[str] = []
    leaders_asked: list[Action] = []

    def answer_yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        asked.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.Yes).click()

    def leader(action: Action, reason: str):
        leaders_asked.append(action)
        return back.shop.leader

    back.screen.ask_leader = leader  # the items are not due: the cashier needs a leader
    when_dialog_opens(answer_yes)
    click(qtbot, back.screen.discard_button)
    assert len(asked) == 1 and "2 item" in asked[0] and "thrown away" in asked[0]
    assert leaders_asked == [Action.TAKE_OFF_SHELF]
    assert back.screen.message.text() == "2 item(s) taken off the shelf."
    marks = ",".join("?" * len(chosen))
    assert db_rows(back, f"SELECT DISTINCT status FROM items WHERE code IN ({marks})", *chosen) == [
        ("discarded",)
    ]
    assert db_rows(back, "SELECT count(*) FROM items WHERE status = 'discarded'") == [(2,)]
    statuses = {row.code: row.status for row in back.screen.model.rows}
    assert all(statuses[code] == "discarded" for code in chosen)


def test_saying_no_changes_nothing(qtbot, back: Back) -> None:
    search(qtbot, back, "bøker")
    tap_row(qtbot, back, 0)
    when_dialog_opens(lambda dialog: dialog.button(QMessageBox.StandardButton.No).click())
    click(qtbot, back.screen.recycle_button)
    assert db_rows(back, "SELECT count(*) FROM items WHERE status != 'in_stock'") == [(0,)]


def test_a_volunteer_pulls_due_items_alone_but_needs_a_leader_for_others(qtbot, back: Back) -> None:
    with sqlite3.connect(back.shop.path) as conn:
        conn.execute("UPDATE categories SET markdown_rule = 'pull:28' WHERE id = ?", (back.shop.books,))
    back.screen.intake.clock.advance(days=30)  # the books are due now, the clothes never are
    leaders_asked: list[Action] = []

    def no_leader(action: Action, reason: str):
        leaders_asked.append(action)
        return None

    back.screen.ask_leader = no_leader
    click(qtbot, back.screen.pull_button)
    assert sorted(shown_codes(back)) == sorted(back.shop.codes[:5])
    tap_row(qtbot, back, 0)
    when_dialog_opens(lambda dialog: dialog.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, back.screen.recycle_button)
    assert leaders_asked == []
    assert back.screen.message.text() == "1 item(s) taken off the shelf."

    search(qtbot, back, back.shop.codes[7])  # clothes: not due
    tap_row(qtbot, back, 0)
    when_dialog_opens(lambda dialog: dialog.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, back.screen.discard_button)
    assert leaders_asked == [Action.TAKE_OFF_SHELF]
    assert back.screen.message.text() == "Nothing was changed."
    assert db_rows(back, "SELECT count(*) FROM items WHERE status != 'in_stock'") == [(1,)]


def test_an_item_already_off_the_shelf_is_refused_calmly(qtbot, back: Back) -> None:
    code = back.shop.codes[0]
    back.screen.intake.take_off_shelf([code], "moved", by=back.shop.leader)
    search(qtbot, back, "bøker")
    tap_row(qtbot, back, shown_codes(back).index(code))
    tap_row(qtbot, back, shown_codes(back).index(back.shop.codes[1]))
    when_dialog_opens(lambda dialog: dialog.button(QMessageBox.StandardButton.Yes).click())
    click(qtbot, back.screen.discard_button)
    assert "moved to another shop" in back.screen.message.text()
    assert back.screen.message.property("level") == "error"
    # All or nothing: the other item stays on the shelf.
    assert db_rows(back, "SELECT code, status FROM items WHERE status != 'in_stock'") == [(code, "moved")]


def test_a_cashier_changes_a_price_with_the_leader_approving(qtbot, back: Back) -> None:
    code = back.shop.codes[6]
    asked: list[tuple[Action, str]] = []

    def leader(action: Action, reason: str):
        asked.append((action, reason))
        return back.shop.leader

    back.screen.ask_leader = leader
    search(qtbot, back, code)
    tap_row(qtbot, back, 0)

    def type_75(dialog: QWidget) -> None:
        assert isinstance(dialog, PriceDialog)
        for key in ("7", "5"):
            button = next(b for b in dialog.findChildren(QPushButton) if b.text() == key and b.isVisible())
            click(qtbot, button)
        click(qtbot, dialog.input.ok_button)

    when_dialog_opens(type_75)
    click(qtbot, back.screen.price_button)
    assert [a for a, _ in asked] == [Action.PRICE_OVERRIDE]
    assert code in asked[0][1]
    assert db_rows(back, "SELECT price FROM items WHERE code = ?", code) == [(7500,)]
    journalled = db_rows(back, "SELECT user_id FROM journal WHERE event = 'price_change'")
    assert journalled == [(back.shop.leader.id,)]
    assert back.screen.model.index(0, 3).data() == "kr\u00a075,00"


def test_without_a_leader_the_price_stays(qtbot, back: Back) -> None:
    code = back.shop.codes[6]
    search(qtbot, back, code)
    tap_row(qtbot, back, 0)

    def type_5(dialog: QWidget) -> None:
        dialog.input.setFocus()
        click(qtbot, next(b for b in dialog.findChildren(QPushButton) if b.text() == "5" and b.isVisible()))
        click(qtbot, dialog.input.ok_button)

    when_dialog_opens(type_5)
    click(qtbot, back.screen.price_button)  # ask_leader is the default: nobody came
    assert db_rows(back, "SELECT price FROM items WHERE code = ?", code) == [(10000,)]
    assert back.screen.message.text() == "Nothing was changed."


def test_csv_export_writes_the_file_and_says_where(qtbot, back: Back) -> None:
    search(qtbot, back, "klær")
    click(qtbot, back.screen.export_button)
    qtbot.waitUntil(back.screen.export_button.isEnabled, timeout=10_000)
    files = list((back.shop.path.parent / "exports").glob("varer-*.csv"))
    assert [f.name for f in files] == ["varer-20261112-140300.csv"]
    text = files[0].read_text("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "code;category;description;price_kr;status;intake_date"
    assert len(lines) == 6 and all(";Klær dame;" in line for line in lines[1:])
    assert str(files[0]) in back.screen.message.text()


def test_labels_are_reprinted_to_a_pdf_beside_the_database(qtbot, back: Back) -> None:
    search(qtbot, back, "bøker")
    tap_row(qtbot, back, 0)
    click(qtbot, back.screen.reprint_button)
    qtbot.waitUntil(back.screen.reprint_button.isEnabled, timeout=10_000)
    files = list((back.shop.path.parent / "labels").glob("etiketter-*.pdf"))
    assert len(files) == 1 and files[0].read_bytes().startswith(b"%PDF")
    assert str(files[0]) in back.screen.message.text()


def test_the_label_sheet_is_written_off_the_gui_thread(qtbot, back: Back, monkeypatch) -> None:
    writers: list[threading.Thread] = []
    gate = threading.Event()
    real = screen_module.label_sheet_pdf

    def recording(*args: object, **kwargs: object) -> None:
        writers.append(threading.current_thread())
        gate.wait(10)
        real(*args, **kwargs)

    monkeypatch.setattr(screen_module, "label_sheet_pdf", recording)
    search(qtbot, back, "bøker")
    tap_row(qtbot, back, 0)
    click(qtbot, back.screen.reprint_button)
    assert not back.screen.reprint_button.isEnabled()
    assert back.screen.reprint_button.text() == "Making the label sheet …"
    gate.set()
    qtbot.waitUntil(back.screen.reprint_button.isEnabled, timeout=10_000)
    assert writers and writers[0] is not threading.main_thread()
    assert back.screen.reprint_button.text() == "Print label again"
    assert "saved in" in back.screen.message.text()


def test_the_csv_is_written_off_the_gui_thread(qtbot, back: Back, monkeypatch) -> None:
    writers: list[threading.Thread] = []
    gate = threading.Event()
    real = screen_module.items_csv

    def recording(rows: object) -> str:
        writers.append(threading.current_thread())
        gate.wait(10)
        return real(rows)

    monkeypatch.setattr(screen_module, "items_csv", recording)
    search(qtbot, back, "klær")
    click(qtbot, back.screen.export_button)
    assert not back.screen.export_button.isEnabled()
    assert back.screen.export_button.text() == "Saving the list …"
    gate.set()
    qtbot.waitUntil(back.screen.export_button.isEnabled, timeout=10_000)
    assert writers and writers[0] is not threading.main_thread()
    assert back.screen.export_button.text() == "Export CSV"
    assert "saved in" in back.screen.message.text()


def test_nothing_selected_gets_a_calm_hint(qtbot, back: Back) -> None:
    search(qtbot, back, "bøker")
    click(qtbot, back.screen.discard_button)
    assert "Choose" in back.screen.message.text()
    assert db_rows(back, "SELECT count(*) FROM items WHERE status != 'in_stock'") == [(0,)]


def test_pull_list_fills_the_table(qtbot, back: Back) -> None:
    click(qtbot, back.screen.pull_button)
    assert shown_codes(back) == []
    assert back.screen.message.text() == "Nothing needs to come off the shelf this week."
