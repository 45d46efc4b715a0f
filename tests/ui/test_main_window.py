"""The window a person sees when they start BruktPOS."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from bruktpos.services.demo import build_demo
from bruktpos.services.shop import shop_overview
from bruktpos.store.schema import open_database
from bruktpos.ui.app import install_translators, load_theme
from bruktpos.ui.main_window import MainWindow


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "nb")
    assert translators, "the Norwegian translation was not built"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_window_shows_the_demo_shop_in_norwegian(qtbot, tmp_path: Path, norwegian: None, qapp) -> None:
    path = tmp_path / "demo.sqlite3"
    build_demo(path, days=2, end=date(2026, 11, 21), sales_per_day=5, stock=25)
    db = open_database(path)
    overview = shop_overview(db)
    db.dispose()
    load_theme(qapp)
    window = MainWindow(overview)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    texts = _texts(window)
    assert "Bruktbutikken Demo" in texts
    assert any(t.startswith("Databasen er klar:") and f"{overview.items_in_stock} varer" in t for t in texts)
    close = next(b for b in window.findChildren(QPushButton) if b.text() == "Lukk")
    assert close.height() >= 48  # touch target
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_window_speaks_english_without_translation(qtbot) -> None:
    from bruktpos.services.shop import ShopOverview

    window = MainWindow(ShopOverview("", 0, 0))
    qtbot.addWidget(window)
    assert "No shop is set up in this database yet." in _texts(window)
