"""The Linux installer: a PyInstaller one-folder bundle and a .deb around it.

Run by ``python3 dev.py package`` (standard library only, any Python 3.11+):

1. the wheel (``pip wheel``: setup.py compiles the translations into it);
2. a build venv ``build/package/venv`` with that wheel, its dependencies and
   PyInstaller (never the development .venv);
3. ``packaging/bruktpos.spec`` → ``build/package/dist/bruktpos/``;
4. ``dist/bruktpos_VERSION_ARCH.deb``: the bundle in ``/opt/bruktpos``,
   ``/usr/bin/bruktpos``, the menu entry and the icon in the hicolor theme.
   Debian's triggers refresh the menu and the icon cache.

``--check`` then installs the .deb on this machine with apt (root, or
``sudo -n``), starts the installed till offscreen on a fresh user data
folder, reads what it shows (packaging/smoke.py) and removes the package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "packaging"
BUILD = ROOT / "build" / "package"
DIST = ROOT / "dist"
ICONS = ROOT / "src" / "bruktpos" / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
PREFIX = Path("opt/bruktpos")
# What Qt's xcb platform plugin needs from the system (the bundle carries Qt
# itself); alternatives cover Debian 12 and 13 and Ubuntu 24.04 names.
DEPENDS = (
    "libc6 (>= 2.34)",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0t64 | libglib2.0-0",
    "libdbus-1-3",
    "libegl1",
    "libgl1",
    "libx11-6",
    "libx11-xcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
)


def _run(command: list[str | Path], **kwargs) -> None:
    print("+ " + " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, **kwargs)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def build_wheel() -> Path:
    wheels = BUILD / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, ROOT])
    (wheel,) = wheels.glob("bruktpos-*.whl")
    return wheel


def build_venv(wheel: Path) -> Path:
    """build/package/venv with the wheel, its dependencies and PyInstaller; returns its python."""
    env_dir = BUILD / "venv"
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(env_dir)
    pip = [python, "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    _run([*pip, wheel, "pyinstaller>=6.10"])
    _run([*pip, "--force-reinstall", "--no-deps", wheel])  # this build's package, even at the same version
    return python


def build_bundle(python: Path) -> Path:
    dist = BUILD / "dist"
    _run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            dist,
            "--workpath",
            BUILD / "work",
            HERE / "bruktpos.spec",
        ],
        cwd=BUILD,
    )
    return dist / "bruktpos"


def build_deb(bundle: Path) -> Path:
    tree = BUILD / "deb"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(bundle, tree / PREFIX, symlinks=True)
    launcher = tree / "usr" / "bin" / "bruktpos"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec /{PREFIX}/bruktpos "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)
    share = tree / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "bruktpos.desktop", share / "applications" / "bruktpos.desktop")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"bruktpos-{size}.png", folder / "bruktpos.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / "bruktpos.svg", scalable / "bruktpos.svg")
    docs = share / "doc" / "bruktpos"
    docs.mkdir(parents=True)
    shutil.copy2(ROOT / "README.md", docs / "README.md")
    size_kib = sum(p.stat().st_size for p in tree.rglob("*") if p.is_file()) // 1024
    control = tree / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        "\n".join(
            [
                "Package: bruktpos",
                f"Version: {version()}",
                f"Architecture: {architecture()}",
                "Maintainer: BruktPOS <bruktpos@users.noreply.invalid>",
                "Section: misc",
                "Priority: optional",
                f"Installed-Size: {size_kib}",
                f"Depends: {', '.join(DEPENDS)}",
                "Homepage: https://example.invalid/bruktpos",
                "Description: point of sale for charity second-hand shops",
                " BruktPOS is the till, intake and daily cash-up of a Norwegian",
                " second-hand shop, on a local SQLite database in the user's data",
                " folder. Self-contained: Python and Qt are inside /opt/bruktpos.",
                "",
            ]
        ),
        encoding="utf-8",
    )
    DIST.mkdir(exist_ok=True)
    deb = DIST / f"bruktpos_{version()}_{architecture()}.deb"
    # gzip, not xz: xz took over 6 minutes for the 440 MB tree on a busy 2-core machine
    # (the suite builds the .deb every run), gzip well under one; the .deb is a little bigger.
    _run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", tree, deb])
    return deb


def build() -> Path:
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb not found: the .deb is built on Debian or Ubuntu")
    BUILD.mkdir(parents=True, exist_ok=True)
    wheel = build_wheel()
    python = build_venv(wheel)
    bundle = build_bundle(python)
    deb = build_deb(bundle)
    print(f"Bundle: {bundle}\nPackage: {deb} ({deb.stat().st_size / 1e6:.0f} MB)", flush=True)
    return deb


def _as_root() -> list[str]:
    return [] if os.geteuid() == 0 else ["sudo", "-n"]


def check(deb: Path) -> None:
    """Install the .deb, start the installed till offscreen, check its first screen, remove it."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(["dpkg", "-s", "bruktpos"], capture_output=True).returncode == 0:
        _run([*_as_root(), "dpkg", "--remove", "bruktpos"])  # apt keeps an installed same version
    install = [*_as_root(), "apt-get", "install", "-y", "--no-install-recommends", str(deb.resolve())]
    if subprocess.run(install, env=env).returncode != 0:  # the lists may be old or missing
        _run([*_as_root(), "apt-get", "update"], env=env)
        _run(install, env=env)
    try:
        _check_installed()
    finally:
        _run([*_as_root(), "dpkg", "--remove", "bruktpos"])
    print("The installed till started in bokmål with its theme and icon.", flush=True)


def _check_installed() -> None:
    for path in (
        "/usr/bin/bruktpos",
        "/usr/share/applications/bruktpos.desktop",
        "/usr/share/icons/hicolor/256x256/apps/bruktpos.png",
        "/usr/share/icons/hicolor/scalable/apps/bruktpos.svg",
    ):
        if not Path(path).is_file():
            raise SystemExit(f"the .deb did not install {path}")
    entry = Path("/usr/share/applications/bruktpos.desktop").read_text(encoding="utf-8")
    if "Exec=bruktpos" not in entry.splitlines() or "Icon=bruktpos" not in entry.splitlines():
        raise SystemExit("the menu entry does not start bruktpos with its icon")
    with tempfile.TemporaryDirectory(prefix="bruktpos-deb-check-") as folder:
        home = Path(folder)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QT_"))} | {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        shown = subprocess.run(
            ["bruktpos", "--version"], cwd=home, env=env, capture_output=True, text=True, check=True
        )
        if shown.stdout.strip() != f"bruktpos {version()}":
            raise SystemExit(f"bruktpos --version printed {shown.stdout!r}")
        report = _start_installed(home, env, [])
        # The wizard opened the new shop file in the user's data folder; cancelling it
        # (as the probe does) leaves the folder and no half-made shop behind.
        data = home / "data" / "BruktPOS"
        _expect(
            report,
            ("no setup wizard", report["windows"] != ["SetupWizard"]),
            ("not in bokmål", "Sett opp BruktPOS" not in report["texts"]),
            ("the shop file was not made in the user data folder", not data.is_dir()),
            ("the cancelled setup left a file behind", any(data.glob("bruktpos.sqlite3*"))),
        )
        # A shop that is set up: the installed command builds one, then the till opens its login screen.
        shop = home / "shop.sqlite3"
        demo = ["demo-data", "--db", str(shop), "--days", "2", "--sales-per-day", "5", "--stock", "40"]
        subprocess.run(
            ["bruktpos", *demo],
            cwd=home,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=300,
        )
        subprocess.run(["bruktpos", "verify", "--db", str(shop)], cwd=home, env=env, check=True, timeout=120)
        report = _start_installed(home, env, ["--db", str(shop)])
        _expect(
            report,
            ("no till window", report["windows"] != ["MainWindow"]),
            ("no login screen in bokmål", "Hvem står i kassa?" not in report["texts"]),
        )


def _start_installed(home: Path, env: dict[str, str], args: list[str]) -> dict:
    """Start the installed ``bruktpos ARGS`` with the smoke probe; its report of the first window."""
    report_file = home / "report.json"
    report_file.unlink(missing_ok=True)
    started = subprocess.run(
        ["bruktpos", *args],
        cwd=home,
        env=env | {"BRUKTPOS_SMOKE_REPORT": str(report_file)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    if not report_file.exists() or "Traceback" in started.stderr:
        raise SystemExit(f"the installed till showed no window:\n{started.stdout}\n{started.stderr}")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return report


def _expect(report: dict, *checks: tuple[str, bool]) -> None:
    """Fail with every problem found: the shared ones (bundle, theme, icon) and ``checks``."""
    problems = [
        problem
        for problem, bad in (
            ("not the bundle in /opt/bruktpos", not report["module"].startswith(f"/{PREFIX}/")),
            ("not frozen", not report["frozen"]),
            ("no theme", report["stylesheet"] < 1000),
            ("no window icon", report["app_icon_null"] or not report["window_icon_sizes"]),
            *checks,
        )
        if bad
    ]
    if problems:
        raise SystemExit("the installed till is wrong: " + "; ".join(problems))


def main(argv: list[str]) -> int:
    deb = build()
    if "--check" in argv:
        check(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
