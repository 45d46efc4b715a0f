"""longer voucher codes: vouchers.code holds nineteen digits (980, fifteen random, a check digit)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

SQLite cannot change a column's type in place, so ``vouchers`` is copied into
a new table made as 0004 made it (not by Alembic's batch mode, whose copy
lists the constraints in no fixed order, so an upgraded file and a new one
would differ in their schema text), and renamed. Two more things:

- ``voucher_uses`` refers to ``vouchers``, and the upgrade runs inside one
  transaction with foreign keys on (they cannot be turned off inside it), so
  dropping the old ``vouchers`` would fail while uses point at it. The uses
  are kept aside in a temporary table, ``voucher_uses`` is dropped and made
  again as 0004 made it, and the uses are put back with their own ids.
- Dropping a table drops its triggers: both tables' append-only triggers
  (0004) are made again afterwards, word for word.

Every code already issued (thirteen digits) is kept as it was and still pays.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ("vouchers", "voucher_uses")  # both lose their triggers when copied or dropped
KEPT = "voucher_uses_kept_0008"
NEW_VOUCHERS = "vouchers_0008"
COLUMNS = "id, code, register_id, issued_sale_id, amount, issued_at, expires_at"


def upgrade() -> None:
    _retype_code(19)


def downgrade() -> None:
    # SQLite does not enforce a VARCHAR's length, so any nineteen-digit code stays readable.
    _retype_code(13)


def _retype_code(length: int) -> None:
    op.execute(f"CREATE TEMP TABLE {KEPT} AS SELECT id, voucher_id, sale_id, amount FROM voucher_uses")
    op.drop_table("voucher_uses")  # its indexes and triggers go with it
    _create_vouchers(NEW_VOUCHERS, length)
    op.execute(f"INSERT INTO {NEW_VOUCHERS} ({COLUMNS}) SELECT {COLUMNS} FROM vouchers ORDER BY id")
    op.drop_table("vouchers")  # its index and triggers go with it
    op.rename_table(NEW_VOUCHERS, "vouchers")
    with op.batch_alter_table("vouchers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vouchers_issued_sale_id"), ["issued_sale_id"], unique=False)
    _create_voucher_uses()
    op.execute(
        f"INSERT INTO voucher_uses (id, voucher_id, sale_id, amount) "
        f"SELECT id, voucher_id, sale_id, amount FROM {KEPT} ORDER BY id"
    )
    op.execute(f"DROP TABLE {KEPT}")
    for table in TABLES:
        for action in ("UPDATE", "DELETE"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action.lower()}")
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )


def _create_vouchers(name: str, code_length: int) -> None:
    """``vouchers`` as migration 0004 made it, under ``name``, with ``code`` of ``code_length``."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=code_length), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("issued_sale_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["issued_sale_id"], ["sales.id"], name=op.f("fk_vouchers_issued_sale_id_sales")
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_vouchers_register_id_registers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vouchers")),
        sa.UniqueConstraint("code", name=op.f("uq_vouchers_code")),
    )


def _create_voucher_uses() -> None:
    """``voucher_uses`` as migration 0004 made it."""
    op.create_table(
        "voucher_uses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("voucher_id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_voucher_uses_sale_id_sales")),
        sa.ForeignKeyConstraint(
            ["voucher_id"], ["vouchers.id"], name=op.f("fk_voucher_uses_voucher_id_vouchers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voucher_uses")),
    )
    with op.batch_alter_table("voucher_uses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_voucher_uses_sale_id"), ["sale_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_voucher_uses_voucher_id"), ["voucher_id"], unique=False)
