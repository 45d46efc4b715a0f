"""the signing keys leave the database: a key file each, the public records append-only

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04

Until now ``signing_keys.private_key`` held each register's RSA private key
(or HMAC secret) in the shop file itself, so anyone with a copy of the file
could sign a forged sale. Each key is written to its own file in the key
folder beside the database (``store/keyfile.py``: ``<database>.keys/``,
0700; ``register-<id>-v<version>.key``, 0600), flushed to disk, and only then
is the column dropped. ``PRAGMA secure_delete`` is on for the drop, so the
freed pages are overwritten with zeros rather than left readable in the file.
The copy taken before the upgrade still holds the key, as every backup from
before this release does; it is owner-only like them.

What stays is the public record: register, key version, algorithm, public
key and ``created_at`` (from when the key is valid). It becomes append-only
like the sales it signs: guards refuse UPDATE, DELETE and a REPLACE.
``ALTER TABLE … DROP COLUMN`` (SQLite 3.35+) changes the table in place,
with no batch copy.

Downgrade writes the keys back into the column from their files (a missing
file stops the downgrade before anything is changed) and leaves the files.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# As this revision makes them; a later migration that copies the table must make them again, word for word.
GUARDS = (
    "CREATE TRIGGER signing_keys_no_update BEFORE UPDATE ON signing_keys "
    "BEGIN SELECT RAISE(ABORT, 'signing_keys is append-only'); END",
    "CREATE TRIGGER signing_keys_no_delete BEFORE DELETE ON signing_keys "
    "BEGIN SELECT RAISE(ABORT, 'signing_keys is append-only'); END",
    "CREATE TRIGGER signing_keys_no_replace BEFORE INSERT ON signing_keys "
    "WHEN EXISTS (SELECT 1 FROM signing_keys WHERE (NEW.id IS NOT NULL AND id = NEW.id) "
    "OR (register_id = NEW.register_id AND key_version = NEW.key_version)) "
    "BEGIN SELECT RAISE(ABORT, 'signing_keys is append-only'); END",
)
GUARD_NAMES = ("signing_keys_no_update", "signing_keys_no_delete", "signing_keys_no_replace")
# Key files as store/keyfile.py names them at this revision.
FOLDER_SUFFIX = ".keys"


def _database_path(conn: sa.Connection) -> Path:
    for _seq, name, file in conn.exec_driver_sql("PRAGMA database_list"):
        if name == "main":
            if not file:
                raise RuntimeError("the signing keys need a database file to sit beside")
            return Path(file)
    raise RuntimeError("no main database")


def _key_file(db_path: Path, register_id: int, key_version: int) -> Path:
    return db_path.with_name(db_path.name + FOLDER_SUFFIX) / f"register-{register_id}-v{key_version}.key"


def upgrade() -> None:
    from bruktpos.store.keyfile import write_key
    from bruktpos.store.signing import KeyMaterial

    conn = op.get_bind()
    db_path = _database_path(conn)
    rows = conn.execute(
        sa.text("SELECT register_id, key_version, algorithm, private_key, public_key FROM signing_keys")
    ).all()
    for register_id, key_version, algorithm, private_key, public_key in rows:
        path = write_key(db_path, register_id, key_version, KeyMaterial(algorithm, private_key, public_key))
        assert path == _key_file(db_path, register_id, key_version)
    op.execute("PRAGMA secure_delete = ON")
    op.drop_column("signing_keys", "private_key")
    for guard in GUARDS:
        op.execute(guard)


def downgrade() -> None:
    conn = op.get_bind()
    db_path = _database_path(conn)
    keys = {
        (register_id, key_version): _key_file(db_path, register_id, key_version).read_text(encoding="ascii")
        for register_id, key_version in conn.execute(
            sa.text("SELECT register_id, key_version FROM signing_keys")
        ).all()
    }
    for name in GUARD_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("ALTER TABLE signing_keys ADD COLUMN private_key TEXT NOT NULL DEFAULT ''")
    for (register_id, key_version), private_key in keys.items():
        conn.execute(
            sa.text("UPDATE signing_keys SET private_key = :key WHERE register_id = :r AND key_version = :v"),
            {"key": private_key, "r": register_id, "v": key_version},
        )
