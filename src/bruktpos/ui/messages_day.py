"""Error sentences for the day and the cash (open, close, count, movements), returns and vouchers.

Registered into :func:`bruktpos.ui.messages.describe`'s table; the texts are in
the ``"Messages"`` translation context like every error sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bruktpos.domain import errors as e
from bruktpos.ui.message_text import day, fill, format_datetime, money, translate


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
        day(err.business_date),
    )


def _day_already_open(err: e.DayAlreadyOpen) -> str:
    return fill(
        translate("Messages", "The day of %1 is already open at this till. You can start selling."),
        day(err.business_date),
    )


def _day_already_closed(err: e.DayAlreadyClosed) -> str:
    return fill(
        translate("Messages", "The day of %1 was already closed with a Z report. It cannot be opened again."),
        day(err.business_date),
    )


def _day_not_closed(err: e.DayNotClosed) -> str:
    return fill(
        translate(
            "Messages",
            "There is no Z report for %1 at till %2. Close the day first, or choose another date.",
        ),
        day(err.business_date),
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
    return fill(text, money(abs(difference)), money(err.maximum))


def _second_counter_required(err: e.SecondCounterRequired) -> str:
    if err.same_person is True:
        return translate(
            "Messages", "The second count must be confirmed by another person than the one who counted."
        )
    return translate("Messages", "This shop wants a second person to confirm the count. Ask a colleague.")


def _not_whole_kroner(err: e.NotWholeKroner) -> str:
    return fill(
        translate(
            "Messages",
            "Cash in the drawer is whole kroner, as there are no øre coins: %1 cannot be counted out. "
            "Type the amount without øre.",
        ),
        money(err.amount),
    )


def _recount_needs_approval(err: e.RecountNeedsApproval) -> str:
    if err.needs == e.RecountNeedsApproval.NOTE:
        text = translate(
            "Messages",
            "The first count was %1 and this one is %2. Write a short note on why the count changed.",
        )
    else:
        text = translate(
            "Messages",
            "The first count was %1 and this one is %2. Counting again after the till showed what it "
            "expected needs a shop leader's approval.",
        )
    return fill(text, money(err.first), money(err.counted))


def _count_not_recorded(err: e.CountNotRecorded) -> str:
    return translate(
        "Messages",
        "The count for the Z is not the count the till stored. Go back to the count and tap Next again.",
    )


def _parked_sale_has_payments(err: e.ParkedSaleHasPayments) -> str:
    when = format_datetime(err.parked_at)
    what_to_do = translate(
        "Messages",
        "The day cannot be closed while money taken is not on a sale. Resume it under Parked sales "
        "and finish it, or undo its payments (give the money back) and cancel it. Then close the day.",
    )
    if err.count > 1:
        first = fill(
            translate(
                "Messages",
                "%1 parked sales have payments on them: the first was parked by %2 at %3 with %4 paid.",
            ),
            err.count,
            err.parked_by,
            when,
            money(err.paid),
        )
    else:
        first = fill(
            translate("Messages", "A sale parked by %1 at %2 has %3 paid on it."),
            err.parked_by,
            when,
            money(err.paid),
        )
    return f"{first} {what_to_do}"


def _float_note_required(err: e.FloatNoteRequired) -> str:
    return fill(
        translate(
            "Messages",
            "The last close left %1 in the drawer, and you counted %2. Write a short note on why they "
            "differ, then open the day.",
        ),
        money(err.last_close),
        money(err.counted),
    )


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
        day(err.expired_on),
    )


def _voucher_used_up(err: e.VoucherUsedUp) -> str:
    return translate("Messages", "This voucher has been used up: nothing is left on it.")


DAY_DESCRIBERS: dict[str, Callable[[Any], str]] = {
    "day_not_open": _day_not_open,
    "day_left_open": _day_left_open,
    "day_already_open": _day_already_open,
    "day_already_closed": _day_already_closed,
    "day_not_closed": _day_not_closed,
    "invalid_cash_movement": _invalid_cash_movement,
    "reason_required": _reason_required,
    "cash_difference_too_large": _cash_difference_too_large,
    "second_counter_required": _second_counter_required,
    "not_whole_kroner": _not_whole_kroner,
    "recount_needs_approval": _recount_needs_approval,
    "count_not_recorded": _count_not_recorded,
    "float_note_required": _float_note_required,
    "parked_sale_has_payments": _parked_sale_has_payments,
    "receipt_not_found": _receipt_not_found,
    "not_returnable": _not_returnable,
    "return_too_many": _return_too_many,
    "voucher_not_found": _voucher_not_found,
    "voucher_expired": _voucher_expired,
    "voucher_used_up": _voucher_used_up,
}
