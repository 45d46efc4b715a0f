"""Error sentences for approvals: a leader needed, the wrong person's PIN, a reason missing.

Registered into :func:`bruktpos.ui.messages.describe`'s table; the texts are in
the ``"Messages"`` translation context like every error sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bruktpos.domain import errors as e
from bruktpos.domain.formatting import format_money
from bruktpos.ui.message_text import fill, translate


def names_or(names: Sequence[str]) -> str:
    """ "Kari", "Kari or Per", "Astrid, Kari or Per"."""
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return fill(translate("Messages", "%1 or %2"), ", ".join(names[:-1]), names[-1])


def _approval_needed(err: e.ApprovalNeeded) -> str:
    if err.action == "price_override":
        what = translate("Messages", "This new price takes more off than the shop lets you give alone.")
    else:
        what = translate("Messages", "This discount is more than the shop lets you give alone.")
    if err.second_person:
        then = translate(
            "Messages", "The shop wants someone else to approve it, with their PIN and a reason."
        )
    else:
        then = translate("Messages", "A shop leader approves it with their PIN and a reason.")
    return f"{what} {then}"


def _approval_refused(err: e.ApprovalRefused) -> str:
    if not err.approvers:
        return translate("Messages", "Nobody here may approve this yet. Ask the administrator for help.")
    if err.own:
        return fill(
            translate("Messages", "You asked for this, so someone else must approve it: %1."),
            names_or(err.approvers),
        )
    return fill(
        translate("Messages", "%1 may not approve this. %2 can: tap that name, then type the PIN."),
        err.approver,
        names_or(err.approvers),
    )


def _invalid_discount_limit(err: e.InvalidDiscountLimit) -> str:
    if err.field == "percent":
        return translate(
            "Messages", "The limit in per cent is a whole number from 0 to 100. Nothing was changed."
        )
    return fill(
        translate("Messages", "The limit in kroner is an amount from 0 to %1. Nothing was changed."),
        format_money(err.maximum),
    )


def _reason_needed(err: e.ReasonNeeded) -> str:
    return translate("Messages", "Choose a reason or write a few words first, then approve.")


APPROVAL_DESCRIBERS: dict[str, Callable[[Any], str]] = {
    "approval_needed": _approval_needed,
    "approval_refused": _approval_refused,
    "reason_needed": _reason_needed,
    "invalid_discount_limit": _invalid_discount_limit,
}
