"""This PC's register, per shop file, in a small JSON file of the user's config folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bruktpos.services import register_choice
from bruktpos.services.register_choice import (
    CONFIG_DIR_ENV,
    choice_file,
    chosen_register,
    register_for_this_pc,
    remember_register,
)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config" / "bruktpos"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(folder))
    return folder


def test_the_env_var_names_the_folder_else_the_platform_config_folder(
    config: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert choice_file() == config / "registers.json"
    monkeypatch.delenv(CONFIG_DIR_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert choice_file() == tmp_path / "xdg" / "bruktpos" / "registers.json"


def test_the_choice_is_kept_per_shop_file_by_its_full_path(
    config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop_a = tmp_path / "a" / "butikk.sqlite3"
    shop_b = tmp_path / "b" / "butikk.sqlite3"
    assert chosen_register(shop_a) is None
    remember_register(shop_a, "K2")
    remember_register(shop_b, "K1")
    assert (chosen_register(shop_a), chosen_register(shop_b)) == ("K2", "K1")
    # The same file reached by another path (relative, through ..) is the same shop.
    monkeypatch.chdir(tmp_path)
    assert chosen_register(Path("a") / ".." / "a" / "butikk.sqlite3") == "K2"
    data = json.loads((config / "registers.json").read_text(encoding="utf-8"))
    assert data == {"version": 1, "registers": {str(shop_a.resolve()): "K2", str(shop_b.resolve()): "K1"}}
    assert [p.name for p in config.iterdir()] == ["registers.json"]  # nothing half-written left beside it


def test_one_register_is_chosen_without_asking(config: Path, tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    assert register_for_this_pc(shop, ["K1"]) == "K1"
    assert chosen_register(shop) == "K1"


def test_with_more_registers_the_pc_is_asked_once(config: Path, tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    assert register_for_this_pc(shop, ["K1", "K2"]) is None
    assert not choice_file().exists()
    remember_register(shop, "K2")
    assert register_for_this_pc(shop, ["K1", "K2"]) == "K2"


def test_a_choice_that_no_longer_exists_asks_again(config: Path, tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    remember_register(shop, "K9")
    assert register_for_this_pc(shop, ["K1", "K2"]) is None
    assert register_for_this_pc(shop, ["K1"]) == "K1"  # and a shop with one register has that one


def test_the_command_line_chooses_and_is_remembered(config: Path, tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    remember_register(shop, "K1")
    assert register_for_this_pc(shop, ["K1", "K2"], asked="k2") == "K2"
    assert chosen_register(shop) == "K2"
    assert register_for_this_pc(shop, ["K1", "K2"], asked="K7") == "K2"  # unknown: the choice as it was


def test_a_damaged_choice_file_asks_again_and_is_replaced(config: Path, tmp_path: Path) -> None:
    shop = tmp_path / "shop.sqlite3"
    config.mkdir(parents=True)
    (config / "registers.json").write_text("{not json", encoding="utf-8")
    assert register_for_this_pc(shop, ["K1", "K2"]) is None
    remember_register(shop, "K1")
    assert chosen_register(shop) == "K1"


def test_a_config_folder_that_cannot_be_written_does_not_stop_the_till(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CONFIG_DIR_ENV, str(blocker / "bruktpos"))
    assert register_for_this_pc(tmp_path / "shop.sqlite3", ["K1"]) == "K1"
    with pytest.raises(OSError):
        register_choice.remember_register(tmp_path / "shop.sqlite3", "K1")
