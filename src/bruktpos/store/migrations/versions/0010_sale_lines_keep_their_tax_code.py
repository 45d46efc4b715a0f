"""a sale line keeps the SAF-T tax code it was sold under

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Until now a line kept only its VAT rate, and 0 % could be either zero-rated
goods (code 5, books) or a sale outside the VAT Act (code 6): receipts, X, Z
and the SAF-T export had to guess from today's catalogue. ``sale_lines``
gets ``vat_code``, written with every sale from now on.

The lines sold before are filled in once: the first of the line's product's
own code and its category's code that has the rate the line was sold at,
else the code of that rate (0 % → 5, zero-rated). ``sale_lines`` is
append-only, so its UPDATE guard is dropped for the fill and made again, word
for word as 0001 made it. A plain ``ALTER TABLE … ADD COLUMN`` (no batch
copy) keeps the table's other guards, 0009's REPLACE guard among them.

The sales' journal entries were written before the codes existed: their
digests are without them, and ``verify`` reads them so
(``store/integrity.py``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# As 0001 made it (the DDL must stay word for word: a new shop's file has 0001's).
UPDATE_GUARD = (
    "CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines "
    "BEGIN SELECT RAISE(ABORT, 'sale_lines is append-only'); END"
)
# The standard tax codes for sales and their rates (domain.vat.TaxCode as of this revision).
CODE_RATES = {"3": 2500, "31": 1500, "33": 1200, "5": 0, "6": 0}
RATE_CODES = {2500: "3", 1500: "31", 1200: "33"}
ZERO_RATED = "5"

_KINDS = sa.text(
    "SELECT DISTINCT l.product_id, l.category_id, l.vat_rate, p.vat_code, c.vat_code "
    "FROM sale_lines l LEFT JOIN products p ON p.id = l.product_id "
    "LEFT JOIN categories c ON c.id = coalesce(l.category_id, p.category_id)"
)
_FILL = sa.text(
    "UPDATE sale_lines SET vat_code = :code "
    "WHERE product_id IS :product AND category_id IS :category AND vat_rate = :rate"
)


def code_as_sold(rate: int, product_code: str | None, category_code: str | None) -> str:
    """The code a line sold at ``rate`` had: its product's or category's if at that rate, else the rate's."""
    for code in (product_code, category_code):
        if code is not None and CODE_RATES.get(code) == rate:
            return code
    return RATE_CODES.get(rate, ZERO_RATED)


def upgrade() -> None:
    op.add_column("sale_lines", sa.Column("vat_code", sa.String(length=3), nullable=True))
    conn = op.get_bind()
    kinds = conn.execute(_KINDS).all()
    if not kinds:
        return
    op.execute("DROP TRIGGER sale_lines_no_update")
    for product, category, rate, product_code, category_code in kinds:
        conn.execute(
            _FILL,
            {
                "code": code_as_sold(rate, product_code, category_code),
                "product": product,
                "category": category,
                "rate": rate,
            },
        )
    op.execute(UPDATE_GUARD)


def downgrade() -> None:
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not a batch copy that would lose the table's guards.
    op.drop_column("sale_lines", "vat_code")
