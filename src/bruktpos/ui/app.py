"""The Qt application: translations, theme, first-start setup and the main window."""

from __future__ import annotations

import logging
import sys
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QDialog

if TYPE_CHECKING:
    from bruktpos.store.db import Database
    from bruktpos.ui.main_window import TillContext

# Package data, read with importlib.resources (never a path into the source tree):
# the .qm files setup.py or i18n_build compiled, the theme and the app icon.
QM_DIR = files("bruktpos") / "i18n"
RESOURCES = files("bruktpos") / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEFAULT_LANGUAGE = "nb"

log = logging.getLogger(__name__)


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load BruktPOS's and Qt's own strings for ``language`` (nb or en)."""
    translators = []
    QLocale.setDefault(
        QLocale(QLocale.Language.NorwegianBokmal if language == "nb" else QLocale.Language.English)
    )
    ours = _packaged_translator(app, f"bruktpos_{language}.qm")
    if ours is not None:
        translators.append(ours)
    else:
        log.warning("no bruktpos_%s.qm in the package: the till shows its English source text", language)
    qt = _packaged_translator(app, f"qtbase_{language}.qm")
    if qt is None:
        qt = QTranslator(app)
        if not qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            qt = None
    if qt is not None:
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


_QM_DATA: dict[str, bytes] = {}  # Qt reads a translator's messages from these bytes, never copies them


def _packaged_translator(app: QApplication, name: str) -> QTranslator | None:
    """A translator loaded from the package's ``i18n/name``, or None when it is not there."""
    if name not in _QM_DATA:
        resource = QM_DIR / name
        if not resource.is_file():
            return None
        _QM_DATA[name] = resource.read_bytes()
    translator = QTranslator(app)
    return translator if translator.load(_QM_DATA[name]) else None


def app_icon() -> QIcon:
    """The BruktPOS icon (a price tag with a heart) in every packaged PNG size."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData((RESOURCES / "icons" / f"bruktpos-{size}.png").read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def load_theme(app: QApplication) -> None:
    """The look: the stylesheet and the window icon, both from the package."""
    app.setStyleSheet((RESOURCES / "theme.qss").read_text(encoding="utf-8"))
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("bruktpos")  # Wayland matches the window to bruktpos.desktop and its icon


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
