"""A small chapter on a SQLite hub, written straight into the hub's tables.

Used by the coordinator-view and chapter-report tests: three shops, one of
them silent for days and one with a big cash difference.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bruktpos.hub.schema import day_summaries, hub_engine, init_hub, shop_sync, shops

# "Now" in these tests: Wednesday 18 November 2026, 08:00 in Oslo.
NOW = datetime(2026, 11, 18, 7, 0, tzinfo=UTC)

SHOPS = (
    ("S001", "Bruktbutikken Eidsvoll"),
    ("S002", "Bruktbutikken Hamar"),
    ("S003", "Bruktbutikken Gjøvik"),
)


def day_row(
    shop: str,
    day: date,
    net: int,
    *,
    register: str = "1",
    receipts: int = 30,
    grams: int = 12_500,
    cash_difference: int = 0,
    categories: list[dict[str, Any]] | None = None,
    note: str = "",
    approved_by: str | None = None,
) -> dict[str, Any]:
    payload = {
        "format": 1,
        "shop": shop,
        "register": register,
        "business_date": day.isoformat(),
        "revision": 1,
        "net_sales": net,
        "cash_note": note,
        "cash_approved_by": approved_by,
        # Eidsvoll's clothes sell in about 12 days, Hamar's in about 40; books in 90 everywhere.
        "sell_through": [
            {"category": "Bøker", "items": 2, "median_days": 90.0},
            {"category": "Klær dame", "items": 5, "median_days": 12.0 if shop == "S001" else 40.0},
        ],
        "categories": categories
        or [
            {"name": "Klær dame", "kind": "goods", "net_sales": net * 6 // 10, "quantity": 10},
            {"name": "Bøker", "kind": "goods", "net_sales": net - net * 6 // 10, "quantity": 8},
        ],
    }
    return {
        "shop_code": shop,
        "register_code": register,
        "business_date": day,
        "revision": 1,
        "received_at": NOW - timedelta(hours=10),
        "net_sales": net,
        "gross_sales": net,
        "returns": 0,
        "receipts": receipts,
        "items_sold": receipts + 5,
        "discounts": 0,
        "cash_difference": cash_difference,
        "grams_received": grams,
        "cafe_sales": 0,
        "shop_sales": net,
        "first_sale_at": None,
        "last_sale_at": None,
        "payload": payload,
    }


def chapter_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The test chapter's day rows and shop_sync rows: S001 and S002 report every day up to
    yesterday (and last year), S003 went quiet five days ago; S002 was 350 kr short on
    Monday 16 November, S001 20 kr over on the 10th (below the default limit)."""
    rows = []
    yesterday = date(2026, 11, 17)
    for code, _ in SHOPS:
        last = yesterday if code != "S003" else yesterday - timedelta(days=4)
        day = date(2026, 10, 1)
        while day <= last:
            base = {"S001": 4_000_00, "S002": 6_000_00, "S003": 2_500_00}[code]
            difference = -350_00 if (code == "S002" and day == date(2026, 11, 16)) else 0
            if code == "S001" and day == date(2026, 11, 10):
                difference = 20_00
            big = difference == -350_00
            note, approver = ("Vekslepenger lånt til kafeen", "Kari Leder") if big else ("", None)
            net = base + day.day * 100
            rows.append(day_row(code, day, net, cash_difference=difference, note=note, approved_by=approver))
            day += timedelta(days=1)
        # The same weeks last year, a bit smaller, for the comparison column.
        day = date(2025, 10, 1)
        while day <= date(2025, 11, 30):
            if code != "S003":
                rows.append(day_row(code, day, {"S001": 3_000_00, "S002": 6_000_00}[code]))
            day += timedelta(days=1)
    contact = {"S001": timedelta(hours=10), "S002": timedelta(hours=11), "S003": timedelta(days=4, hours=10)}
    sync = [
        {
            "shop_code": code,
            "last_contact_at": NOW - contact[code],
            "last_business_date": yesterday - (timedelta(days=4) if code == "S003" else timedelta()),
            "days_sent": 1,
        }
        for code, _ in SHOPS
    ]
    return rows, sync


def make_chapter_hub(folder: Path) -> str:
    """The test chapter on a new SQLite hub in ``folder``; returns its URL."""
    url = f"sqlite:///{folder / 'hub.sqlite3'}"
    init_hub(url)
    rows, sync = chapter_rows()
    engine = hub_engine(url)
    with engine.begin() as conn:
        conn.execute(
            insert(shops), [{"code": c, "name": n, "created_at": NOW - timedelta(days=400)} for c, n in SHOPS]
        )
        conn.execute(insert(day_summaries), rows)
        conn.execute(insert(shop_sync), sync)
    engine.dispose()
    return url


def open_tab(qtbot, window, widget) -> None:
    """Tap the tab of ``widget`` in the coordinators' window, as a person would."""
    from PySide6.QtCore import Qt

    bar = window.tabs.tabBar()
    index = window.tabs.indexOf(widget)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentWidget() is widget
