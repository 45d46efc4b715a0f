"""The start spares PySide's hook the reading of every module's source (ui.pyside_imports)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def _import_after_qt(tmp_path: Path, spare: bool) -> str:
    """Import a plain module after Qt, in a fresh process: whether its source was read, what PySide noted."""
    (tmp_path / "plain_lib.py").write_text("VALUE = 1\n")
    code = textwrap.dedent(
        f"""
        import linecache, sys
        sys.path.insert(0, {str(tmp_path)!r})
        import PySide6.QtCore
        from bruktpos.ui.pyside_imports import spare_source_reads
        spared = spare_source_reads() if {spare!r} else None
        import plain_lib
        import shibokensupport.feature as feature
        read = any(name.endswith("plain_lib.py") for name in linecache.cache)
        print(spared, read, feature.pyside_feature_dict.get("plain_lib"))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_start_reads_no_module_source_for_pyside(tmp_path: Path) -> None:
    # PySide's own hook reads the module's source (it lands in linecache) to set its default.
    assert _import_after_qt(tmp_path, spare=False) == "None True -1"
    # Spared: the same defaults, from the module's name, and no source read.
    assert _import_after_qt(tmp_path, spare=True) == "True False -1"


def test_the_default_comes_from_the_module_name() -> None:
    from types import ModuleType

    from bruktpos.ui.pyside_imports import uses_pyside

    asked: list[str] = []

    def ask(module: ModuleType) -> bool:
        asked.append(module.__name__)
        return True

    assert uses_pyside(ModuleType("bruktpos.ui.till.screen"), ask_pyside=ask)
    assert not uses_pyside(ModuleType("sqlalchemy.orm"), ask_pyside=ask)
    assert uses_pyside(ModuleType("pytestqt.plugin"), ask_pyside=ask)  # may hold Qt code: PySide asked
    assert asked == ["pytestqt.plugin"]


def test_qt_still_works_after_sparing() -> None:
    code = textwrap.dedent(
        """
        import PySide6.QtCore
        from bruktpos.ui.pyside_imports import spare_source_reads
        assert spare_source_reads() and spare_source_reads()  # once; a second call changes nothing
        from PySide6.QtCore import QObject, Signal
        class Pinger(QObject):
            ping = Signal(int)
        got = []
        p = Pinger(); p.ping.connect(got.append); p.ping.emit(7)
        print(got)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[7]"
