"""The checkout and the PIN lockout when the database file refuses a write, for real.

A full disk, a read-only file, a lock held by another program, a failing
disk: each becomes :class:`StoreUnavailable` with the right problem, nothing
of the sale is written (one transaction), and the same cart saves exactly
once when the fault is gone.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bruktpos.domain.cart import Cart, PaymentMethod
from bruktpos.domain.errors import StoreProblem, StoreUnavailable, UserLocked, WrongPin
from bruktpos.services.checkout import CheckoutService
from bruktpos.services.users import MAX_ATTEMPTS, UserService
from bruktpos.store.schema import open_database
from tests.faults import (
    SmallDisk,
    count,
    failing_disk,
    freeze,
    mounted,
    small_disk,
    unfreeze,
    write_lock_held,
)
from tests.integration.conftest import CASHIER_PIN, Shop, copy_shop

SALES = "SELECT count(*) FROM sales"
SOLD = "SELECT count(*) FROM items WHERE status = 'sold'"
JOURNAL = "SELECT count(*) FROM journal"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def shop_on_disk(shop_template: Shop, disk: SmallDisk, clock) -> Iterator[Shop]:
    made = copy_shop(shop_template, disk.path / "shop.sqlite3", clock)
    yield made
    made.close()


def _card_cart(shop: Shop, checkout: CheckoutService | None = None) -> Cart:
    checkout = checkout or shop.checkout
    cart = checkout.new_cart()
    checkout.scan(cart, shop.codes[0])
    checkout.add_product(cart, shop.coffee)
    checkout.pay(cart, PaymentMethod.CARD)
    return cart


def _nothing_written(shop: Shop, journal_before: int) -> None:
    assert count(shop.path, SALES) == 0
    assert count(shop.path, SOLD) == 0
    assert count(shop.path, JOURNAL) == journal_before


def test_a_sale_on_a_full_disk_is_refused_whole_and_saves_once_there_is_room(
    shop_on_disk: Shop, disk: SmallDisk
) -> None:
    shop = shop_on_disk
    cart = _card_cart(shop)
    journal_before = count(shop.path, JOURNAL)
    disk.fill()

    with pytest.raises(StoreUnavailable) as refused:
        shop.checkout.complete(cart, operator=shop.cashier)
    assert refused.value.problem == StoreProblem.FULL
    assert refused.value.path == str(shop.path)
    _nothing_written(shop, journal_before)
    assert cart.is_paid and len(cart.lines) == 2  # the cart and its payment are as they were

    with pytest.raises(StoreUnavailable):  # still full: still refused, still nothing
        shop.checkout.complete(cart, operator=shop.cashier)
    _nothing_written(shop, journal_before)

    disk.free()
    sale = shop.checkout.complete(cart, operator=shop.cashier)
    assert sale.receipt_no == 1
    assert count(shop.path, SALES) == 1
    assert count(shop.path, SOLD) == 1
    assert count(shop.path, "SELECT count(*) FROM journal WHERE event = 'sale'") == 1


def test_a_line_removed_or_a_sale_parked_on_a_full_disk_leaves_the_cart_as_it_was(
    shop_on_disk: Shop, disk: SmallDisk
) -> None:
    shop = shop_on_disk
    cart = shop.checkout.new_cart()
    line = shop.checkout.scan(cart, shop.codes[1])
    shop.checkout.add_product(cart, shop.coffee, 3)
    coffee = cart.lines[1]
    disk.fill()

    with pytest.raises(StoreUnavailable):
        shop.checkout.remove_line(cart, line.line_id, operator=shop.cashier)
    with pytest.raises(StoreUnavailable):
        shop.checkout.set_quantity(cart, coffee.line_id, 1, operator=shop.cashier)
    with pytest.raises(StoreUnavailable):
        shop.checkout.override_price(cart, coffee.line_id, 500, operator=shop.leader, reason="Skadet")
    with pytest.raises(StoreUnavailable):
        shop.checkout.park(cart, operator=shop.cashier)
    # Nothing was journalled, so nothing changed in the cart either.
    assert [(x.line_id, x.quantity, x.unit_price) for x in cart.lines] == [
        (line.line_id, 1, line.unit_price),
        (coffee.line_id, 3, coffee.unit_price),
    ]
    assert count(shop.path, "SELECT count(*) FROM parked_sales") == 0

    disk.free()
    shop.checkout.remove_line(cart, line.line_id, operator=shop.cashier)
    assert [x.line_id for x in cart.lines] == [coffee.line_id]
    assert count(shop.path, "SELECT count(*) FROM journal WHERE event = 'line_void'") == 1


def test_a_read_only_file_refuses_the_sale_and_takes_it_once_writable(
    shop_template: Shop, disk: SmallDisk, clock
) -> None:
    path = disk.path / "shop.sqlite3"
    copy_shop(shop_template, path, clock).close()
    freeze(path)  # root ignores chmod; not the immutable flag
    try:
        db = open_database(path)  # reads work on a read-only file
        checkout = CheckoutService(db, clock=clock)
        cart = _card_cart(shop_template, checkout)
        with pytest.raises(StoreUnavailable) as refused:
            checkout.complete(cart, operator=shop_template.cashier)
        assert refused.value.problem == StoreProblem.READ_ONLY
        assert count(path, SALES) == 0
    finally:
        unfreeze(path)
    sale = checkout.complete(cart, operator=shop_template.cashier)  # the same till, retrying
    assert sale.receipt_no == 1
    assert count(path, SALES) == 1
    checkout.close()
    db.dispose()


def test_a_held_write_lock_refuses_the_sale_after_the_wait_and_it_saves_once_released(
    shop: Shop,
) -> None:
    shop.db.busy_timeout_ms = 300
    cart = _card_cart(shop)
    with write_lock_held(shop.path):
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as refused:
            shop.checkout.complete(cart, operator=shop.cashier)
        waited = time.monotonic() - started
    assert refused.value.problem == StoreProblem.LOCKED
    assert 0.25 <= waited < 3, waited
    assert count(shop.path, SALES) == 0
    assert shop.checkout.complete(cart, operator=shop.cashier).receipt_no == 1
    assert count(shop.path, SALES) == 1


def test_a_lock_released_within_the_wait_lets_the_sale_through(shop: Shop) -> None:
    cart = _card_cart(shop)  # the real 10 s wait
    with write_lock_held(shop.path) as other:
        release = threading.Timer(0.5, other.execute, ("ROLLBACK",))
        release.start()
        sale = shop.checkout.complete(cart, operator=shop.cashier)
        release.join()
    assert sale.receipt_no == 1


def test_the_gui_thread_waits_briefly_for_a_lock_other_threads_the_full_time(shop: Shop) -> None:
    shop.db.busy_timeout_ms = 1500
    shop.db.wait_briefly_in_this_thread()  # this thread plays the GUI's part
    waits: dict[str, float] = {}

    def try_write(name: str) -> None:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable), shop.db.write() as session:
            session.connection().exec_driver_sql("SELECT 1")
        waits[name] = time.monotonic() - started

    with write_lock_held(shop.path):
        worker = threading.Thread(target=try_write, args=("worker",))
        worker.start()
        try_write("gui")
        cart = shop.checkout.new_cart()
        started = time.monotonic()
        shop.checkout.scan(cart, shop.codes[0])  # a read: WAL lets it pass the writer at once
        waits["scan"] = time.monotonic() - started
        worker.join()
    assert waits["gui"] < 0.5, waits
    assert waits["scan"] < 0.1, waits
    assert waits["worker"] >= 1.4, waits


def test_a_failing_disk_refuses_the_sale_and_nothing_of_it_reaches_the_file(
    shop_template: Shop, tmp_path: Path, clock
) -> None:
    image = tmp_path / "disk.img"
    with failing_disk(image, tmp_path / "ext4") as disk:
        shop = copy_shop(shop_template, disk.path / "shop.sqlite3", clock)
        cart = _card_cart(shop)
        disk.fail()
        with pytest.raises(StoreUnavailable) as refused:
            shop.checkout.complete(cart, operator=shop.cashier)
        # An aborted ext4 fails writes with EIO, and turns itself read-only: a
        # connection opened after the abort meets EROFS. Either is said as such.
        assert refused.value.problem in (StoreProblem.IO, StoreProblem.READ_ONLY), refused.value
        shop.close()
    # The disk back in (mounted again): not a trace of the sale.
    with mounted(image, tmp_path / "again") as path:
        assert count(path / "shop.sqlite3", SALES) == 0
        assert count(path / "shop.sqlite3", SOLD) == 0
        assert count(path / "shop.sqlite3", "SELECT count(*) FROM items") == 10


# --- wrong PINs when the disk is full ----------------------------------------------------------


def test_wrong_pins_count_towards_the_lockout_when_the_disk_is_full(
    shop_on_disk: Shop, disk: SmallDisk, clock
) -> None:
    shop = shop_on_disk
    cashier = shop.cashier.id
    shop.users.login(cashier, CASHIER_PIN)  # the till works; then the disk fills
    disk.fill()
    for left in range(MAX_ATTEMPTS - 1, 0, -1):
        with pytest.raises(WrongPin) as wrong:
            shop.users.login(cashier, "9999")
        assert wrong.value.attempts_left == left
    with pytest.raises(UserLocked):
        shop.users.login(cashier, "9999")
    # Locked: the right PIN does not help, in this service or any other on the file.
    with pytest.raises(UserLocked):
        shop.users.login(cashier, CASHIER_PIN)
    other = UserService(shop.db, register_id=shop.checkout.register.id, clock=clock)
    with pytest.raises(UserLocked):
        other.authorize(cashier, CASHIER_PIN, "sell")
    assert next(u for u in other.list_users() if u.id == cashier).locked_until is not None
    assert count(shop.path, f"SELECT failed_attempts FROM users WHERE id = {cashier}") == 0

    disk.free()  # room again: the next try writes the lock the memory kept
    with pytest.raises(UserLocked):
        shop.users.login(cashier, CASHIER_PIN)
    assert count(shop.path, f"SELECT locked_until IS NOT NULL FROM users WHERE id = {cashier}") == 1
    clock.advance(minutes=6)
    assert shop.users.login(cashier, CASHIER_PIN).id == cashier


def test_a_right_pin_on_a_full_disk_is_refused_with_the_reason(shop_on_disk: Shop, disk: SmallDisk) -> None:
    shop = shop_on_disk
    shop.users.login(shop.cashier.id, CASHIER_PIN)
    disk.fill()
    with pytest.raises(StoreUnavailable) as refused:
        shop.users.login(shop.cashier.id, CASHIER_PIN)  # the login cannot be journalled
    assert refused.value.problem == StoreProblem.FULL


def test_wrong_pins_count_while_another_program_holds_the_lock(shop: Shop) -> None:
    shop.db.busy_timeout_ms = 100
    cashier = shop.cashier.id
    with write_lock_held(shop.path):
        for _ in range(MAX_ATTEMPTS - 1):
            with pytest.raises(WrongPin):
                shop.users.login(cashier, "9999")
        with pytest.raises(UserLocked):
            shop.users.login(cashier, "9999")
    with pytest.raises(UserLocked):
        shop.users.login(cashier, CASHIER_PIN)


def test_a_damaged_file_refuses_the_sale_as_damaged(shop_template: Shop, tmp_path: Path, clock) -> None:
    path = tmp_path / "shop.sqlite3"
    copy_shop(shop_template, path, clock).close()
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'sales'").fetchone()[0]
    with open(path, "r+b") as damaged:  # the sales table's first page turns to noise
        damaged.seek((root - 1) * page_size)
        damaged.write(bytes(range(256)) * (page_size // 256))
    db = open_database(path)
    checkout = CheckoutService(db, clock=clock)
    cart = _card_cart(shop_template, checkout)
    with pytest.raises(StoreUnavailable) as refused:
        checkout.complete(cart, operator=shop_template.cashier)
    assert refused.value.problem == StoreProblem.CORRUPT
    assert count(path, SOLD) == 0
    checkout.close()
    db.dispose()
