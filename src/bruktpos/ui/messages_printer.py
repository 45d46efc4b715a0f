"""Sentences for the receipt printer, the cash drawer on it and the label printer.

Registered into :func:`bruktpos.ui.messages.describe`'s table; the texts are in
the ``"Messages"`` translation context like every error sentence. Each fault
the printer reports (``devices/printer_status.py``) has its own sentence that
says what to do; the drawer's all begin "The drawer did not open." and say
how to open it anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bruktpos.devices.printer_status import PrinterStatus
from bruktpos.domain import errors as e
from bruktpos.ui.message_text import fill, translate


def paper_near_end_warning() -> str:
    """The gentle word after a job that printed on a roll that is nearly empty."""
    return translate(
        "Messages", "The paper roll is nearly empty. Put in a new roll when there is a quiet moment."
    )


def printer_state_text(status: PrinterStatus | None) -> str:
    """What the receipt printer said when asked how it is, in plain words, one sentence per state."""
    if status is None:
        return translate(
            "Messages",
            "This connection cannot tell how the printer is. Print a sample to see that it works.",
        )
    sentences = {
        "paper_out": translate("Messages", "The paper is out. Put in a new roll."),
        "cover_open": translate("Messages", "The cover is open. Close it firmly."),
        "offline": translate(
            "Messages",
            "The printer says it is offline. Look for jammed paper, or switch it off and on.",
        ),
        "error": translate(
            "Messages",
            "The printer reports an error (its error light may be on). Switch it off and on; "
            "if that does not help, ask for help with the printer.",
        ),
        "paper_near_end": paper_near_end_warning(),
        "drawer_open": translate("Messages", "The cash drawer is open."),
    }
    said = [sentences[state] for state in status.states]
    if not status.fault:
        said.insert(0, translate("Messages", "The printer is ready."))
    return " ".join(said)


def _kind(err: e.BruktError) -> str:
    return str(getattr(err, "kind", ""))


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
        "cover_open": translate(
            "Messages",
            "The receipt printer’s cover is open, so it did not print in full. "
            "Close the cover firmly, throw away any half-printed slip, then try again.",
        ),
        "printer_not_ready": translate(
            "Messages",
            "The receipt printer says it is not ready (its error light may be on). Look for jammed paper, "
            "close the cover, or switch it off and on, then try again.",
        ),
        "printer_no_answer": translate(
            "Messages",
            "The receipt printer did not answer when the till asked if it was ready, so nothing was sent "
            "to it. Check that it is on and its light is steady, then try again.",
        ),
        "printer_not_reading": translate(
            "Messages",
            "The receipt printer stopped taking in what was sent, so it may not have printed in full. "
            "Switch it off and on (that clears what it holds), then try again.",
        ),
        "no_print_system": translate(
            "Messages",
            "This computer has no printing system (CUPS) to send the receipt through. "
            "A shop leader can choose another connection in the printer settings.",
        ),
    }
    return kinds.get(
        _kind(err),
        translate(
            "Messages",
            "The receipt printer could not print. Check that it is on and has paper, then try again.",
        ),
    )


def _drawer_error(err: e.BruktError) -> str:
    not_answering = translate(
        "Messages",
        "The receipt printer does not answer. Open the drawer with the key, or check that the printer "
        "is on and press “Open the drawer”.",
    )
    kinds = {
        "paper_out": translate(
            "Messages",
            "The receipt printer is out of paper, and it opens the drawer only when it is ready. "
            "Open the drawer with the key, or put in a new roll and press “Open the drawer”.",
        ),
        "cover_open": translate(
            "Messages",
            "The receipt printer’s cover is open. Open the drawer with the key, "
            "or close the cover and press “Open the drawer”.",
        ),
        "printer_not_ready": translate(
            "Messages",
            "The receipt printer says it is not ready. Open the drawer with the key, "
            "or sort out the printer and press “Open the drawer”.",
        ),
        "drawer_too_late": translate(
            "Messages",
            "The printer was busy for too long, so the drawer was not opened later by itself. "
            "Press “Open the drawer”, or open it with the key.",
        ),
        "printer_not_configured": translate(
            "Messages", "No receipt printer is set up, and the drawer opens through it. Open it with the key."
        ),
    }
    return fill(translate("Messages", "The drawer did not open. %1"), kinds.get(_kind(err), not_answering))


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
        "cover_open": translate(
            "Messages", "The label printer’s cover is open. Close it firmly, then print the labels again."
        ),
        "printer_not_ready": translate(
            "Messages",
            "The label printer says it is not ready. Look for a jammed label, or switch it off and on.",
        ),
        "printer_no_answer": translate(
            "Messages",
            "The label printer did not answer when asked if it was ready, so nothing was sent. "
            "Check that it is on, then print the labels again.",
        ),
        "printer_not_reading": translate(
            "Messages",
            "The label printer stopped taking in the labels. Switch it off and on, then print them again.",
        ),
    }
    return kinds.get(
        _kind(err),
        translate("Messages", "The label printer could not print. Check that it is on and has labels."),
    )


PRINTER_DESCRIBERS: dict[str, Callable[[Any], str]] = {
    "printer_error": _printer_error,
    "drawer_error": _drawer_error,
    "label_printer_error": _label_printer_error,
}
