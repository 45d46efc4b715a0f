"""Refresh the README's till and close-of-day pictures from the layout check's renders.

    .venv/bin/python scripts/readme_screenshots.py

Runs the layout check (tests/ui/test_layout_check.py) for the README's
screens with ``BRUKTPOS_SHOTS`` set, so each picture is the very screen the
check measured: the shop set up through the services, in bokmål, at
1024×768. The coordinators' picture comes from scripts/coordinator_screenshot.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# README picture ← the layout check's screen id (nb, 1024×768).
PICTURES = {"till.png": "till", "close-day.png": "day-close-terminals"}


def main() -> int:
    with tempfile.TemporaryDirectory() as shots:
        tests = [
            f"tests/ui/test_layout_check.py::test_every_screen_fits_every_size[nb-{s}]"
            for s in PICTURES.values()
        ]
        env = {
            **os.environ,
            "BRUKTPOS_SHOTS": shots,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        ran = subprocess.call([sys.executable, "-m", "pytest", "-q", *tests], cwd=ROOT, env=env)
        if ran:
            print("The layout check failed: the pictures were not changed.", file=sys.stderr)
            return ran
        for picture, screen in PICTURES.items():
            shutil.copyfile(
                Path(shots) / f"{screen}-nb-1024x768.png", ROOT / "docs" / "screenshots" / picture
            )
            print(f"docs/screenshots/{picture} ← {screen} (nb, 1024×768)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
