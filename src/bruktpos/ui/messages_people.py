"""Error sentences for people and PINs: logging in, names, the last administrator, PIN recovery.

Registered into :func:`bruktpos.ui.messages.describe`'s table; the texts are in
the ``"Messages"`` translation context like every error sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bruktpos.domain import errors as e
from bruktpos.ui.message_text import fill, format_time, translate


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


PEOPLE_DESCRIBERS: dict[str, Callable[[Any], str]] = {
    "wrong_pin": _wrong_pin,
    "user_locked": _user_locked,
    "invalid_pin": _invalid_pin,
    "pin_not_set": _pin_not_set,
    "invalid_name": _invalid_name,
    "name_taken": _name_taken,
    "last_admin": _last_admin,
    "recovery_refused": _recovery_refused,
}
