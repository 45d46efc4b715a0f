"""The registers' signing keys, kept outside the shop database.

The database holds only each key's public record (``signing_keys``: register,
key version, algorithm, public key, from when it is valid), append-only.
The private half lives in a key folder beside the database file,
``<database>.keys/`` (mode 0700), one file per register and key version,
``register-<id>-v<version>.key`` (mode 0600): an RSA key as PKCS#8 PEM, an
HMAC secret as base64. Someone given the database alone (a copy, a backup
file sent by mail) can read the sales but cannot sign one, and ``verify``
checks RSA signatures against the public records, never against whatever a
key file holds.

Backups and copies carry the folder with them (:func:`copy_keys`), so a
restored shop can go on signing. A key file that is missing or does not
belong to its public record is a :class:`SigningKeyUnusable`, and the till
refuses to end a sale until it is put back.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bruktpos.domain.errors import SigningKeyUnusable
from bruktpos.store.private_files import FILE_MODE, POSIX, make_private_folder
from bruktpos.store.signing import RSA_SHA1, KeyMaterial, Signer, public_key_of

log = logging.getLogger(__name__)

FOLDER_SUFFIX = ".keys"


# The public records as the database keeps them, oldest version first.
RECORDS_SQL = (
    "SELECT register_id, key_version, algorithm, public_key, created_at FROM signing_keys "
    "ORDER BY register_id, key_version"
)


@dataclass(frozen=True)
class PublicKeyRecord:
    """What the database keeps of one signing key.

    ``valid_from`` is when the key was made (as stored, ISO 8601);
    ``valid_to`` is the next version's ``valid_from``, None while it is the
    register's newest key.
    """

    register_id: int
    key_version: int
    algorithm: str
    public_key: str | None
    valid_from: str
    valid_to: str | None = None


def public_records(rows: Iterable[Sequence[Any]]) -> list[PublicKeyRecord]:
    """:data:`RECORDS_SQL`'s rows as records, each with its ``valid_to``."""
    records = [PublicKeyRecord(int(r[0]), int(r[1]), str(r[2]), r[3], str(r[4])) for r in rows]
    return [
        replace(record, valid_to=after.valid_from)
        if after is not None and after.register_id == record.register_id
        else record
        for record, after in zip(records, [*records[1:], None], strict=True)
    ]


def key_folder(db_path: Path) -> Path:
    """The folder that holds ``db_path``'s signing keys: ``<database>.keys`` beside it."""
    return db_path.with_name(db_path.name + FOLDER_SUFFIX)


def key_path(db_path: Path, register_id: int, key_version: int) -> Path:
    return key_folder(db_path) / f"register-{register_id}-v{key_version}.key"


def write_key(db_path: Path, register_id: int, key_version: int, material: KeyMaterial) -> Path:
    """Store ``material``'s private half in its key file, readable by its owner only; returns the path.

    Written to a ``.partial`` made 0600 at creation, flushed to disk and
    renamed, so a power cut leaves the old file or the new one, never half a
    key. A file already there for this register and version is replaced: it
    can only be left from a register whose creation was rolled back (the
    database's row is what makes a key in use, and rows are never removed).
    """
    path = key_path(db_path, register_id, key_version)
    make_private_folder(path.parent)
    _write_private(path, material.private_key.encode("ascii"))
    log.info("signing key for register %s version %s written to %s", register_id, key_version, path)
    return path


def read_key(db_path: Path, record: PublicKeyRecord) -> Signer:
    """A signer with the private key for ``record``, or :class:`SigningKeyUnusable` why not.

    An RSA key file must hold the private half of the record's public key: a
    file swapped for another key is refused, not used to sign.
    """
    path = key_path(db_path, record.register_id, record.key_version)
    try:
        private = path.read_text(encoding="ascii")
    except FileNotFoundError as error:
        log.error("the signing key file %s is missing", path)
        raise SigningKeyUnusable(SigningKeyUnusable.MISSING, str(path), str(error)) from error
    except (OSError, UnicodeDecodeError) as error:
        log.error("the signing key file %s cannot be read: %s", path, error)
        raise SigningKeyUnusable(SigningKeyUnusable.UNREADABLE, str(path), str(error)) from error
    material = KeyMaterial(record.algorithm, private, record.public_key)
    try:
        signer = Signer(material)
        matches = record.algorithm != RSA_SHA1 or public_key_of(material) == record.public_key
    except (ValueError, TypeError) as error:
        log.error("the signing key file %s is not a key: %s", path, error)
        raise SigningKeyUnusable(SigningKeyUnusable.WRONG, str(path), str(error)) from error
    if not matches:
        log.error("the signing key file %s is not the key of its public record", path)
        raise SigningKeyUnusable(SigningKeyUnusable.WRONG, str(path), "public key differs")
    return signer


def copy_keys(source_db: Path, target_db: Path, *, keep_existing: bool = False) -> None:
    """Copy ``source_db``'s key folder to ``target_db``'s (each file 0600, the folder 0700).

    Nothing is done if the source has no key folder (a database from before
    key files, or one with no register yet). A key file already in the target
    folder is replaced by the source's, or with ``keep_existing`` left as it is.
    """
    source = key_folder(source_db)
    if not source.is_dir():
        return
    target = key_folder(target_db)
    make_private_folder(target)
    for file in sorted(source.glob("*.key")):
        if not (keep_existing and (target / file.name).exists()):
            _write_private(target / file.name, file.read_bytes())


def _write_private(path: Path, data: bytes) -> None:
    """``data`` into ``path`` through a ``.partial`` made 0600, flushed and renamed (folder synced too)."""
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)  # a .partial left by a crash keeps its old mode otherwise
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(partial, path)
    if POSIX:
        folder_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)


def remove_keys(db_path: Path) -> None:
    """Remove ``db_path``'s key folder, if any (a backup rotated out, a scratch copy)."""
    shutil.rmtree(key_folder(db_path), ignore_errors=True)
