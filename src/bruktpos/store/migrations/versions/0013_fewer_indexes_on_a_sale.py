"""fewer indexes for a sale to update: items by status only where they left the shelf

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

A sale marks its items sold, and every index over ``items.status`` moved each
of them from the in-stock part of the index to the sold part: three indexes,
about six pages each per sale, some half of all the pages a sale wrote to the
WAL (issue 18). What read them is served as well without:

* ``ix_items_status``, ``ix_items_status_intake_at``: the inventory's
  "in stock" and "sold" lists, newest first, walk ``ix_items_intake_at`` and
  stop at the limit (most items are one or the other). The rare statuses —
  discarded, recycled, moved — get a partial index, ``ix_items_off_shelf``
  (status, intake_at) over those items only, which a sale and a return never
  touch (``services.inventory`` names its condition so SQLite can use it).
* ``ix_items_category_id_status_intake_at``: a category's items of one status
  in an intake period (the period report's "sold of the intake") read
  ``ix_items_category_id_intake_at`` and check the status of each.
* ``ix_sales_created_at``: nothing looks sales up by their time; days and
  periods go by ``business_date``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OFF_SHELF = "status NOT IN ('in_stock', 'sold')"


def upgrade() -> None:
    op.drop_index("ix_items_status", table_name="items")
    op.drop_index("ix_items_status_intake_at", table_name="items")
    op.drop_index("ix_items_category_id_status_intake_at", table_name="items")
    op.drop_index("ix_sales_created_at", table_name="sales")
    op.create_index("ix_items_off_shelf", "items", ["status", "intake_at"], sqlite_where=sa.text(OFF_SHELF))


def downgrade() -> None:
    op.drop_index("ix_items_off_shelf", table_name="items")
    op.create_index("ix_sales_created_at", "sales", ["created_at"])
    op.create_index("ix_items_category_id_status_intake_at", "items", ["category_id", "status", "intake_at"])
    op.create_index("ix_items_status_intake_at", "items", ["status", "intake_at"])
    op.create_index("ix_items_status", "items", ["status"])
