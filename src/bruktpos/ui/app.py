"""The Qt application: translations, theme and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from bruktpos.services.shop import ShopOverview, shop_overview
from bruktpos.store.schema import open_database
from bruktpos.ui.main_window import MainWindow

PACKAGE = Path(__file__).resolve().parent.parent
QM_DIR = PACKAGE / "i18n"
THEME = PACKAGE.parent.parent / "resources" / "theme.qss"
DEFAULT_LANGUAGE = "nb"


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load BruktPOS's and Qt's own strings for ``language`` (nb or en)."""
    translators = []
    QLocale.setDefault(
        QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English)
    )
    ours = QTranslator(app)
    if ours.load(str(QM_DIR / f"bruktpos_{language}.qm")):
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def load_theme(app: QApplication) -> None:
    if THEME.exists():
        app.setStyleSheet(THEME.read_text(encoding="utf-8"))


def run(db_path: Path, language: str = DEFAULT_LANGUAGE) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("BruktPOS")
    install_translators(app, language)
    load_theme(app)
    db = open_database(db_path)
    overview: ShopOverview = shop_overview(db)
    window = MainWindow(overview)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()
