"""The wheel is the whole till: build it, install it into a fresh venv, start it there.

The build runs setup.py's build_py in a build venv of its own (setuptools from
the registry, PySide6's lrelease from this venv's site-packages), on a copy of
the project without any .qm file, so the translations in the wheel are the ones
the build compiled. The till venv has only the wheel installed; a .pth line
lends it this venv's site-packages (PySide6, SQLAlchemy, …) as a plain path,
which Python does not scan for .pth files, so the editable bruktpos of the
source tree stays invisible. The till then starts from a folder outside the
source tree with ``python -I`` (no PYTHONPATH, no cwd on the path) on a fresh
user data folder, and packaging/smoke.py reads what is on screen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE_PACKAGES = Path(sysconfig.get_paths()["purelib"])

SMOKE = ROOT / "packaging" / "smoke.py"  # the probe the .deb check uses too


# No PYTHONPATH for any step: a source tree on it (with the bruktpos.egg-info a
# build leaves in src/) would make pip and the till see the uninstalled package.
CLEAN_ENV = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "PYTHONHOME"}}


def _run(command: list[str | Path], **kwargs) -> subprocess.CompletedProcess[str]:
    kwargs.setdefault("env", CLEAN_ENV)
    done = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=120, **kwargs
    )
    assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"
    return done


def _venv(path: Path) -> Path:
    """A venv without pip; returns its python. Packages go in with this venv's pip (``--python``)."""
    _run([sys.executable, "-m", "venv", "--without-pip", path])
    return path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _lend_site_packages(venv: Path) -> None:
    site = venv / SITE_PACKAGES.relative_to(sys.prefix)
    (site / "_bruktpos_test_lent.pth").write_text(f"{SITE_PACKAGES}\n", encoding="utf-8")


def _pip(python: Path, *args: str | Path) -> None:
    _run([sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check", "-q", *args])


def _copy_project(target: Path) -> None:
    """The files a build reads, without any .qm, caches or build leftovers."""
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "*.egg-info", "*.pyc")
    shutil.copytree(ROOT / "translations", target / "translations", ignore=ignore)
    shutil.copytree(ROOT / "src", target / "src", ignore=ignore)


def test_the_installed_wheel_starts_the_till_in_bokmal_with_its_theme_and_icon(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    _copy_project(project)
    assert not list(project.rglob("*.qm"))

    builder = tmp_path / "build-venv"
    build_python = _venv(builder)
    _pip(build_python, "install", "setuptools>=69")
    _lend_site_packages(builder)  # PySide6's lrelease for setup.py's build_py
    dist = tmp_path / "dist"
    _pip(build_python, "wheel", "--no-deps", "--no-build-isolation", "-w", dist, project)
    (wheel,) = dist.glob("bruktpos-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for packaged in (
        "bruktpos/i18n/bruktpos_nb.qm",
        "bruktpos/i18n/bruktpos_en.qm",
        "bruktpos/i18n/qtbase_nb.qm",
        "bruktpos/resources/theme.qss",
        "bruktpos/resources/icons/bruktpos.svg",
        "bruktpos/resources/icons/bruktpos-48.png",
        "bruktpos/store/migrations/env.py",
    ):
        assert packaged in names, f"{packaged} is not in {wheel.name}"

    till = tmp_path / "till-venv"
    till_python = _venv(till)
    _pip(till_python, "install", "--no-deps", "--no-index", wheel)
    _lend_site_packages(till)  # after the install, so pip saw an empty venv

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = CLEAN_ENV | {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "LANG": "C.UTF-8",
    }
    scripts = till_python.parent
    version = _run([scripts / "bruktpos", "--version"], cwd=elsewhere, env=env)
    assert version.stdout.strip() == "bruktpos 0.1.0"

    driver = shutil.copy2(SMOKE, elsewhere / "smoke.py")
    report_path = elsewhere / "report.json"
    started = subprocess.run(
        [str(till_python), "-I", str(driver), str(report_path)],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert report_path.exists(), f"the till showed no window:\n{started.stdout}\n{started.stderr}"
    assert "Traceback" not in started.stderr, started.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))

    assert Path(report["module"]).is_relative_to(till), report["module"]
    assert report["version"] == "0.1.0" and not report["frozen"]
    assert report["windows"] == ["SetupWizard"], report
    # bokmål from the installed .qm: the wizard's title and its first page
    assert "Sett opp BruktPOS" in report["texts"], report["texts"]
    assert "Velkommen til BruktPOS" in report["texts"], report["texts"]
    assert "Welcome to BruktPOS" not in report["texts"]
    assert report["stylesheet"] > 1000  # the packaged theme.qss
    assert not report["app_icon_null"]
    assert 256 in report["window_icon_sizes"] and 16 in report["window_icon_sizes"], report
    assert report["desktop_file"] == "bruktpos"
    # the fresh database was made where a shop's goes, the user data folder, and
    # the cancelled setup took it away again (no half-made shop is left behind)
    data = tmp_path / "home" / "data" / "BruktPOS"
    assert data.is_dir()
    assert not (data / "bruktpos.sqlite3").exists()
