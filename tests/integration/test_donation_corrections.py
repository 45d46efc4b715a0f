"""A leader corrects a registered donation: new, reversing lines and a journal entry, never an edit."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bruktpos.domain.errors import DonationNotFound, InvalidWeight, PermissionDenied
from bruktpos.services.intake import DonationLineInput, IntakeService, kilos
from bruktpos.store.integrity import verify_database

from .conftest import Shop


def rows(shop: Shop, sql: str) -> list[tuple]:
    with sqlite3.connect(shop.path) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def intake(shop: Shop, clock) -> IntakeService:
    return IntakeService(shop.db, register_id=shop.checkout.register.id, clock=clock)


def test_960_g_typed_as_960_kg_is_put_right(shop: Shop, intake: IntakeService, clock) -> None:
    donation = intake.register_donation(
        [DonationLineInput(shop.books, 960_000, 3), DonationLineInput(shop.clothes, 2_000, 4)],
        by=shop.cashier,
    )
    day = clock().date()
    assert kilos(shop.db, since=day, until=day) == {"Bøker": 960_000, "Klær dame": 2_000}
    stored = rows(shop, "SELECT id, category_id, weight_grams, count FROM donation_lines ORDER BY id")

    correction = intake.correct_donation(
        donation,
        [DonationLineInput(shop.books, 960, 3), DonationLineInput(shop.clothes, 2_000, 4)],
        by=shop.leader,
        reason="960 g, ikke 960 kg",
    )

    # What was stored is still there, unchanged; the correction only added lines.
    after = rows(
        shop, "SELECT id, category_id, weight_grams, count, correction_id FROM donation_lines ORDER BY id"
    )
    assert [row[:4] for row in after[: len(stored)]] == stored
    assert [row[1:] for row in after[len(stored) :]] == [
        (shop.books, -960_000, -3, correction),
        (shop.clothes, -2_000, -4, correction),
        (shop.books, 960, 3, correction),
        (shop.clothes, 2_000, 4, correction),
    ]
    assert kilos(shop.db, since=day, until=day) == {"Bøker": 960, "Klær dame": 2_000}
    assert rows(shop, "SELECT count(*) FROM donations") == [(1,)]  # still one donation, not two

    view = intake.donation(donation)
    assert view.weight_grams == 2_960 and view.corrections == 1
    assert [(x.category, x.weight_grams, x.count) for x in view.lines] == [
        ("Bøker", 960, 3),
        ("Klær dame", 2_000, 4),
    ]
    assert intake.recent_donations()[0] == view

    [(user, details)] = rows(shop, "SELECT user_id, details FROM journal WHERE event = 'donation_corrected'")
    assert user == shop.leader.id
    facts = json.loads(details)
    assert facts["donation"] == donation and facts["reason"] == "960 g, ikke 960 kg"
    assert [x["grams"] for x in facts["from"]] == [960_000, 2_000]
    assert [x["grams"] for x in facts["to"]] == [960, 2_000]
    shop.close()
    assert verify_database(shop.path).problems == []


def test_a_second_correction_reverses_the_first(shop: Shop, intake: IntakeService, clock) -> None:
    donation = intake.register_donation([DonationLineInput(shop.books, 5_000, 0)], by=shop.cashier)
    intake.correct_donation(donation, [DonationLineInput(shop.clothes, 5_000, 0)], by=shop.leader, reason="")
    intake.correct_donation(donation, [DonationLineInput(shop.clothes, 4_500, 2)], by=shop.leader, reason="")
    day = clock().date()
    assert kilos(shop.db, since=day, until=day) == {"Bøker": 0, "Klær dame": 4_500}
    view = intake.donation(donation)
    assert [(x.category_id, x.weight_grams, x.count) for x in view.lines] == [(shop.clothes, 4_500, 2)]
    assert view.corrections == 2


def test_only_a_leader_corrects_and_nothing_is_written_when_refused(
    shop: Shop, intake: IntakeService
) -> None:
    donation = intake.register_donation([DonationLineInput(shop.books, 5_000, 0)], by=shop.cashier)
    before = rows(shop, "SELECT count(*) FROM donation_lines")
    with pytest.raises(PermissionDenied):
        intake.correct_donation(donation, [DonationLineInput(shop.books, 500, 0)], by=shop.cashier, reason="")
    with pytest.raises(InvalidWeight):  # the same weights: nothing to correct
        intake.correct_donation(
            donation, [DonationLineInput(shop.books, 5_000, 0)], by=shop.leader, reason=""
        )
    with pytest.raises(InvalidWeight):
        intake.correct_donation(donation, [DonationLineInput(shop.books, -1, 0)], by=shop.leader, reason="")
    with pytest.raises(DonationNotFound):
        intake.correct_donation(999, [DonationLineInput(shop.books, 500, 0)], by=shop.leader, reason="")
    assert rows(shop, "SELECT count(*) FROM donation_lines") == before
    assert rows(shop, "SELECT count(*) FROM donation_corrections") == [(0,)]
