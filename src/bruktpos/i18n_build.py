"""Build the translations: ``translations/*.ts`` → ``bruktpos/i18n/*.qm``.

Run by ``dev.py`` at setup (``python -m bruktpos.i18n_build``); ``--update``
first refreshes the ``bruktpos_*.ts`` files from the source with
``pyside6-lupdate``. ``qtbase_nb.ts`` holds Qt's own strings (buttons, menus)
in bokmål, which Qt does not ship; it is kept by hand, so lupdate never
touches it, but it is built like the others.
The ``.qm`` files are build output and never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = PACKAGE / "i18n"
LANGUAGES = ("nb", "en")


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 first")
    return found


def update_sources() -> None:
    """Refresh BruktPOS's own .ts files from every Python file under ui/ (never qtbase_*.ts)."""
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(TS_DIR / f"bruktpos_{lang}.ts")],
            check=True,
        )


def build() -> list[Path]:
    """Compile every .ts (bruktpos_* and qtbase_*) into a .qm beside the package; returns the .qm paths."""
    QM_DIR.mkdir(exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = QM_DIR / (ts.stem + ".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    build()
