"""The shop's settings: declared once here, stored in the shop's database.

Each setting has a name, a type and a default, so a missing value reads as its
default and a wrong one is refused before it is stored. They live in the
database (not a file beside it), so a backup carries them. Changing one is a
leader's action and is journalled with the old and the new value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    name: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    # A URL that may hold a password: journalled with the password hidden.
    url: bool = False

    def check(self, value: Any) -> Any:
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"{self.name} must be a whole number")
        if not isinstance(value, self.type):
            raise ValueError(f"{self.name} must be {self.type.__name__}")
        if isinstance(value, int):  # the bounds are for whole numbers (only int settings have them)
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.name} must be at least {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.name} must be at most {self.maximum}")
        return value


SETTINGS: dict[str, SettingSpec] = {
    spec.name: spec
    for spec in (
        # Minutes without a touch before the till locks itself.
        SettingSpec("auto_lock_minutes", int, 5, minimum=1, maximum=120),
        # Receipt printer connection (filled by the printer settings screen).
        SettingSpec("receipt_printer", dict, {}),
        # A label printer that speaks ESC/POS (same fields as the receipt
        # printer, with its resolution); {} = labels on A4 sheets only.
        SettingSpec("label_printer", dict, {}),
        SettingSpec("label_printer_dpi", int, 203, minimum=150, maximum=600),
        # The donation scale on a serial port (devices/scale.py ScaleConfig:
        # port, protocol, baudrate, framing); {} = no scale, kilos are typed.
        SettingSpec("scale", dict, {}),
        # A customer display on a second screen (ui/customer_display.py): {"screen": the
        # screen's name, "label": its name and size as the leader saw it}; {} = none.
        SettingSpec("customer_display", dict, {}),
        # A few lines at the top of every receipt, under the shop's name and
        # address (opening hours, "Alt overskudd går til …"); "" = none.
        SettingSpec("receipt_header", str, ""),
        # A few lines at the bottom of every receipt.
        SettingSpec("receipt_footer", str, "Takk for handelen!"),
        # Language of the till: "nb" or "en".
        SettingSpec("language", str, "nb"),
        # The chapter hub closed days are sent to: a SQLAlchemy URL
        # (postgresql+psycopg://… or sqlite:///…); "" = no hub, nothing is sent.
        SettingSpec("hub_url", str, "", url=True),
        # The code this shop syncs as; "" = "S" + the shop number ("S007").
        SettingSpec("hub_shop_code", str, ""),
        # The shop's Vipps number (Vipps for organisations), shown at the till when a customer
        # pays with Vipps; "" = none set up yet.
        SettingSpec("vipps_number", str, ""),
        # Days a store-credit voucher ("tilgodelapp") can be used after it is issued.
        SettingSpec("voucher_valid_days", int, 365, minimum=1, maximum=3650),
        # Closing the day: a cash difference above this (øre) needs a note and
        # a leader's approval; a second person may be required to confirm the count.
        SettingSpec("max_cash_difference", int, 5000, minimum=0, maximum=10_000_000),
        SettingSpec("require_second_counter", bool, False),
        # What a cashier may take off one line alone (domain/discounts.py): a percentage
        # of it and an amount in øre. More, or a line at kr 0, needs a leader and a reason.
        SettingSpec("discount_limit_percent", int, 20, minimum=0, maximum=100),
        SettingSpec("discount_limit_amount", int, 10_000, minimum=0, maximum=10_000_000),
        # An approval (a leader's PIN on the spot) must come from someone other than
        # the person asking: nobody approves their own discount or difference.
        SettingSpec("second_person_approves", bool, False),
        # A demo shop's people and PINs, [[name, role, PIN], …], shown on its login
        # screen. Written only by the demo builder (services/demo.py): a real shop
        # never has it, and it travels with the demo's file.
        SettingSpec("demo_pins", list, []),
    )
}


class SettingsService:
    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id
        self.clock = clock

    def get(self, name: str) -> Any:
        with self.db.read() as session:
            return stored_setting(session, name)

    def all(self) -> dict[str, Any]:
        with self.db.read() as session:
            stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
        return {name: stored.get(name, spec.default) for name, spec in SETTINGS.items()}

    def set(self, name: str, value: Any, *, by: Operator) -> None:
        """Store a setting (leader or admin), journalled with old and new value."""
        require(by.role, Action.SETTINGS)
        SETTINGS[name].check(value)
        with self.db.write() as session:
            store_setting(session, name, value, at=self.clock(), user_id=by.id, register_id=self.register_id)


def stored_setting(session: Session, name: str) -> Any:
    """A setting's value inside the caller's transaction (its default when never stored)."""
    spec = SETTINGS[name]
    stored = session.scalar(select(Setting.value).where(Setting.key == name))
    return spec.default if stored is None else json.loads(stored)


def store_setting(
    session: Session, name: str, value: Any, *, at: datetime, user_id: int | None, register_id: int | None
) -> bool:
    """Store a setting inside the caller's write transaction, journalled with who, old and new.

    The caller has checked who may change it; the value is checked here
    (``ValueError`` if it does not fit its :class:`SettingSpec`). False, and
    nothing written, when the value is what is stored already.
    """
    spec = SETTINGS[name]
    spec.check(value)
    row = session.get(Setting, name)
    old = spec.default if row is None else json.loads(row.value)
    if old == value:
        return False
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=name, value=text))
    else:
        row.value = text
    journal.append(
        session,
        Event.SETTINGS_CHANGED,
        at=at,
        user_id=user_id,
        register_id=register_id,
        details={
            "setting": name,
            "from": _without_password(old) if spec.url else old,
            "to": _without_password(value) if spec.url else value,
        },
    )
    return True


def _without_password(url: Any) -> Any:
    """A URL for the journal, which is kept for ever: never with its password."""
    if not url:
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "(not a URL)"
