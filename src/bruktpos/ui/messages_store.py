"""What the person at the till is told when the database file refuses a write, anywhere but the sale.

Each :class:`~bruktpos.domain.errors.StoreProblem` has its own sentence, what
happened and what to do. Registered into :func:`bruktpos.ui.messages.describe`'s
table; the payment step's own sentences (the sale is NOT saved) are in
:mod:`bruktpos.ui.store_messages`. The context is ``Messages``, like the other
error sentences.
"""

from __future__ import annotations

from bruktpos.domain import errors as e
from bruktpos.ui.message_text import translate


def store_unavailable(err: e.StoreUnavailable) -> str:
    """Anywhere but the sale: nothing of what was asked was saved, why, and what to do."""
    texts = {
        e.StoreProblem.FULL: translate(
            "Messages",
            "Nothing was saved: the disk is full. Ask the shop leader to free some space, then try again.",
        ),
        e.StoreProblem.LOCKED: translate(
            "Messages",
            "Nothing was saved: another program is using the database. Wait a moment, then try again.",
        ),
        e.StoreProblem.READ_ONLY: translate(
            "Messages",
            "Nothing was saved: the database file is read-only, so nothing can be written to it. "
            "Ask the shop leader for help.",
        ),
        e.StoreProblem.IO: translate(
            "Messages",
            "Nothing was saved: the disk could not be read or written. Check that the disk or memory stick "
            "is in place, then try again. If it happens again, ask the shop leader for help.",
        ),
        e.StoreProblem.CORRUPT: translate(
            "Messages",
            "Nothing was saved: the database file is damaged. Ask the shop leader for help; "
            "the shop's data can be brought back from a backup.",
        ),
        e.StoreProblem.CANNOT_OPEN: translate(
            "Messages",
            "Nothing was saved: the database file cannot be found or opened. Check that the disk or "
            "memory stick is in place, then try again.",
        ),
    }
    return texts.get(err.problem, texts[e.StoreProblem.IO])
