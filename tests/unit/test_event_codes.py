"""Every journal kind is exported with an event code from Skatteetaten's list (PredefinedBasicID-13)."""

from __future__ import annotations

import csv
from pathlib import Path

from bruktpos.store.journal import Event

CODE_LIST = Path(__file__).resolve().parents[1] / "fixtures" / "saft" / "PredefinedBasicID-13.csv"


def _codes() -> dict[str, str]:
    with CODE_LIST.open(encoding="utf-8", newline="") as f:
        return {
            row["PredefinedBasicID-13"]: row["CodeDescriptionENG"].strip()
            for row in csv.DictReader(f, delimiter=";")
        }


def test_every_kind_has_a_code_from_the_list() -> None:
    codes = _codes()
    for kind in Event:
        assert kind.saft_code in codes, kind


def test_the_kinds_the_rules_name_have_their_own_code() -> None:
    codes = _codes()
    named = {
        Event.POS_START: "POS application start",
        Event.LOGIN: "Employee log in",
        Event.DRAWER_OPENED: "Open cash drawer",
        Event.X_REPORT: "X report",
        Event.Z_REPORT: "Z report",
        Event.SALE_SUSPENDED: "Suspend transaction",
        Event.RECEIPT_PRINTED: "Sales receipt printed",
        Event.RETURN: "Return receipt",
        Event.RECEIPT_COPY: "Copy receipt",
        Event.TRAINING_SALE: "Training receipt",
        Event.SAFT_EXPORT: "Export of journal to external storage (cash register)",
        Event.PRICE_OVERRIDE: "Price change",
        Event.DISCOUNT: "Price change",
        Event.TRAINING_ON: "Training mode on",
        Event.TRAINING_OFF: "Training mode off",
    }
    for kind, description in named.items():
        assert codes[kind.saft_code] == description, kind


def test_a_failed_receipt_is_not_exported_as_printed() -> None:
    assert Event.RECEIPT_FAILED.saft_code == "13999"
    assert Event.SALE.saft_code == "13999"
