"""Files only their owner may read: the shop database, its -wal and -shm, and backups.

The database holds PIN hashes and (until they move to a key file) the
registers' signing keys, so on POSIX every such file is created ``0600`` and
every folder made for backups ``0700``, before anything is written into it.
SQLite gives a new ``-wal``, ``-shm`` or ``-journal`` the permissions of the
database file itself, so creating the database ``0600`` first is enough for
those. A file found readable by others (an older release, a copy made by hand)
is tightened when the till opens it, and that is logged.

Log files hold no secrets (no PINs, no keys, no customer data) and keep the
system's defaults, so a helper can read them. On Windows, where ``chmod``
only sets the read-only flag, the folder's ACLs decide and nothing is done here.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FILE_MODE = 0o600
FOLDER_MODE = 0o700
# What SQLite keeps beside a database file.
COMPANIONS = ("-wal", "-shm", "-journal")

POSIX = os.name == "posix"


def create_private_file(path: Path) -> bool:
    """Create ``path`` empty with mode 0600 if it is not there; True if it was made.

    ``O_EXCL`` with the mode given at creation: the file is never, even for a
    moment, readable by others, and an existing file is left as it is.
    """
    if not POSIX:
        return False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    # The mode given to open() passes through the umask, which can only take bits away.
    return True


def make_private_folder(path: Path) -> None:
    """Make ``path`` (and missing parents) if needed; a folder made here gets mode 0700.

    A folder that was already there keeps its mode: it may be one the shop
    shares on purpose, and the files inside are private anyway.
    """
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True)
    if POSIX:
        os.chmod(path, FOLDER_MODE)


def tighten(path: Path) -> list[Path]:
    """Take every permission for group and others off ``path`` and its SQLite companions.

    Returns the files that were changed (each is logged); a file that is not
    there is skipped, and one that cannot be changed (not ours) is logged and left.
    """
    changed: list[Path] = []
    if not POSIX:
        return changed
    for file in (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
        except FileNotFoundError:
            continue
        except OSError as error:
            log.warning("could not read the permissions of %s: %s", file, error)
            continue
        if not mode & 0o077:
            continue
        try:
            os.chmod(file, mode & 0o700)
        except OSError as error:
            log.warning(
                "%s is readable by others (mode %o) and could not be tightened: %s", file, mode, error
            )
            continue
        log.warning("%s was readable by others (mode %o): now %o", file, mode, mode & 0o700)
        changed.append(file)
    return changed
