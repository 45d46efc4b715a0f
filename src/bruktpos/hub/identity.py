"""Which installation may send as a shop: one shop code, one installation.

Each shop database has its own installation ID (a random UUID made the first
time it pushes, kept in its ``settings`` table under ``hub.installation_id``,
bookkeeping rather than a declared setting). The hub binds a shop code to the
installation that first pushes as it (``shop_installations``, hub schema step
7) and refuses every other installation, on PostgreSQL and SQLite alike; so a
second shop that was given the same code (or never given one, and sends as
the default ``S001``) can never overwrite the first shop's days.

Before that, a push checks that its address is for its code: a URL that
carries ``?shop=`` (what ``hub add-shop`` prints) must name the code the till
sends as, and on PostgreSQL the shop's login must belong to it (the hub's own
``hub_shop_of``). Without this a mismatched code met row-level security
with a raw "policy" error.

A refusal is a :class:`ShopRefused` with a ``kind`` the till turns into its
own translated sentence; its ``str`` is the plain English one for the
command line and the outbox. Moving a shop to a new PC is the admin's
explicit step: ``bruktpos hub rebind --shop CODE`` frees the code
(:func:`rebind`), and the next installation that sends as it takes it.

``hub add-shop`` on a code the hub has changes nothing; a shop's new password
is its own command, ``hub reset-password --shop CODE`` (:func:`reset_password`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, text
from sqlalchemy.dialects import postgresql, sqlite

from bruktpos.hub.grants import current_database, group_names, role_exists
from bruktpos.hub.link import url_shop
from bruktpos.hub.roles import SQLITE_NOTE, Granted, _login, _require_hub, _url_for, login_name
from bruktpos.hub.schema import hub_engine, hub_roles, schema_version, shop_installations, shops
from bruktpos.store.db import Database
from bruktpos.store.models import Setting

INSTALLATION_KEY = "hub.installation_id"
IDENTITY_SINCE = 7  # the hub schema step that brought shop_installations

TAKEN = "taken"  # another installation sends as this code
WRONG_LOGIN = "wrong_login"  # the hub address (its login or ?shop=) is for another code


class ShopRefused(Exception):
    """The hub will not take days from this installation as ``code``; nothing was written."""

    def __init__(self, kind: str, code: str, other: str = "") -> None:
        self.kind = kind
        self.code = code
        self.other = other  # WRONG_LOGIN: the code the address is for
        super().__init__(self.sentence())

    def sentence(self) -> str:
        if self.kind == TAKEN:
            return (
                f"The hub refused the days: shop code {self.code} already belongs to another PC. "
                f"If this shop has moved to this PC, ask the hub's admin to run "
                f"`bruktpos hub rebind --shop {self.code}`; if it is another shop, "
                f"set the shop code the chapter gave it in the hub settings"
            )
        return (
            f"The hub refused the days: this hub address is for shop {self.other}, "
            f"but this till sends as shop {self.code}. Set the shop code to {self.other} "
            f"in the hub settings, or ask the chapter for this shop's own address"
        )


def installation_id(shop_db: Database) -> str:
    """This shop database's installation ID, made (and kept) the first time it is asked for."""
    with shop_db.read() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == INSTALLATION_KEY))
    if stored:
        return str(json.loads(stored))
    with shop_db.write() as session:  # one writer at a time: two registers at once agree
        stored = session.scalar(select(Setting.value).where(Setting.key == INSTALLATION_KEY))
        if stored:
            return str(json.loads(stored))
        made = str(uuid.uuid4())
        session.add(Setting(key=INSTALLATION_KEY, value=json.dumps(made)))
    return made


def check_address(hub: Connection, url: str, code: str) -> None:
    """Refuse (WRONG_LOGIN) when the hub address is for another shop than ``code``.

    Writes nothing, so it goes first in the push's transaction.
    """
    carried = url_shop(url)
    if carried and carried.upper() != code.upper():
        raise ShopRefused(WRONG_LOGIN, code, carried)
    if hub.dialect.name == "postgresql":
        owner = hub.execute(text("SELECT hub_shop_of(current_user::text)")).scalar()
        if owner is not None and str(owner) != code:
            raise ShopRefused(WRONG_LOGIN, code, str(owner))


def claim(hub: Connection, code: str, installation: str, now: datetime, *, bind: bool = True) -> None:
    """Bind ``code`` to ``installation`` if it is free; refuse (TAKEN) if another has it.

    ``INSERT … ON CONFLICT DO NOTHING`` then a read: two first pushes at once
    end with one binding, and the later one is refused. With ``bind=False``
    only the read: on a PostgreSQL hub from step 8 the shop may write no
    table, and ``hub_push`` makes the binding itself (and refuses a race).
    """
    if (schema_version(hub) or 0) < IDENTITY_SINCE:
        return  # a hub not yet upgraded: `hub init` brings the binding
    if bind:
        insert = postgresql.insert if hub.dialect.name == "postgresql" else sqlite.insert
        hub.execute(
            insert(shop_installations)
            .values(shop_code=code, installation_id=installation, bound_at=now)
            .on_conflict_do_nothing(index_elements=["shop_code"])
        )
    bound = hub.execute(
        select(shop_installations.c.installation_id).where(shop_installations.c.shop_code == code)
    ).scalar()
    if bound is not None and bound != installation:
        raise ShopRefused(TAKEN, code)


@dataclass(frozen=True)
class Binding:
    """What ``hub rebind`` freed: the installation a shop code was bound to, and since when."""

    installation_id: str
    bound_at: datetime


class UnknownShop(LookupError):
    """The hub has no shop with this code."""


def rebind(admin_url: str, code: str) -> Binding | None:
    """Free ``code`` so that the next installation that sends as it takes it (the admin's step).

    Returns the binding that was removed (None: it was not bound). Raises
    :class:`UnknownShop` for a code the hub does not have.
    """
    engine = hub_engine(admin_url)
    try:
        with engine.begin() as conn:
            version = schema_version(conn)
            if version is None:
                raise RuntimeError("this database is not a hub yet: run `bruktpos hub init --hub URL` first")
            if version < IDENTITY_SINCE:
                raise RuntimeError("this hub is older than shop binding: run `bruktpos hub init --hub URL`")
            if conn.execute(select(shops.c.code).where(shops.c.code == code)).first() is None:
                raise UnknownShop(code)
            row = conn.execute(
                select(shop_installations.c.installation_id, shop_installations.c.bound_at).where(
                    shop_installations.c.shop_code == code
                )
            ).first()
            conn.execute(shop_installations.delete().where(shop_installations.c.shop_code == code))
            return None if row is None else Binding(str(row.installation_id), row.bound_at)
    finally:
        engine.dispose()


def bound_installation(conn: Connection, code: str) -> str | None:
    """The installation ``code`` is bound to (None: free, or a hub without binding)."""
    if (schema_version(conn) or 0) < IDENTITY_SINCE:
        return None
    value = conn.execute(
        select(shop_installations.c.installation_id).where(shop_installations.c.shop_code == code)
    ).scalar()
    return None if value is None else str(value)


def reset_password(admin_url: str, code: str, password: str | None = None) -> Granted:
    """Give shop ``code``'s login a new password (generated unless given); its old URL stops working.

    Raises :class:`UnknownShop` for a code the hub does not have. A SQLite hub
    has no logins: nothing changes, and :attr:`Granted.note` says so.
    """
    import secrets

    engine = hub_engine(admin_url)
    try:
        with engine.begin() as conn:
            _require_hub(conn)
            if conn.execute(select(shops.c.code).where(shops.c.code == code)).first() is None:
                raise UnknownShop(code)
            if conn.dialect.name != "postgresql":
                return Granted(url=admin_url, role="", password="", note=SQLITE_NOTE)
            database = current_database(conn)
            role = login_name(database, code)
            mapped = conn.execute(
                select(hub_roles.c.shop_code).where(hub_roles.c.role_name == role, hub_roles.c.kind == "shop")
            ).scalar()
            if mapped != code or not role_exists(conn, role):
                raise UnknownShop(code)  # recorded, but with no login of its own to reset
            password = password or secrets.token_urlsafe(18)
            _login(conn, role, password, group_names(database)[0])
            return Granted(url=_url_for(admin_url, role, password), role=role, password=password)
    finally:
        engine.dispose()
