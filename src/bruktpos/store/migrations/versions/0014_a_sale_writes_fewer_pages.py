"""a sale writes fewer pages: no index of sale lines by item, the journal's kind index without sales,
one index of sales by day instead of two

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03

After 0013 a sale still wrote about 20 pages to the WAL against the 6 of the
same rows in a bare file (issue 18). Two indexes wrote a quarter of them and
served little:

* ``ix_sale_lines_item_id`` took three pages a sale (three items, each in a
  different place of the index), to answer one question: which sale sold a
  scanned item, for a return. ``items.sold_sale_id`` already says so while the
  item is sold; from now on a return keeps it (the item's status says it is
  back on the shelf), so it names the item's last sale whatever became of it.
  The items given back before this revision get theirs from their last sale
  line here, before the index goes.
* ``ix_journal_register_id_event_at`` took about two pages a sale: every sale
  journals a "sale" entry in the middle of that index. What reads it looks for
  the other kinds (voids, copies, drawer openings, failed prints, the till's
  start and stop), so it now holds only those: a partial index that sales
  never touch. The queries say its condition (``store.models.NOT_A_SALE``) so
  SQLite can use it.
* ``ix_sales_business_date`` (a day's or a period's sales, every register) and
  ``ix_sales_register_id_business_date_training`` (one register's day, the X
  and Z) took a page each. One index of (business_date, register_id,
  training) serves both: the day or period as its first column, and a
  register's day by all three, read from the index alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

NOT_A_SALE = "event NOT IN ('sale', 'training_sale')"  # == store.models.NOT_A_SALE


SALES_BY_DAY = ("business_date", "register_id", "training")


def upgrade() -> None:
    op.execute(
        "UPDATE items SET sold_sale_id = ("
        "SELECT max(l.sale_id) FROM sale_lines l JOIN sales s ON s.id = l.sale_id"
        " WHERE l.item_id = items.id AND s.kind = 'sale' AND s.training = 0"
        ") WHERE sold_sale_id IS NULL AND status <> 'sold'"
        " AND id IN (SELECT item_id FROM sale_lines WHERE item_id IS NOT NULL)"
    )
    op.drop_index("ix_sale_lines_item_id", table_name="sale_lines")
    op.drop_index("ix_journal_register_id_event_at", table_name="journal")
    op.create_index(
        "ix_journal_register_id_event_at",
        "journal",
        ["register_id", "event", "at"],
        sqlite_where=sa.text(NOT_A_SALE),
    )
    op.create_index("ix_sales_business_date_register_id_training", "sales", list(SALES_BY_DAY))
    op.drop_index("ix_sales_business_date", table_name="sales")
    op.drop_index("ix_sales_register_id_business_date_training", table_name="sales")


def downgrade() -> None:
    op.create_index(
        "ix_sales_register_id_business_date_training", "sales", ["register_id", "business_date", "training"]
    )
    op.create_index("ix_sales_business_date", "sales", ["business_date"])
    op.drop_index("ix_sales_business_date_register_id_training", table_name="sales")
    op.drop_index("ix_journal_register_id_event_at", table_name="journal")
    op.create_index("ix_journal_register_id_event_at", "journal", ["register_id", "event", "at"])
    op.create_index("ix_sale_lines_item_id", "sale_lines", ["item_id"])
    op.execute("UPDATE items SET sold_sale_id = NULL WHERE status <> 'sold'")
