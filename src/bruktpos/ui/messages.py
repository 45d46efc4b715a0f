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
from collections.abc import Callable
from typing import Any

from bruktpos.domain import errors as e
from bruktpos.domain.cashcount import DENOMINATIONS
from bruktpos.domain.formatting import format_money
from bruktpos.domain.roles import Action, Role, may
from bruktpos.domain.vat import TaxCode
from bruktpos.ui.message_text import fill, format_date, format_datetime, format_time, money, translate
from bruktpos.ui.messages_approvals import APPROVAL_DESCRIBERS
from bruktpos.ui.messages_catalogue import CATALOGUE_DESCRIBERS
from bruktpos.ui.messages_day import DAY_DESCRIBERS
from bruktpos.ui.messages_people import PEOPLE_DESCRIBERS
from bruktpos.ui.messages_printer import PRINTER_DESCRIBERS
from bruktpos.ui.messages_scale import SCALE_DESCRIBERS
from bruktpos.ui.messages_store import store_unavailable

__all__ = [
    "describe",
    "describe_permission",
    "describe_role",
    "describe_tax_code",
    "explain_tax_codes",
    "fill",
    "tax_code_choice_note",
]
__all__ += ["format_date", "format_datetime", "format_time"]

log = logging.getLogger(__name__)


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
        "correct_count": translate(
            "Messages", "counting the drawer again after the expected amount was shown"
        ),
        "take_off_shelf": translate("Messages", "taking items off the shelf before they are due"),
        "receive_goods": translate("Messages", "counting in delivered goods"),
        "correct_donation": translate("Messages", "correcting a registered donation"),
        "view_reports": translate("Messages", "looking at the shop's reports"),
        "export_saft": translate("Messages", "exporting the SAF-T file for the tax office"),
        "view_journal": translate("Messages", "printing or saving the electronic journal"),
        "discount": translate("Messages", "a discount beyond the shop's limit"),
        "cash_difference": translate("Messages", "a difference in the drawer"),
        "quit_till": translate("Messages", "closing BruktPOS"),
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
            money(err.price),
            money(err.maximum),
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
        money(err.line_total),
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
        money(err.paid),
    )


def _over_payment(err: e.OverPayment) -> str:
    if err.method == "change":
        return fill(
            translate(
                "Messages",
                "The cart would then cost less than is already paid (%1). Take the payment back first, "
                "then change the cart.",
            ),
            money(err.amount),
        )
    if err.method == "voucher":
        if not isinstance(err.remaining, int) or err.remaining <= 0:
            return translate("Messages", "Nothing more can be paid with this voucher.")
        return fill(
            translate(
                "Messages", "%1 is more than the voucher holds or is left to pay (%2). Type %2 or less."
            ),
            money(err.amount),
            money(err.remaining),
        )
    if not isinstance(err.remaining, int) or err.remaining <= 0:
        return translate("Messages", "Nothing is left to pay. Finish the sale.")
    return fill(
        translate("Messages", "%1 is more than what is left to pay (%2). Type %2 or less."),
        money(err.amount),
        money(err.remaining),
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
        money(err.remaining),
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


def _signing_key_unusable(err: e.SigningKeyUnusable) -> str:
    """After "The sale is not saved.": what is wrong with the till's key, and who puts it right."""
    if err.problem == e.SigningKeyUnusable.WRONG:
        text = translate(
            "Messages",
            "The till's signing key file %1 belongs to another till, so no sale can be signed. "
            "Do not give the customer the goods yet. Ask the shop leader to put back this till's key "
            "folder from the backup.",
        )
    else:
        text = translate(
            "Messages",
            "The till's signing key file %1 is missing or cannot be read, so no sale can be signed. "
            "Do not give the customer the goods yet. Ask the shop leader to put the key folder back "
            "from the backup.",
        )
    return fill(text, err.path)


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


def _invalid_export_period(err: e.InvalidExportPeriod) -> str:
    return fill(
        translate("Messages", "The last day (%1) is before the first (%2). Choose the dates again."),
        format_date(err.end),
        format_date(err.start),
    )


def _export_not_written(err: e.ExportNotWritten) -> str:
    return fill(
        translate(
            "Messages",
            "The file %1 could not be saved (%2), and nothing was saved. "
            "Choose another folder or a USB stick with room, and try again.",
        ),
        err.path,
        err.reason,
    )


def _journal_too_long_to_print(err: e.JournalTooLongToPrint) -> str:
    return fill(
        translate(
            "Messages",
            "These days have %1 journal entries, more than the receipt printer takes (%2). "
            "Save the journal as a PDF instead, or choose fewer days.",
        ),
        err.entries,
        err.limit,
    )


def _unknown_journal_format(err: e.UnknownJournalFormat) -> str:
    return fill(
        translate("Messages", "%1 is neither a PDF nor a CSV file. Give the name an ending of .pdf or .csv."),
        err.name,
    )


def _register_not_found(err: e.RegisterNotFound) -> str:
    return fill(translate("Messages", "The shop has no register %1. Choose one from the list."), err.register)


def describe_tax_code(code: object, *, short: bool = False) -> str:
    """A SAF-T tax code in plain words, for a choice list: ``25 % – most goods``.

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
        "3": translate("Messages", "25 % – most goods"),
        "31": translate("Messages", "15 % – food and drink to take away"),
        "33": translate("Messages", "12 % – e.g. cinema tickets and transport"),
        "5": translate("Messages", "0 % zero-rated – e.g. books and newspapers"),
        "6": translate("Messages", "Outside the VAT Act – e.g. lottery tickets"),
    }
    return names.get(value, value)


def tax_code_choice_note() -> str:
    """Who decides which sales carry no VAT: said under every choice of a tax code."""
    return translate("Messages", "The shop decides together with its accountant which sales are exempt.")


def explain_tax_codes() -> str:
    """The five VAT choices a category can have, one a line, in plain words, and who decides."""
    lines = [translate("Messages", "Each category has one of these VAT choices:")]
    lines += [f"• {describe_tax_code(code)}" for code in TaxCode]
    return "\n".join([*lines, tax_code_choice_note()])


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
        "donation_not_found": translate(
            "Messages", "This donation is not in the shop’s list. Look at the list of donations again."
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
    "donation_not_found": _without_facts,
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
    "permission_denied": _permission_denied,
    "not_set_up": _not_set_up,
    "not_a_shop_database": _not_a_shop_database,
    "backup_before_upgrade_failed": _backup_before_upgrade_failed,
    "signing_key_unusable": _signing_key_unusable,
    "sale_not_found": _without_facts,
    "copy_already_printed": _copy_already_printed,
    "store_unavailable": store_unavailable,
    "invalid_export_period": _invalid_export_period,
    "export_not_written": _export_not_written,
    "journal_too_long_to_print": _journal_too_long_to_print,
    "unknown_journal_format": _unknown_journal_format,
    "register_not_found": _register_not_found,
    **PEOPLE_DESCRIBERS,
    **DAY_DESCRIBERS,
    **CATALOGUE_DESCRIBERS,
    **PRINTER_DESCRIBERS,
    **SCALE_DESCRIBERS,
    **APPROVAL_DESCRIBERS,
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
