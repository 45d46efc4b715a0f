"""Build the translations: ``translations/*.ts`` → ``bruktpos/i18n/*.qm``.

Run by ``dev.py`` at setup (``python -m bruktpos.i18n_build``) and by the
package build (``setup.py``'s build_py, into the wheel); ``--update``
first refreshes the ``bruktpos_*.ts`` files from the source with
``pyside6-lupdate``. ``qtbase_nb.ts`` holds Qt's own strings (buttons, menus)
in bokmål, which Qt does not ship; it is kept by hand, so lupdate never
touches it, but it is built like the others.
The ``.qm`` files are build output and never committed; the till loads them
with :mod:`importlib.resources` from ``bruktpos/i18n``. Standard library only:
``setup.py`` loads this file before anything is installed.
"""

from __future__ import annotations

import importlib.util
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
    """``pyside6-lrelease`` or ``-lupdate``: on PATH, beside this Python, or PySide6's own binary."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found:
        return found
    # The pyside6-* scripts only start the Qt tool shipped inside PySide6; a build
    # environment may have PySide6 importable but its scripts off PATH.
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        qt_tool = Path(spec.origin).parent / name.removeprefix("pyside6-")
        for candidate in (qt_tool, qt_tool.with_suffix(".exe")):
            if candidate.is_file():
                return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6 first")


def update_sources() -> None:
    """Refresh BruktPOS's own .ts files from every Python file under ui/ (never qtbase_*.ts)."""
    sources = sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run(
            [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(TS_DIR / f"bruktpos_{lang}.ts")],
            check=True,
        )


def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR) -> list[Path]:
    """Compile every .ts (bruktpos_* and qtbase_*) in ``ts_dir`` into a .qm in ``qm_dir``; returns them."""
    sources = sorted(ts_dir.glob("*.ts"))
    if not sources:
        raise SystemExit(f"no .ts files in {ts_dir}")
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sources:
        qm = qm_dir / (ts.stem + ".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    build()
