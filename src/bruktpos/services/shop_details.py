"""The shop's details as an administrator changes them: the "Butikken" screen.

The shop's own facts (name, short name, organisation number, address,
postcode, city, phone, VAT registration) and the settings that go with them
on paper (the receipt's header and footer, how long a voucher is valid, the
cash difference a close takes without a note). The rules:

- only an administrator may change them (:attr:`Action.SHOP_DETAILS`), as
  their role is stored now, not as when they logged in;
- each value is checked as at the setup (:func:`~bruktpos.services.shop.clean_details`,
  :func:`~bruktpos.services.shop.clean_setting`); one that does not fit
  raises :class:`InvalidShopDetail` and nothing at all is changed;
- the VAT registration changes only while no business day is open at any
  register (:class:`VatChangeWhileDayOpen`), so no day's totals mix sales
  with and without VAT;
- every change is journalled in the same transaction, with who made it and
  the old and new value: a shop fact as ``shop_changed``, a setting as
  ``settings_changed`` (as :class:`~bruktpos.services.settings.SettingsService` does).

Receipts read the shop's facts and texts when they are printed, so the next
receipt shows a change; the till's own copy (``TillContext.shop``) is read
again by the screen after saving.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bruktpos.domain.errors import NotSetUp, VatChangeWhileDayOpen
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.settings import store_setting, stored_setting
from bruktpos.services.shop import ShopDetails, ShopInfo, clean_details, clean_setting, load_shop
from bruktpos.services.users import UserService
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import BusinessDay, DayStatus, Register, Shop

# The shop table's columns the form changes, and the settings it changes.
SHOP_FIELDS = ("name", "short_name", "org_number", "address", "postcode", "city", "phone", "vat_registered")
SETTING_FIELDS = (
    "receipt_header",
    "receipt_footer",
    "voucher_valid_days",
    "max_cash_difference",
    "vipps_number",
)


@dataclass(frozen=True)
class ShopDetailsForm:
    """Everything the "Butikken" screen shows and saves (amounts in øre)."""

    name: str
    short_name: str
    org_number: str
    address: str
    postcode: str
    city: str
    phone: str
    vat_registered: bool
    receipt_header: str
    receipt_footer: str
    voucher_valid_days: int
    max_cash_difference: int
    vipps_number: str = ""  # shown at the till when a customer pays with Vipps


@dataclass(frozen=True)
class OpenDay:
    """A business day open at one of the shop's registers."""

    register: str  # its code
    business_date: date


class ShopDetailsService:
    """Read and change the shop's details; each change one transaction, journalled."""

    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock
        self.users = UserService(db, register_id=register_id, clock=clock)

    def current(self) -> ShopDetailsForm:
        """The details as stored now."""
        with self.db.read() as session:
            shop = _the_shop(session, self.db)
            facts = {name: getattr(shop, name) for name in SHOP_FIELDS}
            settings = {name: stored_setting(session, name) for name in SETTING_FIELDS}
        facts["phone"] = facts["phone"] or ""
        facts["vat_registered"] = bool(facts["vat_registered"])
        return ShopDetailsForm(**facts, **settings)

    def open_day(self) -> OpenDay | None:
        """A business day open now at any register (the VAT registration waits until none is)."""
        with self.db.read() as session:
            return _open_day(session)

    def save(self, form: ShopDetailsForm, *, by: Operator) -> ShopInfo:
        """Store what changed in ``form``; the shop as it is afterwards.

        Nothing is written when nothing changed. :class:`PermissionDenied`
        for anyone but an administrator, :class:`InvalidShopDetail` for a
        value that does not fit, :class:`VatChangeWhileDayOpen` for a VAT
        registration change while a day is open; nothing is changed then.
        """
        require(by.role, Action.SHOP_DETAILS)
        details = clean_details(
            ShopDetails(
                name=form.name,
                org_number=form.org_number,
                address=form.address,
                postcode=form.postcode,
                city=form.city,
                short_name=form.short_name,
                vat_registered=form.vat_registered,
                phone=form.phone,
            )
        )
        now = self.clock()
        with self.db.write() as session:
            require(self.users.actor_role(session, by), Action.SHOP_DETAILS)
            shop = _the_shop(session, self.db)
            for name in SHOP_FIELDS:
                old, new = getattr(shop, name), getattr(details, name)
                if name == "vat_registered":
                    old = bool(old)
                if old == new:
                    continue
                if name == "vat_registered":
                    day = _open_day(session)
                    if day is not None:
                        raise VatChangeWhileDayOpen(day.register, day.business_date)
                setattr(shop, name, new)
                journal.append(
                    session,
                    Event.SHOP_CHANGED,
                    at=now,
                    user_id=by.id,
                    register_id=self.register_id,
                    details={"field": name, "from": old, "to": new},
                )
            for name in SETTING_FIELDS:
                value: Any = getattr(form, name)
                if value == stored_setting(session, name):
                    continue  # unchanged: left as it is, even if older rules let it be longer
                store_setting(
                    session,
                    name,
                    clean_setting(name, value),
                    at=now,
                    user_id=by.id,
                    register_id=self.register_id,
                )
        return load_shop(self.db)


def form_fields() -> tuple[str, ...]:
    """The form's field names, in its order (for imports and exports of a shop's set-up)."""
    return tuple(f.name for f in fields(ShopDetailsForm))


def _the_shop(session: Session, db: Database) -> Shop:
    shop = session.scalar(select(Shop).order_by(Shop.id).limit(1))
    if shop is None:
        raise NotSetUp(str(db.path))
    return shop


def _open_day(session: Session) -> OpenDay | None:
    row = session.execute(
        select(Register.code, BusinessDay.business_date)
        .join(Register, Register.id == BusinessDay.register_id)
        .where(BusinessDay.status == DayStatus.OPEN)
        .order_by(BusinessDay.business_date, Register.id)
        .limit(1)
    ).one_or_none()
    return None if row is None else OpenDay(row[0], row[1])
