"""Every error from the core becomes a friendly sentence, never a code."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass
from datetime import datetime

import pytest

from bruktpos.domain import errors
from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import NBSP
from bruktpos.domain.roles import Action
from bruktpos.ui.messages import describe, describe_permission, describe_role, fill
from tests.conftest import OSLO

WHEN = datetime(2026, 11, 12, 14, 3, tzinfo=OSLO)
FALLBACK = "Something went wrong. Try again, or ask the shop leader for help."

# Plausible facts by field name; anything else by its type.
_BY_NAME: dict[str, object] = {
    "action": "refund",
    "role": "cashier",
    "method": "card",
    "status": "discarded",
    "register": "K1",
    "item_code": "0400001000017",
    "text": "12x",
    "path": "/tmp/shop.sqlite3",
}
_BY_TYPE: dict[str, object] = {
    "str": "something",
    "int": 1234,
    "datetime": WHEN,
    "date": WHEN.date(),
    "bool": False,
}


def _sample(cls: type[BruktError]) -> BruktError:
    if not dataclasses.is_dataclass(cls):
        return cls()
    values = {}
    for field in dataclasses.fields(cls):
        kind = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "str")
        values[field.name] = _BY_NAME.get(field.name, _BY_TYPE.get(kind.split(" ")[0], "something"))
    return cls(**values)


ERROR_CLASSES = sorted(
    (
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, BruktError) and cls is not BruktError and cls.__module__ == errors.__name__
    ),
    key=lambda cls: cls.__name__,
)


def test_the_error_module_is_found() -> None:
    assert len(ERROR_CLASSES) >= 30


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_gets_a_sentence_without_a_code(cls: type[BruktError], qapp) -> None:
    error = _sample(cls)
    text = describe(error)
    assert text and text != FALLBACK, cls.__name__
    assert text.rstrip().endswith((".", "!")), text
    assert error.code not in text
    assert cls.__name__ not in text
    assert "%1" not in text and "%2" not in text and "{" not in text


def test_item_already_sold(qapp) -> None:
    error = errors.ItemAlreadySold("0400001000017", WHEN, 1234, "K1")
    assert describe(error) == (
        "This item was sold on 12.11.2026 at 14.03 (receipt 1234, till K1). Ask the shop leader for help."
    )


def test_item_not_for_sale_names_what_happened(qapp) -> None:
    error = errors.ItemNotForSale("0400001000017", "moved", WHEN)
    assert describe(error) == (
        "This item was marked as moved to another shop on 12.11.2026. "
        "Put it aside and ask the shop leader for help."
    )


def test_wrong_pin_counts_the_tries_left(qapp) -> None:
    assert describe(errors.WrongPin(3, 4)) == "That PIN was not right. Try again; you have 4 tries left."
    assert "one try left" in describe(errors.WrongPin(3, 1))


def test_locked_user_is_told_when_to_try_again(qapp) -> None:
    assert describe(errors.UserLocked(3, WHEN)) == (
        "Too many wrong PINs in a row. You can try again at 14.03, or ask the shop leader for help."
    )


def test_amounts_are_written_the_norwegian_way(qapp) -> None:
    assert describe(errors.SaleNotPaid(123450)) == (
        f"kr{NBSP}1{NBSP}234,50 is still left to pay. Take the rest before you finish the sale."
    )
    assert describe(errors.OverPayment("card", 5000, 4950)) == (
        f"kr{NBSP}50,00 is more than what is left to pay (kr{NBSP}49,50). Type kr{NBSP}49,50 or less."
    )


def test_permission_names_the_action(qapp) -> None:
    assert describe(errors.PermissionDenied("refund", "cashier")) == (
        "Only a shop leader may approve a refund. Ask the shop leader for help."
    )
    assert describe(errors.PermissionDenied("manage_users", "leader")).startswith(
        "Only an administrator may approve making someone an administrator or changing one."
    )


@pytest.mark.parametrize("action", list(Action), ids=str)
def test_every_action_has_a_plain_name(action: Action, qapp) -> None:
    name = describe_permission(action)
    assert name and name != "this" and "_" not in name


def test_permission_names(qapp) -> None:
    assert describe_permission(Action.REFUND) == "a refund"
    assert describe_permission("price_override") == "a price change"
    assert describe_permission("something_new") == "this"


def test_roles_in_plain_words(qapp) -> None:
    assert [describe_role(r) for r in ("cashier", "leader", "admin")] == [
        "Cashier",
        "Shop leader",
        "Administrator",
    ]


def test_an_unknown_error_still_gets_a_kind_sentence(qapp) -> None:
    @dataclass(eq=False)
    class SomethingNew(BruktError):
        detail: str
        code = "something_new"

    assert describe(SomethingNew("x")) == FALLBACK


def test_odd_facts_never_crash(qapp) -> None:
    # A price that was not even a number is described, not raised.
    assert describe(errors.InvalidPrice("12x", 100_000_00))  # type: ignore[arg-type]
    assert describe(errors.OverPayment("cash", 1000, 0)) == "Nothing is left to pay. Finish the sale."


def test_fill_is_one_pass() -> None:
    assert fill("%1 and %2", "%2", "b") == "%2 and b"
    assert fill("%1 %3", "a") == "a %3"


def test_printer_trouble_says_what_to_check(qapp) -> None:
    paper_out = errors.PrinterError("paper_out", "status byte 0x60")
    assert describe(paper_out) == "The receipt printer is out of paper. Put in a new roll, then try again."
    assert "0x60" not in describe(paper_out)
    assert describe(errors.PrinterError("printer_error", "boom")).startswith(
        "The receipt printer could not print."
    )


def test_a_file_that_is_not_a_shop_database_is_named_for_what_it_is(qapp) -> None:
    folder = errors.NotAShopDatabase(errors.ShopFileProblem.FOLDER, "/tmp/Butikken")
    assert describe(folder) == "This is a folder, not a shop database. Choose the shop’s database file."
    texts = {describe(errors.NotAShopDatabase(kind, "/tmp/x")) for kind in errors.ShopFileProblem.ALL}
    assert len(texts) == len(errors.ShopFileProblem.ALL)  # each kind says something of its own


def test_a_backup_that_could_not_be_taken_says_why_and_that_nothing_changed(qapp) -> None:
    error = errors.BackupBeforeUpgradeFailed(
        errors.StoreProblem.READ_ONLY, "/d/shop.sqlite3", "/d/backups", "x"
    )
    assert describe(error) == (
        "BruktPOS must update the shop database and takes a backup copy first. Nothing has been changed. "
        "The backup folder /d/backups cannot be written to. "
        "Ask the person who looks after this PC, then tap Try again."
    )


def test_a_parked_sale_with_payments_says_who_when_how_much_and_what_to_do(qapp) -> None:
    one = describe(errors.ParkedSaleHasPayments("Ola", WHEN, 2000))
    assert one.startswith(f"A sale parked by Ola at 12.11.2026 14.03 has kr{NBSP}20,00 paid on it. ")
    assert "Resume it under Parked sales and finish it, or undo its payments" in one
    two = describe(errors.ParkedSaleHasPayments("Ola", WHEN, 2000, 2))
    assert two.startswith(
        f"2 parked sales have payments on them: the first was parked by Ola at 12.11.2026 14.03 "
        f"with kr{NBSP}20,00 paid."
    )
