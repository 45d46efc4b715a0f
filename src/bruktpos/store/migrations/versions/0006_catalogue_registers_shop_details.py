"""a real shop's set-up: tax codes and quick prices on categories, products' own tax code, the shop's phone

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("categories", schema=None) as batch_op:
        # A SAF-T standard tax code (3, 31, 33, 5, 6); vat_rate stays, kept equal to the code's rate.
        batch_op.add_column(sa.Column("vat_code", sa.String(length=3), server_default="3", nullable=False))
        # The price keypad's ready amounts for this category: a JSON list of øre.
        batch_op.add_column(sa.Column("quick_prices", sa.Text(), server_default="[]", nullable=False))
    op.execute(
        "UPDATE categories SET vat_code = CASE vat_rate "
        "WHEN 2500 THEN '3' WHEN 1500 THEN '31' WHEN 1200 THEN '33' ELSE '5' END"
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        # NULL = the category's tax code.
        batch_op.add_column(sa.Column("vat_code", sa.String(length=3), nullable=True))
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone", sa.String(length=20), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shop", schema=None) as batch_op:
        batch_op.drop_column("phone")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_column("vat_code")
    with op.batch_alter_table("categories", schema=None) as batch_op:
        batch_op.drop_column("quick_prices")
        batch_op.drop_column("vat_code")
