"""The leaders' period reports on the big shop (issue 5 item 6; aim: a month under 500 ms).

A report reads the period's sales, lines and payments from the
``business_date`` index, donations from ``received_at``, and counts intake
per category from the items' covering indexes; this prints how long that
takes for a day, a week and a month picked at random from the history, and
for saving a month as PDF.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Role
from bruktpos.services.analytics import Period, build_period_report, query_plans
from bruktpos.services.analytics_export import write_report_pdf_file
from bruktpos.services.clock import local_now
from bruktpos.store.db import connect

# The reports are a leader's: the figures are read as one (only the role is checked).
BENCH_LEADER = Operator(0, "Bench", Role.LEADER)


def _ms(ns: float) -> str:
    return f"{ns / 1e6:7.1f} ms"


def bench_analytics(path: Path, rounds: int = 60) -> None:
    """p50/p99 of day, week and month reports; the first (cold) month apart."""
    rng = random.Random(11)
    db = connect(path)  # reads only: no upgrade, no writes
    with db.read() as session:
        first, last = (
            date.fromisoformat(value)
            for value in session.connection()
            .exec_driver_sql("SELECT min(business_date), max(business_date) FROM sales")
            .one()
        )
    span = (last - first).days
    now = local_now()

    def some_day() -> date:
        return first + timedelta(days=rng.randrange(span + 1))

    scans = [
        f"{name}: {step}"
        for name, steps in query_plans(db, Period.month(last)).items()
        for step in steps
        if step.startswith("SCAN") and name != "categories"
    ]
    print("period report, query plans:", scans or "every query starts from an index")
    started = time.perf_counter_ns()
    build_period_report(db, Period.month(last), now=now, operator=BENCH_LEADER)
    cold = time.perf_counter_ns() - started
    print(f"period report, first month read (cold cache): {_ms(cold)}")
    for kind in (Period.DAY, Period.WEEK, Period.MONTH):
        periods = [Period.containing(kind, some_day()) for _ in range(rounds)]
        for period in periods[:5]:
            build_period_report(db, period, now=now, operator=BENCH_LEADER)
        samples = []
        for period in periods:
            t0 = time.perf_counter_ns()
            report = build_period_report(db, period, now=now, operator=BENCH_LEADER)
            samples.append(time.perf_counter_ns() - t0)
        q = statistics.quantiles(samples, n=100, method="inclusive")
        target = "   (aim: under 500 ms)" if kind == Period.MONTH else ""
        print(
            f"period report, {kind:5} ({len(samples)} at random, e.g. {report.receipts} receipts): "
            f"p50 {_ms(q[49])}  p99 {_ms(q[98])}{target}"
        )
    month = build_period_report(db, Period.month(last), now=now, operator=BENCH_LEADER)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter_ns()
        write_report_pdf_file(month, "Bench", Path(tmp) / "month.pdf")
        print(f"period report, a month saved as PDF with charts: {_ms(time.perf_counter_ns() - t0)}")
    db.dispose()
