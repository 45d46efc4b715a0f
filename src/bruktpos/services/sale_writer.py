"""The receipt series of one register: numbering and signing sales and returns.

Every sale and every return at a register is one link in its receipt chain:
a gap-free receipt number (one series for real sales, one for training) and
a SAF-T signature over the previous link's signature. :class:`ReceiptSeries`
is the one way into that chain; the checkout
(:mod:`bruktpos.services.checkout`) and returns
(:mod:`bruktpos.services.returns`) both write through it, so the numbering
and the signer live in one place.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, select

from bruktpos.services.users import Operator
from bruktpos.store.integrity import LINE_FIELDS, PAYMENT_FIELDS, SALE_FIELDS, sale_digest
from bruktpos.store.keyfile import PublicKeyRecord, read_key
from bruktpos.store.models import PaymentRow, Sale, SaleLine, SigningKey
from bruktpos.store.prepared import Prepared
from bruktpos.store.signing import GENESIS, Signer, signature_text

_sales = Sale.__table__
_keys = SigningKey.__table__
# The commit path runs on every sale: its statements are built once, with
# bound parameters, so each sale only executes them.
_LAST_SALE = Prepared(
    select(_sales.c.receipt_no, _sales.c.signature)
    .where(_sales.c.register_id == bindparam("register_id"), _sales.c.training == bindparam("training"))
    .order_by(_sales.c.receipt_no.desc())
    .limit(1)
)
_INSERT_SALE = Prepared(_sales.insert(), SALE_FIELDS)
_INSERT_LINES = Prepared(SaleLine.__table__.insert(), ("sale_id", *LINE_FIELDS))
_INSERT_PAYMENTS = Prepared(PaymentRow.__table__.insert(), ("sale_id", *PAYMENT_FIELDS))


class ReceiptSeries:
    """The receipt numbers and signatures of one register (its signer read once per till session)."""

    def __init__(self, register_id: int, db_path: Path) -> None:
        self.register_id = register_id
        self.db_path = db_path
        self._signer_cache: tuple[int, Signer] | None = None

    def write(
        self,
        conn: Connection,
        *,
        kind: str,
        at: datetime,
        business_date: date,
        operator: Operator,
        training: bool,
        vat_registered: bool,
        total: int,
        vat: int,
        discount: int,
        rounding: int,
        lines: list[dict[str, Any]],
        payments: list[dict[str, Any]],
    ) -> tuple[int, int, str]:
        """Number, sign and insert one sale or return with its lines and payments.

        The one way into the receipt-number and signature chain, for sales
        (:meth:`CheckoutService.record <bruktpos.services.checkout.CheckoutService.record>`)
        and returns (:mod:`bruktpos.services.returns`) alike.
        ``lines`` and ``payments`` are the rows without ``sale_id`` (filled in
        here). Returns ``(sale_id, receipt_no, digest)``; the caller journals
        the digest in the same transaction.
        """
        last = _LAST_SALE.execute(conn, {"register_id": self.register_id, "training": training}).fetchone()
        receipt_no, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
        key_version, signer = self._signer(conn)
        signature = signer.sign(signature_text(previous, at, receipt_no, total, total - vat))
        sale = {
            "register_id": self.register_id,
            "receipt_no": receipt_no,
            "training": training,
            "kind": kind,
            "created_at": at,
            "business_date": business_date,
            "operator_id": operator.id,
            "total": total,
            "vat": vat,
            "discount": discount,
            "rounding": rounding,
            "vat_registered": vat_registered,
            "key_version": key_version,
            "signature": signature,
        }
        sale_id = _INSERT_SALE.execute(conn, sale).lastrowid
        if sale_id is None:  # an INSERT always sets it; said so for the type checker
            raise RuntimeError("the sale's INSERT gave no row id")
        for row in (*lines, *payments):
            row["sale_id"] = sale_id
        _INSERT_LINES.execute_many(conn, lines)
        if payments:
            _INSERT_PAYMENTS.execute_many(conn, payments)
        return sale_id, receipt_no, sale_digest(sale, lines, payments)

    def _signer(self, conn: Connection) -> tuple[int, Signer]:
        # The register's newest key, read once per till session: its public record
        # from the database, its private half from the key file (SigningKeyUnusable
        # if that is missing or another key's, and the sale is not stored).
        if self._signer_cache is None:
            key = conn.execute(
                select(_keys)
                .where(_keys.c.register_id == self.register_id)
                .order_by(_keys.c.key_version.desc())
                .limit(1)
            ).one()
            record = PublicKeyRecord(
                key.register_id, key.key_version, key.algorithm, key.public_key, key.created_at.isoformat()
            )
            self._signer_cache = (key.key_version, read_key(self.db_path, record))
        return self._signer_cache
