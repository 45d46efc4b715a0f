"""donations and category intake settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "donations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=False),
        sa.Column("donor_name", sa.String(length=80), nullable=True),
        sa.Column("donor_phone", sa.String(length=20), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["received_by"], ["users.id"], name=op.f("fk_donations_received_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donations")),
    )
    with op.batch_alter_table("donations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_donations_received_at"), ["received_at"], unique=False)

    op.create_table(
        "donation_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("donation_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("weight_grams", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"], ["categories.id"], name=op.f("fk_donation_lines_category_id_categories")
        ),
        sa.ForeignKeyConstraint(
            ["donation_id"], ["donations.id"], name=op.f("fk_donation_lines_donation_id_donations")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_donation_lines")),
    )
    with op.batch_alter_table("donation_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_donation_lines_donation_id"), ["donation_id"], unique=False)

    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("markdown_rule", sa.String(length=80), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("price_tags", sa.Boolean(), server_default="0", nullable=False))

    # A plain ADD COLUMN: recreating items (as a batch would, for the foreign
    # key) would copy a shop's million rows and trip sale_lines' references.
    op.execute("ALTER TABLE items ADD COLUMN donation_id INTEGER REFERENCES donations (id)")


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("donation_id")

    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_column("price_tags")
        batch_op.drop_column("markdown_rule")

    with op.batch_alter_table("donation_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donation_lines_donation_id"))

    op.drop_table("donation_lines")
    with op.batch_alter_table("donations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_donations_received_at"))

    op.drop_table("donations")
