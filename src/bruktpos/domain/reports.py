"""The figures of one register's day (an X or Z report) as plain, frozen data.

:mod:`bruktpos.services.reports` computes them from the stored rows; the
printer, the PDF and the screens only read them. Amounts are integer øre.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.vat import TaxCode, VatLine

X = "X"
Z = "Z"


@dataclass(frozen=True)
class CountAmount:
    count: int = 0
    amount: int = 0

    def to_json(self) -> dict[str, int]:
        return {"count": self.count, "amount": self.amount}


@dataclass(frozen=True)
class CategoryTotal:
    category: str
    kind: str  # "goods" | "cafe" | "" (a line without a category)
    count: int  # pieces, net of returns
    amount: int


# A day's VAT per tax code is the receipts' shape: code (None: sold unregistered), gross, VAT.
VatTotal = VatLine


def vat_to_json(line: VatLine) -> dict[str, Any]:
    """One code's line as the report's JSON holds it (``vat``)."""
    code = None if line.code is None else line.code.value
    return {"code": code, "rate": line.rate, "gross": line.gross, "vat": line.vat, "net": line.net}


def vat_per_rate(lines: Iterable[VatLine]) -> list[dict[str, int]]:
    """The codes' lines added up per rate, highest first: ``by_vat`` as it was before codes were kept.

    Codes at the same rate share a row (5 and 6 at 0 %); what the hub and
    older readers know.
    """
    rates: dict[int, list[int]] = {}
    for line in lines:
        entry = rates.setdefault(line.rate, [0, 0])
        entry[0] += line.gross
        entry[1] += line.vat
    return [{"rate": rate, "gross": g, "vat": v} for rate, (g, v) in sorted(rates.items(), reverse=True)]


def _vat_from_json(data: dict[str, Any]) -> tuple[VatLine, ...]:
    if "vat" in data:
        return tuple(
            VatLine(None if v["code"] is None else TaxCode(v["code"]), int(v["gross"]), int(v["vat"]))
            for v in data["vat"]
        )
    # Stored before codes were kept: each rate's code, as the SAF-T export read them then.
    return tuple(VatLine(TaxCode.for_rate(v["rate"]), int(v["gross"]), int(v["vat"])) for v in data["by_vat"])


@dataclass(frozen=True)
class OperatorTotal:
    operator_id: int
    name: str
    receipts: int
    returns_count: int
    amount: int  # net sales
    by_payment: dict[str, int]


@dataclass(frozen=True)
class PriceChangeTotal:
    """What one person gave at the till on the day's sold lines: discounts and new prices.

    ``approved`` counts the changes a leader approved (beyond the shop's limit).
    """

    operator_id: int
    name: str
    discounts: CountAmount
    overrides: CountAmount
    approved: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "operator_id": self.operator_id,
            "name": self.name,
            "discounts": self.discounts.to_json(),
            "overrides": self.overrides.to_json(),
            "approved": self.approved,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PriceChangeTotal:
        return cls(
            operator_id=int(data["operator_id"]),
            name=str(data["name"]),
            discounts=CountAmount(**data["discounts"]),
            overrides=CountAmount(**data["overrides"]),
            approved=int(data.get("approved", 0)),
        )


@dataclass(frozen=True)
class DrawerOpenings:
    """How often the drawer opened in the day: with a sale, and without one (SAF-T 13005)."""

    with_sale: int = 0
    without_sale: int = 0

    @property
    def total(self) -> int:
        return self.with_sale + self.without_sale

    def to_json(self) -> dict[str, int]:
        return {"with_sale": self.with_sale, "without_sale": self.without_sale, "total": self.total}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DrawerOpenings:
        return cls(int(data.get("with_sale", 0)), int(data.get("without_sale", 0)))


@dataclass(frozen=True)
class MovementLine:
    id: int
    kind: str
    amount: int
    reason: str
    at: str
    user: str


@dataclass(frozen=True)
class CountLine:
    """One complete count of the drawer at close, as stored with the day (issue 13).

    ``kind`` is ``"first"`` (the blind count) or ``"recount"`` (a correction
    after the expected amount was shown, with who approved it and why).
    """

    seq: int
    kind: str
    cash: int
    by_denomination: dict[str, int]
    by: str
    at: str  # ISO 8601
    expected: int  # what the till expected when this count was entered
    approved_by: str | None = None
    note: str = ""

    @property
    def difference(self) -> int:
        return self.cash - self.expected

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "kind": self.kind,
            "cash": self.cash,
            "by_denomination": dict(self.by_denomination),
            "by": self.by,
            "at": self.at,
            "expected": self.expected,
            "difference": self.difference,
            "approved_by": self.approved_by,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CountLine:
        return cls(
            seq=int(data["seq"]),
            kind=str(data["kind"]),
            cash=int(data["cash"]),
            by_denomination={str(k): int(v) for k, v in data["by_denomination"].items()},
            by=str(data["by"]),
            at=str(data["at"]),
            expected=int(data["expected"]),
            approved_by=data.get("approved_by"),
            note=str(data.get("note", "")),
        )


@dataclass(frozen=True)
class DayReport:
    """All figures of one register's day. ``to_json()`` is what is stored and printed."""

    kind: str  # "X" | "Z"
    z_number: int | None
    business_date: date
    register_id: int
    register: str  # the register's code
    register_name: str
    shop_name: str
    org_number: str
    taken_at: str  # ISO 8601 moment the report was made
    opened_at: str | None
    opened_by: str | None
    receipts: int
    gross_sales: int
    returns: int
    returns_count: int
    net_sales: int
    vat_total: int
    rounding: int
    shop_sales: int  # goods categories, net
    cafe_sales: int
    by_payment: dict[str, int]
    by_category: tuple[CategoryTotal, ...]
    by_vat: tuple[VatLine, ...]  # per tax code, net of returns (JSON: ``vat``; ``by_vat`` per rate)
    by_operator: tuple[OperatorTotal, ...]
    discounts: CountAmount
    copies: CountAmount
    voids: CountAmount
    corrections: CountAmount
    price_overrides: CountAmount
    # Store credit, apart: given out on returns, taken in on sales (by_payment nets them).
    vouchers_issued: CountAmount
    vouchers_redeemed: CountAmount
    no_sale_openings: int
    opening_float: int
    opening_count: dict[str, int]
    cash_sales: int
    cash_refunds: int
    cash_in: int
    cash_out: int
    deposits: int
    movements: tuple[MovementLine, ...]
    expected_cash: int
    card_total: int
    vipps_total: int
    grand_total_sales: int
    grand_total_returns: int
    grand_total_net: int
    # Filled in at close (Z), None on an X report.
    counted_cash: int | None = None
    difference: int | None = None
    closing_count: dict[str, int] | None = None
    difference_note: str = ""
    approved_by: str | None = None
    second_counter: str | None = None
    card_batch_total: int | None = None
    card_difference: int | None = None
    vipps_settlement: int | None = None
    vipps_difference: int | None = None
    closed_by: str | None = None
    # The drawer's counts (issue 13): every complete closing count, the first
    # (blind) one first; and the float's note when it differed from what the
    # last close left (``last_close_cash``).
    counts: tuple[CountLine, ...] = ()
    float_note: str = ""
    last_close_cash: int | None = None
    # Discounts and new prices given at the till, by the person who gave them (issue 13).
    price_changes_by_operator: tuple[PriceChangeTotal, ...] = ()
    # What the rules (kassasystemforskrifta § 2-8-2, 2-8-3) want on every X and Z
    # (issue 14): the system that made the report, the day's first and last receipt
    # number, the training receipts apart, the drawer's openings. A report stored by
    # an older version reads with these defaults (version "" = not recorded then).
    # The drawer's openings are those journalled (SAF-T 13005), with a sale when the
    # entry names one; nothing is inferred from cash payments.
    system_name: str = "BruktPOS"
    system_version: str = ""
    first_receipt_no: int | None = None
    last_receipt_no: int | None = None
    training: CountAmount = CountAmount()
    drawer_openings: DrawerOpenings = DrawerOpenings()
    # Sales parked at the register when the report was taken (issue 13): every one
    # (count, their totals), and those with money taken on them (count, what is paid).
    parked: CountAmount = CountAmount()
    parked_with_payment: CountAmount = CountAmount()
    # The shop's VAT registration when the report was taken: a shop that is not
    # registered shows no VAT. A report stored before it was kept reads True (as shown then).
    vat_registered: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def first_counted_cash(self) -> int | None:
        """The first (blind) count's amount, None before the drawer was counted."""
        return self.counts[0].cash if self.counts else None

    @property
    def date(self) -> date:
        return self.business_date

    def to_json(self) -> dict[str, Any]:
        """Plain JSON (integer øre); the keys of issue 5 item 7 and more."""
        return {
            "kind": self.kind,
            "z_number": self.z_number,
            "date": self.business_date.isoformat(),
            "register": self.register,
            "register_id": self.register_id,
            "register_name": self.register_name,
            "shop_name": self.shop_name,
            "org_number": self.org_number,
            "taken_at": self.taken_at,
            "opened_at": self.opened_at,
            "opened_by": self.opened_by,
            "receipts": self.receipts,
            "gross_sales": self.gross_sales,
            "returns": self.returns,
            "returns_count": self.returns_count,
            "net_sales": self.net_sales,
            "vat_total": self.vat_total,
            "rounding": self.rounding,
            "shop_sales": self.shop_sales,
            "cafe_sales": self.cafe_sales,
            "by_payment": dict(self.by_payment),
            "by_category": [
                {"category": c.category, "kind": c.kind, "count": c.count, "amount": c.amount}
                for c in self.by_category
            ],
            "by_vat": vat_per_rate(self.by_vat),
            "vat": [vat_to_json(v) for v in self.by_vat],
            "vat_registered": self.vat_registered,
            "by_operator": [
                {
                    "operator_id": o.operator_id,
                    "name": o.name,
                    "receipts": o.receipts,
                    "returns_count": o.returns_count,
                    "amount": o.amount,
                    "by_payment": dict(o.by_payment),
                }
                for o in self.by_operator
            ],
            "discounts": self.discounts.amount,
            "discounts_count": self.discounts.count,
            "copies": self.copies.amount,
            "copies_count": self.copies.count,
            "voids": self.voids.amount,
            "voids_count": self.voids.count,
            "corrections": self.corrections.amount,
            "corrections_count": self.corrections.count,
            "price_overrides": self.price_overrides.amount,
            "price_overrides_count": self.price_overrides.count,
            "vouchers_issued": self.vouchers_issued.amount,
            "vouchers_issued_count": self.vouchers_issued.count,
            "vouchers_redeemed": self.vouchers_redeemed.amount,
            "vouchers_redeemed_count": self.vouchers_redeemed.count,
            "no_sale_openings": self.no_sale_openings,
            "float": self.opening_float,
            "opening_count": dict(self.opening_count),
            "cash_sales": self.cash_sales,
            "cash_refunds": self.cash_refunds,
            "cash_in": self.cash_in,
            "cash_out": self.cash_out,
            "deposits": self.deposits,
            "movements": [
                {
                    "id": m.id,
                    "kind": m.kind,
                    "amount": m.amount,
                    "reason": m.reason,
                    "at": m.at,
                    "user": m.user,
                }
                for m in self.movements
            ],
            "expected_cash": self.expected_cash,
            "counted_cash": self.counted_cash,
            "difference": self.difference,
            "closing_count": None if self.closing_count is None else dict(self.closing_count),
            "difference_note": self.difference_note,
            "approved_by": self.approved_by,
            "second_counter": self.second_counter,
            "closed_by": self.closed_by,
            "card_total": self.card_total,
            "card_batch_total": self.card_batch_total,
            "card_difference": self.card_difference,
            "vipps_total": self.vipps_total,
            "vipps_settlement": self.vipps_settlement,
            "vipps_difference": self.vipps_difference,
            "grand_total_sales": self.grand_total_sales,
            "grand_total_returns": self.grand_total_returns,
            "grand_total_net": self.grand_total_net,
            "counts": [c.to_json() for c in self.counts],
            "first_counted_cash": self.first_counted_cash,
            "float_note": self.float_note,
            "last_close_cash": self.last_close_cash,
            "price_changes_by_operator": [p.to_json() for p in self.price_changes_by_operator],
            "system": {
                "name": self.system_name,
                "version": self.system_version,
                "register_id": self.register,
            },
            "first_receipt_no": self.first_receipt_no,
            "last_receipt_no": self.last_receipt_no,
            "training_count": self.training.count,
            "training_amount": self.training.amount,
            "drawer_openings": self.drawer_openings.to_json(),
            "parked": self.parked.to_json(),
            "parked_with_payment": self.parked_with_payment.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DayReport:
        """A report as stored (a Z from ``z_reports.report``)."""

        def pair(name: str) -> CountAmount:
            return CountAmount(int(data.get(f"{name}_count", 0)), int(data.get(name, 0)))

        system: dict[str, Any] = data.get("system") or {}

        return cls(
            kind=data["kind"],
            z_number=data["z_number"],
            business_date=date.fromisoformat(data["date"]),
            register_id=data["register_id"],
            register=data["register"],
            register_name=data["register_name"],
            shop_name=data["shop_name"],
            org_number=data["org_number"],
            taken_at=data["taken_at"],
            opened_at=data["opened_at"],
            opened_by=data["opened_by"],
            receipts=data["receipts"],
            gross_sales=data["gross_sales"],
            returns=data["returns"],
            returns_count=data["returns_count"],
            net_sales=data["net_sales"],
            vat_total=data["vat_total"],
            rounding=data["rounding"],
            shop_sales=data["shop_sales"],
            cafe_sales=data["cafe_sales"],
            by_payment=dict(data["by_payment"]),
            by_category=tuple(CategoryTotal(**c) for c in data["by_category"]),
            by_vat=_vat_from_json(data),
            by_operator=tuple(OperatorTotal(**o) for o in data["by_operator"]),
            discounts=pair("discounts"),
            copies=pair("copies"),
            vouchers_issued=pair("vouchers_issued"),
            vouchers_redeemed=pair("vouchers_redeemed"),
            voids=pair("voids"),
            corrections=pair("corrections"),
            price_overrides=pair("price_overrides"),
            no_sale_openings=data["no_sale_openings"],
            opening_float=data["float"],
            opening_count=dict(data["opening_count"]),
            cash_sales=data["cash_sales"],
            cash_refunds=data["cash_refunds"],
            cash_in=data["cash_in"],
            cash_out=data["cash_out"],
            deposits=data["deposits"],
            movements=tuple(MovementLine(**m) for m in data["movements"]),
            expected_cash=data["expected_cash"],
            card_total=data["card_total"],
            vipps_total=data["vipps_total"],
            grand_total_sales=data["grand_total_sales"],
            grand_total_returns=data["grand_total_returns"],
            grand_total_net=data["grand_total_net"],
            counted_cash=data.get("counted_cash"),
            difference=data.get("difference"),
            closing_count=data.get("closing_count"),
            difference_note=data.get("difference_note", ""),
            approved_by=data.get("approved_by"),
            second_counter=data.get("second_counter"),
            card_batch_total=data.get("card_batch_total"),
            card_difference=data.get("card_difference"),
            vipps_settlement=data.get("vipps_settlement"),
            vipps_difference=data.get("vipps_difference"),
            closed_by=data.get("closed_by"),
            counts=tuple(CountLine.from_json(c) for c in data.get("counts", ())),
            float_note=data.get("float_note", ""),
            last_close_cash=data.get("last_close_cash"),
            price_changes_by_operator=tuple(
                PriceChangeTotal.from_json(p) for p in data.get("price_changes_by_operator", ())
            ),
            system_name=str(system.get("name", "BruktPOS")),
            system_version=str(system.get("version", "")),
            first_receipt_no=data.get("first_receipt_no"),
            last_receipt_no=data.get("last_receipt_no"),
            training=CountAmount(int(data.get("training_count", 0)), int(data.get("training_amount", 0))),
            # Stored before issue 14: its openings without a sale are the no-sale count.
            drawer_openings=DrawerOpenings.from_json(
                data.get("drawer_openings") or {"without_sale": data["no_sale_openings"]}
            ),
            parked=CountAmount(**data.get("parked", {})),
            parked_with_payment=CountAmount(**data.get("parked_with_payment", {})),
            vat_registered=bool(data.get("vat_registered", True)),
        )

    def with_close(
        self,
        *,
        z_number: int,
        count: CashCount,
        note: str,
        closed_by: str,
        approved_by: str | None,
        second_counter: str | None,
        card_batch_total: int | None,
        vipps_settlement: int | None,
    ) -> DayReport:
        """This report as a Z: the count and the reconciliation added."""
        from dataclasses import replace

        return replace(
            self,
            kind=Z,
            z_number=z_number,
            counted_cash=count.total,
            difference=count.total - self.expected_cash,
            closing_count=count.as_dict(),
            difference_note=note,
            closed_by=closed_by,
            approved_by=approved_by,
            second_counter=second_counter,
            card_batch_total=card_batch_total,
            card_difference=None if card_batch_total is None else card_batch_total - self.card_total,
            vipps_settlement=vipps_settlement,
            vipps_difference=None if vipps_settlement is None else vipps_settlement - self.vipps_total,
        )
