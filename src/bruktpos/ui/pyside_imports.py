"""PySide6 reads the source of every module imported after it: the till's start is spared that.

When ``PySide6.QtCore`` is imported it puts its own ``__import__`` in place, for
its opt-in ``from __feature__ import snake_case, true_property``. After every
later import that hook asks ``shibokensupport.feature._mod_uses_pyside(module)``,
which reads the module's whole source file (``inspect.getsource``, kept in
``linecache`` for good) to see whether the word "PySide6" is in it; the answer
is only a default for the module's feature switch. The till imports some 450
modules after Qt (SQLAlchemy alone about 150), so on a start that was about
110 ms of the GUI and loader threads' time (issue 18: 80 ms for SQLAlchemy,
30 ms for BruktPOS's own modules), before the first PIN could be taken.

BruktPOS selects no feature, and a module that does (``from __feature__
import ...``) sets its own switch when it does, so the default is answered
here without reading the source: ``True`` for BruktPOS's modules (they use
Qt: the default PySide would have found), ``False`` for packages that are no
Qt code (SQLAlchemy, cryptography, Babel, reportlab, Pillow, python-escpos,
the standard library and the like), and PySide's own answer for anything that
might be (its own modules, pytest-qt). Nothing else of PySide's import
changes. Should a PySide6 release no longer have the hook, nothing is done.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import ModuleType

log = logging.getLogger(__name__)

# Top-level packages that may hold Qt code: PySide's own answer is kept for them.
MAY_USE_QT = frozenset({"PySide6", "shiboken6", "shibokensupport", "pytestqt", "__feature__"})

_spared = False


def uses_pyside(module: ModuleType, *, ask_pyside: Callable[[ModuleType], bool]) -> bool:
    """The default feature switch of ``module``: read from its name, not from its source."""
    top = getattr(module, "__name__", "").partition(".")[0]
    if top == "bruktpos":
        return True
    if top in MAY_USE_QT:
        return ask_pyside(module)
    return False


def spare_source_reads() -> bool:
    """Answer PySide's question about each new module from its name (once; after Qt is imported).

    Returns whether PySide's hook was there to be spared.
    """
    global _spared
    if _spared:
        return True
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        log.debug("PySide6 has no feature import hook here; nothing to spare")
        return False

    def answer(module: ModuleType) -> bool:
        return uses_pyside(module, ask_pyside=original)

    feature._mod_uses_pyside = answer  # type: ignore[attr-defined]
    _spared = True
    return True
