"""append-only refuses REPLACE: a BEFORE INSERT guard on every append-only table

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

SQLite's ``REPLACE`` conflict resolution (``INSERT OR REPLACE``, ``REPLACE
INTO``) deletes the row in its way and inserts the new one; the delete fires
no DELETE trigger unless ``PRAGMA recursive_triggers`` is on (SQLite's
lang_conflict page, and its test ``triggerC-5``). The till turns the pragma on
for its own connections (``store/db.py``), but anyone else's ``sqlite3``
would not, so 0001/0004's ``BEFORE DELETE`` guards alone let a sale, a
journal entry or a Z report be swapped for another row with the same id.

Each append-only table (and ``business_days``, whose closed rows 0004 locks)
gets ``{table}_no_replace``: a ``BEFORE INSERT`` trigger that refuses a row
whose id, or any of the table's unique keys, is already taken. A plain INSERT
of such a row would fail on the constraint anyway; these refuse it before
REPLACE can delete anything. Upserts (``ON CONFLICT DO UPDATE``) and ``UPDATE
OR REPLACE`` fire the UPDATE guards, which already refuse them.

A later migration that copies or drops one of these tables (as 0008 did)
loses these triggers with it and must make them again, word for word.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Each table's unique keys besides its id (store/models.py), as SQL conditions on NEW.
UNIQUE_KEYS: dict[str, tuple[str, ...]] = {
    "sales": ("register_id = NEW.register_id AND training = NEW.training AND receipt_no = NEW.receipt_no",),
    "sale_lines": (),
    "payments": (),
    "journal": (),
    "z_reports": (
        "register_id = NEW.register_id AND z_number = NEW.z_number",
        "business_day_id = NEW.business_day_id",
    ),
    "cash_movements": (),
    "vouchers": ("code = NEW.code",),
    "voucher_uses": (),
    "return_lines": ("line_id = NEW.line_id",),
    "day_counts": ("business_day_id = NEW.business_day_id AND seq = NEW.seq",),
    # ux_business_days_one_open: one open day per register.
    "business_days": ("NEW.status = 'open' AND status = 'open' AND register_id = NEW.register_id",),
}


def guard(table: str) -> str:
    """The ``CREATE TRIGGER`` for ``table``'s REPLACE guard."""
    taken = " OR ".join(("(NEW.id IS NOT NULL AND id = NEW.id)", *(f"({key})" for key in UNIQUE_KEYS[table])))
    message = "business days are kept" if table == "business_days" else f"{table} is append-only"
    return (
        f"CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table} "
        f"WHEN EXISTS (SELECT 1 FROM {table} WHERE {taken}) "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def upgrade() -> None:
    for table in UNIQUE_KEYS:
        op.execute(guard(table))


def downgrade() -> None:
    for table in UNIQUE_KEYS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_replace")
