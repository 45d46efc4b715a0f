"""The core never loads Qt: every module outside ui/ imports without PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import bruktpos


def _core_modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(bruktpos.__path__, prefix="bruktpos.")
        if not info.name.startswith("bruktpos.ui")
        and ".migrations" not in info.name
        and info.name != "bruktpos.__main__"
    ]
    assert "bruktpos.services.checkout" in names
    assert "bruktpos.domain.cart" in names
    return names


def test_core_modules_do_not_load_pyside6() -> None:
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt was loaded by the core: {result.stdout}"


def test_domain_imports_neither_sqlalchemy_nor_devices() -> None:
    domain = [m for m in _core_modules() if m.startswith("bruktpos.domain")]
    code = (
        "import importlib, sys\n"
        f"for name in {domain!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'escpos', 'reportlab', 'PySide6', 'alembic'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
