"""What an installed till shows on its first screen, written to a JSON file.

The installer checks start an installed BruktPOS with this probe and read the
report: which windows opened, their visible texts (bokmål or not), whether the
theme and the window icon were applied, and where the code ran from. Two uses:

* ``python -I smoke.py REPORT.json [bruktpos arguments]`` — with the Python of
  a venv the wheel was installed into (tests/integration/test_package.py);
* the PyInstaller bundle's entry (``bruktpos_main.py``) calls :func:`start`
  when ``BRUKTPOS_SMOKE_REPORT`` names a file (``dev.py package --check``).

The probe waits for the first visible window (up to 15 s), writes the report,
then closes the windows as a person would: the setup wizard is cancelled,
nothing is set up.
"""

from __future__ import annotations

import json
import sys


def start(report_path: str) -> None:
    """Create the QApplication and schedule the probe; the till then starts as usual."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tries: list[int] = []

    def probe() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        tries.append(1)
        if not windows and len(tries) < 150:
            QTimer.singleShot(100, probe)
            return
        with open(report_path, "w", encoding="utf-8") as out:
            json.dump(_report(app, windows), out, ensure_ascii=False, indent=1)
        _close(app, windows)

    QTimer.singleShot(0, probe)


def _report(app, windows: list) -> dict[str, object]:  # app: QApplication
    import importlib.metadata

    import bruktpos

    return {
        "module": bruktpos.__file__,
        "version": importlib.metadata.version("bruktpos"),
        "frozen": bool(getattr(sys, "frozen", False)),
        "windows": [type(w).__name__ for w in windows],
        "texts": [text for w in windows for text in _texts(w)],
        "stylesheet": len(app.styleSheet()),
        "app_icon_null": app.windowIcon().isNull(),
        "window_icon_sizes": [s.width() for w in windows[:1] for s in w.windowIcon().availableSizes()],
        "desktop_file": app.desktopFileName(),
    }


def _texts(window) -> list[str]:  # window: QWidget
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            found.append(widget.text())
    return found


def _close(app, windows: list) -> None:
    from PySide6.QtWidgets import QDialog

    for window in windows:
        if isinstance(window, QDialog):
            window.reject()
        else:
            window.close()
    app.quit()


if __name__ == "__main__":
    start(sys.argv[1])
    from bruktpos.cli import main

    sys.exit(main(sys.argv[2:]))
