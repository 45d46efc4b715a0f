"""A picture of the coordinators' window (offscreen), for the docs and for checking the layout.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/coordinator_screenshot.py \
        --hub sqlite:////tmp/chapter/hub.sqlite3 --out /tmp/h7-coordinator.png [--kind month] [--tab 2]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hub", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--kind", choices=("week", "month", "year"), default="week")
    parser.add_argument(
        "--tab", type=int, default=0, help="0 shops, 1 day by day, 2 sales, 3 categories, 4 kilos"
    )
    parser.add_argument("--language", choices=("nb", "en"), default="nb")
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--threshold", type=int, help="flag cash differences above this many kroner")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bruktpos.domain.period import PeriodKind
    from bruktpos.ui.app import install_translators, load_theme
    from bruktpos.ui.coordinator.window import CoordinatorWindow

    app = QApplication(sys.argv[:1])
    install_translators(app, args.language)
    load_theme(app)
    window = CoordinatorWindow(args.hub)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    if args.threshold is not None:
        window.threshold.setValue(args.threshold)
    window.show()
    wanted = PeriodKind(args.kind)

    def loaded() -> None:
        if window.period.kind is not wanted:
            window.set_kind(wanted)  # loads again
            return
        window.tabs.setCurrentIndex(args.tab)
        QTimer.singleShot(300, shoot)

    def shoot() -> None:
        window.grab().save(str(args.out))
        print(f"{args.out} ({width}×{height}, {args.kind}, tab {args.tab})")
        app.quit()

    def failed(error: str) -> None:
        print(f"the hub could not be read: {error}", file=sys.stderr)
        app.exit(1)

    window.loaded.connect(loaded)
    window.load_failed.connect(failed)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
