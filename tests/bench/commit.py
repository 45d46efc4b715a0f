"""The whole sale commit beside raw ``sqlite3`` on a fresh file (issue 18; target ≤ 3× at p50 and p99).

The service side is the till's sale: three scanned items paid in cash, through
:meth:`CheckoutService.complete` — the receipt number, the SAF-T signature, the
sale, its lines and payment, the items marked sold, the journal entry, one
transaction, one fsync.

The anchor is what SQLite itself costs for a sale of that shape: plain
``sqlite3`` writing a sale, three lines, a payment and a journal row in one
transaction into a *fresh* file beside the shop's (same disk), with the same
tables but nothing else — no other rows, no indexes beyond the primary keys —
in WAL mode with ``synchronous = FULL``. (The project's first commit benchmark
wrote its raw rows into the same million-item file: its baseline paid the same
index updates and checkpoints, and hid them.)

Both run interleaved, sale for sale, so they meet the disk in the same state.
Then each writes a few sales more with no checkpoint between them, and the
growth of its WAL file says how many pages one sale writes.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bruktpos.domain.cart import PaymentMethod
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.users import Operator, UserService
from bruktpos.store.journal import canonical_json
from bruktpos.store.schema import open_database

TABLES = ("sales", "sale_lines", "payments", "journal")
PAGE_ROUNDS = 20  # sales written for the page count (under SQLite's 1,000-page autocheckpoint)


def _ms(ns: float) -> str:
    return f"{ns / 1e6:7.3f} ms"


def _percentiles(samples: list[int]) -> tuple[float, float]:
    q = statistics.quantiles(samples, n=100, method="inclusive")
    return q[49], q[98]


def _wal_frames(path: Path, page_size: int) -> int:
    wal = path.with_name(path.name + "-wal")
    size = wal.stat().st_size if wal.exists() else 0
    return max(0, (size - 32) // (24 + page_size))


class Anchor:
    """Raw sqlite3: one sale's rows into a fresh file with the shop's four tables and nothing else."""

    def __init__(self, shop: Path, folder: Path) -> None:
        self.path = folder / "anchor.sqlite3"
        with sqlite3.connect(shop) as source:
            schemas = [
                source.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (t,)
                ).fetchone()[0]
                for t in TABLES
            ]
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        for sql in schemas:
            self.conn.execute(sql)
        self.page_size = self.conn.execute("PRAGMA page_size").fetchone()[0]
        self.receipt_no = 0

    def sale(self, sale: dict[str, Any], lines: list[tuple[Any, ...]], payment: tuple[Any, ...]) -> int:
        self.receipt_no += 1
        row = {**sale, "receipt_no": self.receipt_no}
        t0 = time.perf_counter_ns()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        sale_id = conn.execute(
            f"INSERT INTO sales ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        ).lastrowid
        conn.executemany(
            "INSERT INTO sale_lines (sale_id, line_no, kind, item_id, product_id, category_id, description,"
            " quantity, unit_price, discount, total, vat_rate, vat_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(sale_id, *line) for line in lines],
        )
        conn.execute(
            "INSERT INTO payments (sale_id, method, amount, tendered, change) VALUES (?,?,?,?,?)",
            (sale_id, *payment),
        )
        conn.execute(
            "INSERT INTO journal (at, event, saft_code, user_id, register_id, sale_id, details, hash)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                row["created_at"],
                "sale",
                "13012",
                row["operator_id"],
                row["register_id"],
                sale_id,
                canonical_json({"receipt_no": row["receipt_no"], "total": row["total"], "digest": "0" * 64}),
                "0" * 64,
            ),
        )
        conn.execute("COMMIT")
        return time.perf_counter_ns() - t0

    def close(self) -> None:
        self.conn.close()


def bench_commit(path: Path, rounds: int = 400, label: str = "") -> dict[str, float]:
    """Service and anchor commits alternating on ``path`` (a throwaway copy of a shop).

    Prints the figures and returns them.
    """
    os.sync()  # the copy made for this run is on disk before anything is timed
    db = open_database(path)
    checkout = CheckoutService(db)
    cashier = next(u for u in UserService(db).list_users() if u.role == "cashier")
    operator = Operator(cashier.id, cashier.name, cashier.role)
    with sqlite3.connect(path) as conn:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT code FROM items WHERE status = 'in_stock' ORDER BY random() LIMIT ?",
                (3 * (rounds + PAGE_ROUNDS + 10),),
            )
        ]
        sale_columns = [d[0] for d in conn.execute("SELECT * FROM sales LIMIT 0").description]
    codes_left = iter(codes)
    last: list[tuple[dict[str, Any], list[tuple[Any, ...]], tuple[Any, ...]]] = []

    def service_sale() -> int:
        cart = checkout.new_cart()
        for _ in range(3):
            checkout.scan(cart, next(codes_left))
        checkout.pay(cart, PaymentMethod.CASH, tendered=cart.total + 5000 - cart.total % 5000)
        t0 = time.perf_counter_ns()
        done = checkout.complete(cart, operator=operator)
        elapsed = time.perf_counter_ns() - t0
        # The anchor writes the same values (its own receipt numbers).
        with db.read() as session:
            c = session.connection()
            sale = dict(
                zip(
                    sale_columns,
                    c.exec_driver_sql("SELECT * FROM sales WHERE id = ?", (done.sale_id,)).one(),
                    strict=True,
                )
            )
            sale.pop("id")
            lines = [
                tuple(r)
                for r in c.exec_driver_sql(
                    "SELECT line_no, kind, item_id, product_id, category_id, description, quantity,"
                    " unit_price, discount, total, vat_rate, vat_code FROM sale_lines"
                    " WHERE sale_id = ? ORDER BY line_no",
                    (done.sale_id,),
                )
            ]
            payment = tuple(
                c.exec_driver_sql(
                    "SELECT method, amount, tendered, change FROM payments WHERE sale_id = ?", (done.sale_id,)
                ).one()
            )
        last[:] = [(sale, lines, payment)]
        return elapsed

    with tempfile.TemporaryDirectory(dir=path.parent) as folder:
        anchor = Anchor(path, Path(folder))
        for _ in range(5):  # warm both paths (statement caches, the signer, the files)
            service_sale()
            anchor.sale(*last[0])
        service, raw = [], []
        for _ in range(rounds):
            service.append(service_sale())
            raw.append(anchor.sale(*last[0]))

        # Pages per sale: each WAL emptied, then PAGE_ROUNDS sales with no checkpoint between them.
        checkpoints = getattr(db, "checkpoints", None)
        if checkpoints is not None:
            checkpoints.stop()
            checkpoints.every, checkpoints.idle_s = 10**9, 10**9
        checkout.close()
        db.writer.dispose()
        db.reader.dispose()
        for p, conn in ((path, sqlite3.connect(path)), (anchor.path, anchor.conn)):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            if p == path:
                conn.close()
        page_size = anchor.page_size
        for _ in range(PAGE_ROUNDS):
            service_sale()
        service_frames = _wal_frames(path, page_size)
        for _ in range(PAGE_ROUNDS):
            anchor.sale(*last[0])
        anchor_frames = _wal_frames(anchor.path, page_size)
        anchor.close()
    checkout.close()
    db.dispose()

    s50, s99 = _percentiles(service)
    r50, r99 = _percentiles(raw)
    sp, ap = service_frames / PAGE_ROUNDS, anchor_frames / PAGE_ROUNDS
    print(
        f"sale commit{label} ({rounds} sales, 3 items, cash):"
        f"  service p50 {_ms(s50)} p99 {_ms(s99)}"
        f" | raw sqlite3, fresh file p50 {_ms(r50)} p99 {_ms(r99)}"
        f" | ratio p50 {s50 / r50:.2f}× p99 {s99 / r99:.2f}×   (target ≤ 3×)"
    )
    print(f"  WAL pages per sale{label}: service {sp:.1f}  raw {ap:.1f}  ratio {sp / ap:.2f}×")
    return {"p50": s50, "p99": s99, "raw_p50": r50, "raw_p99": r99, "pages": sp, "raw_pages": ap}
