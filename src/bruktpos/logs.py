"""The log an IT helper reads: one rotating file, and a crash file beside it.

Both live in the platform's log folder (``platformdirs.user_log_path``; on
Linux ``~/.local/state/BruktPOS/log``), or in the folder that the
``BRUKTPOS_LOG_DIR`` environment variable names. :func:`setup_logging` is
called once at the top of every run, the till's and the command line's:

- ``bruktpos.log`` (rotated at 2 MB, five old files kept) gets one line per
  significant event at INFO and every error with its traceback;
- ``sys.excepthook`` and ``threading.excepthook`` log what nobody caught, so
  an exception in a Qt slot (PySide6 hands those to ``sys.excepthook``) or a
  worker thread is written down, and a listener (the till's calm message,
  :mod:`bruktpos.ui.crash`) is told;
- ``faulthandler`` writes a hard crash (a segfault, an abort in Qt) with every
  thread's Python stack to ``crash.log``, kept open for the life of the process.

What is logged never holds a PIN or anything about a customer or donor
(names, phone numbers): log sale ids, receipt numbers and error kinds, not
what a person typed.

No Qt here: the command line and the services log through this too.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from platformdirs import user_log_path

from bruktpos import __version__

APP_NAME = "BruktPOS"
LOG_DIR_ENV = "BRUKTPOS_LOG_DIR"
# Set to "0" to leave faulthandler as the host set it (the test suite keeps pytest's own).
FAULTHANDLER_ENV = "BRUKTPOS_FAULTHANDLER"
LOG_FILE = "bruktpos.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
CRASH_MAX_BYTES = 1_000_000
FORMAT = "%(asctime)s %(levelname)-7s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)

ErrorListener = Callable[[type[BaseException], BaseException, TracebackType | None], None]


class _State:
    handler: logging.Handler | None = None
    folder: Path | None = None
    crash_file: IO[str] | None = None
    previous_excepthook: Callable[..., object] | None = None
    previous_threading_hook: Callable[..., object] | None = None
    listener: ErrorListener | None = None


_state = _State()


def log_dir() -> Path:
    """The folder the log and the crash file go to."""
    chosen = os.environ.get(LOG_DIR_ENV, "").strip()
    return Path(chosen).expanduser() if chosen else user_log_path(APP_NAME, appauthor=False)


def log_file(folder: Path | None = None) -> Path:
    return (folder or _state.folder or log_dir()) / LOG_FILE


def setup_logging(
    *, task: str = "till", folder: Path | None = None, level: int = logging.INFO
) -> Path | None:
    """Log to the rotating file (once per process; again only for another folder).

    Returns the log file, or None when it cannot be written (then nothing is
    logged to a file, and the run goes on: a log must never stop a sale).
    """
    folder = Path(folder) if folder is not None else log_dir()
    root = logging.getLogger()
    if _state.handler is not None and _state.folder == folder:
        log.info("%s", _start_line(task))
        return log_file(folder)
    shutdown_logging()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except OSError as error:
        # Said once on stderr (by logging's last resort); the till goes on without a file.
        log.warning("cannot write the log in %s: %s", folder, error)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    _drop_basic_config(root)
    root.addHandler(handler)  # with a handler there, a later logging.basicConfig() does nothing
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _state.handler, _state.folder = handler, folder
    _install_hooks()
    _enable_faulthandler(folder)
    log.info("%s", _start_line(task))
    log.info("log folder %s", folder)
    return folder / LOG_FILE


def _drop_basic_config(root: logging.Logger) -> None:
    # python-escpos calls logging.basicConfig() when it is imported; that
    # handler would echo every line of the log on stderr, where the command
    # line's own one-line answers go.
    for handler in list(root.handlers):
        if (
            type(handler) is logging.StreamHandler
            and getattr(handler, "stream", None) in (sys.stderr, sys.__stderr__)
            and handler.formatter is not None
            and handler.formatter._fmt == logging.BASIC_FORMAT
        ):
            root.removeHandler(handler)


def shutdown_logging() -> None:
    """Take our handler off the root logger and close it (tests; a change of folder)."""
    if _state.handler is not None:
        logging.getLogger().removeHandler(_state.handler)
        _state.handler.close()
    _state.handler = None
    _state.folder = None


def _start_line(task: str) -> str:
    return (
        f"BruktPOS {__version__} started ({task}), pid {os.getpid()}: Python {sys.version.split()[0]} "
        f"on {_system()}"
    )


def _system() -> str:
    # Not platform.platform(): it reads the whole Python binary (~0.1 s) to find the
    # C library, and the till's first screen must not wait for a log line.
    if hasattr(os, "uname"):
        name = os.uname()
        return f"{name.sysname} {name.release} {name.machine}"
    return sys.platform


def facts() -> dict[str, str]:
    """What a helper needs to know about this installation (for the About screen)."""
    import platform

    return {
        "version": __version__,
        "python": f"{platform.python_version()} ({platform.python_implementation()})",
        "platform": platform.platform(),
        "log_folder": str(_state.folder or log_dir()),
    }


def last_lines(count: int = 50) -> list[str]:
    """The last ``count`` lines of the log file (empty when there is none)."""
    if _state.handler is not None:
        _state.handler.flush()
    try:
        with log_file().open(encoding="utf-8", errors="replace") as lines:
            return [line.rstrip("\n") for line in deque(lines, maxlen=count)]
    except OSError:
        return []


# --- what nobody caught -----------------------------------------------------------


def set_error_listener(listener: ErrorListener | None) -> None:
    """Who is told (after the log) of an exception nobody caught: the till shows a calm message."""
    _state.listener = listener


def error_listener() -> ErrorListener | None:
    return _state.listener


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        _call(_state.previous_excepthook or sys.__excepthook__, kind, error, tb)
        return
    log.critical("unhandled %s", kind.__name__, exc_info=(kind, error, tb))
    _tell(kind, error, tb)
    # The previous hook still runs: it prints to a terminal, if there is one,
    # and lets a test harness see the failure.
    _call(_state.previous_excepthook or sys.__excepthook__, kind, error, tb)


def _threading_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    error = args.exc_value if args.exc_value is not None else args.exc_type()
    log.critical(
        "unhandled %s in thread %s",
        args.exc_type.__name__,
        name,
        exc_info=(args.exc_type, error, args.exc_traceback),
    )
    _tell(args.exc_type, error, args.exc_traceback)
    # As for sys.excepthook: the previous hook still runs (it prints to a terminal, if there
    # is one, and lets a test harness see the failure).
    _call(_state.previous_threading_hook or threading.__excepthook__, args)


def _tell(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    listener = _state.listener
    if listener is None:
        return
    try:
        listener(kind, error, tb)
    except Exception:  # the listener's own failure must not hide the first one
        log.exception("the error listener failed")


def _call(hook: Callable[..., object], *args: object) -> None:
    try:
        hook(*args)
    except Exception:
        log.exception("the previous exception hook failed")


def _install_hooks() -> None:
    if sys.excepthook is not _excepthook:
        _state.previous_excepthook = sys.excepthook
        sys.excepthook = _excepthook
    if threading.excepthook is not _threading_hook:
        _state.previous_threading_hook = threading.excepthook
        threading.excepthook = _threading_hook


def _enable_faulthandler(folder: Path) -> None:
    if os.environ.get(FAULTHANDLER_ENV, "1") == "0":
        return
    path = folder / CRASH_FILE
    try:
        if path.exists() and path.stat().st_size > CRASH_MAX_BYTES:
            path.replace(path.with_name(CRASH_FILE + ".1"))
        crash = path.open("a", encoding="utf-8")
        crash.write(f"--- BruktPOS {__version__}, pid {os.getpid()}, started {datetime.now().isoformat()}\n")
        crash.flush()
    except OSError as error:
        log.warning("cannot write the crash file %s: %s", path, error)
        return
    faulthandler.enable(file=crash, all_threads=True)
    if _state.crash_file is not None and _state.crash_file is not crash:
        _state.crash_file.close()
    _state.crash_file = crash  # kept open: faulthandler writes to its descriptor when it crashes
