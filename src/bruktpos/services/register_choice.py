"""Which register this PC is, for each shop file it opens: a choice kept outside the shop database.

Several till PCs may work on one shop file, each as one of the shop's
registers (its own receipt numbers, day and Z). Which one a PC is belongs to
the PC, not to the shop, so it is kept in a small JSON file in the user's
config folder (``platformdirs.user_config_dir("bruktpos")``, or the folder
the ``BRUKTPOS_CONFIG_DIR`` environment variable names), mapping the shop
file's resolved path to a register code::

    {"version": 1, "registers": {"/home/kasse/butikk.sqlite3": "K2"}}

:func:`register_for_this_pc` decides at each start: a code asked for on the
command line (``bruktpos --register K2``) if the shop has it, the only
register of a shop that has one, or the choice made here before if that
register is still there; otherwise None, and the till asks. What it decides
is remembered. Standard library and platformdirs only: this runs before the
login screen is painted.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_config_dir

CONFIG_DIR_ENV = "BRUKTPOS_CONFIG_DIR"
CHOICE_FILE = "registers.json"
VERSION = 1

log = logging.getLogger(__name__)


def config_dir() -> Path:
    """The folder of this PC's own BruktPOS choices."""
    chosen = os.environ.get(CONFIG_DIR_ENV, "").strip()
    return Path(chosen).expanduser() if chosen else Path(user_config_dir("bruktpos", appauthor=False))


def choice_file() -> Path:
    return config_dir() / CHOICE_FILE


def shop_key(db_path: str | os.PathLike[str]) -> str:
    """The shop file as the choice file names it: its full, resolved path."""
    return str(Path(db_path).expanduser().resolve())


def _choices() -> dict[str, str]:
    path = choice_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("the register choices in %s cannot be read (%s): asking again", path, error)
        return {}
    registers = data.get("registers") if isinstance(data, dict) else None
    if not isinstance(registers, dict):
        return {}
    return {str(k): str(v) for k, v in registers.items() if isinstance(v, str)}


def chosen_register(db_path: str | os.PathLike[str]) -> str | None:
    """The register code this PC chose for the shop file at ``db_path``, if it chose one."""
    return _choices().get(shop_key(db_path))


def remember_register(db_path: str | os.PathLike[str], code: str) -> None:
    """Keep ``code`` as this PC's register for the shop file at ``db_path``.

    Written beside the file and renamed into place, so a crash never leaves
    half a file. ``OSError`` when the folder cannot be written.
    """
    choices = _choices()
    key = shop_key(db_path)
    if choices.get(key) == code:
        return
    choices[key] = code
    path = choice_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(
        {"version": VERSION, "registers": choices}, ensure_ascii=False, indent=1, sort_keys=True
    )
    fd, temporary = tempfile.mkstemp(prefix=".registers-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text + "\n")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def register_for_this_pc(
    db_path: str | os.PathLike[str], codes: Sequence[str], *, asked: str | None = None
) -> str | None:
    """The register this PC starts as on the shop at ``db_path`` (its ``codes``), or None: ask.

    ``asked`` (the command line's ``--register``, any case) wins when the
    shop has it; then a shop with one register has it; then this PC's earlier
    choice, if that register is still there. The answer is remembered (a
    choice file that cannot be written is logged, and the till starts anyway).
    """
    if not codes:
        return None
    by_upper = {code.upper(): code for code in codes}
    code: str | None = None
    if asked:
        code = by_upper.get(asked.strip().upper())
        if code is None:
            log.warning("--register %s: the shop has no such register (it has %s)", asked, ", ".join(codes))
    if code is None and len(codes) == 1:
        code = codes[0]
    if code is None:
        earlier = chosen_register(db_path)
        code = earlier if earlier in codes else None
    if code is not None:
        try:
            remember_register(db_path, code)
        except OSError as error:
            log.warning("could not remember register %s for %s: %s", code, db_path, error)
    return code
