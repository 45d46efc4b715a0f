"""What every subcommand shares: exit codes, argument types, file checks and safe outputs.

``cli`` imports this module when the till starts, before its login screen, so
it loads no SQLAlchemy (``tests/ui/test_start.py``): that comes when used.

A subcommand that cannot go on raises :class:`CommandFailed` with one plain
sentence; ``cli.main`` prints it on one line of stderr and exits with its
code (the scheme is in ``cli.py``'s docstring). Argument types turn bad
dates and numbers into argparse's own usage error, before anything runs.
Outputs are written to a temporary file in the same folder and renamed into
place when complete, so a failed run never leaves half a file behind.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.domain.errors import (
    BruktError,
    NotAShopDatabase,
    ShopFileProblem,
    StoreProblem,
    StoreUnavailable,
)
from bruktpos.store.quick import shop_file_problem

if TYPE_CHECKING:
    from bruktpos.store.db import Database

OK = 0  # done (verify: intact)
FAILED = 1  # ran, and the answer is no: tampered, the hub refused or is away, no such report
UNUSABLE = 2  # could not start: bad arguments, or a file that is missing, damaged, locked, unwritable

FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2999, 12, 31)
URL_EXAMPLES = "sqlite:///hub.sqlite3 or postgresql+psycopg://user@host/chapter"


class CommandFailed(Exception):
    """A subcommand stops: ``message`` is one sentence for stderr, ``exit_code`` the process's."""

    def __init__(self, message: str, exit_code: int = UNUSABLE) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


# --- argument types (argparse turns ArgumentTypeError into a usage error, exit 2) ---


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}, not {value}")
        return value

    parse.__name__ = "whole number"
    return parse


def iso_date(text: str) -> date:
    """An argparse type: a calendar date as YYYY-MM-DD, within the years a shop can have."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20"
        ) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{text} is not between {FIRST_DAY} and {LAST_DAY}")
    return value


def iso_month(text: str) -> date:
    """An argparse type: a month as YYYY-MM (its first day)."""
    try:
        value = date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a month; write it as YYYY-MM, e.g. 2026-11"
        ) from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{text} is not between {FIRST_DAY:%Y-%m} and {LAST_DAY:%Y-%m}")
    return value


def database_url(text: str) -> str:
    """An argparse type: a SQLAlchemy URL whose kind of database this installation knows.

    The message never repeats the text: it may hold a password.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        make_url(text.strip()).get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise argparse.ArgumentTypeError(f"not a database URL such as {URL_EXAMPLES}") from None
    return text.strip()


# --- the shop database -------------------------------------------------------------


def shop_database(path: Path) -> Path:
    """``path`` if it is an existing BruktPOS database; else :class:`CommandFailed`.

    Nothing is created: SQLite would make a new, empty shop of a mistyped
    path. The file is judged by the same look the till takes at its start
    (:func:`bruktpos.store.quick.shop_file_problem`).
    """
    problem = shop_file_problem(path)
    if problem is not None:
        raise CommandFailed(f"Cannot open {path}: {file_reason(problem)}.")
    return path


def open_shop(path: Path) -> Database:
    """The shop database at ``path``, checked and brought up to date (as the till opens it)."""
    from bruktpos.store.schema import open_database

    shop_database(path)
    try:
        return open_database(path)
    except StoreUnavailable as error:
        raise CommandFailed(f"Cannot open {path}: {store_reason(error)}.") from error


def file_reason(error: NotAShopDatabase) -> str:
    """Why the file cannot be used, as the end of a sentence."""
    p, detail = ShopFileProblem, error.detail
    reasons = {
        p.MISSING: "there is no such file (check the path; nothing was created)",
        p.FOLDER: "it is a folder, not a shop database file",
        p.UNREADABLE: f"this user may not read it ({detail})",
        p.EMPTY: "the file is empty (0 bytes), not a shop database"
        if not detail
        else "it is an empty SQLite database with no shop in it",
        p.NOT_SQLITE: "it is not a SQLite database (another kind of file, or one damaged at its start)",
        p.FOREIGN: f"it is a SQLite database, but not a BruktPOS shop ({detail})",
        p.DAMAGED: f"the file is damaged ({detail}); restore a backup",
        p.NEWER: f"it was made by a newer version of BruktPOS ({detail}); update this one",
    }
    return reasons.get(error.problem, f"it cannot be used ({error.problem})")


def store_reason(error: StoreUnavailable) -> str:
    """What SQLite's failure means for the person at the command line, as the end of a sentence."""
    problem, detail = error.problem, error.detail
    if problem == StoreProblem.FULL:
        return "the disk is full; free some space and try again"
    if problem == StoreProblem.READ_ONLY:
        if detail.startswith("SQLITE_READONLY_ROLLBACK"):
            return (
                "a program stopped half-way through writing it, and SQLite must undo that first, "
                "which it may not do read-only; start the till on the file once, then try again"
            )
        if detail.startswith("SQLITE_READONLY_"):
            return (
                "SQLite needs to write its index beside the file, but the folder or file is read-only "
                "for this user; run this as the user who runs the till"
            )
        return "the file or its folder is read-only for this user"
    if problem == StoreProblem.LOCKED:
        return "another program is holding a lock on it; try again when it has finished"
    if problem == StoreProblem.IO:
        return f"the disk failed to read or write it ({detail}); check the disk or the USB stick"
    if problem == StoreProblem.CORRUPT:
        return f"the file is damaged ({detail}); restore a backup"
    return f"SQLite cannot open it ({detail})"


def describe(error: BaseException) -> str:
    """One line for an error no subcommand turned into its own sentence."""
    from bruktpos.store.failures import as_store_error

    if isinstance(error, StoreUnavailable):
        return f"Cannot use {error.path}: {store_reason(error)}."
    typed = as_store_error(error, "the database")
    if typed is not None:
        return f"The database failed: {store_reason(typed)}."
    if isinstance(error, BruktError):
        return f"Refused: {error}."
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or error}{where}."
    text = " ".join(str(error).split())[:300]
    return f"Something went wrong ({type(error).__name__}: {text})."


# --- outputs -----------------------------------------------------------------------


def output_file(path: Path) -> Path:
    """``path`` if a file can be written there (its folder exists); else :class:`CommandFailed`."""
    if path.is_dir():
        raise CommandFailed(f"Cannot write {path}: it is a folder; give a file name in it.")
    folder = path.parent
    if not folder.exists():
        raise CommandFailed(f"Cannot write {path}: the folder {folder} does not exist.")
    if not folder.is_dir():
        raise CommandFailed(f"Cannot write {path}: {folder} is not a folder.")
    if not os.access(folder, os.W_OK):
        raise CommandFailed(f"Cannot write {path}: this user may not write in {folder}.")
    return path


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path``; moved onto ``path`` only when the block succeeds.

    The temporary file (and any SQLite -wal/-shm beside it) is removed on
    failure or Ctrl+C, so no half-written file is left behind.
    """
    output_file(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as error:
        raise CommandFailed(f"Cannot write {path}: {error.strerror}.") from error
    os.close(fd)
    temporary = Path(name)
    try:
        try:
            yield temporary
            _readable_by_all(temporary)
            from bruktpos.store.keyfile import copy_keys  # here: the till's first step loads no crypto

            copy_keys(temporary, path)  # a shop database built there (demo-data) takes its signing keys
            os.replace(temporary, path)
        except OSError as error:  # a full disk, a folder made read-only meanwhile …
            reason = error.strerror or str(error)
            raise CommandFailed(f"Cannot write {path}: {reason}; nothing was written.") from error
        except Exception as error:  # the output is a database (demo-data) whose file failed
            from bruktpos.store.failures import as_store_error

            typed = error if isinstance(error, StoreUnavailable) else as_store_error(error, path)
            if typed is None:
                raise
            reason = store_reason(typed)
            raise CommandFailed(f"Cannot write {path}: {reason}; nothing was written.") from error
    finally:
        for leftover in (temporary, Path(f"{name}-wal"), Path(f"{name}-shm"), Path(f"{name}-journal")):
            leftover.unlink(missing_ok=True)
        from bruktpos.store.keyfile import remove_keys

        remove_keys(temporary)


def _readable_by_all(path: Path) -> None:
    # mkstemp makes the file owner-only; a report or label sheet gets the usual mode.
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
