"""Each way the database can refuse a write has its own sentence; at payment: the sale is NOT saved."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from bruktpos.domain.errors import DayNotOpen, StoreProblem, StoreUnavailable
from bruktpos.ui.app import install_translators
from bruktpos.ui.messages import describe
from bruktpos.ui.store_messages import describe_unsaved_sale


def _error(problem: str) -> StoreUnavailable:
    return StoreUnavailable(problem=problem, path="/shop/shop.sqlite3", detail="database or disk is full")


def test_each_problem_has_its_own_sentence_anywhere_and_at_the_sale() -> None:
    anywhere = {describe(_error(p)) for p in StoreProblem.ALL}
    at_sale = {describe_unsaved_sale(_error(p)) for p in StoreProblem.ALL}
    assert len(anywhere) == len(at_sale) == len(StoreProblem.ALL)
    assert all(text.startswith("Nothing was saved: ") for text in anywhere)
    assert all(text.startswith("The sale is not saved") for text in at_sale)
    assert all("Do not give the customer the goods yet." in text for text in at_sale)
    assert not any("/shop/" in text or "disk is full" in text.split(":")[0] for text in anywhere | at_sale)


def test_a_taken_payment_is_named_with_what_to_do_about_it() -> None:
    full = _error(StoreProblem.FULL)
    assert "terminal" not in describe_unsaved_sale(full, ["voucher"])
    card = describe_unsaved_sale(full, ["card"])
    assert "refund the payment on the terminal, then tap Undo last payment" in card
    both = describe_unsaved_sale(full, ["cash", "vipps"])
    assert "pay the money back in Vipps" in both and "give the cash back" in both
    other = describe_unsaved_sale(DayNotOpen("K1"), ["card"])
    assert other.startswith("The sale is not saved. ") and "terminal" in other


def test_in_bokmal_the_sale_is_plainly_not_saved(qapp: QApplication) -> None:
    locale = QLocale()
    translators = install_translators(qapp, "nb")
    try:
        text = describe_unsaved_sale(_error(StoreProblem.FULL), ["card"])
        locked = describe(_error(StoreProblem.LOCKED))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert text.startswith(
        "Salget er ikke lagret: disken er full. Ikke gi kunden varene ennå. Be butikklederen om hjelp"
    )
    assert "Kortbetalingen er godkjent på terminalen: kunden har betalt." in text
    assert "tilbakefør betalingen på terminalen" in text
    assert locked == "Ingenting ble lagret: et annet program bruker databasen. Vent litt, og prøv igjen."
