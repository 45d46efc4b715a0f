"""The administrators' registers screen: the shop's tills, a new one, and which one this PC is.

Each register has its own receipt numbers, business day, Z reports and
signing key (:func:`bruktpos.services.shop.add_register`); a register is
never removed, since its receipts and Z reports name it. Which register a PC
is, is this PC's own choice (:mod:`bruktpos.services.register_choice`); it
takes effect at the next start, when the till starts as that register.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.register_choice import chosen_register, remember_register
from bruktpos.services.shop import (
    MAX_REGISTER_CODE,
    MAX_REGISTER_NAME,
    RegisterInfo,
    add_register,
    list_registers,
    suggested_register,
)
from bruktpos.store.db import Database
from bruktpos.ui.admin.shop_fields import labelled, line_edit
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.text import hint_line, message_line, say

log = logging.getLogger(__name__)

ROW_HEIGHT = 56


class RegistersScreen(QWidget):
    """The shop's registers, with a form to add one."""

    closed = Signal()
    added = Signal(object)  # RegisterInfo
    CODE, NAME, HERE = range(3)

    def __init__(
        self,
        db: Database,
        this_register: str,
        *,
        clock: Clock = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registers")
        self.db = db
        self.clock = clock
        self.this_register = this_register  # the one this till runs as now
        self.admin: Operator | None = None
        self.registers: list[RegisterInfo] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Registers"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        hint = hint_line(self)
        hint.setText(
            self.tr(
                "Each register has its own receipt numbers, its own day and Z report, and its own "
                "signing key. A register is never removed: its receipts and reports keep its name."
            )
        )
        layout.addWidget(hint)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("register_list")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("This PC")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.HERE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.here_button = QPushButton(self.tr("This PC is this register"), self)
        self.here_button.setMinimumHeight(56)
        self.here_button.clicked.connect(self.choose_for_this_pc)
        here_row = QHBoxLayout()
        here_row.addWidget(self.here_button)
        here_row.addStretch(1)
        layout.addLayout(here_row)

        add_title = QLabel(self.tr("A new register"), self)
        add_title.setObjectName("section")
        layout.addWidget(add_title)
        form = QHBoxLayout()
        form.setSpacing(12)
        self.code_input = line_edit(self, max_length=MAX_REGISTER_CODE, placeholder="K2")
        self.name_input = line_edit(self, max_length=MAX_REGISTER_NAME, placeholder=self.tr("Kasse 2"))
        form.addWidget(
            labelled(self, self.tr("Code"), self.code_input, self.tr("Short, on receipts: K2, KAFE."))[0],
            1,
        )
        form.addWidget(
            labelled(self, self.tr("Name"), self.name_input, self.tr("What people call it: Kasse 2, Kafé."))[
                0
            ],
            2,
        )
        self.add_button = QPushButton(self.tr("Add the register"), self)
        self.add_button.setObjectName("primary")
        self.add_button.setMinimumHeight(56)
        self.add_button.clicked.connect(self.add)
        form.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(form)

        self.message = message_line(self, min_height=48)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the till"), self)
        self.back_button.setMinimumHeight(56)
        self.back_button.clicked.connect(self.closed)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._selection_changed()

    # --- what the main window calls ---------------------------------------------------

    def open_for(self, admin: Operator) -> None:
        self.admin = admin
        say(self.message, "")
        self.reload()
        self._suggest()

    def reload(self, *, select: str | None = None) -> None:
        try:
            self.registers = list_registers(self.db)
        except BruktError as error:
            log.warning("could not list the registers: %s", error)
            say(self.message, describe(error), "error")
            return
        here = chosen_register(self.db.path) or self.this_register
        self.table.setRowCount(len(self.registers))
        for row, register in enumerate(self.registers):
            mark = ""
            if register.code == self.this_register:
                mark = self.tr("Now")
            if register.code == here and here != self.this_register:
                mark = self.tr("From the next start")
            for column, text in enumerate((register.code, register.name, mark)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        rows = [n for n, r in enumerate(self.registers) if r.code == select]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self._selection_changed()

    def selected(self) -> RegisterInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.registers[rows[0].row()] if rows and rows[0].row() < len(self.registers) else None

    def _selection_changed(self) -> None:
        self.here_button.setEnabled(self.selected() is not None)

    def _suggest(self) -> None:
        try:
            code, name = suggested_register(self.db)
        except BruktError:
            code, name = "", ""
        self.code_input.setText(code)
        self.name_input.setText(name)

    # --- the steps -----------------------------------------------------------------------

    def add(self) -> bool:
        """Add the register typed in the form; the message says what happened."""
        if self.admin is None:
            return False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setOverrideCursor(Qt.CursorShape.WaitCursor)  # its signing key takes a moment
        try:
            register = add_register(
                self.db, self.code_input.text(), self.name_input.text(), by=self.admin, clock=self.clock
            )
        except BruktError as error:
            say(self.message, describe(error), "error")
            return False
        finally:
            if isinstance(app, QApplication):
                app.restoreOverrideCursor()
        self.reload(select=register.code)
        self._suggest()
        say(
            self.message,
            fill(
                self.tr(
                    "%1 (%2) is added, with its own receipt numbers. On the PC that will be %1, "
                    "start BruktPOS and tap %1."
                ),
                register.name,
                register.code,
            ),
            "info",
        )
        self.added.emit(register)
        return True

    def choose_for_this_pc(self) -> None:
        register = self.selected()
        if register is None:
            return
        try:
            remember_register(self.db.path, register.code)
        except OSError as error:
            log.warning("could not remember register %s: %s", register.code, error)
            say(self.message, self.tr("This PC could not save its choice. Try again."), "error")
            return
        self.reload(select=register.code)
        if register.code == self.this_register:
            text = fill(self.tr("This PC is %1."), register.name)
        else:
            text = fill(
                self.tr("From the next start this PC is %1. Quit BruktPOS and start it again to use it now."),
                register.name,
            )
        say(self.message, text, "info")
