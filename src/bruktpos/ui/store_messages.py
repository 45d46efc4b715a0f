"""What the person at the till is told when the database file refuses a write.

Each :class:`~bruktpos.domain.errors.StoreProblem` has its own sentence —
what happened and what to do — anywhere in the till (in
:mod:`bruktpos.ui.messages_store`, reached through ``messages.describe``) and,
more pressing, at the payment step, where the sale is plainly NOT saved and a
payment already taken must be dealt with (:func:`describe_unsaved_sale`). The
context is ``Messages``, like the other error sentences.
"""

from __future__ import annotations

from collections.abc import Iterable

from bruktpos.domain import errors as e
from bruktpos.ui.message_text import fill, translate
from bruktpos.ui.messages import describe


def describe_unsaved_sale(err: BaseException, methods: Iterable[str] = ()) -> str:
    """Why a paid sale was not saved, and what to do, at the payment step.

    ``methods`` are the payment methods already taken (``"card"``, ``"vipps"``,
    ``"cash"``, ``"voucher"``): a card or Vipps payment the customer has made
    must be dealt with if the sale cannot be saved.
    """
    if isinstance(err, e.StoreUnavailable):
        texts = {
            e.StoreProblem.FULL: translate(
                "Messages",
                "The sale is not saved: the disk is full. Do not give the customer the goods yet. "
                "Ask the shop leader to free some space, then tap Try again.",
            ),
            e.StoreProblem.LOCKED: translate(
                "Messages",
                "The sale is not saved: another program is using the database. Do not give the customer "
                "the goods yet. Wait a moment, then tap Try again.",
            ),
            e.StoreProblem.READ_ONLY: translate(
                "Messages",
                "The sale is not saved: the database file is read-only, so nothing can be written to it. "
                "Do not give the customer the goods yet. Ask the shop leader for help, then tap Try again.",
            ),
            e.StoreProblem.IO: translate(
                "Messages",
                "The sale is not saved: the disk could not be written to. Do not give the customer the goods "
                "yet. Check that the disk or memory stick is in place, then tap Try again.",
            ),
            e.StoreProblem.CORRUPT: translate(
                "Messages",
                "The sale is not saved: the database file is damaged. Do not give the customer the goods "
                "yet. Ask the shop leader for help; the shop's data can be brought back from a backup.",
            ),
            e.StoreProblem.CANNOT_OPEN: translate(
                "Messages",
                "The sale is not saved: the database file cannot be found or opened. Do not give "
                "the customer the goods yet. Check that the disk or memory stick is in place, "
                "then tap Try again.",
            ),
        }
        text = texts.get(err.problem, texts[e.StoreProblem.IO])
    elif isinstance(err, e.BruktError):
        text = fill(translate("Messages", "The sale is not saved. %1"), describe(err))
    else:
        text = translate(
            "Messages",
            "The sale is not saved: something went wrong. Do not give the customer the goods yet. "
            "Tap Try again, or ask the shop leader for help.",
        )
    taken = set(methods)
    if "card" in taken:
        text += " " + translate(
            "Messages",
            "The card payment is approved on the terminal: the customer has paid. Ask the customer to wait, "
            "and tap Try again when the fault is fixed. If the sale cannot be saved, refund the payment on "
            "the terminal, then tap Undo last payment.",
        )
    if "vipps" in taken:
        text += " " + translate(
            "Messages",
            "The Vipps payment is received: the customer has paid. Ask the customer to wait, and tap Try "
            "again when the fault is fixed. If the sale cannot be saved, pay the money back in Vipps, then "
            "tap Undo last payment.",
        )
    if "cash" in taken:
        text += " " + translate(
            "Messages",
            "Keep the customer's cash apart until the sale is saved. If it cannot be saved, give the cash "
            "back, then tap Undo last payment.",
        )
    return text
