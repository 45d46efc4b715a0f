"""Benchmark: 1,000 price labels onto A4 sticker sheets as PDF (target under 2 s).

Run alone with ``python -m tests.bench.labels``.
"""

from __future__ import annotations

import io
import time
from datetime import date

from bruktpos.devices.labels import LabelData, label_sheet_pdf, mark_for
from bruktpos.domain.codes import make_item_code

LABELS = 1000
LAYOUT = "a4-3x8"
TARGET_S = 2.0
TEXTS = ("Klær dame", "Bøker – pocket", "Kjøkkenutstyr og glass", "Leker", "Sko herre str. 43")


def _labels() -> list[LabelData]:
    mark = mark_for(date(2026, 11, 12))
    return [
        LabelData(
            code=make_item_code(7, serial),
            price=(20 + serial % 40 * 5) * 100,
            text=TEXTS[serial % len(TEXTS)],
            shop="RK Moss",
            intake_mark=mark,
        )
        for serial in range(1, LABELS + 1)
    ]


def bench_labels_pdf() -> None:
    """Print how long 1,000 labels take to lay out and write as a PDF (first run and best of 3)."""
    labels = _labels()
    times: list[float] = []
    pages = size = 0
    for _ in range(3):
        out = io.BytesIO()
        started = time.perf_counter()
        pages = label_sheet_pdf(labels, LAYOUT, out)
        times.append(time.perf_counter() - started)
        size = len(out.getvalue())
    verdict = "ok" if times[0] < TARGET_S else "OVER TARGET"
    print(
        f"labels to PDF ({LAYOUT}): {LABELS} labels, {pages} pages, {size / 1024:.0f} KiB in "
        f"{times[0]:.2f} s first, {min(times):.2f} s best of 3 (target < {TARGET_S:.0f} s: {verdict})"
    )


if __name__ == "__main__":
    bench_labels_pdf()
