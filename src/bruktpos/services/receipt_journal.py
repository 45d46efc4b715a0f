"""What happened to a sale's receipt and drawer, journalled (issue 14: a receipt for every sale).

The till prints after the sale is committed; the printer says afterwards
whether the receipt came out. :class:`ReceiptJournal` writes that answer:

- printed: ``receipt_printed`` (SAF-T 13012), only when the printer printed it.
  A first print after a failure is the original too (the customer never had
  one), with ``after_failure`` in its details;
- failed: ``receipt_failed`` (13999 "other", SAF-T has no code for it), with
  the printer's reason;
- the drawer opened with a sale: ``drawer_opened`` (13005) with the sale's id,
  journalled when the kick was sent, never when it failed.

:meth:`ReceiptJournal.not_printed` reads back, from the journal alone, every
sale of the register whose receipt failed and has not printed since, so the
till keeps offering them, across a restart too. A copy (KOPI, 13014) for a
customer who had the original stays :meth:`CheckoutService.record_receipt_copy`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from bruktpos.domain.errors import SaleNotFound
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.users import Operator
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import NOT_A_SALE, Event
from bruktpos.store.models import JournalEntry, Sale

# A failure reason is kept short in the journal (the log has the whole story).
MAX_REASON = 200


@dataclass(frozen=True)
class NotPrinted:
    """A sale whose receipt has not printed yet."""

    sale_id: int
    receipt_no: int


class ReceiptJournal:
    """Journals receipts printed or failed and drawers opened with a sale, for one register."""

    def __init__(self, db: Database, *, register_id: int, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock

    def printed(self, sale_id: int, *, operator: Operator | None = None) -> bool:
        """Journal that the receipt of ``sale_id`` printed (13012); True if it had failed before."""
        with self.db.write() as session:
            sale = self._sale(session, sale_id)
            after_failure = self._last_failure(session, sale_id) is not None
            details: dict[str, object] = {"receipt_no": sale.receipt_no}
            if after_failure:
                details["after_failure"] = True
            if sale.kind != "sale":
                details["kind"] = sale.kind  # a return's receipt
            if sale.training:
                details["training"] = True
            self._append(session, Event.RECEIPT_PRINTED, sale, operator, details)
            return after_failure

    def failed(self, sale_id: int, reason: str, *, operator: Operator | None = None) -> None:
        """Journal that the receipt of ``sale_id`` did not print, and why (13999)."""
        with self.db.write() as session:
            sale = self._sale(session, sale_id)
            details: dict[str, object] = {
                "receipt_no": sale.receipt_no,
                "reason": " ".join(reason.split())[:MAX_REASON],
            }
            if sale.training:
                details["training"] = True
            self._append(session, Event.RECEIPT_FAILED, sale, operator, details)

    def drawer_opened(self, sale_id: int, *, operator: Operator | None = None) -> None:
        """Journal that the drawer kick for ``sale_id`` was sent (13005, one per sale)."""
        with self.db.write() as session:
            sale = self._sale(session, sale_id)
            self._append(session, Event.DRAWER_OPENED, sale, operator, {"receipt_no": sale.receipt_no})

    def receipt_no(self, sale_id: int) -> int:
        """The receipt number of ``sale_id`` (read-only; :class:`SaleNotFound` if unknown)."""
        with self.db.read() as session:
            receipt_no = session.scalar(select(Sale.receipt_no).where(Sale.id == sale_id))
        if receipt_no is None:
            raise SaleNotFound(sale_id)
        return receipt_no

    def receipt(self, sale_id: int) -> tuple[int, datetime]:
        """The receipt number of ``sale_id`` and when it was sold (:class:`SaleNotFound` if unknown)."""
        with self.db.read() as session:
            found = session.execute(
                select(Sale.receipt_no, Sale.created_at).where(Sale.id == sale_id)
            ).one_or_none()
        if found is None:
            raise SaleNotFound(sale_id)
        return found[0], found[1]

    def not_printed(self) -> list[NotPrinted]:
        """Sales of this register whose receipt failed and has not printed since, oldest first.

        Read at every start: the failures come from the (register, event) index,
        and only their own sales' entries are looked at for a later print (the
        sale_id index), never every receipt the register ever printed.
        """
        failed = (
            select(JournalEntry.sale_id, func.max(JournalEntry.id).label("last_failed"))
            .where(
                JournalEntry.register_id == self.register_id,
                JournalEntry.event == Event.RECEIPT_FAILED.value,
                text(NOT_A_SALE),  # the (register, event, at) index's condition, so SQLite uses it
            )
            .group_by(JournalEntry.sale_id)
            .subquery()
        )
        printed = aliased(JournalEntry)
        printed_since = (
            select(printed.id)
            .where(
                printed.sale_id == failed.c.sale_id,
                printed.event == Event.RECEIPT_PRINTED.value,
                printed.id > failed.c.last_failed,
            )
            .exists()
        )
        with self.db.read() as session:
            rows = session.execute(
                select(Sale.id, Sale.receipt_no)
                .join(failed, failed.c.sale_id == Sale.id)
                .where(~printed_since)
                .order_by(Sale.id)
            ).all()
        return [NotPrinted(sale_id, receipt_no) for sale_id, receipt_no in rows]

    def _sale(self, session: Session, sale_id: int) -> Sale:
        sale = session.get(Sale, sale_id)
        if sale is None:
            raise SaleNotFound(sale_id)
        return sale

    def _last_failure(self, session: Session, sale_id: int) -> int | None:
        """The id of the receipt's last failure if it has never printed, else None."""
        printed = session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.sale_id == sale_id, JournalEntry.event == Event.RECEIPT_PRINTED.value)
        )
        if printed:
            return None
        return session.scalar(
            select(func.max(JournalEntry.id)).where(
                JournalEntry.sale_id == sale_id, JournalEntry.event == Event.RECEIPT_FAILED.value
            )
        )

    def _append(
        self,
        session: Session,
        event: Event,
        sale: Sale,
        operator: Operator | None,
        details: dict[str, object],
    ) -> None:
        journal.append(
            session,
            event,
            at=self.clock(),
            user_id=operator.id if operator is not None else sale.operator_id,
            register_id=self.register_id,
            sale_id=sale.id,
            details=details,
        )
