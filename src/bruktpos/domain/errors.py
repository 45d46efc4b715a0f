"""Typed errors raised by the core.

Each error carries a stable ``code`` and the facts behind it, never a
user-facing sentence: ``ui/`` turns them into translated text, so the core
holds no language. ``str()`` gives a plain English line for logs and the
command line.

Over 600 lines on purpose: it is a list of small dataclasses (one per
refusal, facts only, no logic) in sections by subject, and the one place to
look up every error ``ui/messages*.py`` has to word; most work adds an error
here. Split it into a package by these sections if it stops being a list.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import ClassVar


class BruktError(Exception):
    """Base of every refusal the core gives."""

    code: str = "error"

    def facts(self) -> dict[str, object]:
        """The error's facts as a dict (for translation and logs)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]  # every subclass is a dataclass, the base is not

    def __str__(self) -> str:
        facts = ", ".join(f"{k}={v!r}" for k, v in self.facts().items())
        return f"{self.code}({facts})"


# --- money and input -----------------------------------------------------


@dataclass(eq=False)
class InvalidAmount(BruktError):
    """Text that is not an amount of money (or has more than two decimals)."""

    text: str
    code = "invalid_amount"


@dataclass(eq=False)
class InvalidPrice(BruktError):
    """A price that is negative, zero where not allowed, or absurdly large."""

    price: int
    maximum: int
    code = "invalid_price"


@dataclass(eq=False)
class InvalidQuantity(BruktError):
    quantity: int
    maximum: int
    code = "invalid_quantity"


@dataclass(eq=False)
class InvalidDiscount(BruktError):
    """A discount below zero, above 100 %, or larger than the line."""

    value: int
    line_total: int
    code = "invalid_discount"


@dataclass(eq=False)
class InvalidCode(BruktError):
    """A scanned or typed code that is not a valid in-store code."""

    text: str
    code = "invalid_code"


@dataclass(eq=False)
class InvalidCount(BruktError):
    denomination: int
    count: int
    code = "invalid_count"


# --- cart and catalogue --------------------------------------------------


@dataclass(eq=False)
class ItemNotFound(BruktError):
    """No item, product or price tag has this code."""

    text: str
    code = "item_not_found"


@dataclass(eq=False)
class ItemAlreadySold(BruktError):
    item_code: str
    sold_at: datetime
    receipt_no: int
    register: str
    code = "item_already_sold"


@dataclass(eq=False)
class ItemNotForSale(BruktError):
    """The item was discarded, recycled or moved away."""

    item_code: str
    status: str
    changed_at: datetime
    code = "item_not_for_sale"


@dataclass(eq=False)
class ItemAlreadyInCart(BruktError):
    item_code: str
    code = "item_already_in_cart"


@dataclass(eq=False)
class ProductNotFound(BruktError):
    product_id: int
    code = "product_not_found"


@dataclass(eq=False)
class CategoryNotFound(BruktError):
    category_id: int
    code = "category_not_found"


@dataclass(eq=False)
class LineNotFound(BruktError):
    line_id: int
    code = "line_not_found"


@dataclass(eq=False)
class LineNotChangeable(BruktError):
    """Quantity of a unique item is always 1."""

    line_id: int
    code = "line_not_changeable"


@dataclass(eq=False)
class EmptySale(BruktError):
    code = "empty_sale"


@dataclass(eq=False)
class SaleHasPayments(BruktError):
    """Parking a sale that already has payments would lose them."""

    paid: int
    code = "sale_has_payments"


@dataclass(eq=False)
class ParkedSaleNotFound(BruktError):
    parked_id: int
    code = "parked_sale_not_found"


# --- payment -------------------------------------------------------------


@dataclass(eq=False)
class OverPayment(BruktError):
    """Card or Vipps for more than what is left to pay."""

    method: str
    amount: int
    remaining: int
    code = "over_payment"


@dataclass(eq=False)
class InvalidPayment(BruktError):
    """A payment of zero or less, or cash that is not whole kroner."""

    method: str
    amount: int
    code = "invalid_payment"


@dataclass(eq=False)
class SaleNotPaid(BruktError):
    remaining: int
    code = "sale_not_paid"


@dataclass(eq=False)
class UnknownUser(BruktError):
    user_id: int
    code = "unknown_user"


@dataclass(eq=False)
class UserInactive(BruktError):
    user_id: int
    code = "user_inactive"


@dataclass(eq=False)
class WrongPin(BruktError):
    user_id: int
    attempts_left: int
    code = "wrong_pin"


@dataclass(eq=False)
class UserLocked(BruktError):
    user_id: int
    locked_until: datetime
    code = "user_locked"


@dataclass(eq=False)
class PinNotSet(BruktError):
    """A person added from a set-up file, who has no PIN yet: a shop leader gives one ("Folk")."""

    user_id: int
    name: str
    code = "pin_not_set"


@dataclass(eq=False)
class InvalidPin(BruktError):
    """A new PIN that is not 4–8 digits."""

    length: int
    code = "invalid_pin"


@dataclass(eq=False)
class PermissionDenied(BruktError):
    """A leader-only action asked for by someone without the role."""

    action: str
    role: str
    code = "permission_denied"


@dataclass(eq=False)
class ApprovalNeeded(PermissionDenied):
    """A change beyond what the person at the till may do alone: someone approves it, with a reason.

    ``second_person``: the person at the till may do it, but the shop wants
    somebody else to approve (setting ``second_person_approves``).
    """

    second_person: bool = False
    code = "approval_needed"


@dataclass(eq=False)
class ApprovalRefused(PermissionDenied):
    """The person who typed their PIN (``approver``, whose role is ``role``) may not approve ``action``.

    ``own``: they are the one asking, where the shop wants a second person.
    ``approvers`` are the names of those who may, for the sentence that says who can.
    """

    approver: str
    own: bool
    approvers: tuple[str, ...]
    code = "approval_refused"


@dataclass(eq=False)
class InvalidDiscountLimit(BruktError):
    """A discount limit not stored: ``field`` "percent" (0–100) or "amount" (øre, up to ``maximum``)."""

    field: str
    value: int
    maximum: int
    code = "invalid_discount_limit"


@dataclass(eq=False)
class ReasonNeeded(BruktError):
    """An approved discount or price needs a reason (a quick reason or a few words)."""

    action: str
    code = "reason_needed"


@dataclass(eq=False)
class NotSetUp(BruktError):
    """The database holds no shop yet: run the setup first."""

    path: str
    code = "not_set_up"


@dataclass(eq=False)
class SaleNotFound(BruktError):
    sale_id: int
    code = "sale_not_found"


@dataclass(eq=False)
class CopyAlreadyPrinted(BruktError):
    """Only one copy of a receipt may be printed."""

    receipt_no: int
    copied_at: datetime
    code = "copy_already_printed"


# --- devices -------------------------------------------------------------


@dataclass(eq=False)
class PrinterError(BruktError):
    """The receipt printer could not do what was asked.

    Every printer failure arrives as this one error, so the till (where the
    sale is already committed) has one thing to catch. ``kind`` says what went
    wrong, for the sentence shown to the cashier; ``detail`` is the technical
    text for the log.
    """

    kind: str
    detail: str
    code = "printer_error"

    OFFLINE = "printer_offline"  # switched off, unplugged, not answering
    NOT_FOUND = "printer_not_found"  # no such USB device, host name, port or file
    PAPER_OUT = "paper_out"
    NOT_CONFIGURED = "printer_not_configured"  # the shop has no receipt printer set up
    FAILED = "printer_error"  # anything else
    COVER_OPEN = "cover_open"  # the printer says its cover is open (before or during the job)
    NOT_READY = "printer_not_ready"  # the printer says it is offline: an error, a jam, the feed button
    NO_ANSWER = "printer_no_answer"  # connected, but no answer to the status question in time
    NOT_READING = "printer_not_reading"  # took the connection but stopped taking what was sent
    NO_PRINT_SYSTEM = (
        "no_print_system"  # a queue in the computer, but no ``lp`` (CUPS) or spooler to send it with
    )


@dataclass(eq=False)
class DrawerError(PrinterError):
    """The cash drawer on the receipt printer's kick port was not opened.

    ``kind`` as for :class:`PrinterError` (why the kick was not sent, or not
    known to have arrived), or :attr:`TOO_LATE`: the kick waited behind other
    printer jobs for longer than a person waits at the till, so it was not
    sent at all (a drawer must never open by itself later).
    """

    code = "drawer_error"

    TOO_LATE = "drawer_too_late"


@dataclass(eq=False)
class LabelPrinterError(PrinterError):
    """The label printer could not print (``kind`` as for :class:`PrinterError`).

    The items are saved by then; their labels can be printed again.
    """

    code = "label_printer_error"


# --- intake and labels ---------------------------------------------------


@dataclass(eq=False)
class InvalidMarkdownRule(BruktError):
    """A markdown rule that cannot be used, and why.

    ``kind`` names the problem (one of the constants below), ``text`` is the
    rule or the part of it at fault, for the sentence shown to the leader.
    """

    kind: str
    text: str
    code = "invalid_markdown_rule"

    SYNTAX: ClassVar[str] = "syntax"  # not "days:percent,…;pull:days"
    DAYS_OUT_OF_RANGE: ClassVar[str] = "days_out_of_range"  # not 1–MAX_DAYS
    PERCENT_OUT_OF_RANGE: ClassVar[str] = "percent_out_of_range"  # not 1–99
    DAYS_NOT_INCREASING: ClassVar[str] = "days_not_increasing"
    PERCENT_NOT_INCREASING: ClassVar[str] = "percent_not_increasing"
    PULL_BEFORE_LAST_STEP: ClassVar[str] = "pull_before_last_step"


@dataclass(eq=False)
class InvalidCategoryNumber(BruktError):
    """A category number that does not fit in a price tag code (1–999)."""

    category_number: int
    maximum: int
    code = "invalid_category_number"


@dataclass(eq=False)
class UnknownLabelLayout(BruktError):
    """A sticker sheet layout that BruktPOS does not know."""

    name: str
    code = "unknown_label_layout"


@dataclass(eq=False)
class InvalidWeight(BruktError):
    """A donation's weight that is negative, not a number or absurd (grams)."""

    grams: int
    maximum: int
    code = "invalid_weight"


@dataclass(eq=False)
class DonationNotFound(BruktError):
    """No registered donation has this number."""

    donation_id: int
    code = "donation_not_found"


@dataclass(eq=False)
class ScaleError(BruktError):
    """The scale gave no weight that can be used (``kind`` says why, ``detail`` is for the log).

    ``grams`` is the weight the scale showed, when it showed one (negative
    or over its capacity); None otherwise.
    """

    kind: str
    detail: str = ""
    grams: int | None = None
    code = "scale_error"

    NOT_CONFIGURED = "scale_not_configured"  # no scale chosen in the settings
    NOT_FOUND = "scale_not_found"  # the port is not there or cannot be opened
    NO_ANSWER = "scale_no_answer"  # the port opened, but the scale said nothing
    GARBLED = "scale_garbled"  # an answer that is not the chosen protocol (or the wrong speed)
    UNSTABLE = "scale_unstable"  # still moving when the wait was over
    OVERLOAD = "scale_overload"  # more than the scale can weigh
    NEGATIVE = "scale_negative"  # under zero: the scale needs zeroing
    ZERO_ERROR = "scale_zero_error"  # the scale cannot zero or tare (or it is outside its zero range)
    NOT_KILOS = "scale_not_kilos"  # the scale weighs in pounds or ounces
    UNPLUGGED = "scale_unplugged"  # the cable went while the scale was being read


@dataclass(eq=False)
class InvalidPhone(BruktError):
    """A donor's phone number with something other than digits, spaces and a leading +."""

    text: str
    code = "invalid_phone"


# --- the business day (issue 5) ---------------------------------------------


@dataclass(eq=False)
class DayNotOpen(BruktError):
    """No business day is open at this register: count the float and open one first."""

    register: str
    code = "day_not_open"


@dataclass(eq=False)
class DayLeftOpen(BruktError):
    """An earlier day was never closed: a leader must count the drawer and take its Z first."""

    business_date: date
    code = "day_left_open"


@dataclass(eq=False)
class DayAlreadyOpen(BruktError):
    """This register's day is already open (it was opened at ``opened_at``)."""

    business_date: date
    opened_at: datetime
    code = "day_already_open"


@dataclass(eq=False)
class DayAlreadyClosed(BruktError):
    """The register's day for this date was closed with a Z: it cannot be opened again."""

    business_date: date
    code = "day_already_closed"


@dataclass(eq=False)
class DayNotClosed(BruktError):
    """No Z report for this register and date (the day is still open, or never was)."""

    register: str
    business_date: date
    code = "day_not_closed"


@dataclass(eq=False)
class InvalidCashMovement(BruktError):
    """A cash movement of an unknown kind, or an amount that is not above zero (or absurd)."""

    kind: str
    amount: int
    code = "invalid_cash_movement"


@dataclass(eq=False)
class ReasonRequired(BruktError):
    """Money taken out of the drawer needs a short reason (what it paid for)."""

    kind: str
    code = "reason_required"


@dataclass(eq=False)
class CashDifferenceTooLarge(BruktError):
    """Counted cash differs from the expected by more than the shop allows.

    ``needs`` says what is missing: ``"note"`` (a short explanation) or
    ``"leader"`` (a shop leader's approval).
    """

    difference: int
    maximum: int
    needs: str
    code = "cash_difference_too_large"

    NOTE: ClassVar[str] = "note"
    LEADER: ClassVar[str] = "leader"


@dataclass(eq=False)
class SecondCounterRequired(BruktError):
    """The shop wants a second person to confirm the closing count (not the one who counted)."""

    same_person: bool
    code = "second_counter_required"


# --- the drawer's counts and whole kroner (issue 13) ---------------------------


@dataclass(eq=False)
class NotWholeKroner(BruktError):
    """Cash in the drawer is whole kroner (there are no øre coins): ``amount`` øre is not.

    ``kind`` is what was asked: ``pay_in``, ``pay_out``, ``deposit`` or ``cash_refund``.
    """

    kind: str
    amount: int
    code = "not_whole_kroner"


@dataclass(eq=False)
class RecountNeedsApproval(BruktError):
    """A count of the drawer after the expected amount was shown is a correction.

    It needs a shop leader (or, where the shop has one, the second counter) and,
    when it changes the counted amount, a note. ``needs`` says what is missing:
    ``"leader"`` or ``"note"``. ``first`` and ``counted`` are the first count's
    and this count's amounts (øre).
    """

    first: int
    counted: int
    needs: str
    code = "recount_needs_approval"

    LEADER: ClassVar[str] = "leader"
    NOTE: ClassVar[str] = "note"


@dataclass(eq=False)
class CountNotRecorded(BruktError):
    """The Z was asked for with a count that is not the day's last recorded count.

    ``recorded`` is the last recorded count's amount (øre), None when none was;
    ``counted`` the one given.
    """

    recorded: int | None
    counted: int
    code = "count_not_recorded"


@dataclass(eq=False)
class ParkedSaleHasPayments(BruktError):
    """The day cannot be closed: a parked sale at this register has money taken on it.

    The money is in the drawer (or on the card terminal) but no sale explains
    it yet. ``parked_by`` and ``parked_at`` name the first such sale, ``paid``
    what was paid on it (øre); ``count`` how many parked sales have payments.
    """

    parked_by: str
    parked_at: datetime
    paid: int
    count: int = 1
    code = "parked_sale_has_payments"


@dataclass(eq=False)
class FloatNoteRequired(BruktError):
    """The float counted at opening differs from what the last close left: a short note says why."""

    counted: int
    last_close: int
    code = "float_note_required"


# --- returns and store credit (issue 5) ---------------------------------------


@dataclass(eq=False)
class ReceiptNotFound(BruktError):
    """No sale has this receipt number at this register."""

    receipt_no: int
    register: str
    code = "receipt_not_found"


@dataclass(eq=False)
class NotReturnable(BruktError):
    """What was asked to be given back cannot be.

    ``reason`` is one of the constants below; ``receipt_no`` is the sale's.
    """

    receipt_no: int
    reason: str
    code = "not_returnable"

    IS_RETURN: ClassVar[str] = "is_return"  # the receipt is itself a return
    TRAINING: ClassVar[str] = "training"  # a training sale took no money
    NOTHING_CHOSEN: ClassVar[str] = "nothing_chosen"  # no line (or quantity 0) chosen
    ALREADY_RETURNED: ClassVar[str] = "already_returned"  # every piece was given back before
    NOT_SOLD: ClassVar[str] = "not_sold"  # the item was never sold (or not on this receipt)


@dataclass(eq=False)
class ReturnTooMany(BruktError):
    """More pieces of a line than are left to give back (``returnable``)."""

    description: str
    quantity: int
    returnable: int
    code = "return_too_many"


@dataclass(eq=False)
class VoucherNotFound(BruktError):
    """No voucher has this code (or what was scanned is not a voucher)."""

    voucher_code: str
    code = "voucher_not_found"


@dataclass(eq=False)
class VoucherExpired(BruktError):
    """The voucher's time ran out on ``expired_on``."""

    voucher_code: str
    expired_on: date
    code = "voucher_expired"


@dataclass(eq=False)
class VoucherUsedUp(BruktError):
    """Nothing is left on the voucher."""

    voucher_code: str
    code = "voucher_used_up"


# --- the shop's database file ------------------------------------------------


class StoreProblem:
    """What went wrong with the database file, as :class:`StoreUnavailable` names it."""

    FULL = "full"  # the disk (or the user's quota) is full
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    LOCKED = "locked"  # another program holds the write lock past the busy timeout
    IO = "io"  # the disk failed to read or write (unplugged, failing)
    CORRUPT = "corrupt"  # the file is damaged or is not a SQLite database
    CANNOT_OPEN = "cannot_open"  # the file or its folder is missing or not readable
    ALL = (FULL, READ_ONLY, LOCKED, IO, CORRUPT, CANNOT_OPEN)


@dataclass(eq=False)
class StoreUnavailable(BruktError):
    """The database refused a read or write: nothing of that transaction was stored.

    ``problem`` is one of :class:`StoreProblem`; ``detail`` is SQLite's own
    words, for the log only.
    """

    problem: str
    path: str
    detail: str
    code = "store_unavailable"


class ShopFileProblem:
    """Why a file cannot be opened as a shop database, as :class:`NotAShopDatabase` names it."""

    MISSING = "missing"  # nothing at that path
    EMPTY = "empty"  # a file with no shop in it at all (0 bytes, or SQLite with no tables)
    FOLDER = "folder"  # a folder, not a file
    UNREADABLE = "unreadable"  # the file may not be read (permissions)
    NOT_SQLITE = "not_sqlite"  # a document, random bytes: not a SQLite database at all
    FOREIGN = "foreign"  # a SQLite database of another program, with no BruktPOS tables
    DAMAGED = "damaged"  # a BruktPOS file, but truncated or malformed
    NEWER = "newer"  # made by a newer BruktPOS: its schema is past what this version knows
    ALL = (MISSING, EMPTY, FOLDER, UNREADABLE, NOT_SQLITE, FOREIGN, DAMAGED, NEWER)


@dataclass(eq=False)
class NotAShopDatabase(BruktError):
    """The file at ``path`` cannot be opened as a shop database; nothing was written to it.

    ``problem`` is one of :class:`ShopFileProblem`; ``detail`` is for the log only.
    """

    problem: str
    path: str
    detail: str = ""
    code = "not_a_shop_database"


@dataclass(eq=False)
class BackupBeforeUpgradeFailed(BruktError):
    """The copy taken before a schema upgrade could not be written, so the upgrade did not run.

    ``problem`` is one of :class:`StoreProblem` (LOCKED: the database stayed
    busy; FULL, READ_ONLY, CANNOT_OPEN, IO: the backup ``folder``);
    ``detail`` is for the log only. The database is unchanged.
    """

    problem: str
    path: str
    folder: str
    detail: str
    code = "backup_before_upgrade_failed"


@dataclass(eq=False)
class SigningKeyUnusable(BruktError):
    """The register's signing key file cannot be used, so no sale can be signed and none was stored.

    ``problem``: MISSING (the file is not in the key folder beside the
    database), UNREADABLE (permissions, a failing disk) or WRONG (not a key,
    or not the key of the register's public record). ``detail`` is for the log.
    """

    MISSING: ClassVar[str] = "missing"
    UNREADABLE: ClassVar[str] = "unreadable"
    WRONG: ClassVar[str] = "wrong"

    problem: str
    path: str
    detail: str = ""
    code = "signing_key_unusable"


# --- people (the "Folk" screen and ``bruktpos users``) ------------------------


@dataclass(eq=False)
class InvalidName(BruktError):
    """A person's display name that is empty or longer than ``maximum`` characters."""

    name: str
    maximum: int
    code = "invalid_name"


@dataclass(eq=False)
class NameTaken(BruktError):
    """Someone of that name (ignoring case) is already listed; ``active`` False if switched off."""

    name: str
    user_id: int
    active: bool
    code = "name_taken"


@dataclass(eq=False)
class LastAdmin(BruktError):
    """The last active administrator may not be switched off or given a lesser role.

    ``change`` is ``"deactivate"`` or ``"demote"``.
    """

    user_id: int
    name: str
    change: str
    code = "last_admin"


@dataclass(eq=False)
class RecoveryRefused(BruktError):
    """The command line's recovery (no PIN of anyone's) is only for an administrator's forgotten PIN."""

    user_id: int
    name: str
    role: str
    code = "recovery_refused"


# --- the catalogue: categories and products (the leaders' "Kategorier" and "Varer") ----


@dataclass(eq=False)
class InvalidCatalogueName(BruktError):
    """A category's or product's name that is empty, too long or not printable.

    ``what`` is ``"category"`` or ``"product"``.
    """

    what: str
    name: str
    maximum: int
    code = "invalid_catalogue_name"


@dataclass(eq=False)
class CatalogueNameTaken(BruktError):
    """Another category (or product) has this name, ignoring case; ``active`` False if it is retired."""

    what: str
    name: str
    existing_id: int
    active: bool
    code = "catalogue_name_taken"


@dataclass(eq=False)
class InvalidTaxCode(BruktError):
    """Not one of the SAF-T standard tax codes a sale can have (3, 31, 33, 5, 6)."""

    tax_code: str
    code = "invalid_tax_code"


@dataclass(eq=False)
class InvalidCategoryKind(BruktError):
    """A category that is neither shop goods (``goods``) nor café (``cafe``)."""

    kind: str
    code = "invalid_category_kind"


@dataclass(eq=False)
class InvalidColor(BruktError):
    """A button colour that is not written ``#rrggbb``."""

    color: str
    code = "invalid_color"


@dataclass(eq=False)
class InvalidSaftGroup(BruktError):
    """Not a SAF-T article group (PredefinedBasicID 04: 04001–04021 or 04999)."""

    group: str
    code = "invalid_saft_group"


@dataclass(eq=False)
class TooManyQuickPrices(BruktError):
    """More ready-made prices than the price keypad has room for."""

    count: int
    maximum: int
    code = "too_many_quick_prices"


@dataclass(eq=False)
class InvalidBarcode(BruktError):
    """A product barcode with spaces or odd signs, or too long; ``in_store``: in the shop's own code range."""

    barcode: str
    in_store: bool
    code = "invalid_barcode"


@dataclass(eq=False)
class BarcodeTaken(BruktError):
    """Another product already has this barcode."""

    barcode: str
    product_id: int
    name: str
    code = "barcode_taken"


@dataclass(eq=False)
class CategoryRetired(BruktError):
    """A product cannot be put in (or brought back into) a retired category."""

    category_id: int
    name: str
    code = "category_retired"


@dataclass(eq=False)
class CategoryHasProducts(BruktError):
    """A category cannot be retired while products on the till are still in it."""

    category_id: int
    name: str
    products: int
    code = "category_has_products"


# --- the shop's details and its registers (the "Butikken" screen, the setup) --


@dataclass(eq=False)
class InvalidShopDetail(BruktError):
    """A detail of the shop that cannot be stored; nothing was changed.

    ``field`` is one of the constants below, ``text`` what was given;
    ``minimum`` and ``maximum`` bound a length (characters, or lines for the
    receipt texts) or a number (days, øre), as the field has.
    """

    field: str
    text: str
    minimum: int = 0
    maximum: int = 0
    code = "invalid_shop_detail"

    NAME: ClassVar[str] = "name"  # empty, or longer than ``maximum``
    SHORT_NAME: ClassVar[str] = "short_name"
    ORG_NUMBER: ClassVar[str] = "org_number"  # not nine digits with the right check digit
    ADDRESS: ClassVar[str] = "address"
    POSTCODE: ClassVar[str] = "postcode"  # not four digits
    CITY: ClassVar[str] = "city"
    PHONE: ClassVar[str] = "phone"  # not digits and spaces, with perhaps a + first
    RECEIPT_HEADER: ClassVar[str] = "receipt_header"  # more than ``maximum`` lines, or a line too long
    RECEIPT_FOOTER: ClassVar[str] = "receipt_footer"
    VOUCHER_DAYS: ClassVar[str] = "voucher_valid_days"  # not a whole number of days in range
    CASH_LIMIT: ClassVar[str] = "max_cash_difference"  # not an amount of kroner in range
    SHOP_CODE: ClassVar[str] = "hub_shop_code"  # not 2–20 letters, digits and hyphens
    VIPPS_NUMBER: ClassVar[str] = "vipps_number"  # not ``minimum``–``maximum`` digits


@dataclass(eq=False)
class VatChangeWhileDayOpen(BruktError):
    """The VAT registration may change only while no business day is open (at any register).

    ``register`` is the code of a register whose day (``business_date``) is open.
    """

    register: str
    business_date: date
    code = "vat_change_while_day_open"


@dataclass(eq=False)
class InvalidRegister(BruktError):
    """A new register's code or name that cannot be used; nothing was added.

    ``field`` is ``"code"`` (not 1–``maximum`` letters, digits and hyphens) or
    ``"name"`` (empty, or longer than ``maximum``).
    """

    field: str
    text: str
    maximum: int
    code = "invalid_register"

    CODE: ClassVar[str] = "code"
    NAME: ClassVar[str] = "name"


@dataclass(eq=False)
class RegisterTaken(BruktError):
    """The shop already has a register with this code or name (``field`` says which)."""

    field: str
    text: str
    code = "register_taken"


# --- the SAF-T export (issue 14) ---------------------------------------------------


@dataclass(eq=False)
class InvalidExportPeriod(BruktError):
    """An export period whose last day is before its first; nothing was written."""

    start: date
    end: date
    code = "invalid_export_period"


@dataclass(eq=False)
class ExportNotWritten(BruktError):
    """The export file could not be written (``reason``: the system's words); nothing was left behind."""

    path: str
    reason: str
    code = "export_not_written"


# --- the electronic journal at the till (issue 14) ----------------------------------


@dataclass(eq=False)
class JournalTooLongToPrint(BruktError):
    """The period's journal has more ``entries`` than the receipt printer is given (``limit``).

    Nothing was printed; the PDF holds any period.
    """

    entries: int
    limit: int
    code = "journal_too_long_to_print"


@dataclass(eq=False)
class UnknownJournalFormat(BruktError):
    """The journal is saved as ``.pdf`` or ``.csv``; ``name`` ends otherwise. Nothing was written."""

    name: str
    code = "unknown_journal_format"


@dataclass(eq=False)
class RegisterNotFound(BruktError):
    """The shop has no register with this code (``register``)."""

    register: str
    code = "register_not_found"
