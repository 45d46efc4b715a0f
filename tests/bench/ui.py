"""Benchmarks of the till's feel: a fresh start until a PIN is accepted, a scan until its line is painted."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Both children print the monotonic clock (one clock for every process on the
# machine) at the moments that count; the parent took it just before the spawn.
# A paint is the first Paint event the window's widgets get; the event filter
# that watches for it runs in both, so it costs both the same.
_WATCH = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
watches = []


class Watch(QObject):
    def __init__(self, want, then):
        super().__init__()
        self.want, self.then = want, then
        watches.append(self)  # kept, or the filter goes with the object
        app.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and self.want(obj):
            app.removeEventFilter(self)
            print(self.then.__name__, time.monotonic(), flush=True)
            QTimer.singleShot(0, self.then)
        return False


QTimer.singleShot(60_000, lambda: app.exit(3))  # a child that hangs fails the run, never blocks it
"""

# The anchor: a bare PySide6 + SQLAlchemy app that shows the shop's people from its file.
BARE_APP = (
    _WATCH
    + """
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as session:
    names = session.execute(text("SELECT name FROM users ORDER BY name")).scalars().all()
window = QMainWindow()
window.setCentralWidget(QLabel("\\n".join(names)))
window.showMaximized()


def painted():
    app.quit()


Watch(lambda w: w.window() is window, painted)
app.exec()
"""
)

# The till: ``bruktpos --db PATH`` as a person starts it, then the person's
# name tapped and the PIN typed as keystrokes the moment the login screen is
# painted; done when the till screen is painted behind an accepted PIN.
TILL_APP = (
    _WATCH
    + """
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

name, pin = sys.argv[2], sys.argv[3]


def main_window():
    return next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")


def key(widget, code, text=""):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(widget, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))


def login_painted():
    window = main_window()
    login = window.login
    person = next(u for u in login.people.people() if u.name == name)
    login.grid.button_for(person.id).click()
    for digit in pin:
        key(login.pin_pad, Qt.Key.Key_0 + int(digit), digit)
    key(login.pin_pad, Qt.Key.Key_Return)
    Watch(lambda w: hasattr(window, "till") and (w is window.till or window.till.isAncestorOf(w)),
          pin_accepted)


def pin_accepted():
    app.exit(0)


Watch(lambda w: type(w.window()).__name__ == "MainWindow", login_painted)
from bruktpos.cli import main

sys.argv = ["bruktpos", "--db", sys.argv[1], "--register", "K1"]
sys.exit(main())
"""
)


def _spawn(script: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``script`` in a fresh interpreter; the seconds from the spawn to each moment it printed."""
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the start benchmark's child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    moments = {}
    for line in done.stdout.splitlines():
        what, _, at = line.partition(" ")
        if what in ("painted", "login_painted", "pin_accepted"):
            moments[what] = float(at) - started
    return moments


def bench_cold_start(path: Path, rounds: int = 7) -> None:
    """A fresh ``bruktpos --db`` on the bench shop until a typed PIN is accepted, beside a bare window.

    Interleaved, one till start then one bare start, so both meet the same
    machine; p50 of each, printed as a ratio (target ≤ 1.5×).
    """
    from bruktpos.services.demo_data import USERS

    name, _, pin = next(u for u in USERS if u[1] == "cashier")
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": data}
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        # Both start from compiled modules, as an installed till does (a source checkout run
        # with PYTHONDONTWRITEBYTECODE would compile bruktpos on every start, the bare app nothing).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(data) / "pycache")
        args = [str(path), name, pin]
        _spawn(TILL_APP, args, env)  # compiles and warms the file cache for both; not measured
        _spawn(BARE_APP, args, env)
        ours, theirs = [], []
        for _ in range(rounds):
            ours.append(_spawn(TILL_APP, args, env))
            theirs.append(_spawn(BARE_APP, args, env))
    bare = statistics.median(m["painted"] for m in theirs)
    login = statistics.median(m["login_painted"] for m in ours)
    accepted = statistics.median(m["pin_accepted"] for m in ours)
    print(
        f"start, bare PySide6 + SQLAlchemy window painted (p50 of {rounds}): {bare * 1000:.0f} ms"
        "   (the baseline)"
    )
    print(f"start, bruktpos login screen painted: {login * 1000:.0f} ms, {login / bare:.2f}× the bare window")
    print(
        f"start, bruktpos PIN typed at once and accepted, till painted: {accepted * 1000:.0f} ms, "
        f"{accepted / bare:.2f}× the bare window   (target ≤ 1.5×)"
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
    from bruktpos.ui.collector import collecting_on_gui_thread
    from bruktpos.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    install_translators(app, "nb")
    load_theme(app)
    # Garbage collected as the till does it (ui.app.run): on the GUI thread, the built till settled
    # out of later collections; Python's own full collections would walk the whole heap mid-scan.
    collecting = collecting_on_gui_thread(settles=True)
    collecting.__enter__()
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
    # The first login loads the day's other screens' modules in a thread for about a second
    # (main_window._warm_up); the scans are timed after it, as a till scans all day.
    QTest.qWait(2500)
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
    collecting.__exit__(None, None, None)
    q = statistics.quantiles(samples, n=100, method="inclusive")
    print(
        f"scan to cart line painted ({len(samples)} scans): "
        f"p50 {q[49] / 1e6:.2f} ms  p99 {q[98] / 1e6:.2f} ms   (target p99 < 16 ms)"
    )


def main() -> None:
    """``python -m tests.bench.ui --db PATH``: the start benchmark alone, on a copy of PATH (today open)."""
    import argparse
    import shutil

    from tests.bench.__main__ import BIG, CACHE
    from tests.bench.zreport import open_today

    parser = argparse.ArgumentParser(prog="python -m tests.bench.ui")
    parser.add_argument("--db", type=Path, default=BIG, help="a shop database (copied first)")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE) as tmp:
        work = Path(tmp) / "work.sqlite3"
        shutil.copyfile(args.db, work)
        keys = args.db.with_name(args.db.name + ".keys")  # the registers' signing keys go with the file
        if keys.is_dir():
            shutil.copytree(keys, work.with_name(work.name + ".keys"))
        open_today(work)
        bench_cold_start(work, args.rounds)


if __name__ == "__main__":
    main()
