"""The PyInstaller bundle's entry: the ``bruktpos`` command, as the wheel's script is.

With ``BRUKTPOS_SMOKE_REPORT=FILE`` set, :mod:`smoke` also writes what the
first window shows to FILE (the installer check in ``dev.py package --check``).
"""

import os
import sys

from bruktpos.cli import main

if __name__ == "__main__":
    report = os.environ.get("BRUKTPOS_SMOKE_REPORT")
    if report:
        import smoke

        smoke.start(report)
    sys.exit(main())
