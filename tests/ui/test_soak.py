"""The soak benchmark's day, small: it must keep running as the till changes (tests/bench/soak.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.bench.soak import report, run_soak

SALES, SCANS = 20, 120


def test_a_small_busy_day_runs_through_the_soak_and_the_z_agrees(qapp: QApplication, tmp_path: Path) -> None:
    said: list[str] = []
    figures = run_soak(tmp_path, sales=SALES, scans=SCANS, return_every=6, say=said.append)

    assert (figures.sales, figures.scans) == (SALES, SCANS - 1)  # one scan went to the warm-up sale
    assert figures.keys == 14 * figures.scans  # 13 digits and Enter each
    assert figures.parked >= 1 and figures.returns >= 2
    assert figures.vouchers_issued >= 1 and figures.vouchers_redeemed >= 1
    assert {"cash", "card", "voucher"} <= set(figures.by_method)
    z = figures.z
    assert z["receipts"] == SALES + 1  # and the warm-up sale before the figures start
    assert z["returns_count"] == figures.returns
    # The person's own tally of the drawer and the terminals is what the till expects.
    assert z["expected_cash"] == z["counted_cash"] == figures.ledger.cash
    assert (z["difference"], z["card_difference"], z["vipps_difference"]) == (0, 0, 0)
    assert z["card_batch_total"] == figures.ledger.card

    report(figures, say=said.append)
    assert any(line.startswith("soak (Python") for line in said)
    assert any("refcount drift" in line for line in said)
    assert len(figures.sale_s) == SALES and figures.rss_end > 0
