"""business day, returns, vouchers, hub outbox

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# New append-only tables (as in 0001): never updated or deleted.
APPEND_ONLY = ("z_reports", "cash_movements", "vouchers", "voucher_uses", "return_lines")

# A closed day is locked for good: its row cannot change, and nothing real
# (no sale, return or cash movement) can be written into it afterwards.
GUARDS = {
    "business_days_closed_no_update": (
        "BEFORE UPDATE ON business_days WHEN OLD.status = 'closed' "
        "BEGIN SELECT RAISE(ABORT, 'the business day is closed'); END"
    ),
    "business_days_no_delete": (
        "BEFORE DELETE ON business_days BEGIN SELECT RAISE(ABORT, 'business days are kept'); END"
    ),
    "sales_closed_day_no_insert": (
        "BEFORE INSERT ON sales WHEN NEW.training = 0 AND EXISTS (SELECT 1 FROM business_days d "
        "WHERE d.register_id = NEW.register_id AND d.business_date = NEW.business_date "
        "AND d.status = 'closed') BEGIN SELECT RAISE(ABORT, 'the business day is closed'); END"
    ),
    "cash_movements_closed_day_no_insert": (
        "BEFORE INSERT ON cash_movements WHEN EXISTS (SELECT 1 FROM business_days d "
        "WHERE d.id = NEW.business_day_id AND d.status = 'closed') "
        "BEGIN SELECT RAISE(ABORT, 'the business day is closed'); END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "business_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("opened_at", sa.String(length=32), nullable=False),
        sa.Column("opened_by", sa.Integer(), nullable=False),
        sa.Column("opening_float", sa.Integer(), nullable=False),
        sa.Column("opening_count", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.String(length=32), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["closed_by"], ["users.id"], name=op.f("fk_business_days_closed_by_users")),
        sa.ForeignKeyConstraint(["opened_by"], ["users.id"], name=op.f("fk_business_days_opened_by_users")),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_business_days_register_id_registers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_days")),
        sa.UniqueConstraint("register_id", "business_date", name=op.f("uq_business_days_register_id")),
    )
    op.create_table(
        "hub_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_hub_outbox_register_id_registers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hub_outbox")),
        sa.UniqueConstraint(
            "register_id", "business_date", "revision", name=op.f("uq_hub_outbox_register_id")
        ),
    )
    with op.batch_alter_table("hub_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hub_outbox_sent_at"), ["sent_at"], unique=False)

    op.create_table(
        "cash_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("business_day_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["approved_by"], ["users.id"], name=op.f("fk_cash_movements_approved_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["business_day_id"],
            ["business_days.id"],
            name=op.f("fk_cash_movements_business_day_id_business_days"),
        ),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_cash_movements_register_id_registers")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_cash_movements_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cash_movements")),
    )
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cash_movements_business_day_id"), ["business_day_id"], unique=False
        )

    op.create_table(
        "vouchers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=13), nullable=False),
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
    with op.batch_alter_table("vouchers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vouchers_issued_sale_id"), ["issued_sale_id"], unique=False)

    op.create_table(
        "z_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("register_id", sa.Integer(), nullable=False),
        sa.Column("z_number", sa.Integer(), nullable=False),
        sa.Column("business_day_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("counted_cash", sa.Integer(), nullable=False),
        sa.Column("expected_cash", sa.Integer(), nullable=False),
        sa.Column("difference", sa.Integer(), nullable=False),
        sa.Column("difference_note", sa.String(length=200), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("second_counter", sa.Integer(), nullable=True),
        sa.Column("closing_count", sa.Text(), nullable=False),
        sa.Column("card_batch_total", sa.Integer(), nullable=True),
        sa.Column("vipps_settlement", sa.Integer(), nullable=True),
        sa.Column("grand_total_sales", sa.Integer(), nullable=False),
        sa.Column("grand_total_returns", sa.Integer(), nullable=False),
        sa.Column("grand_total_net", sa.Integer(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["approved_by"], ["users.id"], name=op.f("fk_z_reports_approved_by_users")),
        sa.ForeignKeyConstraint(
            ["business_day_id"], ["business_days.id"], name=op.f("fk_z_reports_business_day_id_business_days")
        ),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_z_reports_created_by_users")),
        sa.ForeignKeyConstraint(
            ["register_id"], ["registers.id"], name=op.f("fk_z_reports_register_id_registers")
        ),
        sa.ForeignKeyConstraint(
            ["second_counter"], ["users.id"], name=op.f("fk_z_reports_second_counter_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_z_reports")),
        sa.UniqueConstraint("business_day_id", name=op.f("uq_z_reports_business_day_id")),
        sa.UniqueConstraint("register_id", "z_number", name=op.f("uq_z_reports_register_id")),
    )
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

    op.create_table(
        "return_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("line_id", sa.Integer(), nullable=False),
        sa.Column("original_line_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["line_id"], ["sale_lines.id"], name=op.f("fk_return_lines_line_id_sale_lines")
        ),
        sa.ForeignKeyConstraint(
            ["original_line_id"], ["sale_lines.id"], name=op.f("fk_return_lines_original_line_id_sale_lines")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_lines")),
        sa.UniqueConstraint("line_id", name=op.f("uq_return_lines_line_id")),
    )
    with op.batch_alter_table("return_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_return_lines_original_line_id"), ["original_line_id"], unique=False
        )

    # At most one open day per register.
    op.execute(
        "CREATE UNIQUE INDEX ux_business_days_one_open ON business_days (register_id) WHERE status = 'open'"
    )
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            )
    for name, body in GUARDS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in APPEND_ONLY:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    op.execute("DROP INDEX IF EXISTS ux_business_days_one_open")
    with op.batch_alter_table("return_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_lines_original_line_id"))

    op.drop_table("return_lines")
    with op.batch_alter_table("voucher_uses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_voucher_uses_voucher_id"))
        batch_op.drop_index(batch_op.f("ix_voucher_uses_sale_id"))

    op.drop_table("voucher_uses")
    op.drop_table("z_reports")
    with op.batch_alter_table("vouchers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vouchers_issued_sale_id"))

    op.drop_table("vouchers")
    with op.batch_alter_table("cash_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cash_movements_business_day_id"))

    op.drop_table("cash_movements")
    with op.batch_alter_table("hub_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hub_outbox_sent_at"))

    op.drop_table("hub_outbox")
    op.drop_table("business_days")
