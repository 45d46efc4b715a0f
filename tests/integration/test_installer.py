"""The Linux installer for real: build the .deb, install it on this machine, start the installed till.

``python3 dev.py package --check`` (packaging/package.py) builds the wheel, a
PyInstaller one-folder bundle in a venv of its own and the .deb around it,
installs the .deb with apt (which brings the system libraries it names),
starts the installed ``bruktpos`` offscreen on a fresh user data folder —
first the setup wizard of a new shop, then the login screen of a shop the
installed command built — reads what it shows, and removes the package.
It needs root or ``sudo -n``, as the PostgreSQL install of ``dev.py test`` does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_deb_installs_and_the_installed_till_starts_in_bokmal() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "package.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-6000:]
    # The report of each start is printed: the wizard of a new shop, then the till's login.
    assert '"windows": ["SetupWizard"]' in done.stdout
    assert '"windows": ["MainWindow"]' in done.stdout
    assert "Hvem står i kassa?" in done.stdout
