"""``bruktpos setup export|import``: a chapter's set-up carried from shop to shop, on real files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.domain.vat import TaxCode
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.people import PeopleService
from bruktpos.services.setup_format import SetupFileError, read_setup
from bruktpos.services.shop import ShopDetails, list_registers, set_up_shop
from bruktpos.services.users import UserService
from bruktpos.store.schema import open_database

from .conftest import ADMIN_PIN, CASHIER_PIN, LEADER_PIN, Shop
from .test_cli_users import Terminal

CHAPTER = """\
bruktpos_setup = 1

[[categories]]
name = "Klær"
tax_code = "3"
default_price = "50"
quick_prices = ["20", "50", "100"]

[[categories]]
name = "Bøker"
tax_code = "5"          # zero-rated
default_price = "20,00"
markdown = "28:30;pull:84"

[[categories]]
name = "Kafé"
kind = "cafe"
tax_code = "31"

[[products]]
name = "Kaffe"
category = "Kafé"
price = "25,00"

[[products]]
name = "Vaffel"
category = "Kafé"
price = "30"
tax_code = "3"
track_stock = true

[[registers]]
code = "K2"
name = "Kasse 2"

[[people]]
name = "Per"
role = "cashier"

[[people]]
name = "Lise"
role = "leader"
"""


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


@pytest.fixture
def new_shop(tmp_path: Path, clock) -> Path:
    """A shop just through the wizard: one administrator, nothing else."""
    path = tmp_path / "new.sqlite3"
    db = open_database(path)
    set_up_shop(
        db,
        ShopDetails(name="Ny butikk", org_number="999999999"),
        admin_name="Astrid",
        admin_pin=ADMIN_PIN,
        clock=clock,
    )
    db.dispose()
    return path


def _import(
    capsys, terminal: Terminal, shop: Path, file: Path, *extra: str, pin: str = ADMIN_PIN
) -> tuple[int, str, str]:
    terminal.type(pin)
    status = main(["setup", "import", "--db", str(shop), str(file), "--as", "Astrid", *extra])
    out, err = capsys.readouterr()
    return status, out, err


def _digest(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_shop_gets_the_chapters_set_up_and_a_second_import_changes_nothing(
    new_shop: Path, tmp_path: Path, terminal: Terminal, capsys
) -> None:
    file = tmp_path / "chapter.toml"
    file.write_text(CHAPTER, encoding="utf-8")
    status, out, err = _import(capsys, terminal, new_shop, file)
    assert (status, err) == (0, ""), err
    assert "category Klær added" in out and "product Vaffel added (30 kr, in Kafé)" in out
    assert "register K2 (Kasse 2) added" in out
    assert "Per added (cashier); needs a PIN from a shop leader" in out

    db = open_database(new_shop)
    try:
        categories = CatalogueService(db).categories()
        assert [c.name for c in sorted(categories, key=lambda c: c.position)] == ["Klær", "Bøker", "Kafé"]
        books = next(c for c in categories if c.name == "Bøker")
        assert (books.vat_code, books.vat_rate, books.default_price, books.markdown_rule) == (
            TaxCode.ZERO_RATED,
            0,
            2000,
            "28:30;pull:84",
        )
        assert next(c for c in categories if c.name == "Klær").quick_prices == (2000, 5000, 10000)
        products = {p.name: p for p in CatalogueService(db).products()}
        assert products["Kaffe"].tax_code is TaxCode.FOOD  # the category's
        assert (products["Vaffel"].vat_code, products["Vaffel"].track_stock) == (TaxCode.STANDARD, True)
        assert [r.code for r in list_registers(db)] == ["K1", "K2"]
        per = PeopleService(db).find("Per")
        assert per is not None and not per.has_pin
        journal = [
            row[0] for row in db.reader.connect().exec_driver_sql("SELECT event FROM journal").fetchall()
        ]
        assert journal.count("category_changed") >= 3 and "register_added" in journal
    finally:
        db.dispose()

    before = _digest(new_shop)
    status, out, err = _import(capsys, terminal, new_shop, file)
    assert (status, err) == (0, "")
    assert out.startswith("Nothing to change")
    assert _digest(new_shop) == before


def test_export_then_import_into_an_empty_shop_gives_the_same_set_up(
    shop: Shop, new_shop: Path, tmp_path: Path, terminal: Terminal, capsys
) -> None:
    CatalogueService(shop.db).retire_product(shop.coffee, by=shop.leader)
    shop.close()
    for name in ("setup.toml", "setup.json"):
        file = tmp_path / name
        assert main(["setup", "export", "--db", str(shop.path), str(file)]) == 0
        assert "Wrote" in capsys.readouterr().out
        text = file.read_text(encoding="utf-8")
        assert "PIN" not in text.replace("PINs", "") and "scrypt" not in text
        setup = read_setup(text, json_format=name.endswith(".json"))
        assert [c.name for c in setup.categories] == ["Bøker", "Kafé", "Klær dame"]  # positions tie: by name
        assert [(p.name, p.active) for p in setup.products] == [("Vaffel", True), ("Kaffe", False)]
        assert {p.name for p in setup.people} == {"Astrid", "Kari", "Ola"}

    status, out, err = _import(capsys, terminal, new_shop, tmp_path / "setup.toml")
    assert (status, err) == (0, ""), err
    assert "product Kaffe retired" in out
    db = open_database(new_shop)
    try:
        assert main(["setup", "export", "--db", str(new_shop), str(tmp_path / "again.json")]) == 0
        exported = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
        original = json.loads((tmp_path / "setup.json").read_text(encoding="utf-8"))
        assert exported["categories"] == original["categories"]
        assert exported["products"] == original["products"]
        assert {p["name"]: p["role"] for p in exported["people"]} == {
            p["name"]: p["role"] for p in original["people"]
        }
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("bruktpos_setup = 1\n[[categories]\nname = 'x'\n", 2, "not valid TOML"),
        ("bruktpos_setup = 2\n", 1, "format 1"),
        ("[[categories]]\nname = 'x'\n", None, "bruktpos_setup = 1"),
        (
            "bruktpos_setup = 1\n\n[[categories]]\nname = 'Klær'\n\n"
            "[[categories]]\nname = 'Sko'\ntax_code = '4'\n",
            8,
            "tax_code '4'",
        ),
        ("bruktpos_setup = 1\n[[categories]]\nname = 'Klær'\ndefault_price = 49.5\n", 4, "never 49.5"),
        ("bruktpos_setup = 1\n[[categories]]\nname = 'Klær'\n[[categories]]\nname = ' klær '\n", 5, "twice"),
        ("bruktpos_setup = 1\n[[products]]\nname = 'Te'\ncategory = 'Kafé'\n", 2, "price is missing"),
        ("bruktpos_setup = 1\n[[people]]\nname = 'Per'\nrole = 'boss'\n", 4, "role must be"),
        ("bruktpos_setup = 1\n[[people]]\nname = 'Per'\npin = '1234'\n", 4, "unknown field 'pin'"),
        ("bruktpos_setup = 1\n[[vendors]]\nname = 'x'\n", 2, "unknown section"),
    ],
)
def test_a_bad_toml_file_is_refused_with_its_line(text: str, line: int | None, words: str) -> None:
    with pytest.raises(SetupFileError) as refused:
        read_setup(text)
    assert refused.value.line == line
    assert words in refused.value.message


def test_a_bad_json_file_is_refused_with_its_line() -> None:
    broken = '{\n  "bruktpos_setup": 1,\n  "categories": [\n    {"name": "Klær",}\n  ]\n}\n'
    with pytest.raises(SetupFileError) as refused:
        read_setup(broken, json_format=True)
    assert (refused.value.line, "not valid JSON" in refused.value.message) == (4, True)
    wrong = (
        '{\n  "bruktpos_setup": 1,\n  "categories": [\n    {"name": "Klær"},\n'
        '    {"name": "Sko",\n     "quick_prices": ["20", 50.5]}\n  ]\n}\n'
    )
    with pytest.raises(SetupFileError) as refused:
        read_setup(wrong, json_format=True)
    assert refused.value.line == 6
    assert "quick_prices" in refused.value.message


def test_a_bad_file_changes_nothing_and_says_where(
    new_shop: Path, tmp_path: Path, terminal: Terminal, capsys
) -> None:
    file = tmp_path / "bad.toml"
    file.write_text(CHAPTER.replace('tax_code = "31"', 'tax_code = "25"'), encoding="utf-8")
    before = _digest(new_shop)
    status, _out, err = _import(capsys, terminal, new_shop, file)
    line = CHAPTER.splitlines().index('tax_code = "31"') + 1
    assert status == 2
    assert err.startswith(f"{file}:{line}: tax_code '25'") and "nothing was changed" in err
    assert terminal.prompts == []  # refused before anyone types a PIN
    assert _digest(new_shop) == before


def test_a_rule_that_refuses_one_entry_changes_nothing_at_all(
    new_shop: Path, tmp_path: Path, terminal: Terminal, capsys
) -> None:
    # The file is fine on its own, but the last product's barcode is in the shop's own item-code range.
    file = tmp_path / "chapter.toml"
    file.write_text(
        CHAPTER + '\n[[products]]\nname = "Te"\ncategory = "Kafé"\nprice = "20"\nbarcode = "0400100000045"\n',
        encoding="utf-8",
    )
    before = _digest(new_shop)
    status, out, err = _import(capsys, terminal, new_shop, file)
    assert status == 1, (out, err)
    line = CHAPTER.count("\n") + 2  # the added [[products]] header
    assert err.startswith(f"{file}:{line}: product Te: ") and "nothing was changed" in err
    assert _digest(new_shop) == before


def test_a_leader_imports_the_catalogue_but_only_an_administrator_adds_a_register(
    shop: Shop, tmp_path: Path, terminal: Terminal, capsys
) -> None:
    shop.close()
    file = tmp_path / "chapter.toml"
    file.write_text(CHAPTER, encoding="utf-8")
    terminal.type(LEADER_PIN)
    status = main(["setup", "import", "--db", str(shop.path), str(file), "--as", "Kari"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "register K2: only an administrator may add a register" in err
    terminal.type(CASHIER_PIN)
    status = main(["setup", "import", "--db", str(shop.path), str(file), "--as", "Ola"])
    assert status == 1 and "a cashier may not change the shop's set-up" in capsys.readouterr().err
    terminal.type(LEADER_PIN)
    without_register = CHAPTER.replace('[[registers]]\ncode = "K2"\nname = "Kasse 2"\n', "")
    file.write_text(without_register, encoding="utf-8")
    status = main(["setup", "import", "--db", str(shop.path), str(file), "--as", "Kari"])
    out, err = capsys.readouterr()
    assert (status, err) == (0, ""), err
    assert "category Klær added" in out


def test_dry_run_prints_the_changes_and_makes_none(
    new_shop: Path, tmp_path: Path, terminal: Terminal, capsys
) -> None:
    file = tmp_path / "chapter.toml"
    file.write_text(CHAPTER, encoding="utf-8")
    before = _digest(new_shop)
    status, out, err = _import(capsys, terminal, new_shop, file, "--dry-run")
    assert (status, err) == (0, "")
    assert "Would change" in out and "category Kafé added" in out and "Nothing was changed (--dry-run)" in out
    assert _digest(new_shop) == before


def test_a_person_from_a_file_cannot_log_in_until_a_leader_gives_a_pin(
    new_shop: Path, tmp_path: Path, terminal: Terminal, capsys, clock
) -> None:
    from bruktpos.domain.errors import PinNotSet

    file = tmp_path / "chapter.toml"
    file.write_text(CHAPTER, encoding="utf-8")
    assert _import(capsys, terminal, new_shop, file)[0] == 0
    db = open_database(new_shop)
    try:
        users = UserService(db, clock=clock)
        per = next(u for u in users.list_users() if u.name == "Per")
        for _ in range(6):  # never a lockout: there is no PIN to get wrong
            with pytest.raises(PinNotSet):
                users.login(per.id, "0000")
        admin = users.login(next(u for u in users.list_users() if u.name == "Astrid").id, ADMIN_PIN)
        PeopleService(db, clock=clock).set_pin(per.id, "4321", by=admin)
        assert users.login(per.id, "4321").name == "Per"
    finally:
        db.dispose()


def test_an_exported_file_with_short_sections_still_names_the_line_of_a_mistake() -> None:
    # tomli-w writes short sections as one inline table per line.
    text = (
        "bruktpos_setup = 1\n"
        "people = [\n"
        '    { name = "Kari", role = "leader", active = true },\n'
        '    { name = "Per", role = "boss", active = true },\n'
        "]\n"
    )
    with pytest.raises(SetupFileError) as refused:
        read_setup(text)
    assert (refused.value.line, "role must be" in refused.value.message) == (4, True)
