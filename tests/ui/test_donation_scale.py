"""The donation screen with a scale, and its questions.

"Weigh" fills the kilos from a fake scale on a pseudo-terminal, the screen
stays usable while the scale settles, and a weight above its category's
limit is asked about once.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bruktpos.devices.scale import ScaleConfig, ScaleProtocol
from bruktpos.domain.errors import ScaleError
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.intake import IntakeService
from bruktpos.services.settings import SettingsService
from bruktpos.services.shop import till_catalogue
from bruktpos.ui.admin.categories import CategoryDialog
from bruktpos.ui.intake.donation import DonationDialog
from bruktpos.ui.intake.pricing import PricingScreen
from bruktpos.ui.messages import describe
from tests.conftest import FakeClock
from tests.fake_scale import UNPLUG, FakeScale, sma, toledo_status
from tests.integration.conftest import Shop, make_shop

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    made = make_shop(tmp_path / "s.sqlite3", FakeClock())
    yield made
    made.close()


def rows(shop: Shop, sql: str) -> list[tuple]:
    with sqlite3.connect(shop.path) as conn:
        return conn.execute(sql).fetchall()


def dialog_for(qtbot, shop: Shop, scale: ScaleConfig | None) -> DonationDialog:
    dialog = DonationDialog(
        IntakeService(shop.db, clock=FakeClock()), till_catalogue(shop.db), shop.cashier, scale=scale
    )
    dialog.reader.interval_s = 0.02
    qtbot.addWidget(dialog)
    dialog.resize(1024, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)


@pytest.mark.parametrize("protocol", list(ScaleProtocol))
def test_weigh_fills_the_kilos_from_a_stable_weight(qtbot, shop: Shop, protocol: ScaleProtocol) -> None:
    if protocol is ScaleProtocol.SMA:
        answers = [sma("2.300", motion=True), sma("2.345")]
    else:
        answers = [toledo_status(motion=True), "02.345"]
    with FakeScale(protocol, answers) as scale:
        dialog = dialog_for(qtbot, shop, ScaleConfig(scale.port, protocol))
        row = dialog.rows[0]
        row.category.setCurrentIndex(row.category.findData(shop.books))
        click(qtbot, row.weigh_button)
        qtbot.waitUntil(lambda: row.weight.text() == "2,345", timeout=5000)
        assert "2,345 kg" in dialog.scale_message.text()
        click(qtbot, dialog.ok_button)
    assert rows(shop, "SELECT category_id, weight_grams FROM donation_lines") == [(shop.books, 2345)]
    assert dialog.result() == DonationDialog.DialogCode.Accepted


def test_the_screen_takes_typing_while_the_scale_settles(qtbot, shop: Shop) -> None:
    # The scale moves for a while: the dialog answers, the person types into another row meanwhile.
    with FakeScale("sma", [*[sma("1.000", motion=True)] * 15, sma("1.250")]) as scale:
        dialog = dialog_for(qtbot, shop, ScaleConfig(scale.port, ScaleProtocol.SMA))
        dialog.reader.interval_s = 0.05
        first = dialog.rows[0]
        click(qtbot, first.weigh_button)
        started = time.monotonic()
        assert dialog.reader.busy and not first.weigh_button.isEnabled()
        click(qtbot, dialog.add_button)
        second = dialog.rows[1]
        qtbot.keyClicks(second.weight, "3,5")
        assert time.monotonic() - started < 0.5  # nothing waited for the scale
        assert second.weight.text() == "3,5" and first.weight.text() == ""
        qtbot.waitUntil(lambda: first.weight.text() == "1,250", timeout=5000)
        assert second.weight.text() == "3,5"


def test_what_was_typed_while_weighing_is_kept(qtbot, shop: Shop) -> None:
    with FakeScale("sma", [*[sma("1.000", motion=True)] * 10, sma("1.250")]) as scale:
        dialog = dialog_for(qtbot, shop, ScaleConfig(scale.port, ScaleProtocol.SMA))
        dialog.reader.interval_s = 0.05
        row = dialog.rows[0]
        click(qtbot, row.weigh_button)
        qtbot.keyClicks(row.weight, "4")
        qtbot.waitUntil(lambda: not dialog.reader.busy, timeout=5000)
        assert row.weight.text() == "4"
        assert "1,250 kg" in dialog.scale_message.text() and "kept" in dialog.scale_message.text()


def test_the_crate_is_tared_off(qtbot, shop: Shop) -> None:
    with FakeScale("toledo8217", ["01.200", "03.545"]) as scale:
        dialog = dialog_for(qtbot, shop, ScaleConfig(scale.port))
        click(qtbot, dialog.tare_button)
        qtbot.waitUntil(lambda: dialog.tare_grams == 1200, timeout=5000)
        assert "1,200 kg" in dialog.scale_message.text()
        row = dialog.rows[0]
        qtbot.waitUntil(row.weigh_button.isEnabled, timeout=5000)
        click(qtbot, row.weigh_button)
        qtbot.waitUntil(lambda: row.weight.text() == "2,345", timeout=5000)


def test_zero_the_scale(qtbot, shop: Shop) -> None:
    with FakeScale("sma", [sma("0.000", status="Z")]) as scale:
        dialog = dialog_for(qtbot, shop, ScaleConfig(scale.port, ScaleProtocol.SMA))
        click(qtbot, dialog.zero_button)
        qtbot.waitUntil(lambda: "zeroed" in dialog.scale_message.text(), timeout=5000)
    assert scale.commands == [b"\nZ\r"]


@pytest.mark.parametrize(
    ("answers", "kind"),
    [
        ([sma("40.000", status="O")], ScaleError.OVERLOAD),
        ([sma("-0.300", status="U")], ScaleError.NEGATIVE),
        ([sma("1.000", motion=True), UNPLUG], ScaleError.UNPLUGGED),
    ],
)
def test_a_scale_fault_is_said_and_typing_still_works(qtbot, shop: Shop, answers, kind: str) -> None:
    with FakeScale("sma", answers) as scale:
        dialog = dialog_for(qtbot, shop, ScaleConfig(scale.port, ScaleProtocol.SMA))
        row = dialog.rows[0]
        click(qtbot, row.weigh_button)
        qtbot.waitUntil(lambda: not dialog.reader.busy, timeout=5000)
    grams = {ScaleError.OVERLOAD: 40000, ScaleError.NEGATIVE: -300}.get(kind)
    assert dialog.scale_message.text() == describe(ScaleError(kind, grams=grams))
    assert dialog.scale_message.property("level") == "error"
    assert row.weight.text() == ""
    qtbot.keyClicks(row.weight, "2,5")
    click(qtbot, dialog.ok_button)
    assert rows(shop, "SELECT weight_grams FROM donation_lines") == [(2500,)]


def test_no_scale_set_up_shows_no_weigh_button(qtbot, shop: Shop) -> None:
    dialog = dialog_for(qtbot, shop, None)
    assert not dialog.rows[0].weigh_button.isVisible()
    assert not dialog.zero_button.isVisible() and not dialog.tare_button.isVisible()


def test_the_pricing_screen_opens_the_donation_with_the_shops_scale(qtbot, shop: Shop) -> None:
    screen = PricingScreen(IntakeService(shop.db), till_catalogue(shop.db), shop.db, "Testbutikken")
    qtbot.addWidget(screen)
    assert screen.scale_config() == ScaleConfig()
    stored = ScaleConfig("/dev/ttyUSB0", ScaleProtocol.SMA, 4800)
    SettingsService(shop.db).set("scale", stored.as_dict(), by=shop.leader)
    assert screen.scale_config() == stored


# --- implausible weights -------------------------------------------------------------


def books_limit(shop: Shop, grams: int) -> None:
    service = CatalogueService(shop.db)
    draft = replace(service.category(shop.books).draft(), max_weight_grams=grams)
    service.update_category(shop.books, draft, by=shop.leader)


def test_a_weight_above_the_categorys_limit_is_asked_about_once(qtbot, shop: Shop) -> None:
    books_limit(shop, 30_000)
    dialog = dialog_for(qtbot, shop, None)
    row = dialog.rows[0]
    row.category.setCurrentIndex(row.category.findData(shop.books))
    qtbot.keyClicks(row.weight, "960")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert "Is that right?" in dialog.message.text()
    assert "960 kg of Bøker" in dialog.message.text() and "30 kg" in dialog.message.text()
    assert rows(shop, "SELECT count(*) FROM donation_lines") == [(0,)]

    # It was 960 g: corrected, and saved with no more questions.
    row.weight.clear()
    qtbot.keyClicks(row.weight, "0,96")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert rows(shop, "SELECT weight_grams FROM donation_lines") == [(960,)]


def test_a_heavy_weight_that_is_right_is_saved_on_the_second_tap(qtbot, shop: Shop) -> None:
    books_limit(shop, 30_000)
    dialog = dialog_for(qtbot, shop, None)
    row = dialog.rows[0]
    row.category.setCurrentIndex(row.category.findData(shop.books))
    qtbot.keyClicks(row.weight, "45")
    click(qtbot, dialog.ok_button)
    assert "Is that right?" in dialog.message.text()
    click(qtbot, dialog.ok_button)
    assert rows(shop, "SELECT weight_grams FROM donation_lines") == [(45_000,)]


def test_the_leader_sets_the_limit_in_the_category_dialog(qtbot, shop: Shop) -> None:
    service = CatalogueService(shop.db)
    category = service.category(shop.books)
    dialog = CategoryDialog(
        "Change", category, lambda draft: service.update_category(shop.books, draft, by=shop.leader)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.limit_field.text() == ""
    qtbot.keyClicks(dialog.limit_field, "30")
    click(qtbot, dialog.save_button)
    assert service.category(shop.books).max_weight_grams == 30_000
    assert till_catalogue(shop.db).categories[0].max_weight_grams == 30_000
    again = CategoryDialog("Change", service.category(shop.books), lambda d: category)
    qtbot.addWidget(again)
    assert again.limit_field.text() == "30"
