"""An X or Z report as SAF-T's ``eventReport``.

The figures are the report as it was taken: the JSON the journal entry of the
X (13008) or Z (13009) holds, read with defaults so a report written by an
older or newer version still maps. Two things the stored report does not
count are taken from the receipts of the same register and day up to the
moment the report was taken: how many payments of each type there were, and,
for a report stored before it carried them (issue 14), the training receipts
(count and amount). A report that has ``training_count`` and
``training_amount`` gives them itself, and ``drawer_openings.without_sale``
(the journal's 13005 entries without a sale) is its opened-drawer count.

Mapping (amounts in kroner, ``C``/``D`` by sign):

* ``reportTotalCashSales`` — net sales (sales less returns);
* ``reportArtGroups`` — the report's categories (``0`` for a category not
  found by name any more, or for lines without one);
* ``reportCashSalesVat`` — per rate: the amount without VAT, and the VAT;
* ``reportCorrLines`` — line voids, line corrections and price overrides;
* ``reportPayIns`` / ``reportPayOuts`` — pay-ins; pay-outs and bank deposits;
* the schema's compulsory rows with nothing to say (price inquiries, other
  corrections) are one row of zeroes, as in Skatteetaten's example.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bruktpos.domain.vat import TaxCode, vat_of
from bruktpos.services.saft.master import NO_GROUP, payment_type
from bruktpos.services.saft.xml import Out, amount, day_text, debit_credit, percent, time_text

_PAYMENT_COUNTS = (
    "SELECT s.operator_id, p.method, count(*) FROM sales s JOIN payments p ON p.sale_id = s.id "
    "WHERE s.register_id = ? AND s.business_date = ? AND s.training = 0 AND s.created_at <= ? "
    "GROUP BY s.operator_id, p.method"
)
_TRAINING = (
    "SELECT count(*), coalesce(sum(total), 0) FROM sales "
    "WHERE register_id = ? AND business_date = ? AND training = 1 AND created_at <= ?"
)


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    return int(value) if isinstance(value, int) else 0


def write_event_report(
    out: Out,
    conn: sqlite3.Connection,
    report: Mapping[str, Any],
    *,
    journal_id: int,
    register_id: int,
    register_code: str,
    category_ids: Mapping[str, int],
) -> None:
    kind = "Z" if report.get("kind") == "Z" else "X"
    taken = datetime.fromisoformat(str(report["taken_at"]))
    business_date = str(report.get("date", day_text(taken)))
    limit = str(report["taken_at"])
    counts: dict[tuple[int, str], int] = {
        (int(operator), str(method)): int(n)
        for operator, method, n in conn.execute(_PAYMENT_COUNTS, (register_id, business_date, limit))
    }
    if isinstance(report.get("training_count"), int) and isinstance(report.get("training_amount"), int):
        training_count, training_amount = report["training_count"], report["training_amount"]
    else:
        training_count, training_amount = conn.execute(
            _TRAINING, (register_id, business_date, limit)
        ).fetchone()
    openings = report.get("drawer_openings")
    opened_without_sale = (
        _int(openings, "without_sale") if isinstance(openings, Mapping) else _int(report, "no_sale_openings")
    )
    with out.element("eventReport"):
        z_number = report.get("z_number")
        out.leaves(
            ("reportID", str(z_number) if kind == "Z" and z_number is not None else f"X{journal_id}"),
            ("reportType", f"{kind} report"),
            ("companyIdent", str(report.get("org_number", ""))),
            ("companyName", str(report.get("shop_name", ""))[:100]),
            ("reportDate", day_text(taken)),
            ("reportTime", time_text(taken)),
            ("registerID", register_code),
        )
        with out.element("reportTotalCashSales"):
            out.leaf("totalCashSaleAmnt", amount(_int(report, "net_sales")))
        _art_groups(out, report, category_ids)
        _payments(out, report, counts)
        _vat(out, report)
        out.leaf("reportOpeningChangeFloat", amount(_int(report, "float")))
        copies = (_int(report, "copies_count"), _int(report, "copies"))
        discounts = (_int(report, "discounts_count"), _int(report, "discounts"))
        out.leaves(
            ("reportReceiptNum", _int(report, "receipts")),
            ("reportOpenCashBoxNum", opened_without_sale),
            ("reportReceiptCopyNum", copies[0]),
            ("reportReceiptCopyAmnt", amount(copies[1])),
            ("reportReceiptProformaNum", 0),
            ("reportReceiptProformaAmnt", amount(0)),
            ("reportReturnNum", _int(report, "returns_count")),
            ("reportReturnAmnt", amount(_int(report, "returns"))),
            ("reportDiscountNum", discounts[0]),
            ("reportDiscountAmnt", amount(discounts[1])),
            ("reportVoidTransNum", 0),
            ("reportVoidTransAmnt", amount(0)),
        )
        with out.element("reportCorrLines"):
            for label, key in (
                ("Line void", "voids"),
                ("Line correction", "corrections"),
                ("Price override", "price_overrides"),
            ):
                with out.element("reportCorrLine"):
                    out.leaves(
                        ("corrLineType", label),
                        ("corrLineNum", _int(report, f"{key}_count")),
                        ("corrLineAmnt", amount(_int(report, key))),
                    )
        with out.element("reportPriceInquiries"), out.element("reportPriceInquiry"):
            out.leaves(("priceInquiryGroup", NO_GROUP), ("priceInquiryNum", 0), ("priceInquiryAmnt", "0.00"))
        with out.element("reportOtherCorrs"), out.element("reportOtherCorr"):
            out.leaves(("otherCorrType", "None"), ("otherCorrNum", 0), ("otherCorrAmnt", "0.00"))
        out.leaves(
            ("reportReceiptDeliveryNum", 0),
            ("reportReceiptDeliveryAmnt", amount(0)),
            ("reportTrainingNum", int(training_count)),
            ("reportTrainingAmnt", amount(abs(int(training_amount)))),
        )
        _movements(out, report)
        out.leaves(
            ("reportGrandTotalSales", amount(_int(report, "grand_total_sales"))),
            ("reportGrandTotalReturn", amount(_int(report, "grand_total_returns"))),
            ("reportGrandTotalSalesNet", amount(_int(report, "grand_total_net"))),
        )


def _art_groups(out: Out, report: Mapping[str, Any], category_ids: Mapping[str, int]) -> None:
    rows = [c for c in report.get("by_category", []) if isinstance(c, Mapping)]
    with out.element("reportArtGroups"):
        if not rows:
            rows = [{"category": "", "count": 0, "amount": 0}]
        for row in rows:
            group = category_ids.get(str(row.get("category", "")))
            with out.element("reportArtGroup"):
                out.leaves(
                    ("artGroupID", str(group) if group is not None else NO_GROUP),
                    ("artGroupNum", _int(row, "count")),
                    ("artGroupAmnt", amount(_int(row, "amount"))),
                )


def _payments(out: Out, report: Mapping[str, Any], counts: Mapping[tuple[int, str], int]) -> None:
    """Payments per type, then per person; the counts are of payment rows (``counts``)."""
    by_payment = report.get("by_payment") or {}
    totals: dict[str, tuple[int, int]] = {}
    for method, paid in by_payment.items():
        kind = payment_type(str(method))
        count, total = totals.get(kind, (0, 0))
        made = sum(n for (_, m), n in counts.items() if m == method)
        totals[kind] = (count + made, total + int(paid))
    with out.element("reportPayments"):
        for kind, (count, total) in sorted(totals.items()) or [("CASH", (0, 0))]:
            with out.element("reportPayment"):
                out.leaves(("paymentType", kind), ("paymentNum", count), ("paymentAmnt", amount(total)))
    operators = [o for o in report.get("by_operator", []) if isinstance(o, Mapping) and o.get("by_payment")]
    if operators:
        with out.element("reportEmpPayments"):
            for operator in operators:
                for method, paid in operator["by_payment"].items():
                    with out.element("reportEmpPayment"):
                        out.leaves(
                            ("empID", str(operator.get("operator_id", ""))),
                            ("paymentType", payment_type(str(method))),
                            ("paymentNum", counts.get((_int(operator, "operator_id"), str(method)), 0)),
                            ("paymentAmnt", amount(int(paid))),
                        )


def _vat(out: Out, report: Mapping[str, Any]) -> None:
    # Per tax code as the report holds it (``vat``); a report stored before codes were kept has
    # ``by_vat`` per rate, each read as its rate's code. A row without a code is what the shop
    # sold while not VAT-registered: no code, no VAT.
    per_code = report.get("vat")
    source = per_code if isinstance(per_code, list) else report.get("by_vat", [])
    rows = [v for v in source if isinstance(v, Mapping)]
    with out.element("reportCashSalesVat"):
        if not rows:
            with out.element("reportCashSaleVat"):
                out.leaves(("vatPerc", "0.00"), ("cashSaleAmnt", "0.00"), ("vatAmnt", "0.00"))
        for row in rows:
            rate, gross = _int(row, "rate"), _int(row, "gross")
            vat = int(row["vat"]) if isinstance(row.get("vat"), int) else vat_of(gross, rate)
            code = row.get("code") if per_code is not None else TaxCode.for_rate(rate).value
            with out.element("reportCashSaleVat"):
                out.leaves(
                    ("vatCode", None if code is None else str(code)),
                    ("vatPerc", percent(rate)),
                    ("cashSaleAmnt", amount(gross - vat)),
                    ("vatAmnt", amount(vat)),
                    ("vatAmntTp", debit_credit(vat)),
                )


def _movements(out: Out, report: Mapping[str, Any]) -> None:
    moved: dict[str, int] = {}
    for movement in report.get("movements", []):
        if isinstance(movement, Mapping):
            kind = str(movement.get("kind", ""))
            moved[kind] = moved.get(kind, 0) + 1
    with out.element("reportPayIns"), out.element("reportPayIn"):
        out.leaves(
            ("payInType", "Pay-in"),
            ("payInNum", moved.get("pay_in", 0)),
            ("payInAmnt", amount(_int(report, "cash_in"))),
        )
    with out.element("reportPayOuts"):
        for label, kind, key in (("Pay-out", "pay_out", "cash_out"), ("Bank deposit", "deposit", "deposits")):
            with out.element("reportPayOut"):
                out.leaves(
                    ("payOutType", label),
                    ("payOutNum", moved.get(kind, 0)),
                    ("payOutAmnt", amount(_int(report, key))),
                )
