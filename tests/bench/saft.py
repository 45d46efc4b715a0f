"""The SAF-T export of a year of a busy shop (issue 14; target: seconds, bounded memory).

The year ending on the shop's last business day is exported through
:class:`SaftService` (the same call as ``bruktpos saft`` and the leaders'
menu), beside a baseline measured in the same run on the same file: the same
rows (receipts, their lines and payments, the journal of the year) read with
plain ``sqlite3`` and written as one element per row with a leaf per column
through the same ``etree.xmlfile``. The ratio says what the mapping costs
over reading and writing alone. The export is then run once more under
``tracemalloc`` for its peak of Python memory, beside the peak of a month's
export: bounded means the year's peak is about the month's.

Run alone: ``python -m tests.bench.saft [--db PATH]`` (default: a year of a
busy demo shop, ~150 sales a day, built into a temporary folder).
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

from lxml import etree

from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Role
from bruktpos.services.demo import build_demo
from bruktpos.services.saft import SaftExport, SaftService
from bruktpos.store.schema import open_database

ADMIN = Operator(1, "bench", Role.ADMIN)
_ROWS = (
    ("sale", "SELECT * FROM sales WHERE business_date BETWEEN ? AND ?"),
    (
        "line",
        "SELECT l.* FROM sales s JOIN sale_lines l ON l.sale_id = s.id WHERE s.business_date BETWEEN ? AND ?",
    ),
    (
        "payment",
        "SELECT p.* FROM sales s JOIN payments p ON p.sale_id = s.id WHERE s.business_date BETWEEN ? AND ?",
    ),
    ("event", "SELECT * FROM journal WHERE at >= ? AND at < ?"),
)


def _export(path: Path, folder: Path, start: date, end: date) -> SaftExport:
    db = open_database(path)
    try:
        return SaftService(db).export(start, end, folder, by=ADMIN)
    finally:
        db.dispose()


def _baseline(path: Path, out: Path, start: date, end: date) -> int:
    """The same rows, read plainly and written as plainly; returns how many rows."""
    rows = 0
    with sqlite3.connect(path) as conn, etree.xmlfile(str(out), encoding="UTF-8") as xf, xf.element("rows"):
        for name, sql in _ROWS:
            last = (end + timedelta(days=1)) if name == "event" else end
            cursor = conn.execute(sql, (start.isoformat(), last.isoformat()))
            columns = [c[0] for c in cursor.description]
            while batch := cursor.fetchmany(500):
                for row in batch:
                    with xf.element(name):
                        for column, value in zip(columns, row, strict=True):
                            with xf.element(column):
                                xf.write("" if value is None else str(value))
                rows += len(batch)
    return rows


def bench_saft(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        (last,) = conn.execute("SELECT max(business_date) FROM sales").fetchone()
    end = date.fromisoformat(last)
    start = end - timedelta(days=364)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        done = _export(path, folder, start, end)
        export_s = time.perf_counter() - t0
        size = done.path.stat().st_size
        t0 = time.perf_counter()
        rows = _baseline(path, folder / "baseline.xml", start, end)
        baseline_s = time.perf_counter() - t0
        print(
            f"saft export, a year ({start} to {end}): {done.transactions:,} receipts, "
            f"{done.events:,} events, {size / 1e6:.0f} MB in {export_s:.2f} s"
        )
        print(f"saft baseline, the same {rows:,} rows read and written plainly: {baseline_s:.2f} s")
        print(f"  ratio export/baseline: {export_s / baseline_s:.2f}×   (target: a year in seconds)")
        peaks = {}
        for name, first in (("month", end.replace(day=1)), ("year", start)):
            sub = folder / name
            sub.mkdir()
            tracemalloc.start()
            try:
                _export(path, sub, first, end)
                peaks[name] = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
        print(
            f"saft export, peak Python memory: a month {peaks['month'] / 1e6:.1f} MB, "
            f"a year {peaks['year'] / 1e6:.1f} MB   (bounded: the year's ≈ the month's)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.saft")
    parser.add_argument("--db", type=Path, help="a shop with at least a year of history (read only)")
    args = parser.parse_args()
    if args.db is not None:
        bench_saft(args.db)
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "year.sqlite3"
        t0 = time.perf_counter()
        build_demo(path, days=365, end=date(2026, 10, 31), sales_per_day=150, stock=100)
        print(f"saft: a busy year of demo data built in {time.perf_counter() - t0:.0f} s")
        bench_saft(path)


if __name__ == "__main__":
    main()
