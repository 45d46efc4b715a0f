"""SQLAlchemy 2 typed models of the shop database.

Money columns are integer øre, VAT rates integer basis points. Timestamps are
stored as ISO 8601 text with their UTC offset (Norwegian local time), which
is what receipts, reports and SAF-T need and what a person reading the file
with ``sqlite3`` understands.

Sales, sale lines, payments and the journal are append-only: SQLite triggers
(created by the migrations) refuse UPDATE and DELETE on them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from bruktpos.domain.items import ItemStatus as ItemStatus  # re-exported: the services read it from here

# Never updated or deleted (SQLite triggers refuse it). Rows of the tables in
# JOURNALLED_ROWS are also each named, with a digest of all their columns, by
# exactly one journal entry (``details["rows"]``), so ``verify`` catches a
# changed, removed or forged row (store/integrity.py).
JOURNALLED_ROWS = ("z_reports", "cash_movements", "vouchers", "voucher_uses", "return_lines", "day_counts")
APPEND_ONLY_TABLES = ("sales", "sale_lines", "payments", "journal", *JOURNALLED_ROWS)
# Triggers that lock a closed business day for good (migration 0004).
CLOSED_DAY_GUARDS = (
    "business_days_closed_no_update",
    "business_days_no_delete",
    "sales_closed_day_no_insert",
    "cash_movements_closed_day_no_insert",
    "day_counts_closed_day_no_insert",  # migration 0007
    "business_days_no_replace",  # migration 0009
)
# The signing keys' public records are append-only too (migration 0011); they are
# checked by the signatures that name them, not by a journal digest.
# The items off the shelf (discarded, recycled, moved): the only ones indexed by status.
OFF_SHELF = f"status NOT IN ('{ItemStatus.IN_STOCK}', '{ItemStatus.SOLD}')"
# The journal's kind index leaves the sales out (migration 0014): store.journal.NOT_A_SALE, said
# here again because the journal does not import the models (test_journal_kind_index holds them equal).
NOT_A_SALE = "event NOT IN ('sale', 'training_sale')"
KEY_GUARDS = ("signing_keys_no_update", "signing_keys_no_delete", "signing_keys_no_replace")
# What guards each append-only table: {table}_no_{action} (0001, 0004, 0007; "replace" since 0009).
APPEND_ONLY_ACTIONS = ("update", "delete", "replace")


class AwareDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as ISO 8601 text with its offset."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.isoformat(timespec="microseconds")  # == journal.iso

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class Base(DeclarativeBase):
    if TYPE_CHECKING:  # every model here maps one Table (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[Table]

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Shop(Base):
    __tablename__ = "shop"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str] = mapped_column(String(40))
    org_number: Mapped[str] = mapped_column(String(9))
    address: Mapped[str] = mapped_column(String(200), default="")
    postcode: Mapped[str] = mapped_column(String(4), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", server_default="")
    vat_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    shop_number: Mapped[int] = mapped_column(Integer, default=1)  # part of item codes
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class Register(Base):
    __tablename__ = "registers"

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shop.id"))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class SigningKey(Base):
    """The public record of a register's key for the SAF-T signature chain (append-only).

    The private half is in a key file beside the database (``store/keyfile.py``);
    ``created_at`` is from when the key is valid.
    """

    __tablename__ = "signing_keys"
    __table_args__ = (UniqueConstraint("register_id", "key_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    key_version: Mapped[int] = mapped_column(Integer)
    algorithm: Mapped[str] = mapped_column(String(16))  # "RSA-SHA1" | "HMAC-SHA1"
    public_key: Mapped[str | None] = mapped_column(Text)  # PEM (RSA only)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(AwareDateTime())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # "goods" | "cafe"
    default_price: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate: Mapped[int] = mapped_column(Integer)  # always vat_code's rate
    # SAF-T standard tax code (domain.vat.TaxCode): 3, 31, 33, 5 or 6.
    vat_code: Mapped[str] = mapped_column(String(3), default="3", server_default="3")
    # The price keypad's ready amounts: a JSON list of øre.
    quick_prices: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    saft_group: Mapped[str] = mapped_column(String(5), default="04999")
    color: Mapped[str] = mapped_column(String(7), default="#5b7083")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Price ageing, in domain.markdown's text form ("" = none).
    markdown_rule: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # Many identical things get one price-tag code (sold as an open-price
    # line, no stock) instead of a unique label each.
    price_tags: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # The usual most one donation line of this category weighs (grams); above it the
    # donation screen asks "Is that right?" before saving. 0 = no limit.
    max_weight_grams: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Donation(Base):
    """What came in, when and by whom; a donor only where they ask for a pick-up or a receipt."""

    __tablename__ = "donations"

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime] = mapped_column(AwareDateTime(), index=True)
    received_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    donor_name: Mapped[str | None] = mapped_column(String(80))
    donor_phone: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(200), default="")

    lines: Mapped[list[DonationLine]] = relationship(lazy="selectin", order_by="DonationLine.id")


class DonationLine(Base):
    """Weight (grams) and count of one category in a donation."""

    __tablename__ = "donation_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    donation_id: Mapped[int] = mapped_column(ForeignKey("donations.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    weight_grams: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer, default=0)
    # Set on the lines a correction added (reversing the old lines, then the right ones).
    correction_id: Mapped[int | None] = mapped_column(ForeignKey("donation_corrections.id"))


class DonationCorrection(Base):
    """A leader's correction of a registered donation: new lines, never an edit of the old ones."""

    __tablename__ = "donation_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    donation_id: Mapped[int] = mapped_column(ForeignKey("donations.id"), index=True)
    corrected_at: Mapped[datetime] = mapped_column(AwareDateTime())
    corrected_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")


class Product(Base):
    """A fixed-price thing sold many times: café menu and new goods."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    price: Mapped[int] = mapped_column(Integer)
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True)
    color: Mapped[str] = mapped_column(String(7), default="#8a5a44")
    position: Mapped[int] = mapped_column(Integer, default=0)
    track_stock: Mapped[bool] = mapped_column(Boolean, default=False)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A SAF-T standard tax code of its own; None = the category's.
    vat_code: Mapped[str | None] = mapped_column(String(3))

    category: Mapped[Category] = relationship(lazy="joined")


class Item(Base):
    """One unique donated thing with its own label.

    Descriptions are also in the full-text table ``items_fts`` (SQLite FTS5,
    kept in step by triggers; see migration 0003), which lives outside these
    models.
    """

    __tablename__ = "items"
    __table_args__ = (
        # The inventory screen's usual questions: a category's items, newest
        # first; the few items taken off the shelf, by status, newest first.
        # No index over the status of every item: a sale would move each of its
        # items in all of them (migration 0013).
        Index("ix_items_category_id_intake_at", "category_id", "intake_at"),
        Index("ix_items_off_shelf", "status", "intake_at", sqlite_where=text(OFF_SHELF)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(13), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"))
    description: Mapped[str] = mapped_column(String(120), default="")
    price: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default=ItemStatus.IN_STOCK)
    intake_at: Mapped[datetime] = mapped_column(AwareDateTime(), index=True)
    status_at: Mapped[datetime] = mapped_column(AwareDateTime())
    # The sale that last sold it, kept when it is given back (the status says where it
    # is now): a return finds the sale of a scanned item by it (migration 0014).
    sold_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donations.id"))

    category: Mapped[Category] = relationship(lazy="joined")


class Sale(Base):
    """A committed sale. Never updated or deleted."""

    __tablename__ = "sales"
    __table_args__ = (
        UniqueConstraint("register_id", "training", "receipt_no"),
        # One register's business day (the X and Z: without it SQLite walks the register's
        # whole receipt series), and a day's or a period's sales of every register: one
        # index for both (migration 0014).
        Index("ix_sales_business_date_register_id_training", "business_date", "register_id", "training"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    receipt_no: Mapped[int] = mapped_column(Integer)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(8), default="sale")  # "sale" | "return"
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    business_date: Mapped[date] = mapped_column(Date)
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    total: Mapped[int] = mapped_column(Integer)  # after discounts, before rounding
    vat: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer, default=0)
    rounding: Mapped[int] = mapped_column(Integer, default=0)
    vat_registered: Mapped[bool] = mapped_column(Boolean)
    key_version: Mapped[int] = mapped_column(Integer)
    signature: Mapped[str] = mapped_column(Text)

    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", order_by="SaleLine.line_no", lazy="selectin"
    )
    payments: Mapped[list[PaymentRow]] = relationship(
        back_populates="sale", order_by="PaymentRow.id", lazy="selectin"
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "item" | "product" | "open"
    # Not indexed: a sale would write three pages more for it (migration 0014);
    # items.sold_sale_id finds an item's sale.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[int] = mapped_column(Integer)
    # The SAF-T standard tax code it was sold under (domain.vat.TaxCode), always
    # written since migration 0010, which filled in the lines before it.
    vat_code: Mapped[str | None] = mapped_column(String(3))

    sale: Mapped[Sale] = relationship(back_populates="lines")


class PaymentRow(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(Integer)
    tendered: Mapped[int] = mapped_column(Integer, default=0)
    change: Mapped[int] = mapped_column(Integer, default=0)

    sale: Mapped[Sale] = relationship(back_populates="payments")


class JournalEntry(Base):
    """One audit event, chained to the one before by SHA-256."""

    __tablename__ = "journal"
    __table_args__ = (
        # A register's events of one kind in a time span (the X/Z report's
        # voids, copies and drawer openings of the day, failed prints, the
        # till's starts): every kind but the sales, which a sale would
        # otherwise write into it (migration 0014). A query says NOT_A_SALE
        # in its WHERE, or SQLite does not use it.
        Index("ix_journal_register_id_event_at", "register_id", "event", "at", sqlite_where=text(NOT_A_SALE)),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(AwareDateTime())
    event: Mapped[str] = mapped_column(String(32))
    saft_code: Mapped[str] = mapped_column(String(5))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    register_id: Mapped[int | None] = mapped_column(ForeignKey("registers.id"))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON
    hash: Mapped[str] = mapped_column(String(64))


class ParkedSale(Base):
    """A suspended cart, waiting to be resumed (removed when resumed)."""

    __tablename__ = "parked_sales"

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    operator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    parked_at: Mapped[datetime] = mapped_column(AwareDateTime())
    label: Mapped[str] = mapped_column(String(80), default="")
    total: Mapped[int] = mapped_column(Integer)
    cart: Mapped[str] = mapped_column(Text)  # JSON of domain.cart.Cart


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class Sequence(Base):
    """Counters that only go up (e.g. item code serials)."""

    __tablename__ = "sequences"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


# --- the business day (issue 5) ----------------------------------------------


class DayStatus:
    OPEN = "open"
    CLOSED = "closed"


class BusinessDay(Base):
    """One register's day, from the counted opening float to its Z report.

    A register has at most one open day (a partial unique index). Once closed
    the row can never change again, and no sale, cash movement or return can
    be written into that day (triggers, migration 0004).
    """

    __tablename__ = "business_days"
    __table_args__ = (
        UniqueConstraint("register_id", "business_date"),
        Index("ux_business_days_one_open", "register_id", unique=True, sqlite_where=text("status = 'open'")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    business_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default=DayStatus.OPEN)
    opened_at: Mapped[datetime] = mapped_column(AwareDateTime())
    opened_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opening_float: Mapped[int] = mapped_column(Integer)  # øre
    opening_count: Mapped[str] = mapped_column(Text, default="{}")  # JSON {denomination øre: pieces}
    closed_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Migration 0007: what the last close left in the drawer when this day opened,
    # and the note that says why the counted float differs from it.
    last_close_cash: Mapped[int | None] = mapped_column(Integer)
    opening_note: Mapped[str] = mapped_column(String(200), default="", server_default="")


class DayCount(Base):
    """One complete count of the drawer at close (migration 0007): append-only, journalled.

    ``seq`` runs 1, 2, 3 … per day; the first is the blind count, every later
    one a recount after the expected amount was shown, with who approved it
    and (when the amount changed) why.
    """

    __tablename__ = "day_counts"
    __table_args__ = (UniqueConstraint("business_day_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    business_day_id: Mapped[int] = mapped_column(ForeignKey("business_days.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # "first" | "recount"
    cash: Mapped[int] = mapped_column(Integer)  # øre
    by_denomination: Mapped[str] = mapped_column(Text)  # JSON {denomination øre: pieces}
    expected_cash: Mapped[int] = mapped_column(Integer)  # what the till expected then
    counted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(AwareDateTime())
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(String(200), default="")


class ZReport(Base):
    """The closing of one business day: the count, the reconciliation and the whole report.

    ``z_number`` runs 1, 2, 3 … per register with no gap. Grand totals
    accumulate from installation: each Z adds its day to the one before.
    """

    __tablename__ = "z_reports"
    __table_args__ = (UniqueConstraint("register_id", "z_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    z_number: Mapped[int] = mapped_column(Integer)
    business_day_id: Mapped[int] = mapped_column(ForeignKey("business_days.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    counted_cash: Mapped[int] = mapped_column(Integer)
    expected_cash: Mapped[int] = mapped_column(Integer)
    difference: Mapped[int] = mapped_column(Integer)  # counted − expected
    difference_note: Mapped[str] = mapped_column(String(200), default="")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # leader, for a big difference
    second_counter: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closing_count: Mapped[str] = mapped_column(Text, default="{}")  # JSON {denomination øre: pieces}
    card_batch_total: Mapped[int | None] = mapped_column(Integer)  # from the card terminal
    vipps_settlement: Mapped[int | None] = mapped_column(Integer)
    grand_total_sales: Mapped[int] = mapped_column(Integer)
    grand_total_returns: Mapped[int] = mapped_column(Integer)
    grand_total_net: Mapped[int] = mapped_column(Integer)
    report: Mapped[str] = mapped_column(Text)  # canonical JSON of the whole Z report


class CashMovementKind:
    PAY_IN = "pay_in"
    PAY_OUT = "pay_out"
    DEPOSIT = "deposit"  # to the bank


class CashMovement(Base):
    """Cash put into or taken out of the drawer other than by a sale."""

    __tablename__ = "cash_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    business_day_id: Mapped[int] = mapped_column(ForeignKey("business_days.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    amount: Mapped[int] = mapped_column(Integer)  # øre, always positive
    reason: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime] = mapped_column(AwareDateTime())
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ReturnLine(Base):
    """Which sold line a line of a return sale gives back (and how many of it)."""

    __tablename__ = "return_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), unique=True)  # the return's line
    original_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)  # positive: pieces given back


class Voucher(Base):
    """Store credit ("tilgodelapp"), issued by a return; its balance is amount − uses."""

    __tablename__ = "vouchers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(19), unique=True)  # 980 + 15 random digits + check (0008)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    issued_sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(AwareDateTime())
    expires_at: Mapped[datetime] = mapped_column(AwareDateTime())


class VoucherUse(Base):
    """Part or all of a voucher spent on a sale."""

    __tablename__ = "voucher_uses"

    id: Mapped[int] = mapped_column(primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id"), index=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    amount: Mapped[int] = mapped_column(Integer)  # øre taken off the voucher


# --- the chapter hub (issue 6) -------------------------------------------------


class OutboxEntry(Base):
    """A closed day's summary waiting for (or already through to) the hub.

    Written in the same transaction as the Z report. A corrected day gets a
    new revision; the hub keeps the highest revision it was sent.
    """

    __tablename__ = "hub_outbox"
    __table_args__ = (UniqueConstraint("register_id", "business_date", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[int] = mapped_column(ForeignKey("registers.id"))
    business_date: Mapped[date] = mapped_column(Date)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON of the day's summary
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(AwareDateTime(), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(200), default="")
