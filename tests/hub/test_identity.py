"""One shop code, one installation: a second PC sending as a shop is refused, on both kinds of hub.

The 30.11 case from issue 16: a second shop that also sends as S001 must not
overwrite the first shop's days, and must be told why and what to do; the
admin moves a shop to a new PC with ``bruktpos hub rebind``.
"""

from __future__ import annotations

from sqlalchemy import select

from bruktpos.cli import main
from bruktpos.hub.identity import INSTALLATION_KEY, TAKEN, WRONG_LOGIN, installation_id
from bruktpos.hub.link import url_shop, with_shop
from bruktpos.hub.push import push, sync_state
from bruktpos.hub.schema import shop_installations
from bruktpos.store.models import Setting
from tests.hub.conftest import Hub
from tests.hub.days import outbox, set_setting, trade_day, trade_days
from tests.hub.test_push import hub_rows
from tests.integration.conftest import copy_shop


def bindings(hub: Hub) -> list[tuple[str, str]]:
    engine = hub.engine()
    with engine.connect() as conn:
        rows = conn.execute(
            select(shop_installations.c.shop_code, shop_installations.c.installation_id)
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_each_shop_database_has_its_own_installation_id(shop, shop_template, clock, tmp_path) -> None:
    other = copy_shop(shop_template, tmp_path / "other.sqlite3", clock)
    try:
        first = installation_id(shop.db)
        assert first == installation_id(shop.db)  # made once, then kept
        assert installation_id(other.db) != first
        with shop.db.read() as session:
            assert session.get(Setting, INSTALLATION_KEY) is not None
    finally:
        other.close()


def test_a_second_pc_as_the_same_shop_is_refused_and_changes_nothing(
    hub: Hub, shop, shop_template, clock, tmp_path, capsys
) -> None:
    url = hub.shop_url("S001", "Testbutikken")
    day = trade_day(shop, clock)
    assert push(shop.db, url, clock=clock).ok
    before = hub_rows(hub)
    assert before == [("S001", "K1", day, 1, 4000, 2)]
    assert bindings(hub) == [("S001", installation_id(shop.db))]

    # Another shop, never given a code of its own: it also sends as S001, the same day, other figures.
    other = copy_shop(shop_template, tmp_path / "other.sqlite3", clock)
    try:
        clock.now = clock.now.replace(day=day.day)  # back to that morning
        trade_day(other, clock, coffees=5)
        refused = push(other.db, url, clock=clock)
        assert refused.refusal == TAKEN and not refused.ok and refused.sent == 0
        assert "already belongs to another PC" in refused.error
        assert "bruktpos hub rebind --shop S001" in refused.error
        assert hub_rows(hub) == before  # the first shop's day is as it was
        assert [e.sent_at for e in outbox(other)] == [None]
        state = sync_state(other.db, clock())
        assert (state.refusal, state.waiting) == (TAKEN, 1)

        # The CLI says it plainly, and fails.
        set_setting(other, "hub_url", url)
        assert main(["sync", "--db", str(other.path)]) == 1
        err = capsys.readouterr().err
        assert "shop code S001 already belongs to another PC" in err
        assert "1 day(s) are still waiting here; nothing was sent." in err
        assert "policy" not in err

        # The first shop goes on as before.
        trade_day(shop, clock)
        assert push(shop.db, url, clock=clock).ok

        # The admin moves S001 to the other PC: then it may send, and the first is refused.
        assert main(["hub", "rebind", "--hub", hub.admin_url, "--shop", "S001"]) == 0
        out = capsys.readouterr().out
        assert f"no longer bound to installation {installation_id(shop.db)}" in out
        moved = push(other.db, url, clock=clock)
        assert moved.ok and moved.days == 1
        assert sync_state(other.db, clock()).refusal == ""
        assert bindings(hub) == [("S001", installation_id(other.db))]
        trade_day(shop, clock)
        assert push(shop.db, url, clock=clock).refusal == TAKEN
    finally:
        other.close()


def test_rebind_of_a_free_or_unknown_code(hub: Hub, capsys) -> None:
    hub.shop_url("S003")
    assert main(["hub", "rebind", "--hub", hub.admin_url, "--shop", "S003"]) == 0
    assert "was not bound to any PC" in capsys.readouterr().out
    assert main(["hub", "rebind", "--hub", hub.admin_url, "--shop", "S404"]) == 1
    assert "has no shop S404; nothing was changed." in capsys.readouterr().err


def test_an_address_for_another_shop_is_refused_with_a_clear_reason(hub: Hub, shop, clock) -> None:
    # The URL hub add-shop prints carries the code; this till sends as S001.
    url = with_shop(hub.shop_url("S007", "Sagene"), "S007")
    assert url_shop(url) == "S007"
    trade_days(shop, clock, 1)
    refused = push(shop.db, url, clock=clock)
    assert refused.refusal == WRONG_LOGIN
    assert "this hub address is for shop S007, but this till sends as shop S001" in refused.error
    assert hub_rows(hub) == [] and bindings(hub) == []
    state = sync_state(shop.db, clock())
    assert (state.refusal, state.refusal_other) == (WRONG_LOGIN, "S007")

    set_setting(shop, "hub_shop_code", "S007")
    assert push(shop.db, url, clock=clock).ok
    assert [r[0] for r in hub_rows(hub)] == ["S007"]


def test_on_postgresql_a_login_for_another_shop_is_refused_before_row_level_security(
    pg_hub: Hub, shop, clock
) -> None:
    url = pg_hub.shop_url("S007")  # S007's login, without ?shop=: the hub itself knows whose it is
    trade_days(shop, clock, 1)
    refused = push(shop.db, url, clock=clock)
    assert refused.refusal == WRONG_LOGIN
    assert "for shop S007" in refused.error and "policy" not in refused.error
