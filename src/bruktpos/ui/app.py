"""The Qt application: translations, theme, first-start setup and the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from bruktpos.store.db import Database
    from bruktpos.ui.main_window import TillContext

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
    for folder in (str(QM_DIR), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        if qt.load(f"qtbase_{language}", folder):
            translators.append(qt)
            break
    for translator in translators:
        app.installTranslator(translator)
    return translators


def load_theme(app: QApplication) -> None:
    if THEME.exists():
        app.setStyleSheet(THEME.read_text(encoding="utf-8"))


def build_context(db: Database) -> TillContext:
    """Services and facts the till's screens work with."""
    from bruktpos.services.checkout import CheckoutService
    from bruktpos.services.settings import SettingsService
    from bruktpos.services.shop import load_register, load_shop, till_catalogue
    from bruktpos.services.users import UserService
    from bruktpos.ui.main_window import TillContext
    from bruktpos.ui.printing import ReceiptDesk

    register = load_register(db)
    settings = SettingsService(db, register_id=register.id)
    return TillContext(
        db=db,
        shop=load_shop(db),
        register=register,
        users=UserService(db, register_id=register.id),
        checkout=CheckoutService(db, register_code=register.code),
        settings=settings,
        catalogue=till_catalogue(db),
        desk=ReceiptDesk(db, settings),
    )


def run(db_path: Path, language: str | None = None, *, quit_when_ready: bool = False) -> int:
    """Start the till on ``db_path``; a database with no shop opens the setup first.

    A shop that is set up and current gets its login screen at once, from a
    quick look with plain ``sqlite3``; everything else loads right after the
    first paint (see :mod:`bruktpos.ui.main_window`).
    """
    from bruktpos.store.quick import quick_look
    from bruktpos.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("BruktPOS")
    look = quick_look(db_path)
    databases: list[Database] = []

    def load() -> TillContext:
        from bruktpos.store.schema import open_database

        databases.append(open_database(db_path))
        return build_context(databases[0])

    try:
        if look is not None:
            install_translators(app, language or look.language or DEFAULT_LANGUAGE)
            load_theme(app)
            window = MainWindow.starting(look, load)
        else:
            window = _first_start(app, db_path, language, databases)
            if window is None:
                return 1
        window.showMaximized()
        if quit_when_ready:
            QTimer.singleShot(0, app.quit)  # runs after the first paint
        return app.exec()
    finally:
        for db in databases:
            db.dispose()


def _first_start(
    app: QApplication, db_path: Path, language: str | None, databases: list[Database]
):  # -> MainWindow | None
    """A new or older database: upgrade it (after a backup), set it up if needed, load all."""
    from bruktpos.services.settings import SettingsService
    from bruktpos.services.shop import is_set_up
    from bruktpos.store.schema import open_database
    from bruktpos.ui.main_window import MainWindow

    db = open_database(db_path)
    databases.append(db)
    chosen = language or (SettingsService(db).get("language") if is_set_up(db) else DEFAULT_LANGUAGE)
    install_translators(app, chosen)
    load_theme(app)
    if not is_set_up(db):
        from bruktpos.ui.setup_wizard import SetupWizard

        if SetupWizard(db).exec() != QDialog.DialogCode.Accepted:
            return None
    return MainWindow(build_context(db))
