"""Benchmarks of the till's feel: cold start, and a scan until its line is painted."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("BruktPOS"))
window.showMaximized()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def bench_cold_start(rounds: int = 5) -> None:
    """``bruktpos --demo`` to the painted login screen, beside a bare PySide6 window."""
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": data}
        till = [sys.executable, "-m", "bruktpos", "--demo", "--quit-when-ready"]
        _wall(till, env)  # builds the demo shop once; not measured
        bare = [sys.executable, "-c", BARE_APP]
        _wall(bare, env)  # warm the file cache for both
        ours = [_wall(till, env) for _ in range(rounds)]
        theirs = [_wall(bare, env) for _ in range(rounds)]
    a, b = statistics.median(ours), statistics.median(theirs)
    print(
        f"cold start to login (median of {rounds}): bruktpos --demo {a * 1000:.0f} ms, "
        f"bare PySide6 window {b * 1000:.0f} ms, ratio {a / b:.1f}×   (target ≤ 2×)"
    )


def bench_scan_to_paint(path: Path, rounds: int = 300) -> None:
    """From the scanner's Enter to the cart line painted, on the big shop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bruktpos.services.demo_data import USERS
    from bruktpos.store.schema import open_database
    from bruktpos.ui.app import build_context, install_translators, load_theme
    from bruktpos.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_translators(app, "nb")
    load_theme(app)
    db = open_database(path)
    window = MainWindow(build_context(db))
    window.resize(1024, 768)
    window.show()
    app.processEvents()
    users = window.context.users
    name, _, pin = next(u for u in USERS if u[1] == "cashier")
    cashier = next(u for u in users.list_users() if u.name == name)
    window._logged_in(users.login(cashier.id, pin))
    app.processEvents()
    with sqlite3.connect(path) as conn:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT code FROM items WHERE status = 'in_stock' ORDER BY random() LIMIT ?", (rounds + 20,)
            )
        ]
    table = window.till.table
    samples = []
    for n, code in enumerate(codes):
        if n % 20 == 0:  # a real cart holds a handful of lines
            window.controller.cart = window.context.checkout.new_cart()
            window.till.refresh()
            app.processEvents()
        table.setFocus()
        QTest.keyClicks(table, code)  # the scanner's digits (buffered, not timed)
        started = time.perf_counter_ns()
        QTest.keyClick(table, Qt.Key.Key_Return)
        table.viewport().repaint()  # paint now, as the next frame would
        samples.append(time.perf_counter_ns() - started)
        if n < 20:
            samples.pop()  # warming up
    assert window.till.model.rowCount() > 0
    window.controller.cart = window.context.checkout.new_cart()
    window.close()
    window.context.desk.wait()
    window.deleteLater()
    app.processEvents()
    db.dispose()
    q = statistics.quantiles(samples, n=100, method="inclusive")
    print(
        f"scan to cart line painted ({len(samples)} scans): "
        f"p50 {q[49] / 1e6:.2f} ms  p99 {q[98] / 1e6:.2f} ms   (target p99 < 16 ms)"
    )
