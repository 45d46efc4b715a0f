"""``bruktpos hub …`` and ``bruktpos sync`` as a chapter admin and a scheduled job use them."""

from __future__ import annotations

import json

from sqlalchemy import make_url

from bruktpos.cli import main
from tests.hub.conftest import Hub, new_pg_database
from tests.hub.days import set_setting, trade_days


def test_init_add_shop_sync_and_summary(hub: Hub, shop, clock, capsys, tmp_path) -> None:
    url = hub.admin_url if hub.kind == "postgresql" else f"sqlite:///{tmp_path / 'chapter.sqlite3'}"
    assert main(["hub", "init", "--hub", url]) == 0
    out = capsys.readouterr().out
    assert "is ready (schema version" in out
    assert make_url(url).password is None or make_url(url).password not in out

    assert main(["hub", "add-shop", "--hub", url, "--shop", "S001", "--name", "Testbutikken"]) == 0
    shop_url = capsys.readouterr().out.strip().splitlines()[-1]
    assert make_url(shop_url).query["shop"] == "S001"  # the setup takes the code from the URL
    if hub.kind == "postgresql":
        assert make_url(shop_url).username.endswith("_s001") and make_url(shop_url).password
    else:
        assert make_url(shop_url).difference_update_query(["shop"]) == make_url(url)

    dates = trade_days(shop, clock, 2)
    set_setting(shop, "hub_url", shop_url)
    assert main(["sync", "--db", str(shop.path)]) == 0
    assert "Sent 2 day(s); nothing is waiting." in capsys.readouterr().out
    assert main(["sync", "--db", str(shop.path)]) == 0
    assert "Nothing was waiting." in capsys.readouterr().out

    assert main(["hub", "summary", "--hub", url, "--from", dates[0].isoformat(), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {
            "shop": "S001",
            "register": "K1",
            "date": d.isoformat(),
            "net_sales": 4000,
            "receipts": 2,
            "kg_received": 0.0,
            "revision": 1,
        }
        for d in dates
    ]
    assert main(["hub", "summary", "--hub", url, "--to", dates[0].isoformat()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and "S001" in lines[0] and "kr 40,00" in lines[0]

    assert main(["hub", "add-coordinator", "--hub", url, "--name", "anne", "--password", "pw-1"]) == 0
    out = capsys.readouterr().out
    if hub.kind == "postgresql":
        assert make_url(out.strip().splitlines()[-1]).password == "pw-1"
    else:
        assert "no logins" in out


def test_sync_fails_clearly_while_the_hub_is_away_and_never_shows_the_password(
    pg_hub: Hub, shop, clock, capsys
) -> None:
    trade_days(shop, clock, 1)
    away = make_url(pg_hub.shop_url("S001")).set(query={"host": "/nonexistent", "port": "5"})
    secret = away.password
    code = main(["sync", "--db", str(shop.path), "--hub", away.render_as_string(hide_password=False)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Could not send" in captured.err and "1 day(s) are still waiting" in captured.err
    assert secret not in captured.err + captured.out


def test_sync_of_a_missing_database_fails(tmp_path, capsys) -> None:
    assert main(["sync", "--db", str(tmp_path / "none.sqlite3"), "--hub", "sqlite://"]) == 2
    assert "there is no such file" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_refused_admin_login_is_reported_without_its_password(pg_cluster, capsys) -> None:
    url = make_url(new_pg_database(pg_cluster)).set(password="not-the-password")
    assert main(["hub", "init", "--hub", url.render_as_string(hide_password=False)]) == 1
    err = capsys.readouterr().err
    assert "Could not set up the hub" in err and "password authentication failed" in err
    assert "not-the-password" not in err


def test_add_shop_on_an_existing_shop_changes_nothing_and_reset_password_is_its_own_step(
    hub: Hub, shop, clock, capsys
) -> None:
    from bruktpos.hub.push import push
    from bruktpos.hub.schema import shops

    assert main(["hub", "add-shop", "--hub", hub.admin_url, "--shop", "S001", "--name", "Sentrum"]) == 0
    first_url = capsys.readouterr().out.strip().splitlines()[-1]
    trade_days(shop, clock, 1)
    assert push(shop.db, first_url, clock=clock).ok

    assert main(["hub", "add-shop", "--hub", hub.admin_url, "--shop", "S001", "--name", "Other"]) == 1
    captured = capsys.readouterr()
    assert (
        "The hub already has shop S001; nothing was changed (its login keeps its password)." in captured.err
    )
    assert "bruktpos hub reset-password --hub URL --shop S001" in captured.err
    assert captured.out == ""
    engine = hub.engine()
    with engine.connect() as conn:
        assert conn.execute(shops.select()).all()[0].name == "Sentrum"
    engine.dispose()
    trade_days(shop, clock, 1)
    assert push(shop.db, first_url, clock=clock).ok  # the shop's URL still works

    assert main(["hub", "reset-password", "--hub", hub.admin_url, "--shop", "S001"]) == 0
    out = capsys.readouterr().out
    trade_days(shop, clock, 1)
    if hub.kind == "postgresql":
        new_url = out.strip().splitlines()[-1]
        assert "has a new password; its old hub URL no longer works." in out
        assert make_url(new_url).query["shop"] == "S001"
        assert make_url(new_url).password != make_url(first_url).password
        old = push(shop.db, first_url, clock=clock)
        assert "password authentication failed" in old.error
        assert push(shop.db, new_url, clock=clock).ok
    else:
        assert "Nothing to do: a SQLite hub has no logins" in out
        assert push(shop.db, first_url, clock=clock).ok

    assert main(["hub", "reset-password", "--hub", hub.admin_url, "--shop", "S404"]) == 1
    assert "has no login for shop S404; nothing was changed" in capsys.readouterr().err
