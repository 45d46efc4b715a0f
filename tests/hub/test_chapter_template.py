"""The chapter template: coordinators publish the set-up file on the hub, shops take it (both hubs)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bruktpos.cli import main
from bruktpos.hub.schema import init_hub
from bruktpos.hub.templates import TemplatesMissing, latest_template
from bruktpos.services.catalogue import CatalogueService
from bruktpos.services.chapter_template import (
    apply_template,
    fetch_template,
    plan_template,
    publish_template,
)
from tests.hub.conftest import Hub, new_pg_database

CHAPTER = """\
bruktpos_setup = 1

[[categories]]
name = "Klær dame"
default_price = "60"
quick_prices = ["30", "60", "100"]

[[categories]]
name = "Leker"
default_price = "25"

[[categories]]
name = "Kafé"
kind = "cafe"
tax_code = "31"

[[products]]
name = "Kaffe"
category = "Kafé"
price = "22"

[[products]]
name = "Bolle"
category = "Kafé"
price = "25,00"

[[registers]]
code = "K9"
name = "Kasse 9"

[[people]]
name = "Per"
role = "cashier"
"""


def publisher_url(hub: Hub) -> str:
    """A coordinator's login on PostgreSQL; the file itself on SQLite (it has no logins)."""
    return hub.coordinator_url("anne") if hub.kind == "postgresql" else hub.admin_url


def test_a_shop_takes_the_chapters_set_up_once_and_keeps_its_own_categories(hub: Hub, shop) -> None:
    published = publish_template(publisher_url(hub), CHAPTER, by="Anne")
    assert (published.version, published.categories, published.products) == (1, 3, 2)
    assert (published.left_out_registers, published.left_out_people) == (1, 1)

    shop_url = hub.shop_url("S001")
    template = fetch_template(shop_url)
    assert template is not None
    assert template.published.version == 1
    publisher = template.published.published_by
    assert publisher == "Anne" if hub.kind == "sqlite" else publisher.endswith("anne")  # the login
    assert not template.setup.registers and not template.setup.people  # one shop's own: never sent

    catalogue = CatalogueService(shop.db)
    before = {c.name: c.id for c in catalogue.categories()}
    planned = plan_template(shop.db, template, by=shop.leader)
    assert {(c.subject, c.name, c.action) for c in planned} >= {
        ("category", "Leker", "added"),
        ("category", "Klær dame", "changed"),
        ("product", "Bolle", "added"),
        ("product", "Kaffe", "changed"),
    }
    assert {c.name for c in catalogue.categories()} == set(before)  # the plan changed nothing

    made = apply_template(shop.db, template, by=shop.leader)
    assert [c.text for c in made] == [c.text for c in planned]
    after = {c.name: c for c in catalogue.categories()}
    # The shop's own categories stay (same ids), the chapter's are added, none is doubled.
    assert {name: after[name].id for name in before} == before
    assert set(after) == {*before, "Leker"}
    assert after["Klær dame"].default_price == 6000 and after["Klær dame"].quick_prices == (3000, 6000, 10000)
    products = {p.name: p for p in catalogue.products()}
    assert products["Kaffe"].price == 2200 and products["Bolle"].price == 2500
    assert [p.name for p in catalogue.products()].count("Kaffe") == 1

    # Importing again changes nothing.
    again = fetch_template(shop_url)
    assert again is not None
    assert plan_template(shop.db, again, by=shop.leader) == []
    assert apply_template(shop.db, again, by=shop.leader) == []


def test_every_version_is_kept_and_the_newest_is_fetched(hub: Hub) -> None:
    url = publisher_url(hub)
    assert fetch_template(hub.shop_url("S001")) is None
    publish_template(url, CHAPTER, by="Anne")
    second = publish_template(url, CHAPTER.replace('"25"', '"30"'), by="Anne")
    assert second.version == 2
    engine = hub.engine()
    try:
        newest = latest_template(engine)
        assert newest is not None and newest.version == 2 and 'default_price = "30"' in newest.content
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM chapter_templates")).scalar() == 2
        # Append-only, whoever asks (even the hub's owner).
        for statement in ("UPDATE chapter_templates SET content = ''", "DELETE FROM chapter_templates"):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_on_postgresql_only_coordinators_publish_and_shops_only_read(pg_hub: Hub) -> None:
    shop_url = pg_hub.shop_url("S001")
    with pytest.raises(DBAPIError, match="permission denied"):
        publish_template(shop_url, CHAPTER)
    publish_template(pg_hub.coordinator_url("anne"), CHAPTER)
    for url in (shop_url, pg_hub.coordinator_url("bo")):
        engine = pg_hub.engine(url)
        try:
            for statement in (
                "INSERT INTO chapter_templates (version, published_at, published_by, categories, products,"
                " content) VALUES (9, now(), 'x', 0, 0, '')",
                "UPDATE chapter_templates SET content = ''",
                "DELETE FROM chapter_templates",
                "TRUNCATE chapter_templates",
                "LOCK TABLE chapter_templates IN EXCLUSIVE MODE",
            ):
                with pytest.raises(DBAPIError, match="permission denied"), engine.begin() as conn:
                    conn.execute(text(statement))
        finally:
            engine.dispose()
    template = fetch_template(shop_url)
    assert template is not None and template.published.published_by.endswith("anne")


def test_a_hub_from_before_the_templates_says_so(pg_cluster, tmp_path, monkeypatch) -> None:
    from bruktpos.hub import schema

    for url in (new_pg_database(pg_cluster), f"sqlite:///{tmp_path / 'old.sqlite3'}"):
        with monkeypatch.context() as old:
            old.setattr(schema, "STEPS", schema.STEPS[:9])
            old.setattr(schema, "SCHEMA_VERSION", 9)
            assert init_hub(url) == 9
        with pytest.raises(TemplatesMissing):
            publish_template(url, CHAPTER)
        with pytest.raises(TemplatesMissing):
            fetch_template(url)
        assert init_hub(url) == schema.SCHEMA_VERSION  # the upgrade adds the table
        assert fetch_template(url) is None


def test_publish_template_on_the_command_line(hub: Hub, capsys, tmp_path) -> None:
    path = tmp_path / "chapter.toml"
    path.write_text(CHAPTER, encoding="utf-8")
    url = publisher_url(hub)
    assert main(["hub", "publish-template", "--hub", url, str(path), "--by", "Anne"]) == 0
    out = capsys.readouterr().out
    assert "Published version 1" in out and "3 categories, 2 products" in out
    assert "Left out 1 register(s) and 1 person(s)" in out

    path.write_text(CHAPTER.replace('price = "22"', "price = 20.5"), encoding="utf-8")
    assert main(["hub", "publish-template", "--hub", url, str(path)]) != 0
    err = capsys.readouterr().err
    assert f"{path}:" in err and "never 49.5" in err and "nothing was published" in err
    if hub.kind == "postgresql":
        path.write_text(CHAPTER, encoding="utf-8")
        assert main(["hub", "publish-template", "--hub", hub.shop_url("S001"), str(path)]) != 0
        assert "only coordinators may" in capsys.readouterr().err
    engine = hub.engine()
    try:
        newest = latest_template(engine)
        assert newest is not None and newest.version == 1
    finally:
        engine.dispose()
