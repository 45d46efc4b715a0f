"""python-escpos's printer database, read once per install rather than on every start.

Importing python-escpos loads its capability database (``capabilities.json``,
96 kB) with PyYAML's pure-Python parser: about 150 ms of Python on a fast
machine, half a second on a shop PC, holding the GIL in the thread that
imports it while the person counts the float. It keeps a pickle of what it
read, but in a folder made new for every process (``mkdtemp()``, left
behind), so it parses again on every start.

:func:`prepare`, run when :mod:`bruktpos.devices` is first imported (before
anything here imports python-escpos), makes that pickle in the till's cache
folder once — read with :mod:`json`, which is C and gives the same data in
under a millisecond — and points python-escpos at it
(``ESCPOS_CAPABILITIES_PICKLE_DIR``). It is written to a temporary name and
renamed, so two tills starting at once never read half a file. If the
folder cannot be written, nothing is set and python-escpos does as before.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import pickle
import platform
import sys
import threading
from pathlib import Path

log = logging.getLogger(__name__)

PICKLE_DIR = "ESCPOS_CAPABILITIES_PICKLE_DIR"  # python-escpos's own settings
CAPABILITIES_FILE = "ESCPOS_CAPABILITIES_FILE"


def default_folder() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("bruktpos", appauthor=False) / "escpos"


def pickle_name() -> str:
    """The file name python-escpos looks for (its own: one per Python version)."""
    return f"{platform.python_version()}.capabilities.pickle"


def capabilities_file() -> Path | None:
    """python-escpos's ``capabilities.json``, found without importing it (None if it is not a file)."""
    with contextlib.suppress(ImportError, ValueError):
        spec = importlib.util.find_spec("escpos")
        if spec is not None and spec.origin:
            path = Path(spec.origin).parent / "capabilities.json"
            if path.is_file():
                return path
    return None


def prepare(folder: Path | None = None) -> Path | None:
    """Make the pickle in ``folder`` (the cache folder) if missing or older; point python-escpos at it.

    Returns the folder it was pointed at, or None when nothing was set: the
    person (or a test) already set where python-escpos reads from, it has
    already been imported, it is not installed as plain files, or the folder
    could not be written.
    """
    if PICKLE_DIR in os.environ or CAPABILITIES_FILE in os.environ or "escpos.capabilities" in sys.modules:
        return None
    source = capabilities_file()
    if source is None:
        return None
    try:
        folder = folder if folder is not None else default_folder()
        target = folder / pickle_name()
        # python-escpos parses again when its file is newer than the pickle; so does this.
        if not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
            capabilities = json.loads(source.read_text(encoding="utf-8"))
            folder.mkdir(parents=True, exist_ok=True)
            partial = folder / f".{target.name}.{os.getpid()}-{threading.get_ident()}"
            try:
                partial.write_bytes(pickle.dumps(capabilities, protocol=2))
                os.replace(partial, target)
            finally:
                partial.unlink(missing_ok=True)
    except (OSError, ValueError) as error:  # python-escpos parses it itself, as it always did
        log.debug("python-escpos's capabilities are not kept: %s", error)
        return None
    os.environ[PICKLE_DIR] = str(folder)
    return folder
