"""A shop leader corrects a registered donation from the pricing screen, as a person would."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from bruktpos.services.intake import DonationLineInput, IntakeService
from bruktpos.services.shop import till_catalogue
from bruktpos.ui.intake.donation_correction import DonationCorrectionDialog
from bruktpos.ui.intake.pricing import PricingScreen
from tests.conftest import FakeClock
from tests.integration.conftest import Shop, make_shop

from .conftest import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    made = make_shop(tmp_path / "s.sqlite3", FakeClock())
    yield made
    made.close()


def rows(shop: Shop, sql: str) -> list[tuple]:
    with sqlite3.connect(shop.path) as conn:
        return conn.execute(sql).fetchall()


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


def screen_for(qtbot, shop: Shop) -> PricingScreen:
    intake = IntakeService(shop.db, clock=FakeClock())
    intake.register_donation([DonationLineInput(shop.books, 960_000, 3)], by=shop.cashier)
    screen = PricingScreen(intake, till_catalogue(shop.db), shop.db, "Testbutikken")
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_a_leader_corrects_960_kg_to_960_g(qtbot, shop: Shop) -> None:
    screen = screen_for(qtbot, shop)
    screen.set_operator(shop.leader)
    seen: list[str] = []

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, DonationCorrectionDialog)
        assert dialog.list.count() == 1 and "960,0 kg" in dialog.list.item(0).text()
        [row] = dialog.rows
        assert row.weight.text() == "960,000" and row.category_id() == shop.books
        click(qtbot, dialog.save_button)  # nothing changed yet
        seen.append(dialog.message.text())
        row.weight.clear()
        qtbot.keyClicks(row.weight, "0,96")
        click(qtbot, dialog.save_button)  # no reason yet
        seen.append(dialog.message.text())
        qtbot.keyClicks(dialog.reason, "960 g, ikke 960 kg")
        click(qtbot, dialog.save_button)

    when_dialog_opens(correct)
    click(qtbot, screen.correct_button)
    assert "Nothing is different" in seen[0] and "Say why" in seen[1]
    assert rows(shop, "SELECT sum(weight_grams) FROM donation_lines") == [(960,)]
    assert rows(shop, "SELECT weight_grams FROM donation_lines ORDER BY id LIMIT 1") == [(960_000,)]
    assert rows(shop, "SELECT reason FROM donation_corrections") == [("960 g, ikke 960 kg",)]
    assert "correction is saved" in screen.message.text()


def test_a_cashier_needs_a_leader(qtbot, shop: Shop) -> None:
    screen = screen_for(qtbot, shop)
    screen.set_operator(shop.cashier)
    asked: list[str] = []
    screen.ask_leader = lambda action, reason: asked.append(action.value) or None  # the leader says no
    click(qtbot, screen.correct_button)
    assert asked == ["correct_donation"]
    assert "Nothing was changed" in screen.message.text()
    assert rows(shop, "SELECT count(*) FROM donation_corrections") == [(0,)]
