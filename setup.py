"""The one build step pyproject.toml cannot say: compile the translations into the wheel.

Everything else (metadata, dependencies, package data) is in pyproject.toml.
``build_py`` here runs ``pyside6-lrelease`` (from PySide6-Essentials, which
``[build-system] requires`` puts into the build environment) over
``translations/*.ts`` and writes the ``.qm`` files into the built package, so
every wheel starts in bokmål; the ``.qm`` files are never committed. An
editable install (``dev.py``) writes them into ``src/bruktpos/i18n`` instead,
where the source tree's till finds them. A build that cannot compile them
fails: a wheel without translations would start in English.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _i18n_build():  # -> the bruktpos.i18n_build module, without importing bruktpos
    spec = importlib.util.spec_from_file_location("_bruktpos_i18n_build", ROOT / "src/bruktpos/i18n_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """build_py, then the .qm files into bruktpos/i18n of the build (or of the source tree when editable)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            target = ROOT / "src" / "bruktpos" / "i18n"
        else:
            target = Path(self.build_lib) / "bruktpos" / "i18n"
        built = _i18n_build().build(ts_dir=ROOT / "translations", qm_dir=target)
        self._translations = [str(path) for path in built]
        print(f"compiled {len(built)} translations into {target}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_translations", [])]


setup(cmdclass={"build_py": BuildPyWithTranslations})
