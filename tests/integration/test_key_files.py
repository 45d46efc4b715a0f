"""The signing keys live in owner-only key files beside the shop database, not in it (issue 14 part 7).

Real files throughout: a shop set up as the till sets it up, an old shop
file upgraded, and attacks with Python's own ``sqlite3`` and the file system.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from bruktpos.domain.cart import PaymentMethod
from bruktpos.domain.errors import SigningKeyUnusable
from bruktpos.services.backup import take_backup
from bruktpos.services.checkout import CheckoutService
from bruktpos.store.integrity import verify_database
from bruktpos.store.keyfile import key_folder, key_path
from bruktpos.store.schema import open_database
from bruktpos.store.signing import HMAC_SHA1, RSA_SHA1, Signer, generate_key, signature_text

from .attacks import drop_guards, outside
from .conftest import Shop, copy_shop_file, make_shop
from .day_helpers import sell

OLD_DATABASES = Path(__file__).resolve().parents[1] / "fixtures" / "old_databases"


def _sales(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT id, receipt_no, signature FROM sales ORDER BY id").fetchall()


def _no_private_key_in(path: Path) -> None:
    """Not a byte of a private key anywhere in the file (nor its -wal), free pages included."""
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            assert b"PRIVATE KEY" not in file.read_bytes(), f"{file} still holds a private key"


def _sell_coffee(shop: Shop) -> None:
    cart = shop.checkout.new_cart()
    shop.checkout.add_product(cart, shop.coffee, 1)
    shop.checkout.pay(cart, PaymentMethod.CARD)
    shop.checkout.complete(cart, operator=shop.cashier)


def test_a_new_shop_keeps_its_key_in_an_owner_only_file_and_only_the_public_record_inside(shop: Shop) -> None:
    sell(shop, codes=(shop.codes[0],))
    folder = key_folder(shop.path)
    assert folder == shop.path.with_name("shop.sqlite3.keys")
    assert folder.stat().st_mode & 0o777 == 0o700
    key = key_path(shop.path, 1, 1)
    assert key.stat().st_mode & 0o777 == 0o600
    assert key.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    with closing(sqlite3.connect(shop.path)) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(signing_keys)")]
    assert columns == ["id", "register_id", "key_version", "algorithm", "public_key", "created_at"]
    shop.close()
    _no_private_key_in(shop.path)
    assert verify_database(shop.path).ok


def test_an_old_shop_file_upgraded_moves_its_key_out_and_leaves_no_trace_of_it(tmp_path: Path, clock) -> None:
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(OLD_DATABASES / "shop-0010.sqlite3", path)
    with closing(sqlite3.connect(path)) as conn:
        ((private, public),) = conn.execute("SELECT private_key, public_key FROM signing_keys").fetchall()
    assert b"PRIVATE KEY" in path.read_bytes()
    before = _sales(path)

    open_database(path).dispose()
    assert key_path(path, 1, 1).read_text() == private
    assert key_path(path, 1, 1).stat().st_mode & 0o777 == 0o600
    _no_private_key_in(path)  # secure_delete: the dropped column's bytes are zeroed, not left in free pages
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT public_key FROM signing_keys").fetchall() == [(public,)]
    # The copy taken before the upgrade still has it, as every backup of that release does: owner-only.
    (before_upgrade,) = (tmp_path / "backups").glob("*.sqlite3")
    assert before_upgrade.stat().st_mode & 0o777 == 0o600
    assert _sales(path) == before and verify_database(path).ok


@pytest.mark.parametrize("how", ["missing", "another key", "not a key", "unreadable"])
def test_without_its_own_key_the_till_stores_no_sale(shop: Shop, how: str) -> None:
    key = key_path(shop.path, 1, 1)
    if how == "missing":
        key.unlink()
    elif how == "another key":
        key.write_text(generate_key(RSA_SHA1).private_key)
    elif how == "not a key":
        key.write_text("hello")
    else:
        key.unlink()
        key.mkdir()  # reading it fails as a disk or permission fault would
    before = _sales(shop.path)
    with pytest.raises(SigningKeyUnusable) as refused:
        _sell_coffee(shop)
    expected = {
        "missing": "missing",
        "another key": "wrong",
        "not a key": "wrong",
        "unreadable": "unreadable",
    }
    assert refused.value.problem == expected[how]
    assert refused.value.path == str(key)
    assert _sales(shop.path) == before


def test_a_key_put_back_lets_the_till_sell_again(shop: Shop, clock) -> None:
    saved = key_path(shop.path, 1, 1).read_bytes()
    key_path(shop.path, 1, 1).unlink()
    till = CheckoutService(shop.db, clock=clock)
    try:
        cart = till.new_cart()
        till.add_product(cart, shop.coffee, 1)
        till.pay(cart, PaymentMethod.CARD)
        with pytest.raises(SigningKeyUnusable):
            till.complete(cart, operator=shop.cashier)
        key_path(shop.path, 1, 1).write_bytes(saved)
        till.complete(cart, operator=shop.cashier)
    finally:
        till.close()
    assert len(_sales(shop.path)) == 1


def test_verify_checks_rsa_signatures_by_the_public_records_alone(shop: Shop, tmp_path: Path) -> None:
    sell(shop, codes=(shop.codes[0],))
    shop.close()
    alone = tmp_path / "alone" / "shop.sqlite3"
    alone.parent.mkdir()
    shutil.copyfile(shop.path, alone)  # the file alone, as an auditor is sent it
    assert not key_folder(alone).exists()
    report = verify_database(alone)
    assert report.ok and report.sales == 1


def test_a_swapped_key_with_every_sale_signed_again_is_caught_by_the_key_file(shop: Shop) -> None:
    """Someone with the file but not the key folder: a new key pair, its public half put in, all re-signed."""
    sell(shop, codes=(shop.codes[0],))
    sell(shop, codes=(shop.codes[1],), method=PaymentMethod.CASH, tendered=10000)
    shop.close()
    forged = generate_key(RSA_SHA1)
    signer = Signer(forged)
    with closing(outside(shop.path)) as conn:
        guards = drop_guards(conn, "signing_keys", "sales")
        conn.execute("UPDATE signing_keys SET public_key = ?", (forged.public_key,))
        previous = "0"
        for sale in conn.execute("SELECT * FROM sales ORDER BY receipt_no").fetchall():
            text = signature_text(
                previous,
                datetime.fromisoformat(sale["created_at"]),
                sale["receipt_no"],
                sale["total"],
                sale["total"] - sale["vat"],
            )
            previous = signer.sign(text)
            conn.execute("UPDATE sales SET signature = ? WHERE id = ?", (previous, sale["id"]))
        for sql in guards:
            conn.execute(sql)
    # Caught by the key file, whatever the journal shows (its digests could be recomputed too).
    assert (
        "register K1's key version 1: the key file is not the private half of its public record"
        " (a key was swapped)"
    ) in verify_database(shop.path).problems


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE signing_keys SET public_key = 'x'",
        "DELETE FROM signing_keys",
        "INSERT OR REPLACE INTO signing_keys SELECT * FROM signing_keys",
        "REPLACE INTO signing_keys (register_id, key_version, algorithm, public_key, created_at) "
        "SELECT register_id, key_version, algorithm, 'x', created_at FROM signing_keys",
    ],
    ids=["update", "delete", "insert-or-replace", "replace-on-key"],
)
def test_the_public_records_are_append_only(shop: Shop, sql: str) -> None:
    shop.close()
    with closing(outside(shop.path)) as conn:
        before = conn.execute("SELECT * FROM signing_keys").fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="signing_keys is append-only"):
            conn.execute(sql)
        assert conn.execute("SELECT * FROM signing_keys").fetchall() == before


def test_a_dropped_key_guard_is_reported(shop: Shop) -> None:
    shop.close()
    with closing(outside(shop.path)) as conn:
        conn.execute("DROP TRIGGER signing_keys_no_update")
    assert verify_database(shop.path).problems == [
        "the signing keys' guard signing_keys_no_update was removed"
    ]


def test_an_hmac_key_needs_its_file_to_be_checked(tmp_path: Path, clock) -> None:
    path = tmp_path / "hmac.sqlite3"
    shop = make_shop(path, clock, algorithm=HMAC_SHA1)
    sell(shop, codes=(shop.codes[0],))
    shop.close()
    assert verify_database(path).ok
    copy = copy_shop_file(path, tmp_path / "copy.sqlite3")
    shutil.rmtree(key_folder(copy))
    assert verify_database(copy).problems == [
        "register K1's key version 1 is an HMAC key and its key file is missing or unusable:"
        " its signatures were not checked"
    ]


def test_backups_carry_the_keys_and_rotation_takes_them_away(shop: Shop, clock) -> None:
    sell(shop, codes=(shop.codes[0],))
    folder = shop.path.parent / "backups"
    first = take_backup(shop.path, folder, keep=1, clock=clock).path
    assert key_path(first, 1, 1).read_bytes() == key_path(shop.path, 1, 1).read_bytes()
    assert key_folder(first).stat().st_mode & 0o777 == 0o700
    clock.advance(minutes=1)
    second = take_backup(shop.path, folder, keep=1, clock=clock)
    assert second.removed == [first]
    assert sorted(p.name for p in folder.iterdir()) == [second.path.name, key_folder(second.path).name]


def test_a_second_register_gets_its_own_key_file(shop: Shop, clock) -> None:
    from bruktpos.services.shop import add_register

    add_register(shop.db, "K2", "Kafékassa", by=shop.admin, clock=clock)
    files = sorted(p.name for p in key_folder(shop.path).iterdir())
    assert files == ["register-1-v1.key", "register-2-v1.key"]
    assert all(os.stat(key_folder(shop.path) / f).st_mode & 0o777 == 0o600 for f in files)
    first, second = (key_folder(shop.path) / f for f in files)
    assert first.read_bytes() != second.read_bytes()
