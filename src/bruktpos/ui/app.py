"""The Qt application: translations, theme, and the start (setup, problem windows, the main window)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from bruktpos.ui.look import DEFAULT_LANGUAGE, install_translators, load_theme

if TYPE_CHECKING:
    from bruktpos.domain.errors import BruktError
    from bruktpos.store.db import Database
    from bruktpos.store.quick import QuickLook
    from bruktpos.ui.till_window import TillContext

log = logging.getLogger(__name__)


def build_context(db: Database, register_code: str | None = None) -> TillContext:
    """Services and facts the till's screens work with, as register ``register_code`` (default: the first)."""
    from bruktpos.services.checkout import CheckoutService
    from bruktpos.services.settings import SettingsService
    from bruktpos.services.shop import load_register, load_shop, till_catalogue
    from bruktpos.services.users import UserService
    from bruktpos.ui.printing import ReceiptDesk
    from bruktpos.ui.till_window import TillContext

    # The GUI thread never freezes on a lock another program holds, from the
    # first login on (the till's controller says the same once it exists).
    db.wait_briefly_in_this_thread()

    register = load_register(db, register_code)
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


def run(
    db_path: Path,
    language: str | None = None,
    *,
    quit_when_ready: bool = False,
    new_shop_here: bool = False,
    register: str | None = None,
) -> int:
    """Start the till on ``db_path`` and run it until it is closed.

    ``new_shop_here`` says the path was not typed by anyone (the default
    database on a first start): a missing file there goes straight to the
    setup. A typed path with nothing at it asks first; see :class:`Start`.
    ``register`` (``--register K2``) chooses which of the shop's registers
    this PC is, and is remembered for the next start.
    """
    from bruktpos.ui.collector import collecting_on_gui_thread
    from bruktpos.ui.pyside_imports import spare_source_reads

    spare_source_reads()  # PySide would read the source of each module the start imports next
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("BruktPOS")
    # Garbage is collected on the GUI thread only, never by a worker, and
    # automatic collection stays off to the end (ui/collector.py).
    with collecting_on_gui_thread(for_good=True):
        start = Start(app, language, register=register)
        try:
            window = start.begin(db_path, may_create=new_shop_here)
            show_window(window)
            start.running = True
            if quit_when_ready:
                code = 0 if type(window).__name__ == "MainWindow" else 1
                QTimer.singleShot(0, lambda: app.exit(code))  # runs after the first paint
            return app.exec()
        finally:
            start.close()


def show_window(window: QWidget) -> None:
    """The till fills the screen; the setup and the start's problem windows do not."""
    if type(window).__name__ == "MainWindow":
        window.showMaximized()
    else:
        window.show()


class Start(QObject):
    """The till's start, one window at a time.

    :meth:`begin` returns the first window to show — the login screen of a
    shop that is set up and current (from a quick look with plain
    ``sqlite3``; everything else loads right after the first paint, see
    :mod:`bruktpos.ui.main_window`), the setup for a new shop, or a
    :class:`~bruktpos.ui.start_problem.StartProblemWindow` that says what is
    wrong with the file. The choices made there (another file, try again,
    a new shop) lead to the next window. Nothing is created, migrated or
    written in a file that is not a shop database, and a new shop is made
    only where the person asked for it.

    A shop with more than one register that this PC has not chosen among
    yet (see :mod:`bruktpos.services.register_choice`) gets a
    :class:`~bruktpos.ui.register_choice.RegisterChooser` before its login
    screen; the choice is remembered, so the next start does not ask.
    """

    def __init__(
        self, app: QApplication, language: str | None = None, *, register: str | None = None
    ) -> None:
        super().__init__()
        self.app = app
        self.language = language
        self.register = register  # --register: the register this PC is asked to be
        self.window: QWidget | None = None
        self.databases: list[Database] = []
        self._translators: list[QTranslator] = []
        self._translated_as: str | None = None
        self.running = False  # set by run() once app.exec() takes over
        load_theme(app)

    def begin(self, path: Path, *, may_create: bool = False) -> QWidget:
        """The window for ``path`` (not shown yet); it becomes :attr:`window`."""
        from bruktpos.domain.errors import ShopFileProblem
        from bruktpos.store.quick import quick_look, shop_file_problem

        problem = shop_file_problem(path)
        if problem is not None:
            new = problem.problem in (ShopFileProblem.MISSING, ShopFileProblem.EMPTY)
            if new and may_create:
                return self._set(self._new_shop(path))
            log.warning("cannot start on %s: %s", path, problem)
            return self._set(self._problem(problem))
        look = quick_look(path)
        if look is not None:
            from bruktpos.services.register_choice import register_for_this_pc

            self._translate(self.language or look.language or DEFAULT_LANGUAGE)
            code = register_for_this_pc(path, [code for code, _ in look.registers], asked=self.register)
            if code is None:
                return self._set(
                    self._chooser(
                        path, look.shop_name, look.registers, lambda c: self._starting(path, look, c)
                    )
                )
            return self._set(self._starting(path, look, code))
        return self._set(self._open(path))

    def close(self) -> None:
        """Let go of the databases and the translators (the app is done, or a test is)."""
        for db in self.databases:
            db.dispose()
        for db in self.databases:  # each file's WAL emptied once all its connections are closed
            db.checkpoints.truncate()
        self.databases.clear()
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators.clear()
        self._translated_as = None

    def quit(self, code: int) -> None:
        """End the app with ``code`` (only while it runs: Qt's exit() outside exec() would
        make every later event loop return at once)."""
        if self.running:
            self.app.exit(code)

    # --- the windows -------------------------------------------------------------

    def _starting(self, path: Path, look: QuickLook, code: str) -> QWidget:
        """The login screen of register ``code`` from the quick look; the services load right after."""
        from bruktpos.ui.main_window import MainWindow

        name = dict(look.registers).get(code, code)
        window = MainWindow.starting(
            replace(look, register_code=code, register_name=name), lambda: self._load(path, code)
        )
        # A file damaged past the pages the quick look reads shows it only now.
        window.load_failed.connect(
            lambda error: self._replace(window, self._problem(error, lambda: self.begin(path)))
        )
        return window

    def _chooser(
        self,
        path: Path,
        shop_name: str,
        registers: Sequence[tuple[str, str]],
        then: Callable[[str], QWidget],
    ) -> QWidget:
        """Which register is this PC? Asked once per shop file; ``then(code)`` is the next window."""
        from bruktpos.services.register_choice import remember_register
        from bruktpos.ui.register_choice import RegisterChooser

        chooser = RegisterChooser(shop_name, list(registers))

        def chosen(code: str) -> None:
            try:
                remember_register(path, code)
            except OSError as error:  # the till works all the same; it asks again next time
                log.warning("could not remember register %s for %s: %s", code, path, error)
            self._replace(chooser, then(code))

        chooser.chosen.connect(chosen)
        chooser.quit_requested.connect(lambda: self.quit(1))
        return chooser

    def _load(self, path: Path, code: str | None = None) -> TillContext:
        from bruktpos.store.schema import open_database

        db = open_database(path)
        self.databases.append(db)
        return build_context(db, code)

    def _open(self, path: Path) -> QWidget:
        """An older database (upgraded after its backup) or one not set up yet."""
        from bruktpos.services.register_choice import register_for_this_pc
        from bruktpos.services.settings import SettingsService
        from bruktpos.services.shop import is_set_up, list_registers, load_shop
        from bruktpos.ui.main_window import MainWindow

        db = self._opened(path, retry=lambda: self._open(path))
        if isinstance(db, QWidget):
            return db  # the problem window
        try:
            if not is_set_up(db):
                self._translate(self.language or DEFAULT_LANGUAGE)
                return self._wizard(db, made_here=False)
            self._translate(self.language or SettingsService(db).get("language") or DEFAULT_LANGUAGE)
            registers = [(r.code, r.name) for r in list_registers(db)]
            code = register_for_this_pc(path, [c for c, _ in registers], asked=self.register)
            if code is None:
                name = load_shop(db).name
                return self._chooser(path, name, registers, lambda c: MainWindow(build_context(db, c)))
            return MainWindow(build_context(db, code))
        except Exception as error:  # a file damaged past its first pages shows it only now
            from bruktpos.domain.errors import StoreUnavailable
            from bruktpos.store.failures import as_store_error

            typed = error if isinstance(error, StoreUnavailable) else as_store_error(error, path)
            if typed is None:
                raise
            log.warning("cannot start on %s: %s", path, typed)
            self.databases.remove(db)
            db.dispose()
            return self._problem(typed, lambda: self._open(path))

    def _new_shop(self, path: Path) -> QWidget:
        """A new, empty shop database at ``path`` and the setup for it."""
        made_here = not path.exists()
        db = self._opened(path, retry=lambda: self._new_shop_or_open(path))
        if isinstance(db, QWidget):
            return db
        self._translate(self.language or DEFAULT_LANGUAGE)
        return self._wizard(db, made_here=made_here)

    def _opened(self, path: Path, retry: Callable[[], QWidget]) -> Database | QWidget:
        """The database at ``path``, opened and upgraded; or the window that says why not."""
        from bruktpos.domain.errors import BackupBeforeUpgradeFailed, NotAShopDatabase, StoreUnavailable
        from bruktpos.store.failures import as_store_error
        from bruktpos.store.schema import open_database

        self.app.setOverrideCursor(Qt.CursorShape.WaitCursor)  # an upgrade may wait for a lock
        try:
            db = open_database(path)
        except (NotAShopDatabase, BackupBeforeUpgradeFailed, StoreUnavailable) as error:
            log.warning("cannot start on %s: %s", path, error)
            return self._problem(error, retry)
        except OSError as error:  # the folder for a new file cannot be made
            typed = as_store_error(error, path)
            if typed is None:
                raise
            log.warning("cannot start on %s: %s", path, typed)
            return self._problem(typed, retry)
        finally:
            self.app.restoreOverrideCursor()
        self.databases.append(db)
        return db

    def _wizard(self, db: Database, *, made_here: bool) -> QWidget:
        from bruktpos.ui.main_window import MainWindow
        from bruktpos.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(db)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted.value:
                from bruktpos.services.register_choice import register_for_this_pc
                from bruktpos.services.shop import list_registers

                # A new shop has its one register; this PC is it from now on.
                codes = [r.code for r in list_registers(db)]
                self._replace(wizard, MainWindow(build_context(db, register_for_this_pc(db.path, codes))))
                return
            if made_here:  # cancelled: the new shop was never made, so leave no file behind
                self.databases.remove(db)
                db.dispose()
                for leftover in (db.path, *(db.path.with_name(db.path.name + s) for s in ("-wal", "-shm"))):
                    leftover.unlink(missing_ok=True)
            self.quit(1)

        wizard.finished.connect(finished)
        return wizard

    def _problem(self, error: BruktError, retry: Callable[[], QWidget] | None = None) -> QWidget:
        from bruktpos.ui.start_problem import StartProblemWindow

        self._translate(self.language or DEFAULT_LANGUAGE)
        window = StartProblemWindow(error)
        window.other_file_chosen.connect(lambda path: self._replace(window, self.begin_later(path)))
        window.new_shop_chosen.connect(lambda path: self._replace(window, self._new_shop_or_open(path)))
        window.quit_requested.connect(lambda: self.quit(1))
        if retry is not None:
            window.retry_requested.connect(lambda: self._replace(window, retry()))
        return window

    def begin_later(self, path: Path) -> QWidget:
        """The window for another file the person chose (nothing is created for a missing one)."""
        return self.begin(path, may_create=False)

    def _new_shop_or_open(self, path: Path) -> QWidget:
        """A new shop where the person asked for one; a file already there is opened, never replaced."""
        if path.exists() and not (path.is_file() and path.stat().st_size == 0):
            return self.begin(path, may_create=False)
        return self._new_shop(path)

    def _set(self, window: QWidget) -> QWidget:
        self.window = window
        return window

    def _replace(self, old: QWidget, window: QWidget) -> None:
        """Show ``window`` in place of ``old`` (shown first, so the app never has no window)."""
        self.window = window
        show_window(window)
        if old is not window:
            old.close()
            old.deleteLater()

    def _translate(self, language: str) -> None:
        if language == self._translated_as:
            return
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators = install_translators(self.app, language)
        self._translated_as = language
