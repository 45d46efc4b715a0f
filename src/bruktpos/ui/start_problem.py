"""The window shown when the till cannot start on its database file.

A file that is not a shop database, a folder, a file that may not be read, a
path with nothing at it, a database another program holds, a backup that
cannot be taken before an upgrade: each gets a calm window that names the
file, says in plain words what is wrong and offers the next step — choose
another file, try again, or (only when the person asks for it) create a new
shop. The window decides nothing itself; it reports the choice by signals to
the start (:class:`bruktpos.ui.app.Start`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.errors import (
    BackupBeforeUpgradeFailed,
    BruktError,
    NotAShopDatabase,
    ShopFileProblem,
    StoreProblem,
    StoreUnavailable,
)
from bruktpos.ui.messages import describe
from bruktpos.ui.widgets.files import open_file_name, save_file_name
from bruktpos.ui.widgets.text import repolish

DEFAULT_NAME = "bruktpos.sqlite3"
# Another file may be the shop's, or the person may mean to start a new one there.
_MAY_START_ELSEWHERE = (
    ShopFileProblem.FOLDER,
    ShopFileProblem.NOT_SQLITE,
    ShopFileProblem.FOREIGN,
    ShopFileProblem.UNREADABLE,
)


class StartProblemWindow(QWidget):
    """What is wrong with ``problem.path`` and what the person can do about it."""

    other_file_chosen = Signal(object)  # Path: open this file instead
    new_shop_chosen = Signal(object)  # Path: create a new shop there (asked for by the person)
    retry_requested = Signal()
    quit_requested = Signal()

    def __init__(self, problem: BruktError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_problem")
        self.setWindowTitle(self.tr("BruktPOS"))
        self.setMinimumSize(820, 520)
        self.problem = problem
        self.path = Path(str(getattr(problem, "path", "")))
        self._leaving = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(20)
        self.heading = QLabel(self._heading(), self)
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.file_label = QLabel(str(self.path.absolute()), self)
        self.file_label.setObjectName("file_path")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.file_label)
        self.message = QLabel(self._sentence(), self)
        self.message.setObjectName("problem_text")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        self.create_here_button = self._button(self.tr("Create a new shop here"), self._create_here)
        self.create_elsewhere_button = self._button(self.tr("Create a new shop …"), self._create_elsewhere)
        self.retry_button = self._button(self.tr("Try again"), self._retry)
        self.choose_button = self._button(self.tr("Choose another file"), self._choose)
        self.quit_button = self._button(self.tr("Quit"), self._quit)
        kind = getattr(problem, "problem", "")
        is_file_kind = isinstance(problem, NotAShopDatabase)
        offered = {
            self.create_here_button: is_file_kind
            and kind in (ShopFileProblem.MISSING, ShopFileProblem.EMPTY),
            self.create_elsewhere_button: is_file_kind and kind in _MAY_START_ELSEWHERE,
            self.retry_button: not is_file_kind,
            self.choose_button: not isinstance(problem, BackupBeforeUpgradeFailed),
            self.quit_button: True,
        }
        for button, shown in offered.items():
            button.setVisible(shown)
            if shown:
                buttons.addWidget(button)
        first = next(
            b for b in (self.create_here_button, self.retry_button, self.choose_button) if offered[b]
        )
        first.setObjectName("primary")
        repolish(first)  # setVisible above already styled it under its old name
        first.setDefault(True)
        self._first = first
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._first.setFocus()  # the way on has the focus, not whichever button comes first

    def _button(self, text: str, handler: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(64)
        button.clicked.connect(handler)
        return button

    # --- what to say -------------------------------------------------------------

    def _heading(self) -> str:
        problem = self.problem
        if isinstance(problem, NotAShopDatabase) and problem.problem in (
            ShopFileProblem.MISSING,
            ShopFileProblem.EMPTY,
        ):
            return self.tr("There is no shop here")
        if isinstance(problem, BackupBeforeUpgradeFailed):
            return self.tr("The shop database cannot be updated yet")
        return self.tr("BruktPOS cannot open this file")

    def _sentence(self) -> str:
        problem = self.problem
        if isinstance(problem, StoreUnavailable):
            return self._store_sentence(problem.problem)
        return describe(problem)

    def _store_sentence(self, kind: str) -> str:
        """A database failure at start (not at a sale: no sale is at stake yet)."""
        texts = {
            StoreProblem.LOCKED: self.tr(
                "Another program is using the shop database right now. "
                "Close other BruktPOS windows, wait a moment, then tap Try again."
            ),
            StoreProblem.FULL: self.tr(
                "The disk is full, so BruktPOS cannot open the shop database. "
                "Make room on the disk, then tap Try again."
            ),
            StoreProblem.READ_ONLY: self.tr(
                "The shop database cannot be written to: the file or its folder is read-only. "
                "Ask the person who looks after this PC for help, then tap Try again."
            ),
            StoreProblem.IO: self.tr(
                "The disk could not be read or written. Check that it is plugged in, then tap Try again."
            ),
            StoreProblem.CORRUPT: self.tr(
                "The shop database is damaged, so BruktPOS cannot open it. "
                "Choose a backup copy, or ask for help."
            ),
            StoreProblem.CANNOT_OPEN: self.tr(
                "BruktPOS cannot open this file. Check that it is there and may be read, "
                "or choose another file."
            ),
        }
        return texts.get(kind, texts[StoreProblem.IO])

    # --- what the person chose ---------------------------------------------------

    def _choose(self) -> None:
        chosen = self.ask_for_shop_file(self._folder())
        if chosen is not None:
            self._leaving = True
            self.other_file_chosen.emit(chosen)

    def _create_here(self) -> None:
        self._leaving = True
        self.new_shop_chosen.emit(self.path)

    def _create_elsewhere(self) -> None:
        chosen = self.ask_for_new_shop_file(self._folder() / DEFAULT_NAME)
        if chosen is not None:
            self._leaving = True
            self.new_shop_chosen.emit(chosen)

    def _retry(self) -> None:
        self._leaving = True
        self.retry_requested.emit()

    def _quit(self) -> None:
        self._leaving = True
        self.quit_requested.emit()
        self.close()

    def _folder(self) -> Path:
        """Where the file dialogs start: the bad path itself if it is a folder, else the nearest folder."""
        folder = self.path if self.path.is_dir() else self.path.parent
        while not folder.is_dir() and folder != folder.parent:
            folder = folder.parent
        return folder

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving:  # the window's own close button: the same as Quit
            self._leaving = True
            self.quit_requested.emit()
        event.accept()

    def ask_for_shop_file(self, folder: Path) -> Path | None:
        """Qt's own (translated, never the platform's) file dialog for a shop database; None if cancelled."""
        return open_file_name(
            self,
            self.tr("Choose the shop database"),
            folder,
            self.tr("Shop databases (*.sqlite3 *.db);;All files (*)"),
        )

    def ask_for_new_shop_file(self, suggested: Path) -> Path | None:
        """Where a new shop's database goes; None if cancelled (an existing file is never replaced)."""
        return save_file_name(
            self,
            self.tr("Where should the new shop be saved?"),
            suggested,
            self.tr("Shop databases (*.sqlite3 *.db);;All files (*)"),
            confirm_overwrite=False,
        )
