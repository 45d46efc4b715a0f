"""Inventory search on the big shop (issue 4; target p99 under 50 ms)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from bruktpos.services.inventory import search_items
from bruktpos.store.schema import open_database


def bench_inventory_search(path: Path, rounds: int = 400) -> None:
    """A mix of what volunteers search for: a code, a word, a category, a week's intake."""
    rng = random.Random(7)
    with sqlite3.connect(path) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM items ORDER BY random() LIMIT 200")]
        categories = [r[0] for r in conn.execute("SELECT id FROM categories WHERE kind = 'goods'")]
        newest = date.fromisoformat(
            conn.execute("SELECT max(substr(intake_at, 1, 10)) FROM items").fetchone()[0]
        )
    words = ["bøker", "klær", "sko", "lampe", "møbler", "jakke", "ingenting-slikt"]
    db = open_database(path)
    queries = []
    for n in range(rounds):
        kind = n % 5
        if kind == 0:
            queries.append({"code": rng.choice(codes)})
        elif kind == 1:
            queries.append({"text": rng.choice(words)})
        elif kind == 2:
            queries.append({"category_id": rng.choice(categories), "status": "in-stock"})
        elif kind == 3:
            start = newest - timedelta(days=rng.randrange(7, 400))
            queries.append({"intake_from": start, "intake_to": start + timedelta(days=6)})
        else:
            queries.append(
                {"text": rng.choice(words), "category_id": rng.choice(categories), "status": "in-stock"}
            )
    for query in queries[:20]:
        search_items(db, **query)
    samples = []
    for query in queries:
        started = time.perf_counter_ns()
        search_items(db, **query)
        samples.append(time.perf_counter_ns() - started)
    db.dispose()
    q = statistics.quantiles(samples, n=100, method="inclusive")
    print(
        f"inventory search ({len(samples)} searches, 1M items): p50 {q[49] / 1e6:.1f} ms  "
        f"p99 {q[98] / 1e6:.1f} ms   (target p99 < 50 ms)"
    )
