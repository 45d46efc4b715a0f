"""the drawer's counts at close (every one, first and recounts) and the opening float's note

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# A count belongs to its day: none is added once the day is closed (as 0004 guards the rest).
GUARD = (
    "day_counts_closed_day_no_insert",
    "BEFORE INSERT ON day_counts WHEN EXISTS (SELECT 1 FROM business_days d "
    "WHERE d.id = NEW.business_day_id AND d.status = 'closed') "
    "BEGIN SELECT RAISE(ABORT, 'the business day is closed'); END",
)


def upgrade() -> None:
    op.create_table(
        "day_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("business_day_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("cash", sa.Integer(), nullable=False),
        sa.Column("by_denomination", sa.Text(), nullable=False),
        sa.Column("expected_cash", sa.Integer(), nullable=False),
        sa.Column("counted_by", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["approved_by"], ["users.id"], name=op.f("fk_day_counts_approved_by_users")),
        sa.ForeignKeyConstraint(
            ["business_day_id"],
            ["business_days.id"],
            name=op.f("fk_day_counts_business_day_id_business_days"),
        ),
        sa.ForeignKeyConstraint(["counted_by"], ["users.id"], name=op.f("fk_day_counts_counted_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_counts")),
        sa.UniqueConstraint("business_day_id", "seq", name=op.f("uq_day_counts_business_day_id")),
    )
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER day_counts_no_{action.lower()} BEFORE {action} ON day_counts "
            "BEGIN SELECT RAISE(ABORT, 'day_counts is append-only'); END"
        )
    op.execute(f"CREATE TRIGGER {GUARD[0]} {GUARD[1]}")
    # Plain ALTER TABLE (no batch copy): the table keeps its 0004 triggers.
    op.add_column("business_days", sa.Column("last_close_cash", sa.Integer(), nullable=True))
    op.add_column(
        "business_days", sa.Column("opening_note", sa.String(length=200), server_default="", nullable=False)
    )


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch copy that would lose 0004's triggers.
    op.drop_column("business_days", "opening_note")
    op.drop_column("business_days", "last_close_cash")
    op.execute(f"DROP TRIGGER IF EXISTS {GUARD[0]}")
    for action in ("update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS day_counts_no_{action}")
    op.drop_table("day_counts")
