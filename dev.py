#!/usr/bin/env python3
"""Set up BruktPOS in a local virtual environment and run it.

Needs only Python 3.11+:

    python3 dev.py demo     # set up, then start the app on a demo shop
    python3 dev.py test     # set up, then run ruff, the layer contracts, mypy and the whole test suite
    python3 dev.py bench    # set up, then run the benchmarks (prints figures)
    python3 dev.py package  # the Linux installer: a PyInstaller bundle and a .deb in dist/
                            # (--check: then install the .deb here and start it offscreen)

Any further arguments go to the program that is run (bruktpos, pytest or the
benchmark runner). Setup is repeated only when pyproject.toml changes.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".bruktpos-setup"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def _python() -> str:
    return str(BIN / ("python.exe" if os.name == "nt" else "python"))


def setup() -> None:
    """Create .venv, install the project with its test extras, build translations."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 there is
        sys.exit("BruktPOS needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing BruktPOS and its dependencies …", flush=True)
        subprocess.run(
            [_python(), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[test]"],
            cwd=ROOT,
            check=True,
        )
        STAMP.write_text(wanted)
    subprocess.run([_python(), "-m", "bruktpos.i18n_build"], cwd=ROOT, check=True)


def _initdb() -> str | None:
    """PostgreSQL's initdb from PATH or /usr/lib/postgresql/<version>/bin (Debian's place)."""
    found = shutil.which("initdb")
    if found:
        return found
    folders = glob.glob("/usr/lib/postgresql/*/bin")
    for folder in sorted(folders, key=lambda f: int(Path(f).parent.name), reverse=True):
        if (Path(folder) / "initdb").exists():
            return str(Path(folder) / "initdb")
    return None


def ensure_postgres() -> None:
    """The hub tests start a throwaway PostgreSQL server: install it with apt when it is missing.

    A CI machine has apt access to Debian's packages; anywhere else, say what
    to install. A server still missing afterwards fails the run (tests are
    never skipped).
    """
    if _initdb():
        return
    apt = shutil.which("apt-get")
    if apt is None:
        sys.exit("The hub tests need the PostgreSQL server (initdb, pg_ctl); install PostgreSQL first.")
    prefix = [] if not hasattr(os, "geteuid") or os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for step in (["update"], ["install", "-y", "--no-install-recommends", "postgresql"]):
        command = [*prefix, apt, *step]
        print(f"PostgreSQL server not found (the hub tests need it): {' '.join(command)}", flush=True)
        subprocess.run(command, check=True, env=env)
    if not _initdb():
        sys.exit("PostgreSQL was installed but initdb is still missing: the hub tests cannot run.")
    print(f"PostgreSQL server: {_initdb()}", flush=True)


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("demo", [])
    if command == "package":  # builds in a venv of its own (build/package/venv), not .venv
        return subprocess.call([sys.executable, str(ROOT / "packaging" / "package.py"), *rest], cwd=ROOT)
    setup()
    env = dict(os.environ)
    if command == "demo":
        return subprocess.call([_python(), "-m", "bruktpos", "--demo", *rest], cwd=ROOT, env=env)
    if command == "test":
        ensure_postgres()
        linted = ["src", "tests", "scripts", "packaging", "dev.py", "setup.py"]
        lint = subprocess.call([_python(), "-m", "ruff", "check", *linted], cwd=ROOT)
        # The layer contracts ([tool.importlinter] in pyproject.toml), on this checkout's source.
        lint_imports = BIN / ("lint-imports.exe" if os.name == "nt" else "lint-imports")
        layers = subprocess.call([str(lint_imports)], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT / "src")})
        # The type checks ([tool.mypy] in pyproject.toml), on the same source.
        mypy = BIN / ("mypy.exe" if os.name == "nt" else "mypy")
        types = subprocess.call([str(mypy)], cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT / "src")})
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        tests = subprocess.call([_python(), "-m", "pytest", *rest], cwd=ROOT, env=env)
        return tests or lint or layers or types
    if command == "bench":
        return subprocess.call([_python(), "-m", "tests.bench", *rest], cwd=ROOT, env=env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
