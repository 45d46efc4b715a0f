"""Each closed day's anchor and the registers' public keys at the hub, and ``verify --hub``.

The attacks are the tamper suite's (tests/integration/attacks.py), on a shop
whose closed days reached the hub first: the file alone passes ``verify``
after each of them; held against the hub, it does not. Every test runs on a
real PostgreSQL hub (the shop with its own login, under row-level security)
and on a SQLite hub unless it is about one kind only.
"""

from __future__ import annotations

from contextlib import closing
from datetime import date

import pytest
from sqlalchemy import delete, insert, make_url, select, text, update
from sqlalchemy.exc import DBAPIError

from bruktpos.cli import main
from bruktpos.domain.anchors import Anchor, HubKey, HubRecord
from bruktpos.hub.anchors import read_hub_record
from bruktpos.hub.push import push
from bruktpos.hub.schema import (
    STEPS,
    day_summaries,
    hub_engine,
    hub_meta,
    init_hub,
    register_anchors,
    register_key_refusals,
    register_keys,
)
from bruktpos.store.anchors import check_against_hub
from bruktpos.store.integrity import verify_database
from bruktpos.store.signing import generate_key
from tests.hub.conftest import Hub
from tests.hub.days import requeue, set_setting, trade_days, unsend
from tests.integration.attacks import (
    cut_the_last_day,
    cut_the_last_sale,
    drop_guards,
    make_ola_an_administrator_from_the_start,
    outside,
)


def _synced(hub: Hub, shop, clock, days: int = 2) -> tuple[str, list[date]]:
    """``days`` closed days of two coffees each, pushed through the shop's own login (its hub_url)."""
    url = hub.shop_url("S001", "Testbutikken")
    set_setting(shop, "hub_url", url)
    dates = trade_days(shop, clock, days)
    result = push(shop.db, clock=clock)
    assert result.ok and result.refused_keys == ()
    return url, dates


def _local(shop, sql: str, *params) -> list[tuple]:
    with closing(outside(shop.path)) as conn:
        return [tuple(r) for r in conn.execute(sql, params)]


def _verify(path, capsys, *hub: str) -> tuple[int, str, str]:
    code = main(["verify", "--db", str(path), "--hub", *hub])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_each_closed_day_anchors_its_registers_chains_and_keys(hub: Hub, shop, clock) -> None:
    url, dates = _synced(hub, shop, clock)
    record = read_hub_record(url, "S001")
    zs = _local(shop, "SELECT id, hash FROM journal WHERE event = 'z_report' ORDER BY id")
    receipts = _local(shop, "SELECT receipt_no, signature FROM sales WHERE receipt_no IN (2, 4) ORDER BY 1")
    assert [(a.business_date, a.revision, a.receipt_no, a.signature) for a in record.anchors] == [
        (dates[0], 1, *receipts[0]),
        (dates[1], 1, *receipts[1]),
    ]
    # The journal's head at each Z is the Z's own entry: nothing comes after it in that transaction.
    assert [(a.journal_id, a.journal_hash) for a in record.anchors] == zs
    ((register, version, pem),) = _local(
        shop, "SELECT r.code, k.key_version, k.public_key FROM signing_keys k JOIN registers r"
    )
    assert [(k.register_code, k.key_version, k.public_key) for k in record.keys] == [(register, version, pem)]
    assert record.refused_keys == ()
    engine = hub.engine()
    with engine.connect() as conn:  # the day's own row, which a shop may update, holds no anchor
        assert all("anchor" not in p for p in conn.execute(select(day_summaries.c.payload)).scalars())
    engine.dispose()


def test_a_corrected_day_adds_an_anchor_and_a_resent_one_changes_nothing(hub: Hub, shop, clock) -> None:
    url, dates = _synced(hub, shop, clock)
    before = read_hub_record(url, "S001").anchors
    unsend(shop)  # as if the shop never learnt that they went through
    clock.advance(days=1)
    assert push(shop.db, clock=clock).ok
    assert read_hub_record(url, "S001").anchors == before
    requeue(shop, dates[0])
    assert push(shop.db, clock=clock).ok
    after = read_hub_record(url, "S001").anchors
    assert [(a.business_date, a.revision) for a in after] == [(dates[0], 1), (dates[0], 2), (dates[1], 1)]
    assert after[1].receipt_no == 4  # a correction taken later anchors the chains as they are then


def test_verify_with_the_hub_passes_on_an_untouched_file(hub: Hub, shop, clock, capsys) -> None:
    url, _dates = _synced(hub, shop, clock)
    shop.close()
    code, out, err = _verify(shop.path, capsys)
    assert (code, err) == (0, "")
    assert "held against the 2 anchors and 1 public keys of shop S001 at" in out
    if hub.kind == "postgresql":
        assert make_url(url).password not in out
    code, out, _err = _verify(shop.path, capsys, url)  # the URL given, not the shop's setting
    assert code == 0 and "held against the 2 anchors" in out


@pytest.mark.parametrize("cut", ["the last day whole", "the last sale"])
def test_cutting_the_tail_before_the_last_sync_is_caught(hub: Hub, shop, clock, capsys, cut: str) -> None:
    _url, dates = _synced(hub, shop, clock)
    shop.close()
    with closing(outside(shop.path)) as conn:
        if cut == "the last day whole":
            cut_the_last_day(conn)
        else:
            cut_the_last_sale(conn, lower_the_sequence=True)
        journal_end = conn.execute("SELECT max(id) FROM journal").fetchone()[0]
        last_receipt = conn.execute("SELECT max(receipt_no) FROM sales").fetchone()[0]
    if cut == "the last day whole":
        assert verify_database(shop.path).ok  # the file alone shows nothing
    (z_entry,) = read_hub_record(_url, "S001").anchors[1:]
    code, _out, err = _verify(shop.path, capsys)
    assert code == 1
    assert (
        f"register K1: the last receipt is {last_receipt}, but the hub holds receipt 4 from the Z of "
        f"{dates[1].isoformat()} (the receipts after {last_receipt} were removed)"
    ) in err
    assert (
        f"the journal ends at entry #{journal_end}, but the hub holds entry #{z_entry.journal_id} from "
        f"the Z of {dates[1].isoformat()} of register K1 (the entries after #{journal_end} were removed)"
    ) in err


def test_a_journal_rewritten_and_hashed_again_is_caught(hub: Hub, shop, clock, capsys) -> None:
    url, dates = _synced(hub, shop, clock)
    shop.close()
    with closing(outside(shop.path)) as conn:
        make_ola_an_administrator_from_the_start(conn)
    assert verify_database(shop.path).ok  # consistent in itself
    first = read_hub_record(url, "S001").anchors[0]
    code, _out, err = _verify(shop.path, capsys)
    assert code == 1
    assert err.splitlines() == [
        f"TAMPERED: {shop.path} was changed outside BruktPOS: journal entry #{first.journal_id} is not "
        f"the one sent to the hub with the Z of {dates[0].isoformat()} (its hash differs: the journal up "
        "to it was rewritten)."
    ]


def test_a_re_signed_receipt_is_caught(hub: Hub, shop, clock) -> None:
    url, dates = _synced(hub, shop, clock)
    shop.close()
    with closing(outside(shop.path)) as conn:
        guards = drop_guards(conn, "sales")
        conn.execute("UPDATE sales SET signature = 'AAAA' || signature WHERE receipt_no = 2")
        for sql in guards:
            conn.execute(sql)
    findings = check_against_hub(shop.path, read_hub_record(url, "S001"))
    assert findings == [
        f"receipt 2 of register K1 is not the one sent to the hub with the Z of {dates[0].isoformat()} "
        "(its signature differs: it was altered or signed again)"
    ]


def test_a_swapped_public_key_is_caught_and_refused_at_the_next_push(hub: Hub, shop, clock, capsys) -> None:
    url, _dates = _synced(hub, shop, clock)
    (original,) = _local(shop, "SELECT public_key FROM signing_keys")
    other = generate_key().public_key
    with closing(outside(shop.path)) as conn:
        guards = drop_guards(conn, "signing_keys")  # append-only since 0011: the guards off first
        conn.execute("UPDATE signing_keys SET public_key = ?", (other,))
        for sql in guards:
            conn.execute(sql)
    received = read_hub_record(url, "S001").keys[0].received_at.date().isoformat()
    swapped = (
        f"register K1's public key version 1 is not the one the hub received on {received} "
        "(the key was swapped)"
    )
    assert check_against_hub(shop.path, read_hub_record(url, "S001")) == [swapped]

    clock.advance(days=1)
    trade_days(shop, clock, 1)
    assert main(["sync", "--db", str(shop.path)]) == 1  # the day went through, the key did not
    err = capsys.readouterr().err
    assert "Sent 1 day(s), but the hub refused the public key(s) K1 v1: it already holds another key" in err
    record = read_hub_record(url, "S001")
    assert [k.public_key for k in record.keys] == [original[0]]  # the first one stays
    assert [k.public_key for k in record.refused_keys] == [other]
    shop.close()
    code, _out, err = _verify(shop.path, capsys)
    assert code == 1 and swapped in err
    assert (
        "the hub refused another public key version 1 for register K1 (the key was swapped at some time)"
        in err
    )


def test_a_shop_cannot_change_or_remove_what_it_sent(pg_hub: Hub, shop, clock) -> None:
    url, dates = _synced(pg_hub, shop, clock)
    other = pg_hub.shop_url("S002", "B")
    coordinator = pg_hub.coordinator_url()
    own = hub_engine(url)
    try:
        for table in (register_anchors, register_keys):
            for statement in (update(table).values(register_code="K9"), delete(table)):
                with pytest.raises(DBAPIError, match="permission denied"), own.begin() as conn:
                    conn.execute(statement)
        with pytest.raises(DBAPIError, match="permission denied"), own.begin() as conn:
            conn.execute(delete(register_key_refusals))
        forged = {
            "register_code": "K1",
            "business_date": dates[0],
            "revision": 9,
            "received_at": text("now()"),
            "receipt_no": 1,
            "journal_id": 1,
            "journal_hash": "0" * 64,
        }
        # It writes no table itself (step 8: only through the push path, as its own shop).
        with pytest.raises(DBAPIError, match="permission denied"), own.begin() as conn:
            conn.execute(insert(register_anchors).values(shop_code="S002", **forged))
    finally:
        own.dispose()
    for login in (other, coordinator):  # another shop sees none of them; a coordinator writes none
        engine = hub_engine(login)
        try:
            with engine.connect() as conn:
                seen = conn.execute(select(register_anchors.c.shop_code)).scalars().all()
            assert seen == ([] if login == other else ["S001", "S001"])
            with (
                pytest.raises(DBAPIError, match=r"permission denied|row-level security"),
                engine.begin() as conn,
            ):
                conn.execute(insert(register_anchors).values(shop_code="S001", **forged))
        finally:
            engine.dispose()
    admin = pg_hub.engine()  # even the hub's owner meets the append-only trigger
    try:
        with pytest.raises(DBAPIError, match="register_anchors is append-only"), admin.begin() as conn:
            conn.execute(update(register_anchors).values(receipt_no=0))
    finally:
        admin.dispose()


def test_on_a_sqlite_hub_the_anchors_are_append_only_too(sqlite_hub: Hub, shop, clock) -> None:
    _synced(sqlite_hub, shop, clock)
    engine = sqlite_hub.engine()
    try:
        for table in (register_anchors, register_keys):
            for statement in (update(table).values(register_code="K9"), delete(table)):
                with pytest.raises(DBAPIError, match=f"{table.name} is append-only"), engine.begin() as conn:
                    conn.execute(statement)
    finally:
        engine.dispose()


def test_a_hub_that_cannot_answer_is_cannot_check(sqlite_hub: Hub, shop, clock, capsys, tmp_path) -> None:
    shop.close()
    code, _out, err = _verify(shop.path, capsys)  # no hub set
    assert code == 2 and "this shop has no hub set (the setting hub_url); give the hub's address" in err
    down = "postgresql+psycopg://shop:secret-pw@127.0.0.1:9/hub"
    code, out, err = _verify(shop.path, capsys, down)
    assert code == 2 and out.startswith(f"OK (the file alone): {shop.path}")
    assert f"Cannot check {shop.path} against the hub: the hub at " in err and "could not be reached" in err
    assert "secret-pw" not in err
    code, _out, err = _verify(shop.path, capsys, sqlite_hub.admin_url)  # a hub with nothing of this shop
    assert code == 2 and "holds nothing of shop S001 yet" in err
    not_a_hub = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    code, _out, err = _verify(shop.path, capsys, not_a_hub)
    assert code == 2 and "is not a hub." in err


def test_an_old_hub_takes_days_without_anchors_until_it_is_upgraded(shop, clock, tmp_path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'v5.sqlite3'}"
    engine = hub_engine(url)
    with engine.begin() as conn:  # a hub of the release before the anchors
        for step in STEPS:
            if step.version < 6:
                step.run(conn)
        conn.execute(insert(hub_meta).values(key="schema_version", value="5"))
    engine.dispose()
    set_setting(shop, "hub_url", url)
    trade_days(shop, clock, 1)
    assert push(shop.db, clock=clock).ok
    code, _out, err = _verify(shop.path, capsys)
    assert code == 2 and "older than the anchors (schema version 5): run `bruktpos hub init`" in err
    init_hub(url)
    assert read_hub_record(url, "S001").empty
    trade_days(shop, clock, 1)
    assert push(shop.db, clock=clock).ok
    record = read_hub_record(url, "S001")
    assert [a.receipt_no for a in record.anchors] == [4] and len(record.keys) == 1
    shop.close()
    assert _verify(shop.path, capsys)[0] == 0


def test_each_kind_of_finding_is_named_once_per_register(shop, clock) -> None:
    """The comparison alone, against a record made up here (no hub needed)."""
    trade_days(shop, clock, 1)
    shop.close()
    ((journal_id, journal_hash),) = _local(shop, "SELECT id, hash FROM journal WHERE event = 'z_report'")
    day = date(2030, 1, 1)

    def anchor(register: str, receipt: int, signature: str, entry: int, digest: str) -> Anchor:
        return Anchor(register, day, 1, receipt, signature, entry, digest)

    record = HubRecord(
        shop_code="S001",
        anchors=(
            anchor("K1", 1, "forged", journal_id, "f" * 64),
            anchor("K1", 2, "forged too", journal_id, "e" * 64),
            anchor("K7", 1, "x", 1, "d" * 64),
        ),
        keys=(HubKey("K1", 2, "PEM", clock()),),
    )
    assert journal_hash != "f" * 64
    assert check_against_hub(shop.path, record) == [
        "receipt 1 of register K1 is not the one sent to the hub with the Z of 2030-01-01 "
        "(its signature differs: it was altered or signed again)",
        "register K7, whose closed days the hub holds, was removed",
        f"journal entry #{journal_id} is not the one sent to the hub with the Z of 2030-01-01 "
        "(its hash differs: the journal up to it was rewritten)",
        "register K1's public key version 2, which the hub holds, was removed",
    ]
