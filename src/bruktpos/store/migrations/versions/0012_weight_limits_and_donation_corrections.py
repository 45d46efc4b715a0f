"""a category's usual most weight in one entry; donations corrected by new, reversing lines

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02

``categories.max_weight_grams``: above it the donation screen asks "Is that
right?" before saving (0, every category's value after the upgrade, = no
limit). A 960 g bag typed as 960 kg skews a whole month's kilos.

``donation_corrections``: a leader's correction of a registered donation,
with who, when and why. The donation's lines are never changed: the
correction adds lines (``donation_lines.correction_id``) that reverse the
lines as they stood and lines with the right weights, so every report that
sums a donation's lines reads the corrected kilos, and the first entry is
still there to be seen. Plain ``ALTER TABLE … ADD COLUMN`` (no batch copy).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "categories", sa.Column("max_weight_grams", sa.Integer(), server_default="0", nullable=False)
    )
    op.create_table(
        "donation_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("donation_id", sa.Integer(), nullable=False),
        sa.Column("corrected_at", sa.String(length=32), nullable=False),
        sa.Column("corrected_by", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["donation_id"], ["donations.id"], name=op.f("fk_donation_corrections_donation_id_donations")
        ),
        sa.ForeignKeyConstraint(
            ["corrected_by"], ["users.id"], name=op.f("fk_donation_corrections_corrected_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donation_corrections")),
    )
    with op.batch_alter_table("donation_corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_donation_corrections_donation_id"), ["donation_id"], unique=False
        )
    op.execute(
        "ALTER TABLE donation_lines ADD COLUMN correction_id INTEGER REFERENCES donation_corrections (id)"
    )


def downgrade() -> None:
    op.drop_column("donation_lines", "correction_id")
    with op.batch_alter_table("donation_corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donation_corrections_donation_id"))
    op.drop_table("donation_corrections")
    op.drop_column("categories", "max_weight_grams")
