"""Sentences for the scale (``ScaleError``), registered into :func:`bruktpos.ui.messages.describe`.

Each says what the scale is doing and what to do, and that typing the kilos
is always possible: a scale that fails never stops a donation.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bruktpos.domain import errors as e
from bruktpos.domain.formatting import format_number
from bruktpos.ui.message_text import fill, translate


def kilos_text(grams: int) -> str:
    """Grams as the scale shows kilos: ``2,345``."""
    return format_number(Decimal(grams).scaleb(-3), places=3)


def _scale_error(err: e.ScaleError) -> str:
    kinds = {
        e.ScaleError.NOT_CONFIGURED: translate(
            "Messages",
            "No scale is set up. Type the kilos, or ask the shop leader to choose the scale in the settings.",
        ),
        e.ScaleError.NOT_FOUND: translate(
            "Messages",
            "The scale was not found. Check that its cable is in and it is switched on, then tap Weigh "
            "again. You can also type the kilos.",
        ),
        e.ScaleError.NO_ANSWER: translate(
            "Messages",
            "The scale does not answer. Check that it is switched on, then tap Weigh again. "
            "You can also type the kilos.",
        ),
        e.ScaleError.GARBLED: translate(
            "Messages",
            "The scale answers in a way the till does not understand. Ask the shop leader to check the "
            "scale settings. You can type the kilos meanwhile.",
        ),
        e.ScaleError.UNSTABLE: translate(
            "Messages",
            "The weight did not settle. Let go of the bag and keep the scale still, then tap Weigh again.",
        ),
        e.ScaleError.OVERLOAD: translate(
            "Messages",
            "That is more than the scale can weigh. Weigh it in two parts, each on its own row.",
        ),
        e.ScaleError.NEGATIVE: translate(
            "Messages",
            "The scale shows less than zero. Take everything off, tap Zero the scale, then weigh again.",
        ),
        e.ScaleError.ZERO_ERROR: translate(
            "Messages",
            "The scale cannot be zeroed now. Take everything off it and wait until it is still, "
            "then tap Zero the scale.",
        ),
        e.ScaleError.NOT_KILOS: translate(
            "Messages",
            "The scale weighs in pounds. Ask the shop leader to set it to kilos. You can type the kilos "
            "meanwhile.",
        ),
        e.ScaleError.UNPLUGGED: translate(
            "Messages",
            "The scale was disconnected while it was weighing. Plug it in again, then tap Weigh again. "
            "You can also type the kilos.",
        ),
    }
    text = kinds.get(err.kind) or translate(
        "Messages", "The scale could not weigh. Type the kilos, or try again."
    )
    if err.grams is not None and err.kind in (e.ScaleError.OVERLOAD, e.ScaleError.NEGATIVE):
        text = fill(translate("Messages", "The scale shows %1 kg."), kilos_text(err.grams)) + " " + text
    return text


SCALE_DESCRIBERS: dict[str, Callable[[Any], str]] = {"scale_error": _scale_error}
