"""The back room: donations in, prices on, items out of circulation.

Volunteers weigh what came in (kilos given a second life are what chapters
report), price what is worth selling — one unique code per item, or one
price-tag code for many identical cheap things — and take old or broken
things off the shelves. Price changes are journalled.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from bruktpos.domain.cart import check_price
from bruktpos.domain.errors import (
    CategoryNotFound,
    DonationNotFound,
    InvalidCount,
    InvalidPhone,
    InvalidQuantity,
    InvalidWeight,
    ItemNotForSale,
    ItemNotFound,
    PermissionDenied,
    ProductNotFound,
)
from bruktpos.domain.markdown import MarkdownRule, pull_cutoff
from bruktpos.domain.people import Operator
from bruktpos.domain.price_tags import make_price_tag_code
from bruktpos.domain.roles import Action, Role, may, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.inventory import ItemRow, list_items
from bruktpos.services.shop import next_item_codes
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import (
    Category,
    Donation,
    DonationCorrection,
    DonationLine,
    Item,
    ItemStatus,
    Product,
    Shop,
    User,
)

MAX_WEIGHT_GRAMS = 2_000_000  # two tonnes in one delivery is a typing mistake
MAX_ITEMS_AT_ONCE = 500
MAX_DONATED_COUNT = 100_000
MAX_RECEIVED = 100_000  # one delivery of one product
_PHONE = re.compile(r"^\+?[0-9 ]{5,20}$")
# Where an item can go when it leaves the shelf without being sold.
OUT_OF_CIRCULATION = (ItemStatus.DISCARDED, ItemStatus.RECYCLED, ItemStatus.MOVED)


@dataclass(frozen=True)
class DonationLineInput:
    category_id: int
    weight_grams: int
    count: int = 0


@dataclass(frozen=True)
class DonationLineView:
    """A category's weight and count in a donation, as it stands after any corrections."""

    category_id: int
    category: str
    weight_grams: int
    count: int


@dataclass(frozen=True)
class DonationView:
    """A registered donation as it stands: its lines per category, and how often it was corrected."""

    id: int
    received_at: datetime
    received_by: str
    lines: tuple[DonationLineView, ...]
    corrections: int

    @property
    def weight_grams(self) -> int:
        return sum(line.weight_grams for line in self.lines)


@dataclass(frozen=True)
class PriceSuggestions:
    """The category's default price and the prices most used for it lately."""

    default: int
    common: list[int]


class IntakeService:
    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock

    # --- donations -----------------------------------------------------------

    def register_donation(
        self,
        lines: Sequence[DonationLineInput],
        *,
        by: Operator,
        donor_name: str | None = None,
        donor_phone: str | None = None,
        note: str = "",
    ) -> int:
        """Record what came in (weight per category, and a count). Returns the donation's id.

        A donor's name or phone is kept only when given (for a pick-up or a
        gift receipt); nothing else about donors is stored.
        """
        _check_lines(lines)
        phone = (donor_phone or "").strip() or None
        if phone is not None and not _PHONE.match(phone):
            raise InvalidPhone(phone)
        with self.db.write() as session:
            known = set(
                session.scalars(select(Category.id).where(Category.id.in_([x.category_id for x in lines])))
            )
            for line in lines:
                if line.category_id not in known:
                    raise CategoryNotFound(line.category_id)
            donation = Donation(
                received_at=self.clock(),
                received_by=by.id,
                donor_name=(donor_name or "").strip()[:80] or None,
                donor_phone=phone,
                note=note.strip()[:200],
            )
            session.add(donation)
            session.flush()
            session.execute(
                insert(DonationLine),
                [
                    {
                        "donation_id": donation.id,
                        "category_id": x.category_id,
                        "weight_grams": x.weight_grams,
                        "count": x.count,
                    }
                    for x in lines
                ],
            )
            return donation.id

    def recent_donations(self, *, limit: int = 50) -> list[DonationView]:
        """The latest donations, newest first, each as it stands after its corrections."""
        with self.db.read() as session:
            ids = list(session.scalars(select(Donation.id).order_by(Donation.id.desc()).limit(limit)))
            return [_donation_view(session, donation_id) for donation_id in ids]

    def donation(self, donation_id: int) -> DonationView:
        with self.db.read() as session:
            return _donation_view(session, donation_id)

    def correct_donation(
        self, donation_id: int, lines: Sequence[DonationLineInput], *, by: Operator, reason: str
    ) -> int:
        """Put a registered donation's weights right (a leader); returns the correction's id.

        Nothing already stored changes: the correction adds lines that reverse
        the donation's lines as they stand (per category) and then the given
        lines, so every sum of the donation's lines reads the new weights and
        the first entry stays to be seen. Journalled with the old and the new
        lines and the reason. Refused (``InvalidWeight``) when nothing differs.
        """
        require(by.role, Action.CORRECT_DONATION)
        _check_lines(lines)
        now = self.clock()
        with self.db.write() as session:
            before = _donation_view(session, donation_id)
            known = set(
                session.scalars(select(Category.id).where(Category.id.in_([x.category_id for x in lines])))
            )
            for line in lines:
                if line.category_id not in known:
                    raise CategoryNotFound(line.category_id)
            old = _as_totals([(x.category_id, x.weight_grams, x.count) for x in before.lines])
            new = _as_totals([(x.category_id, x.weight_grams, x.count) for x in lines])
            if old == new:
                raise InvalidWeight(before.weight_grams, MAX_WEIGHT_GRAMS)
            correction = DonationCorrection(
                donation_id=donation_id, corrected_at=now, corrected_by=by.id, reason=reason.strip()[:200]
            )
            session.add(correction)
            session.flush()
            added = [(c, -grams, -count) for c, (grams, count) in old.items()]
            added += [(c, grams, count) for c, (grams, count) in new.items()]
            session.execute(
                insert(DonationLine),
                [
                    {
                        "donation_id": donation_id,
                        "category_id": category_id,
                        "weight_grams": grams,
                        "count": count,
                        "correction_id": correction.id,
                    }
                    for category_id, grams, count in added
                ],
            )
            names = {c_id: name for c_id, name in session.execute(select(Category.id, Category.name))}
            journal.append(
                session,
                Event.DONATION_CORRECTED,
                at=now,
                user_id=by.id,
                register_id=self.register_id,
                details={
                    "donation": donation_id,
                    "correction": correction.id,
                    "from": _journal_lines(old, names),
                    "to": _journal_lines(new, names),
                    "reason": correction.reason,
                },
            )
            return correction.id

    # --- pricing -------------------------------------------------------------

    def price_suggestions(self, category_id: int, *, limit: int = 4, days: int = 90) -> PriceSuggestions:
        """The default and the most used prices of the last ``days`` (most used first)."""
        since = self.clock() - timedelta(days=days)
        with self.db.read() as session:
            category = session.get(Category, category_id)
            if category is None:
                raise CategoryNotFound(category_id)
            prices = session.scalars(
                select(Item.price)
                .where(Item.category_id == category_id, Item.intake_at >= since)
                .order_by(Item.id.desc())
                .limit(2000)
            ).all()
        common = [price for price, _ in Counter(prices).most_common(limit)]
        return PriceSuggestions(category.default_price, common)

    def price_items(
        self,
        category_id: int,
        price: int,
        *,
        count: int = 1,
        description: str = "",
        donation_id: int | None = None,
    ) -> list[str]:
        """Put ``count`` unique items on the shelf at ``price``; returns their new codes."""
        check_price(price)
        if not isinstance(count, int) or not 1 <= count <= MAX_ITEMS_AT_ONCE:
            raise InvalidCount(0, count if isinstance(count, int) else 0)
        now = self.clock()
        with self.db.write() as session:
            if session.get(Category, category_id) is None:
                raise CategoryNotFound(category_id)
            shop_number = session.scalar(select(Shop.shop_number).limit(1)) or 0
            codes = next_item_codes(session, shop_number, count)
            session.execute(
                insert(Item),
                [
                    {
                        "code": code,
                        "category_id": category_id,
                        "description": description.strip()[:120],
                        "price": price,
                        "status": ItemStatus.IN_STOCK,
                        "intake_at": now,
                        "status_at": now,
                        "donation_id": donation_id,
                    }
                    for code in codes
                ],
            )
            return codes

    def price_tag(self, category_id: int, price: int) -> str:
        """The one code for many identical things in this category at this price (no stock kept)."""
        with self.db.read() as session:
            if session.get(Category, category_id) is None:
                raise CategoryNotFound(category_id)
        return make_price_tag_code(category_id, price)

    def change_price(self, code: str, price: int, *, by: Operator) -> None:
        """A new price for an item on the shelf (a leader's decision; journalled)."""
        require(by.role, Action.PRICE_OVERRIDE)
        check_price(price)
        with self.db.write() as session:
            item = session.scalar(select(Item).where(Item.code == code))
            if item is None:
                raise ItemNotFound(code)
            if item.status != ItemStatus.IN_STOCK:
                raise ItemNotForSale(code, item.status, item.status_at)
            old = item.price
            item.price = price
            journal.append(
                session,
                Event.PRICE_CHANGE,
                at=self.clock(),
                user_id=by.id,
                register_id=self.register_id,
                details={"item": code, "from": old, "to": price},
            )

    # --- out of circulation ----------------------------------------------------

    def take_off_shelf(self, codes: Sequence[str], status: str, *, by: Operator) -> int:
        """Mark items in stock as discarded, recycled or moved to another shop. Returns how many.

        Anyone may take down items that are due by their category's markdown
        rule (the "to pull" list); taking down anything else is a shop
        leader's decision (:class:`PermissionDenied` for ``take_off_shelf``),
        since it takes goods away that could still sell. Journalled with who
        did it and the codes.

        All or nothing: an unknown code, one not on the shelf, or one not due
        for a volunteer changes nothing.
        """
        if status not in OUT_OF_CIRCULATION:
            raise ValueError(f"status must be one of {', '.join(OUT_OF_CIRCULATION)}")
        codes = list(dict.fromkeys(codes))
        now = self.clock()
        with self.db.write() as session:
            rows = session.execute(
                select(Item.code, Item.status, Item.status_at, Item.category_id, Item.intake_at).where(
                    Item.code.in_(codes)
                )
            ).all()
            found = {row.code: row for row in rows}
            for code in codes:
                if code not in found:
                    raise ItemNotFound(code)
                row = found[code]
                if row.status != ItemStatus.IN_STOCK:
                    raise ItemNotForSale(code, row.status, row.status_at)
            if not may(by.role, Action.TAKE_OFF_SHELF):
                cutoffs = _pull_cutoffs(session, {row.category_id for row in rows}, now.date())
                for code in codes:
                    cutoff = cutoffs.get(found[code].category_id)
                    if cutoff is None or found[code].intake_at.date() > cutoff:
                        raise PermissionDenied(Action.TAKE_OFF_SHELF.value, Role(by.role).value)
            session.execute(update(Item).where(Item.code.in_(codes)).values(status=status, status_at=now))
            journal.append(
                session,
                Event.ITEMS_OFF_SHELF,
                at=now,
                user_id=by.id,
                register_id=self.register_id,
                details={"status": status, "items": codes},
            )
            return len(codes)

    def to_pull(self, *, on: date | None = None, limit: int = 500) -> list[ItemRow]:
        """Items whose category rule says they have been on the shelf long enough to pull."""
        day = on or self.clock().date()
        with self.db.read() as session:
            rules = {
                category_id: MarkdownRule.parse(text)
                for category_id, text in session.execute(
                    select(Category.id, Category.markdown_rule).where(Category.markdown_rule != "")
                )
            }
        found: list[ItemRow] = []
        for category_id, rule in rules.items():
            cutoff = pull_cutoff(rule, day)
            if cutoff is None:
                continue
            found.extend(
                list_items(
                    self.db, status="in-stock", category_id=category_id, intake_before=cutoff, limit=limit
                )
            )
        return sorted(found, key=lambda row: row.intake_at)[:limit]


def _check_lines(lines: Sequence[DonationLineInput]) -> None:
    """At least one line; each weight 0 to two tonnes, each count 0 to 100 000 (refused before any write)."""
    if not lines:
        raise InvalidWeight(0, MAX_WEIGHT_GRAMS)
    for line in lines:
        grams = line.weight_grams
        if not isinstance(grams, int) or isinstance(grams, bool) or not 0 <= grams <= MAX_WEIGHT_GRAMS:
            raise InvalidWeight(grams if isinstance(grams, int) else -1, MAX_WEIGHT_GRAMS)
        if not isinstance(line.count, int) or not 0 <= line.count <= MAX_DONATED_COUNT:
            raise InvalidQuantity(line.count if isinstance(line.count, int) else -1, MAX_DONATED_COUNT)


def _as_totals(lines: Sequence[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """(category, grams, count) summed per category, leaving out categories with nothing."""
    totals: dict[int, tuple[int, int]] = {}
    for category_id, grams, count in lines:
        old_grams, old_count = totals.get(category_id, (0, 0))
        totals[category_id] = (old_grams + grams, old_count + count)
    return {c: t for c, t in totals.items() if t != (0, 0)}


def _journal_lines(totals: dict[int, tuple[int, int]], names: dict[int, str]) -> list[dict[str, object]]:
    return [
        {"category": names.get(c, str(c)), "category_id": c, "grams": grams, "count": count}
        for c, (grams, count) in totals.items()
    ]


def _donation_view(session: Session, donation_id: int) -> DonationView:
    donation = session.get(Donation, donation_id)
    if donation is None:
        raise DonationNotFound(donation_id)
    rows = session.execute(
        select(
            DonationLine.category_id,
            Category.name,
            DonationLine.weight_grams,
            DonationLine.count.label("pieces"),
        )
        .join(Category, Category.id == DonationLine.category_id)
        .where(DonationLine.donation_id == donation_id)
        .order_by(DonationLine.id)
    ).all()
    names = {row.category_id: row.name for row in rows}
    totals = _as_totals([(row.category_id, row.weight_grams, row.pieces) for row in rows])
    corrections = session.scalar(
        select(func.count())
        .select_from(DonationCorrection)
        .where(DonationCorrection.donation_id == donation_id)
    )
    by = session.scalar(select(User.name).where(User.id == donation.received_by)) or ""
    return DonationView(
        id=donation.id,
        received_at=donation.received_at,
        received_by=by,
        lines=tuple(DonationLineView(c, names[c], grams, count) for c, (grams, count) in totals.items()),
        corrections=int(corrections or 0),
    )


def kilos(db: Database, *, since: date, until: date) -> dict[str, int]:
    """Grams received per category name between two days (inclusive) — for reports."""
    with db.read() as session:
        rows = session.execute(
            select(Category.name, func.sum(DonationLine.weight_grams))
            .join(DonationLine, DonationLine.category_id == Category.id)
            .join(Donation, Donation.id == DonationLine.donation_id)
            .where(
                func.substr(Donation.received_at, 1, 10) >= since.isoformat(),
                func.substr(Donation.received_at, 1, 10) <= until.isoformat(),
            )
            .group_by(Category.name)
        ).all()
    return {name: int(grams or 0) for name, grams in rows}


def set_category_intake(
    db: Database,
    category_id: int,
    *,
    markdown_rule: str,
    price_tags: bool,
    by: Operator,
    register_id: int | None = None,
    clock: Clock = local_now,
) -> None:
    """A leader's choice per category: its markdown rule, and price tags instead of unique labels.

    The rule is checked (``InvalidMarkdownRule``) and stored in its canonical
    text; the change is journalled with the old and new values.
    """
    require(by.role, Action.SETTINGS)
    MarkdownRule.parse(markdown_rule)  # refused before anything is opened
    with db.write() as session:
        category = session.get(Category, category_id)
        if category is None:
            raise CategoryNotFound(category_id)
        changed = apply_category_intake(category, markdown_rule=markdown_rule, price_tags=price_tags)
        if changed is None:
            return
        old, new = changed
        journal.append(
            session,
            Event.SETTINGS_CHANGED,
            at=clock(),
            user_id=by.id,
            register_id=register_id,
            details={"category": category.name, "from": old, "to": new},
        )


def apply_category_intake(
    category: Category, *, markdown_rule: str, price_tags: bool
) -> tuple[dict[str, object], dict[str, object]] | None:
    """Put a markdown rule and the price-tag choice on a category loaded in the caller's session.

    The rule is checked (``InvalidMarkdownRule``, nothing changed) and stored
    in its canonical text. Returns ``(old, new)`` when something changed, for
    the caller's journal entry; None when both were already so. Used by
    :func:`set_category_intake` and by the catalogue service's category edit,
    so the rule is read and stored in one place.
    """
    rule = MarkdownRule.parse(markdown_rule).describe()
    old: dict[str, object] = {
        "markdown_rule": category.markdown_rule,
        "price_tags": bool(category.price_tags),
    }
    new: dict[str, object] = {"markdown_rule": rule, "price_tags": bool(price_tags)}
    if old == new:
        return None
    category.markdown_rule, category.price_tags = rule, bool(price_tags)
    return old, new


def receive_goods(
    db: Database,
    product_id: int,
    quantity: int,
    *,
    by: Operator,
    register_id: int | None = None,
    clock: Clock = local_now,
) -> int:
    """New goods (or café stock) received: the product's stock count goes up. Returns the new count.

    Only products that keep a stock count take it; selling below zero is
    allowed at the till (a miscount must never stop a sale) and shows as a
    negative count. Journalled with who counted it in, the old and new count.
    """
    require(by.role, Action.RECEIVE_GOODS)
    if not isinstance(quantity, int) or isinstance(quantity, bool) or not 1 <= quantity <= MAX_RECEIVED:
        raise InvalidCount(0, quantity if isinstance(quantity, int) else 0)
    with db.write() as session:
        product = session.get(Product, product_id)
        if product is None or not product.track_stock:
            raise ProductNotFound(product_id)
        old = product.stock
        product.stock = old + quantity
        journal.append(
            session,
            Event.GOODS_RECEIVED,
            at=clock(),
            user_id=by.id,
            register_id=register_id,
            details={
                "product": product.name,
                "product_id": product.id,
                "received": quantity,
                "from": old,
                "to": product.stock,
            },
        )
        return product.stock


def _pull_cutoffs(session: Session, category_ids: set[int], day: date) -> dict[int, date]:
    """Per category with a pull rule: items taken in on or before this day are due to come down."""
    cutoffs: dict[int, date] = {}
    for category_id, text in session.execute(
        select(Category.id, Category.markdown_rule).where(
            Category.id.in_(category_ids), Category.markdown_rule != ""
        )
    ):
        cutoff = pull_cutoff(MarkdownRule.parse(text), day)
        if cutoff is not None:
            cutoffs[category_id] = cutoff
    return cutoffs
