"""What the printer's DLE EOT answers mean, state by state (the bits of the ESC/POS reference)."""

from __future__ import annotations

import pytest

from bruktpos.devices.printer_status import PrinterStatus
from bruktpos.domain.errors import PrinterError

OK = 0x12  # fixed bits only: nothing to report


@pytest.mark.parametrize(
    ("answers", "states", "fault"),
    [
        ((OK, OK, OK), (), None),
        ((OK | 0x08, OK | 0x20, OK | 0x6C), ("paper_out",), PrinterError.PAPER_OUT),
        ((OK, OK, OK | 0x0C), ("paper_near_end",), None),
        ((OK | 0x08, OK | 0x04, OK), ("cover_open",), PrinterError.COVER_OPEN),
        ((OK | 0x08, OK, OK), ("offline",), PrinterError.NOT_READY),
        ((OK | 0x04, OK, OK), ("drawer_open",), None),
        ((OK | 0x08, OK | 0x40, OK, OK | 0x08), ("error",), PrinterError.NOT_READY),
        (
            (OK | 0x0C, OK | 0x04, OK | 0x0C),
            ("cover_open", "paper_near_end", "drawer_open"),
            PrinterError.COVER_OPEN,
        ),
    ],
    ids=["ready", "paper out", "nearly out", "cover open", "offline", "drawer open", "cutter", "several"],
)
def test_each_state(answers: tuple[int, ...], states: tuple[str, ...], fault: str | None) -> None:
    status = PrinterStatus.from_answers(*answers)
    assert status.states == states
    assert status.fault == fault
