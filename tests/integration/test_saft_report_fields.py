"""The SAF-T eventReport of an X or Z takes the report's own items (issue 14) when it has them,
and counts from the receipts for a report stored before it carried them."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from typing import Any

from lxml import etree

from bruktpos.services.saft.report import write_event_report
from bruktpos.services.saft.xml import NAMESPACE, Out

from .conftest import Shop
from .test_saft import _small_day

NS = "{" + NAMESPACE + "}"


def _event_report(conn: sqlite3.Connection, report: Mapping[str, Any], register_id: int) -> etree._Element:
    buffer = io.BytesIO()
    with etree.xmlfile(buffer, encoding="UTF-8") as xf:
        write_event_report(
            Out(xf),
            conn,
            report,
            journal_id=1,
            register_id=register_id,
            register_code="K1",
            category_ids={},
        )
    return etree.fromstring(buffer.getvalue())


def _figures(element: etree._Element) -> tuple[str | None, ...]:
    return tuple(
        element.findtext(f"{NS}{name}")
        for name in ("reportTrainingNum", "reportTrainingAmnt", "reportOpenCashBoxNum")
    )


def test_the_event_report_reads_the_reports_items_and_falls_back_for_an_old_one(shop: Shop, clock) -> None:
    _small_day(shop, clock)
    register = shop.checkout.register.id
    shop.checkout.open_drawer_without_sale(operator=shop.leader)  # after the Z: not in it
    shop.close()
    with closing(sqlite3.connect(shop.path)) as conn:
        (stored,) = conn.execute("SELECT report FROM z_reports WHERE register_id = ?", (register,)).fetchone()
        z = json.loads(stored)
        assert (z["training_count"], z["training_amount"]) == (1, 4000)
        assert _figures(_event_report(conn, z, register)) == ("1", "40.00", "0")
        # The figures are the report's, not counted again.
        given = {**z, "training_count": 3, "training_amount": 12000}
        given["drawer_openings"] = {"with_sale": 4, "without_sale": 2, "total": 6}
        assert _figures(_event_report(conn, given, register)) == ("3", "120.00", "2")
        # Stored before issue 14: training from the receipts, openings from the no-sale count.
        old = {
            k: v for k, v in z.items() if k not in ("training_count", "training_amount", "drawer_openings")
        }
        old["no_sale_openings"] = 5
        assert _figures(_event_report(conn, old, register)) == ("1", "40.00", "5")
