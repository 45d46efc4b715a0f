"""inventory search: indexes for the inventory screen, full-text search of descriptions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The full-text index follows items by triggers (SQLite FTS5, external content):
# a description search over a million items answers from the index, not a scan.
FTS_TRIGGERS = {
    "items_fts_insert": "AFTER INSERT ON items BEGIN "
    "INSERT INTO items_fts (rowid, description) VALUES (new.id, new.description); END",
    "items_fts_delete": "AFTER DELETE ON items BEGIN "
    "INSERT INTO items_fts (items_fts, rowid, description) VALUES ('delete', old.id, old.description); END",
    "items_fts_update": "AFTER UPDATE OF description ON items BEGIN "
    "INSERT INTO items_fts (items_fts, rowid, description) VALUES ('delete', old.id, old.description); "
    "INSERT INTO items_fts (rowid, description) VALUES (new.id, new.description); END",
}


def upgrade() -> None:
    op.create_index("ix_items_category_id_status_intake_at", "items", ["category_id", "status", "intake_at"])
    op.create_index("ix_items_status_intake_at", "items", ["status", "intake_at"])
    # Replaces the plain category index: same prefix, and newest-first in a category.
    op.drop_index("ix_items_category_id", "items")
    op.create_index("ix_items_category_id_intake_at", "items", ["category_id", "intake_at"])
    op.execute(
        "CREATE VIRTUAL TABLE items_fts USING fts5("
        "description, content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 0')"
    )
    op.execute("INSERT INTO items_fts (items_fts) VALUES ('rebuild')")
    for name, body in FTS_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS items_fts")
    op.drop_index("ix_items_category_id_intake_at", "items")
    op.create_index("ix_items_category_id", "items", ["category_id"])
    op.drop_index("ix_items_status_intake_at", "items")
    op.drop_index("ix_items_category_id_status_intake_at", "items")
