"""One register's events and cash transactions, streamed in batches.

Events are the journal's entries of the period, in the journal's order, each
with its SAF-T event code (``eventType`` names the kind, the basics give its
code); entries that belong to no register (a person or the shop changed) are
listed under the shop's first register. An X or Z carries its whole report
as ``eventReport`` (:mod:`bruktpos.services.saft.report`).

Cash transactions are the receipts of the period's business days, per
series: first the real ones, then training receipts (``trainingID`` true),
each by receipt number. ``nr`` is the receipt number, the number the
signature covers; ``transID`` is the same number, with ``T`` in front for a
training receipt (training has a series of its own). A return is a
``RETURNSAL`` with negative amounts, debit (``D``), and ``refID`` naming the
receipt it gives back from.

The signature covers the previous receipt's signature. When a series starts
before the period, the first transaction of that series in the file says
what it was in its ``desc``: ``previousSignature=<base64>``, so the chain
can be checked from the file alone. Rows are read in batches of
:data:`BATCH` receipts (their lines, payments and journal counts with them),
so memory stays the same however long the period.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from bruktpos.domain.vat import TaxCode, code_order, line_code, vat_of
from bruktpos.services.saft.master import (
    DISCOUNT_TYPE,
    NO_GROUP,
    Register,
    event_type,
    payment_type,
    period_number,
)
from bruktpos.services.saft.report import write_event_report
from bruktpos.services.saft.xml import Out, amount, clipped, day_text, debit_credit, percent, time_text
from bruktpos.store.journal import canonical_json

BATCH = 500
PREVIOUS = "previousSignature="
# Journal details that are the integrity check's own (digests of rows), not facts for a person.
_INTERNAL = ("rows", "digest", "report")
_RECEIPT_COPY = "13014"
_NO_RECEIPT = "13030"
_RECEIPT_PRINTED = "13012"  # on the print itself; journals before issue 14 carry it on the sale
_REPORTS = ("13008", "13009")

_EVENTS = (
    "SELECT j.id, j.at, j.event, j.saft_code, j.user_id, j.details, s.receipt_no, s.training "
    "FROM journal j LEFT JOIN sales s ON s.id = j.sale_id "
    "WHERE (j.register_id = ? OR (j.register_id IS NULL AND ?)) AND j.at >= ? AND j.at < ? ORDER BY j.id"
)
# "+register_id": the period's sales are found by the (business_date, register_id, training)
# index and sorted, not every sale the register ever made read in receipt order (migration 0014).
_SALES = (
    "SELECT id, receipt_no, training, kind, created_at, operator_id, total, vat, rounding, vat_registered, "
    "key_version, signature, business_date FROM sales "
    "WHERE +register_id = ? AND business_date >= ? AND business_date <= ? ORDER BY training, receipt_no"
)
_SIGNATURE_BEFORE = "SELECT signature FROM sales WHERE register_id = ? AND training = ? AND receipt_no = ?"


def _in(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def write_events(
    out: Out,
    conn: sqlite3.Connection,
    register: Register,
    *,
    with_shop_events: bool,
    journal_start: str,
    journal_end: str,
    category_ids: dict[str, int],
    step: Callable[[int], None],
) -> int:
    """The register's journal events of the period; returns how many."""
    rows = conn.execute(_EVENTS, (register.id, int(with_shop_events), journal_start, journal_end))
    written = 0
    while batch := rows.fetchmany(BATCH):
        for entry_id, at_text, event, code, user_id, details_text, receipt_no, training in batch:
            at = datetime.fromisoformat(at_text)
            details = json.loads(details_text or "{}")
            with out.element("event"):
                out.leaves(
                    ("eventID", str(entry_id)),
                    ("eventType", event_type(event)),
                    ("transID", None if receipt_no is None else _trans_id(receipt_no, bool(training))),
                    ("empID", None if user_id is None else str(user_id)),
                    ("eventDate", day_text(at)),
                    ("eventTime", time_text(at)),
                    ("eventText", _event_text(event, details)),
                )
                report = details.get("report") if isinstance(details, dict) else None
                if code in _REPORTS and isinstance(report, dict) and report.get("taken_at"):
                    write_event_report(
                        out,
                        conn,
                        report,
                        journal_id=entry_id,
                        register_id=register.id,
                        register_code=register.code,
                        category_ids=category_ids,
                    )
            out.newline()
        written += len(batch)
        step(len(batch))
    return written


def _event_text(event: str, details: Any) -> str:
    """The event's kind and its facts (as JSON), within the schema's 9,999 characters."""
    if not isinstance(details, dict):
        return event
    facts = {k: v for k, v in details.items() if k not in _INTERNAL}
    if not facts:
        return event
    return clipped(f"{event}: {canonical_json(facts)}", 9999)


def _trans_id(receipt_no: int, training: bool) -> str:
    return f"T{receipt_no}" if training else str(receipt_no)


def write_transactions(
    out: Out,
    conn: sqlite3.Connection,
    register: Register,
    *,
    start: date,
    end: date,
    step: Callable[[int], None],
) -> int:
    """The register's receipts of the period; returns how many."""
    rows = conn.execute(_SALES, (register.id, start.isoformat(), end.isoformat()))
    written = 0
    last: dict[bool, int] = {}
    while batch := rows.fetchmany(BATCH):
        ids = [int(r[0]) for r in batch]
        lines, payments, events, originals = _batch_details(conn, ids)
        for sale in batch:
            sale_id, receipt_no, training = int(sale[0]), int(sale[1]), bool(sale[2])
            previous = None
            if last.get(training) != receipt_no - 1 and receipt_no > 1:
                found = conn.execute(
                    _SIGNATURE_BEFORE, (register.id, int(training), receipt_no - 1)
                ).fetchone()
                previous = None if found is None else str(found[0])
            _transaction(
                out,
                sale,
                start=start,
                previous=previous,
                lines=lines.get(sale_id, ()),
                payments=payments.get(sale_id, ()),
                events=events.get(sale_id, {}),
                original=originals.get(sale_id),
            )
            last[training] = receipt_no
        written += len(batch)
        step(len(batch))
    return written


def _batch_details(
    conn: sqlite3.Connection, ids: list[int]
) -> tuple[
    dict[int, list[tuple[Any, ...]]],
    dict[int, list[tuple[Any, ...]]],
    dict[int, dict[str, int]],
    dict[int, int],
]:
    marks = _in(ids)
    lines: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in conn.execute(
        "SELECT sale_id, line_no, kind, product_id, category_id, description, quantity, unit_price, "
        f"discount, total, vat_rate, vat_code FROM sale_lines WHERE sale_id IN ({marks}) "
        "ORDER BY sale_id, line_no",
        ids,
    ):
        lines[row[0]].append(row)
    payments: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in conn.execute(
        f"SELECT sale_id, method, amount FROM payments WHERE sale_id IN ({marks}) ORDER BY id", ids
    ):
        payments[row[0]].append(row)
    events: dict[int, dict[str, int]] = defaultdict(dict)
    for sale_id, code, count in conn.execute(
        f"SELECT sale_id, saft_code, count(*) FROM journal WHERE sale_id IN ({marks}) "
        "GROUP BY sale_id, saft_code",
        ids,
    ):
        events[sale_id][code] = count
    originals = dict(
        conn.execute(
            "SELECT l.sale_id, min(o.receipt_no) FROM sale_lines l "
            "JOIN return_lines r ON r.line_id = l.id JOIN sale_lines ol ON ol.id = r.original_line_id "
            f"JOIN sales o ON o.id = ol.sale_id WHERE l.sale_id IN ({marks}) GROUP BY l.sale_id",
            ids,
        ).fetchall()
    )
    return lines, payments, events, originals


def _vat(out: Out, code: TaxCode, rate: int | None, gross: int, vat: int) -> None:
    """A line's or a receipt's VAT under ``code``; ``rate`` None: none charged (not VAT-registered)."""
    with out.element("vat"):
        out.leaves(
            ("vatCode", code.value),
            ("vatPerc", None if rate is None else percent(rate)),
            ("vatAmnt", amount(vat)),
            ("vatAmntTp", debit_credit(vat)),
            ("vatBasAmnt", amount(gross - vat)),
        )


def _transaction(
    out: Out,
    sale: tuple[Any, ...],
    *,
    start: date,
    previous: str | None,
    lines: Any,
    payments: Any,
    events: dict[str, int],
    original: int | None,
) -> None:
    (
        _,
        receipt_no,
        training,
        kind,
        created,
        operator,
        total,
        vat,
        rounding,
        registered,
        key,
        signature,
        day,
    ) = sale
    at = datetime.fromisoformat(created)
    returned = kind == "return"
    emp = str(operator)
    with out.element("cashtransaction"):
        out.leaves(
            ("nr", str(receipt_no)),
            ("transID", _trans_id(receipt_no, bool(training))),
            ("transType", "RETURNSAL" if returned else "CASHSAL"),
            ("transAmntIn", amount(total)),
            ("transAmntEx", amount(total - vat)),
            ("amntTp", debit_credit(total)),
            ("empID", emp),
            ("periodNumber", period_number(start, date.fromisoformat(day))),
            ("transDate", day_text(at)),
            ("transTime", time_text(at)),
            ("refID", None if original is None else f"Return of receipt {original}"),
            ("desc", None if previous is None else PREVIOUS + previous),
        )
        by_code: dict[TaxCode, int] = {}
        for line in lines:
            (
                _,
                line_no,
                _kind,
                product_id,
                category_id,
                description,
                qty,
                unit,
                discount,
                gross,
                rate,
                stored,
            ) = line
            code = line_code(stored, rate)  # as sold
            line_vat = vat_of(gross, code.rate) if registered else 0
            by_code[code] = by_code.get(code, 0) + gross
            article = (
                f"P{product_id}"
                if product_id is not None
                else (f"C{category_id}" if category_id is not None else None)
            )
            with out.element("ctLine"):
                out.leaves(
                    ("nr", str(receipt_no)),
                    ("lineID", str(line_no)),
                    ("lineType", "RET" if returned or gross < 0 else "SAL"),
                    ("artGroupID", str(category_id) if category_id is not None else NO_GROUP),
                    ("artID", article),
                    ("qnt", str(qty)),
                    ("lineAmntIn", amount(gross)),
                    ("lineAmntEx", amount(gross - line_vat)),
                    ("amntTp", debit_credit(gross)),
                    ("ppu", amount(unit)),
                    ("empID", emp),
                    ("cashTransLineDescr", clipped(str(description), 9999) if description else None),
                    ("lineDate", day_text(at)),
                    ("lineTime", time_text(at)),
                )
                _vat(out, code, code.rate if registered else None, gross, line_vat)
                if discount:
                    with out.element("discount"):
                        out.leaves(("dscTp", DISCOUNT_TYPE), ("dscAmnt", amount(discount)), ("empID", emp))
        for code in sorted(by_code, key=code_order):
            gross = by_code[code]
            if registered:
                _vat(out, code, code.rate, gross, vat_of(gross, code.rate))
            else:
                _vat(out, code, None, gross, 0)
        with out.element("rounding"):
            out.leaf("roundingAmnt", amount(rounding))
        for _, method, paid in payments:
            with out.element("payment"):
                out.leaves(
                    ("paymentType", payment_type(str(method))),
                    ("paidAmnt", amount(paid)),
                    ("empID", emp),
                    ("curCode", "NOK"),
                    ("exchRt", "1.000000"),
                )
        out.leaves(
            ("signature", str(signature)),
            ("keyVersion", str(key)),
            ("receiptNum", 0 if events.get(_NO_RECEIPT) or not events.get(_RECEIPT_PRINTED) else 1),
            ("receiptCopyNum", min(999, events.get(_RECEIPT_COPY, 0))),
            ("receiptProformaNum", 0),
            ("receiptDeliveryNum", 0),
            ("voidTransaction", "false"),
            ("trainingID", "true" if training else "false"),
        )
    out.newline()
