"""The core's typed errors as friendly, translated sentences.

The core raises errors that carry a code and the facts (``domain/errors.py``)
but no language. Here each one becomes one or two short sentences that say
what happened and what to do next, the way the till speaks (see the
glossary): never an error code alone, never blame. Dates are written
``dd.MM.yyyy``, times ``HH.mm`` and amounts as ``kr 1 234,50``.

Source strings are English; Qt Linguist gives the Norwegian. Placeholders are
``%1``, ``%2`` … and are filled in here, after translation.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from bruktpos.domain import errors as e
from bruktpos.domain import formatting
from bruktpos.domain.cashcount import DENOMINATIONS
from bruktpos.domain.formatting import format_money
from bruktpos.domain.roles import Action, Role, may
from bruktpos.ui.store_messages import store_unavailable

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Put ``values`` into ``%1``, ``%2`` … of a translated ``text`` (in one pass)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        text,
    )


def format_date(moment: date | datetime) -> str:
    """``12.11.2026`` (the moment's own wall-clock date, as the till recorded it)."""
    return formatting.format_date(moment)


def format_time(moment: datetime) -> str:
    """``14.03``."""
    return formatting.format_time(moment)


def format_datetime(moment: datetime) -> str:
    """``12.11.2026 14.03``: a moment in a sentence or a table cell."""
    return formatting.format_datetime(moment, joiner=" ")


def _money(ore: object) -> str:
    # Errors may carry what was refused, which is not always a clean int.
    if isinstance(ore, int) and not isinstance(ore, bool):
        return format_money(ore)
    return str(ore)


def describe_role(role: Role | str) -> str:
    """A role in plain words: ``Cashier``, ``Shop leader``, ``Administrator``."""
    names = {
        Role.CASHIER: translate("Messages", "Cashier"),
        Role.LEADER: translate("Messages", "Shop leader"),
        Role.ADMIN: translate("Messages", "Administrator"),
    }
    try:
        return names[Role(role)]
    except ValueError:
        return str(role)


def describe_permission(action: Action | str) -> str:
    """Name an action in plain words, to fit into a sentence: ``a refund``.

    For a whole sentence about a refusal, use :func:`describe` on the
    :class:`PermissionDenied` error.
    """
    names = {
        "sell": translate("Messages", "a sale"),
        "refund": translate("Messages", "a refund"),
        "price_override": translate("Messages", "a price change"),
        "void_after_payment": translate("Messages", "removing an item after payment"),
        "drawer_without_sale": translate("Messages", "opening the cash drawer without a sale"),
        "settings": translate("Messages", "changing the settings"),
        "manage_users": translate("Messages", "making someone an administrator or changing one"),
        "manage_people": translate("Messages", "adding or changing people"),
        "manage_catalogue": translate("Messages", "changing the categories and products"),
        "shop_details": translate("Messages", "changing the shop's details and registers"),
        "training_mode": translate("Messages", "switching training mode on or off"),
        "open_day": translate("Messages", "opening the day"),
        "close_day": translate("Messages", "closing the day"),
        "x_report": translate("Messages", "an X report"),
        "cash_in": translate("Messages", "putting money into the drawer"),
        "cash_out": translate("Messages", "taking money out of the drawer"),
        "take_off_shelf": translate("Messages", "taking items off the shelf before they are due"),
        "receive_goods": translate("Messages", "counting in delivered goods"),
        "view_reports": translate("Messages", "looking at the shop's reports"),
    }
    return names.get(str(action), translate("Messages", "this"))


def _needs_admin(action: str) -> bool:
    try:
        return not may(Role.LEADER, Action(action))
    except ValueError:
        return False


# --- one function per error ------------------------------------------------


def _invalid_amount(err: e.InvalidAmount) -> str:
    if not err.text.strip():
        return translate("Messages", "Type an amount first, for example 49,50.")
    return fill(
        translate("Messages", "“%1” is not an amount. Type kroner and øre, for example 49,50."), err.text
    )


def _invalid_price(err: e.InvalidPrice) -> str:
    if isinstance(err.price, int) and err.price > err.maximum:
        return fill(
            translate("Messages", "%1 is more than the till takes for one price (%2). Check the price."),
            _money(err.price),
            _money(err.maximum),
        )
    return translate("Messages", "The price must be more than kr 0. Type the price again.")


def _invalid_quantity(err: e.InvalidQuantity) -> str:
    return fill(translate("Messages", "The number must be from 1 to %1. Type the number again."), err.maximum)


def _invalid_discount(err: e.InvalidDiscount) -> str:
    return fill(
        translate(
            "Messages",
            "A discount must be from 0 to 100 % and no more than the line’s price (%1). "
            "Type the discount again.",
        ),
        _money(err.line_total),
    )


def _invalid_code(err: e.InvalidCode) -> str:
    return fill(
        translate(
            "Messages",
            "“%1” is not a code from this shop. Scan the label again, or type the digits under it.",
        ),
        err.text,
    )


def _invalid_count(err: e.InvalidCount) -> str:
    if err.denomination in DENOMINATIONS:
        return fill(
            translate("Messages", "The count for %1 must be a whole number, 0 or more. Count again."),
            format_money(err.denomination, whole=True),
        )
    return translate("Messages", "That is not a Norwegian coin or note the till counts. Count again.")


def _invalid_markdown_rule(err: e.InvalidMarkdownRule) -> str:
    texts = {
        e.InvalidMarkdownRule.DAYS_OUT_OF_RANGE: translate(
            "Messages",
            "A markdown step must come after 1 day or more, and within ten years. Change the rule.",
        ),
        e.InvalidMarkdownRule.PERCENT_OUT_OF_RANGE: translate(
            "Messages", "A markdown must be from 1 to 99 %. Change the rule."
        ),
        e.InvalidMarkdownRule.DAYS_NOT_INCREASING: translate(
            "Messages", "Each markdown step must come later than the one before. Change the rule."
        ),
        e.InvalidMarkdownRule.PERCENT_NOT_INCREASING: translate(
            "Messages", "Each markdown step must take more off than the one before. Change the rule."
        ),
        e.InvalidMarkdownRule.PULL_BEFORE_LAST_STEP: translate(
            "Messages", "Items can only be pulled from the shelf after the last markdown. Change the rule."
        ),
    }
    return texts.get(
        err.kind,
        translate("Messages", "The markdown rule could not be read. Write it like 28:30,56:50;pull:84."),
    )


def _invalid_category_number(err: e.InvalidCategoryNumber) -> str:
    return fill(
        translate(
            "Messages", "This category cannot get price tags (its number must be 1 to %1). Ask the admin."
        ),
        err.maximum,
    )


def _unknown_label_layout(err: e.UnknownLabelLayout) -> str:
    return fill(
        translate("Messages", "The label sheet “%1” is not known. Choose one of the sheets in the list."),
        err.name,
    )


def _invalid_weight(err: e.InvalidWeight) -> str:
    return translate("Messages", "Type the weight in kilos, for example 2,5. It cannot be below 0.")


def _invalid_phone(err: e.InvalidPhone) -> str:
    return translate(
        "Messages", "A phone number has only digits and spaces, and perhaps a + first. Check it."
    )


def _item_not_found(err: e.ItemNotFound) -> str:
    return fill(
        translate(
            "Messages",
            "Nothing in the shop has the code %1. Check the label, or sell it with a category button.",
        ),
        err.text,
    )


def _item_already_sold(err: e.ItemAlreadySold) -> str:
    return fill(
        translate(
            "Messages",
            "This item was sold on %1 at %2 (receipt %3, till %4). Ask the shop leader for help.",
        ),
        format_date(err.sold_at),
        format_time(err.sold_at),
        err.receipt_no,
        err.register,
    )


def _item_not_for_sale(err: e.ItemNotForSale) -> str:
    statuses = {
        "discarded": translate("Messages", "This item was marked as thrown away on %1."),
        "recycled": translate("Messages", "This item was marked as sent to recycling on %1."),
        "moved": translate("Messages", "This item was marked as moved to another shop on %1."),
        "sold": translate("Messages", "This item was marked as sold on %1."),
    }
    first = statuses.get(err.status, translate("Messages", "This item was taken off sale on %1."))
    return " ".join(
        (
            fill(first, format_date(err.changed_at)),
            translate("Messages", "Put it aside and ask the shop leader for help."),
        )
    )


def _sale_has_payments(err: e.SaleHasPayments) -> str:
    return fill(
        translate(
            "Messages",
            "%1 is already paid, so this sale cannot be parked. "
            "Finish the sale, or take the payment back first.",
        ),
        _money(err.paid),
    )


def _over_payment(err: e.OverPayment) -> str:
    if err.method == "change":
        return fill(
            translate(
                "Messages",
                "The cart would then cost less than is already paid (%1). Take the payment back first, "
                "then change the cart.",
            ),
            _money(err.amount),
        )
    if err.method == "voucher":
        if not isinstance(err.remaining, int) or err.remaining <= 0:
            return translate("Messages", "Nothing more can be paid with this voucher.")
        return fill(
            translate(
                "Messages", "%1 is more than the voucher holds or is left to pay (%2). Type %2 or less."
            ),
            _money(err.amount),
            _money(err.remaining),
        )
    if not isinstance(err.remaining, int) or err.remaining <= 0:
        return translate("Messages", "Nothing is left to pay. Finish the sale.")
    return fill(
        translate("Messages", "%1 is more than what is left to pay (%2). Type %2 or less."),
        _money(err.amount),
        _money(err.remaining),
    )


def _invalid_payment(err: e.InvalidPayment) -> str:
    if err.method == "none":
        return translate("Messages", "There is no payment to take back.")
    if err.method == "cash":
        return translate(
            "Messages", "Cash must be whole kroner and more than kr 0. Type the amount you were given again."
        )
    return translate("Messages", "The amount must be more than kr 0. Type the amount again.")


def _sale_not_paid(err: e.SaleNotPaid) -> str:
    return fill(
        translate("Messages", "%1 is still left to pay. Take the rest before you finish the sale."),
        _money(err.remaining),
    )


def _wrong_pin(err: e.WrongPin) -> str:
    if err.attempts_left == 1:
        return translate(
            "Messages",
            "That PIN was not right. You have one try left before a short pause, so take your time.",
        )
    return fill(
        translate("Messages", "That PIN was not right. Try again; you have %1 tries left."), err.attempts_left
    )


def _user_locked(err: e.UserLocked) -> str:
    return fill(
        translate(
            "Messages",
            "Too many wrong PINs in a row. You can try again at %1, or ask the shop leader for help.",
        ),
        format_time(err.locked_until),
    )


def _pin_not_set(err: e.PinNotSet) -> str:
    return fill(
        translate(
            "Messages",
            "%1 has no PIN yet. Ask a shop leader to give you one: Folk, then New PIN.",
        ),
        err.name,
    )


def _invalid_pin(err: e.InvalidPin) -> str:
    return fill(
        translate("Messages", "A PIN has 4 to 8 digits, and this one has %1. Type it again."), err.length
    )


def _permission_denied(err: e.PermissionDenied) -> str:
    if _needs_admin(err.action):
        text = translate("Messages", "Only an administrator may approve %1. Ask an administrator for help.")
    else:
        text = translate("Messages", "Only a shop leader may approve %1. Ask the shop leader for help.")
    return fill(text, describe_permission(err.action))


def _not_set_up(err: e.NotSetUp) -> str:
    return fill(
        translate("Messages", "No shop is set up in %1 yet. Start the setup to create the shop."), err.path
    )


def _not_a_shop_database(err: e.NotAShopDatabase) -> str:
    p = e.ShopFileProblem
    texts = {
        p.MISSING: translate(
            "Messages",
            "There is no file here. Check the name, choose another file, or create a new shop here.",
        ),
        p.EMPTY: translate(
            "Messages",
            "This file is empty: there is no shop in it. Choose another file, or create a new shop here.",
        ),
        p.FOLDER: translate(
            "Messages", "This is a folder, not a shop database. Choose the shop’s database file."
        ),
        p.UNREADABLE: translate(
            "Messages",
            "BruktPOS is not allowed to read this file. Ask the person who looks after this PC for access, "
            "or choose another file.",
        ),
        p.NOT_SQLITE: translate(
            "Messages",
            "This file is not a shop database. It may be a document or a file from another program. "
            "Choose the shop’s database file.",
        ),
        p.FOREIGN: translate(
            "Messages",
            "This is a database from another program, not from BruktPOS. Choose the shop’s database file.",
        ),
        p.DAMAGED: translate(
            "Messages",
            "This shop database is damaged, so BruktPOS cannot open it. "
            "Choose a backup copy, or ask for help.",
        ),
        p.NEWER: translate(
            "Messages",
            "This shop database was made by a newer version of BruktPOS. "
            "Update BruktPOS on this PC, or choose another file.",
        ),
    }
    return texts.get(err.problem, texts[p.NOT_SQLITE])


def _backup_before_upgrade_failed(err: e.BackupBeforeUpgradeFailed) -> str:
    p = e.StoreProblem
    first = translate(
        "Messages",
        "BruktPOS must update the shop database and takes a backup copy first. Nothing has been changed.",
    )
    why = {
        p.LOCKED: translate(
            "Messages",
            "Another program is using the database, so the copy could not be taken. "
            "Close other BruktPOS windows, then tap Try again.",
        ),
        p.FULL: translate(
            "Messages", "There is no room for the copy on the disk. Make room, then tap Try again."
        ),
    }
    folder_text = translate(
        "Messages",
        "The backup folder %1 cannot be written to. "
        "Ask the person who looks after this PC, then tap Try again.",
    )
    why[p.READ_ONLY] = why[p.CANNOT_OPEN] = folder_text
    text = why.get(
        err.problem,
        translate("Messages", "The copy could not be written. Check the disk, then tap Try again."),
    )
    return first + " " + fill(text, err.folder)


def _copy_already_printed(err: e.CopyAlreadyPrinted) -> str:
    return fill(
        translate(
            "Messages",
            "A copy of receipt %1 was already printed on %2 at %3. Only one copy may be printed.",
        ),
        err.receipt_no,
        format_date(err.copied_at),
        format_time(err.copied_at),
    )


def _day(value: object) -> str:
    # A business date (or moment) as dd.MM.yyyy; anything else as it is.
    return format_date(value) if isinstance(value, date) else str(value)


def _day_not_open(err: e.DayNotOpen) -> str:
    return translate(
        "Messages", "The day is not open at this till yet. Count the float and open the day first."
    )


def _day_left_open(err: e.DayLeftOpen) -> str:
    return fill(
        translate(
            "Messages",
            "The day of %1 was not closed. A shop leader must count the drawer and take the Z report first.",
        ),
        _day(err.business_date),
    )


def _day_already_open(err: e.DayAlreadyOpen) -> str:
    return fill(
        translate("Messages", "The day of %1 is already open at this till. You can start selling."),
        _day(err.business_date),
    )


def _day_already_closed(err: e.DayAlreadyClosed) -> str:
    return fill(
        translate("Messages", "The day of %1 was already closed with a Z report. It cannot be opened again."),
        _day(err.business_date),
    )


def _day_not_closed(err: e.DayNotClosed) -> str:
    return fill(
        translate(
            "Messages",
            "There is no Z report for %1 at till %2. Close the day first, or choose another date.",
        ),
        _day(err.business_date),
        err.register,
    )


def _invalid_cash_movement(err: e.InvalidCashMovement) -> str:
    return translate("Messages", "Type an amount above zero for the money put in or taken out.")


def _reason_required(err: e.ReasonRequired) -> str:
    return translate(
        "Messages", "Write a short reason for taking money out, for example “milk for the café”."
    )


def _cash_difference_too_large(err: e.CashDifferenceTooLarge) -> str:
    if err.needs == e.CashDifferenceTooLarge.LEADER:
        text = translate(
            "Messages", "The drawer is %1 off, more than %2. A shop leader must approve the count."
        )
    else:
        text = translate(
            "Messages", "The drawer is %1 off, more than %2. Write a short note on what may have happened."
        )
    difference = err.difference if isinstance(err.difference, int) else 0
    return fill(text, _money(abs(difference)), _money(err.maximum))


def _second_counter_required(err: e.SecondCounterRequired) -> str:
    if err.same_person is True:
        return translate(
            "Messages", "The second count must be confirmed by another person than the one who counted."
        )
    return translate("Messages", "This shop wants a second person to confirm the count. Ask a colleague.")


def _receipt_not_found(err: e.ReceiptNotFound) -> str:
    return fill(
        translate(
            "Messages",
            "There is no receipt number %1 at till %2. Check the number on the receipt, or scan the item.",
        ),
        err.receipt_no,
        err.register,
    )


def _not_returnable(err: e.NotReturnable) -> str:
    texts = {
        e.NotReturnable.IS_RETURN: translate(
            "Messages", "Receipt %1 is a return receipt. Find the receipt of the sale itself."
        ),
        e.NotReturnable.TRAINING: translate(
            "Messages", "Receipt %1 is from training mode, where no money was taken. Nothing can be returned."
        ),
        e.NotReturnable.NOTHING_CHOSEN: translate(
            "Messages", "Choose what the customer gives back: tick the lines first."
        ),
        e.NotReturnable.ALREADY_RETURNED: translate(
            "Messages", "Everything on receipt %1 has already been returned."
        ),
        e.NotReturnable.NOT_SOLD: translate(
            "Messages", "This item has not been sold, so it cannot be returned. Check the code."
        ),
    }
    text = texts.get(err.reason, texts[e.NotReturnable.NOT_SOLD])
    return fill(text, err.receipt_no)


def _return_too_many(err: e.ReturnTooMany) -> str:
    if err.returnable == 0:
        return fill(
            translate("Messages", "“%1” has already been returned. A line can be returned only once."),
            err.description,
        )
    return fill(
        translate("Messages", "Only %2 of “%1” can still be returned. Lower the number."),
        err.description,
        err.returnable,
    )


def _voucher_not_found(err: e.VoucherNotFound) -> str:
    return translate(
        "Messages", "This voucher is not known. Check the code on the voucher, or scan it again."
    )


def _voucher_expired(err: e.VoucherExpired) -> str:
    return fill(
        translate("Messages", "This voucher expired on %1 and can no longer be used. Ask the shop leader."),
        _day(err.expired_on),
    )


def _voucher_used_up(err: e.VoucherUsedUp) -> str:
    return translate("Messages", "This voucher has been used up: nothing is left on it.")


def _invalid_name(err: e.InvalidName) -> str:
    if not err.name.strip():
        return translate("Messages", "Type the person’s name first, for example Kari or Kari H.")
    return fill(
        translate(
            "Messages", "A name can be at most %1 letters, without special signs. Shorten it a little."
        ),
        err.maximum,
    )


def _name_taken(err: e.NameTaken) -> str:
    if err.active:
        text = translate(
            "Messages",
            "There is already someone called %1. Add an initial or a last name, "
            "so people can tell the two apart on the login screen.",
        )
    else:
        text = translate(
            "Messages",
            "%1 is already in the list, switched off. Switch them on again, "
            "or add an initial or a last name for someone new.",
        )
    return fill(text, err.name)


def _last_admin(err: e.LastAdmin) -> str:
    if err.change == "demote":
        text = translate(
            "Messages",
            "%1 is the only administrator, so the role stays. Make someone else administrator first.",
        )
    else:
        text = translate(
            "Messages",
            "%1 is the only administrator and cannot be switched off. Make someone else administrator first.",
        )
    return fill(text, err.name)


def _recovery_refused(err: e.RecoveryRefused) -> str:
    return fill(
        translate(
            "Messages",
            "Only an administrator’s PIN is replaced this way. "
            "A shop leader gives %1 a new PIN on the People screen.",
        ),
        err.name,
    )


def describe_tax_code(code: object, *, short: bool = False) -> str:
    """A SAF-T tax code in plain words, for a choice list: ``25 % (standard rate)``.

    ``short`` for a list's column: ``25 %``, ``0 % zero-rated``, ``Outside VAT``.
    """
    value = str(getattr(code, "value", code))
    if short:
        brief = {
            "3": "25 %",
            "31": "15 %",
            "33": "12 %",
            "5": translate("Messages", "0 % zero-rated"),
            "6": translate("Messages", "Outside VAT"),
        }
        return brief.get(value, value)
    names = {
        "3": translate("Messages", "25 % (standard rate)"),
        "31": translate("Messages", "15 % (food and drink to take away)"),
        "33": translate("Messages", "12 % (low rate, e.g. cinema and transport)"),
        "5": translate("Messages", "0 % – zero-rated (e.g. books)"),
        "6": translate("Messages", "Outside the VAT Act"),
    }
    return names.get(value, value)


def _invalid_catalogue_name(err: e.InvalidCatalogueName) -> str:
    if not str(err.name).strip():
        if err.what == "product":
            return translate("Messages", "Type the product’s name first, for example Kaffe or Vaffel.")
        return translate("Messages", "Type the category’s name first, for example Bøker or Klær dame.")
    return fill(
        translate(
            "Messages", "A name can be at most %1 letters, without special signs. Shorten it a little."
        ),
        err.maximum,
    )


def _catalogue_name_taken(err: e.CatalogueNameTaken) -> str:
    if err.what == "product":
        if err.active:
            text = translate("Messages", "There is already a product called %1. Choose another name.")
        else:
            text = translate(
                "Messages",
                "%1 is already in the list of products, retired. Bring it back, or choose another name.",
            )
    elif err.active:
        text = translate("Messages", "There is already a category called %1. Choose another name.")
    else:
        text = translate(
            "Messages",
            "%1 is already in the list of categories, retired. Bring it back, or choose another name.",
        )
    return fill(text, err.name)


def _invalid_tax_code(err: e.InvalidTaxCode) -> str:
    return translate(
        "Messages",
        "That is not a VAT treatment the till knows. Choose one of the five in the list "
        "(25 %, 15 %, 12 %, zero-rated or outside the VAT Act).",
    )


def _invalid_category_kind(err: e.InvalidCategoryKind) -> str:
    return translate("Messages", "A category is either shop goods or café. Choose one of the two.")


def _invalid_color(err: e.InvalidColor) -> str:
    return translate("Messages", "That colour cannot be used. Tap one of the colours shown.")


def _invalid_saft_group(err: e.InvalidSaftGroup) -> str:
    return fill(
        translate(
            "Messages",
            "“%1” is not a SAF-T article group. Use one from 04001 to 04021, or 04999 (other).",
        ),
        err.group,
    )


def _too_many_quick_prices(err: e.TooManyQuickPrices) -> str:
    return fill(
        translate(
            "Messages", "The price keypad has room for %1 quick prices, and you gave %2. Take some away."
        ),
        err.maximum,
        err.count,
    )


def _invalid_barcode(err: e.InvalidBarcode) -> str:
    if err.in_store is True:
        return translate(
            "Messages",
            "This is one of the shop’s own label codes, so the till would read it as an item. "
            "Use the barcode printed on the product, or leave it empty.",
        )
    return translate(
        "Messages",
        "A barcode has only digits and letters, with no spaces. Scan it again, or leave it empty.",
    )


def _barcode_taken(err: e.BarcodeTaken) -> str:
    return fill(
        translate("Messages", "The product %1 already has this barcode. Check the code, or change %1 first."),
        err.name,
    )


def _category_retired(err: e.CategoryRetired) -> str:
    return fill(
        translate(
            "Messages",
            "The category %1 is retired. Choose another category, or bring %1 back first.",
        ),
        err.name,
    )


def _category_has_products(err: e.CategoryHasProducts) -> str:
    if err.products == 1:
        text = translate(
            "Messages",
            "The category %1 still has a product on the till. "
            "Move it to another category or retire it first, on the Products screen.",
        )
    else:
        text = translate(
            "Messages",
            "The category %1 still has %2 products on the till. "
            "Move them to another category or retire them first, on the Products screen.",
        )
    return fill(text, err.name, err.products)


def _invalid_shop_detail(err: e.InvalidShopDetail) -> str:
    field, maximum = err.field, err.maximum
    F = e.InvalidShopDetail
    if field == F.NAME and not str(err.text).strip():
        return translate("Messages", "Type the shop’s name first. It is printed on every receipt.")
    if field in (F.RECEIPT_HEADER, F.RECEIPT_FOOTER):
        text = (
            translate(
                "Messages",
                "The text at the top of the receipt can have at most %1 lines of %2 letters. "
                "Shorten it a little.",
            )
            if field == F.RECEIPT_HEADER
            else translate(
                "Messages",
                "The text at the bottom of the receipt can have at most %1 lines of %2 letters. "
                "Shorten it a little.",
            )
        )
        return fill(text, err.minimum, maximum)
    if field == F.CASH_LIMIT:
        return fill(
            translate(
                "Messages",
                "The limit for a cash difference must be from %1 to %2. Type kroner, for example 50,00.",
            ),
            _money(err.minimum),
            _money(maximum),
        )
    texts = {
        F.NAME: translate("Messages", "The shop’s name can be at most %1 letters. Shorten it a little."),
        F.SHORT_NAME: translate(
            "Messages",
            "The short name can be at most %1 letters. It goes on labels and at the top of the till.",
        ),
        F.ORG_NUMBER: translate(
            "Messages", "This is not a valid organisation number. Type all 9 digits and check each one."
        ),
        F.ADDRESS: translate("Messages", "The address can be at most %1 letters. Shorten it a little."),
        F.POSTCODE: translate("Messages", "A postcode has 4 digits, for example 0155."),
        F.CITY: translate("Messages", "The place name can be at most %1 letters. Shorten it a little."),
        F.PHONE: translate(
            "Messages",
            "A phone number has only digits and spaces, and perhaps a + first, for example 22 33 44 55.",
        ),
        F.VOUCHER_DAYS: fill(
            translate(
                "Messages",
                "A voucher can be valid from %1 to %2 days. Type a whole number of days, for example 365.",
            ),
            err.minimum,
            maximum,
        ),
        F.SHOP_CODE: translate(
            "Messages",
            "A shop code has 2 to 20 letters (A–Z), digits and hyphens, for example OSLO-1. "
            "Check what the coordinator sent.",
        ),
    }
    text = texts.get(
        field,
        translate(
            "Messages", "Something in the shop’s details was not accepted. Check each field and try again."
        ),
    )
    return fill(text, maximum)


def _vat_change_while_day_open(err: e.VatChangeWhileDayOpen) -> str:
    return fill(
        translate(
            "Messages",
            "The day of %1 is open at till %2. Close the day with a Z report first, "
            "then change the VAT registration.",
        ),
        _day(err.business_date),
        err.register,
    )


def _invalid_register(err: e.InvalidRegister) -> str:
    if err.field == e.InvalidRegister.NAME:
        return fill(
            translate("Messages", "Type the till’s name, for example Kasse 2 (at most %1 letters)."),
            err.maximum,
        )
    return fill(
        translate(
            "Messages",
            "A till’s code has 1 to %1 letters (A–Z), digits and hyphens, for example K2. Check it.",
        ),
        err.maximum,
    )


def _register_taken(err: e.RegisterTaken) -> str:
    if err.field == e.InvalidRegister.NAME:
        text = translate("Messages", "There is already a till called %1. Choose another name.")
    else:
        text = translate(
            "Messages",
            "There is already a till with the code %1. Choose another code, for example the next number.",
        )
    return fill(text, err.text)


def _without_facts(err: e.BruktError) -> str:
    # Errors whose sentence needs none of their facts.
    texts = {
        "item_already_in_cart": translate(
            "Messages", "This item is already in the cart. Each item can be sold only once."
        ),
        "product_not_found": translate(
            "Messages",
            "This product is no longer in the shop’s list. Ask the shop leader to check the buttons.",
        ),
        "category_not_found": translate(
            "Messages",
            "This category is no longer in the shop’s list. Choose another one, or ask the shop leader.",
        ),
        "line_not_found": translate(
            "Messages", "That line is no longer in the cart. Look at the cart and try again."
        ),
        "line_not_changeable": translate(
            "Messages", "A donated item is one of a kind, so the number stays 1. Scan each item on its own."
        ),
        "empty_sale": translate("Messages", "The cart is empty. Scan an item or tap a product first."),
        "parked_sale_not_found": translate(
            "Messages",
            "This parked sale is no longer there; it may have been picked up. Look at the list again.",
        ),
        "unknown_user": translate(
            "Messages", "This person is no longer in the shop’s list. Choose your name again."
        ),
        "user_inactive": translate(
            "Messages", "This user has been switched off. Ask the shop leader for help."
        ),
        "sale_not_found": translate(
            "Messages", "That sale could not be found. Check the receipt number and try again."
        ),
    }
    return texts[err.code]


def _printer_error(err: e.BruktError) -> str:
    kinds = {
        "printer_offline": translate(
            "Messages",
            "The receipt printer does not answer. Check that it is on and plugged in, then try again.",
        ),
        "printer_not_found": translate(
            "Messages",
            "The receipt printer was not found. Check the cable and the printer settings, then try again.",
        ),
        "paper_out": translate(
            "Messages", "The receipt printer is out of paper. Put in a new roll, then try again."
        ),
        "printer_not_configured": translate(
            "Messages", "No receipt printer is set up yet. A shop leader can choose one in the settings."
        ),
    }
    return kinds.get(
        str(getattr(err, "kind", "")),
        translate(
            "Messages",
            "The receipt printer could not print. Check that it is on and has paper, then try again.",
        ),
    )


def _label_printer_error(err: e.BruktError) -> str:
    kinds = {
        "printer_offline": translate(
            "Messages", "The label printer does not answer. Check that it is on and plugged in."
        ),
        "printer_not_found": translate(
            "Messages",
            "The label printer was not found. A shop leader can check it in the label printer settings.",
        ),
        "paper_out": translate("Messages", "The label printer is out of labels. Put in a new roll."),
        "printer_not_configured": translate(
            "Messages", "No label printer is set up. A shop leader can choose one in the settings."
        ),
        "no_print_system": translate(
            "Messages",
            "This computer has no printing system (CUPS) to send labels through. "
            "Choose another connection, or ask for CUPS to be installed.",
        ),
    }
    return kinds.get(
        str(getattr(err, "kind", "")),
        translate("Messages", "The label printer could not print. Check that it is on and has labels."),
    )


_DESCRIBERS: dict[str, Callable[[Any], str]] = {
    "invalid_amount": _invalid_amount,
    "invalid_price": _invalid_price,
    "invalid_quantity": _invalid_quantity,
    "invalid_discount": _invalid_discount,
    "invalid_code": _invalid_code,
    "invalid_count": _invalid_count,
    "invalid_markdown_rule": _invalid_markdown_rule,
    "invalid_category_number": _invalid_category_number,
    "unknown_label_layout": _unknown_label_layout,
    "invalid_weight": _invalid_weight,
    "invalid_phone": _invalid_phone,
    "item_not_found": _item_not_found,
    "item_already_sold": _item_already_sold,
    "item_not_for_sale": _item_not_for_sale,
    "item_already_in_cart": _without_facts,
    "product_not_found": _without_facts,
    "category_not_found": _without_facts,
    "line_not_found": _without_facts,
    "line_not_changeable": _without_facts,
    "empty_sale": _without_facts,
    "sale_has_payments": _sale_has_payments,
    "parked_sale_not_found": _without_facts,
    "over_payment": _over_payment,
    "invalid_payment": _invalid_payment,
    "sale_not_paid": _sale_not_paid,
    "unknown_user": _without_facts,
    "user_inactive": _without_facts,
    "wrong_pin": _wrong_pin,
    "user_locked": _user_locked,
    "invalid_pin": _invalid_pin,
    "pin_not_set": _pin_not_set,
    "permission_denied": _permission_denied,
    "not_set_up": _not_set_up,
    "not_a_shop_database": _not_a_shop_database,
    "backup_before_upgrade_failed": _backup_before_upgrade_failed,
    "sale_not_found": _without_facts,
    "copy_already_printed": _copy_already_printed,
    "printer_error": _printer_error,
    "label_printer_error": _label_printer_error,
    "day_not_open": _day_not_open,
    "day_left_open": _day_left_open,
    "day_already_open": _day_already_open,
    "day_already_closed": _day_already_closed,
    "day_not_closed": _day_not_closed,
    "invalid_cash_movement": _invalid_cash_movement,
    "reason_required": _reason_required,
    "cash_difference_too_large": _cash_difference_too_large,
    "second_counter_required": _second_counter_required,
    "receipt_not_found": _receipt_not_found,
    "not_returnable": _not_returnable,
    "return_too_many": _return_too_many,
    "voucher_not_found": _voucher_not_found,
    "voucher_expired": _voucher_expired,
    "voucher_used_up": _voucher_used_up,
    "store_unavailable": store_unavailable,
    "invalid_name": _invalid_name,
    "name_taken": _name_taken,
    "last_admin": _last_admin,
    "recovery_refused": _recovery_refused,
    "invalid_catalogue_name": _invalid_catalogue_name,
    "catalogue_name_taken": _catalogue_name_taken,
    "invalid_tax_code": _invalid_tax_code,
    "invalid_category_kind": _invalid_category_kind,
    "invalid_color": _invalid_color,
    "invalid_saft_group": _invalid_saft_group,
    "too_many_quick_prices": _too_many_quick_prices,
    "invalid_barcode": _invalid_barcode,
    "barcode_taken": _barcode_taken,
    "category_retired": _category_retired,
    "category_has_products": _category_has_products,
    "invalid_shop_detail": _invalid_shop_detail,
    "vat_change_while_day_open": _vat_change_while_day_open,
    "invalid_register": _invalid_register,
    "register_taken": _register_taken,
}


def describe(error: e.BruktError) -> str:
    """One or two friendly, translated sentences for any error from the core."""
    describer = _DESCRIBERS.get(error.code)
    if describer is not None:
        try:
            return describer(error)
        except (AttributeError, TypeError, ValueError):
            # Facts of an unexpected shape must never crash the till.
            log.exception("could not describe %s", error)
    else:
        log.warning("no friendly text for %s", error)
    return translate("Messages", "Something went wrong. Try again, or ask the shop leader for help.")
