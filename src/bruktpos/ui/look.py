"""The application's words and look: the translators, the theme and the icon, from the package.

Both windows use these, the till's (:mod:`bruktpos.ui.app`) and the
coordinators' (:mod:`bruktpos.ui.coordinator.window`).
"""

from __future__ import annotations

import logging
from importlib.resources import files

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# Package data, read with importlib.resources (never a path into the source tree):
# the .qm files setup.py or i18n_build compiled, the theme and the app icon.
QM_DIR = files("bruktpos") / "i18n"
RESOURCES = files("bruktpos") / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEFAULT_LANGUAGE = "nb"


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
    theme = (RESOURCES / "theme.qss").read_text(encoding="utf-8")
    if app.styleSheet() != theme:  # setting it again re-polishes every widget there is
        app.setStyleSheet(theme)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("bruktpos")  # Wayland matches the window to bruktpos.desktop and its icon
