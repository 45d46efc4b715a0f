"""The time, as the core sees it (a function, so tests and demo data can set it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def local_now() -> datetime:
    """Now, in this machine's time zone (Norwegian time at a Norwegian till)."""
    return datetime.now().astimezone()
