"""The leaders' "Folk" screen: who may use the till, their roles, PINs and lockouts.

A list of everyone (big rows), and one button per step: add a person, change
a role, a new PIN (typed twice by the person themself), unlock, switch off and
on again. The rules (who may do what, the last administrator, unique names)
are the service's (:mod:`bruktpos.services.people`); this screen asks and
tells.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.services.people import PeopleService, Person
from bruktpos.ui.admin.people_dialogs import BIG, AddPersonDialog, NewPinDialog, RoleDialog
from bruktpos.ui.messages import describe, describe_role, fill, format_time
from bruktpos.ui.widgets.text import hint_line, message_line, say

log = logging.getLogger(__name__)

ROW_HEIGHT = 56


class PeopleScreen(QWidget):
    """Everyone in the shop, and what a leader may do for them."""

    closed = Signal()
    NAME, ROLE, STATE = range(3)

    def __init__(self, people: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people")
        self.service = people
        self.leader: Operator | None = None
        self.people: list[Person] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("People"), self)
        title.setObjectName("title")
        layout.addWidget(title)
        hint = hint_line(self)
        hint.setText(
            self.tr(
                "Everyone who may log in at the till. Tap a name, then what to do. "
                "Nobody is deleted: someone who stops is switched off, and their sales keep their name."
            )
        )
        layout.addWidget(hint)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("people_list")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.message = message_line(self, min_height=48)
        layout.addWidget(self.message)

        steps = QHBoxLayout()
        steps.setSpacing(10)
        self.add_button = self._button(self.tr("Add a person"), self.add_person, steps, primary=True)
        self.role_button = self._button(self.tr("Change role"), self.change_role, steps)
        self.pin_button = self._button(self.tr("New PIN"), self.new_pin, steps)
        self.unlock_button = self._button(self.tr("Unlock"), self.unlock, steps)
        self.active_button = self._button(self.tr("Deactivate"), self.toggle_active, steps)
        layout.addLayout(steps)
        bottom = QHBoxLayout()
        self.back_button = self._button(self.tr("Back to the till"), self.closed.emit, bottom)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self._selection_changed()

    def _button(
        self, text: str, slot: Callable[[], object], row: QHBoxLayout, *, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(BIG)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # --- what the main window calls ---------------------------------------------

    def open_for(self, leader: Operator) -> None:
        """Show everyone as stored now, for ``leader`` to look after."""
        self.leader = leader
        self.reload()
        say(self.message, "")

    def reload(self, *, select: int | None = None) -> None:
        """Read the list again, keeping (or moving to) the person ``select``."""
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)
        try:
            self.people = self.service.list_people()
        except BruktError as error:
            log.warning("could not list the people: %s", error)
            say(self.message, describe(error), "error")
            return
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            for column, text in enumerate((person.name, describe_role(person.role), self._state(person))):
                item = QTableWidgetItem(text)
                if not person.active:
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(row, column, item)
        rows = [n for n, p in enumerate(self.people) if p.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self._selection_changed()

    def row_of(self, user_id: int) -> int:
        return next(n for n, p in enumerate(self.people) if p.id == user_id)

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def _state(self, person: Person) -> str:
        if not person.active:
            return self.tr("Switched off")
        if person.locked and person.locked_until is not None:
            return fill(self.tr("Locked until %1"), format_time(person.locked_until))
        if not person.has_pin:
            return self.tr("Needs a PIN (New PIN)")
        return self.tr("Active")

    def _selection_changed(self) -> None:
        person = self.selected()
        for button in (self.role_button, self.pin_button, self.active_button):
            button.setEnabled(person is not None)
        self.unlock_button.setEnabled(person is not None and person.locked and person.active)
        self.active_button.setText(
            self.tr("Activate again") if person is not None and not person.active else self.tr("Deactivate")
        )

    # --- the steps ---------------------------------------------------------------

    def add_person(self) -> None:
        if self.leader is None:
            return
        dialog = AddPersonDialog(self.service.check_new_name, self)
        if dialog.exec() != AddPersonDialog.DialogCode.Accepted:
            return
        name, role, leader = dialog.name, dialog.role(), self.leader
        added: list[Person] = []
        pin = NewPinDialog(
            name, lambda typed: added.append(self.service.add_person(name, role, typed, by=leader)), self
        )
        pin.exec()
        if not added:
            say(self.message, fill(self.tr("%1 was not added: no PIN was chosen."), name), "info")
            return
        self.reload(select=added[0].id)
        say(self.message, fill(self.tr("%1 is added and can log in now."), added[0].name), "info")

    def change_role(self) -> None:
        person = self.selected()
        leader = self.leader
        if person is None or leader is None:
            return
        dialog = RoleDialog(person.name, person.role, self)
        if dialog.exec() != RoleDialog.DialogCode.Accepted:
            return
        if self._do(lambda: self.service.set_role(person.id, dialog.role(), by=leader)):
            self.reload(select=person.id)
            changed = self.people[self.row_of(person.id)]
            say(self.message, fill(self.tr("%1 is now: %2."), changed.name, describe_role(changed.role)))

    def new_pin(self) -> None:
        person = self.selected()
        leader = self.leader
        if person is None or leader is None:
            return
        dialog = NewPinDialog(
            person.name, lambda typed: self.service.set_pin(person.id, typed, by=leader), self
        )
        if dialog.exec() != NewPinDialog.DialogCode.Accepted:
            return
        self.reload(select=person.id)
        say(self.message, fill(self.tr("%1 has a new PIN."), person.name))

    def unlock(self) -> None:
        person = self.selected()
        leader = self.leader
        if person is None or leader is None:
            return
        if self._do(lambda: self.service.unlock(person.id, by=leader)):
            self.reload(select=person.id)
            say(self.message, fill(self.tr("%1 is unlocked and can log in again."), person.name))

    def toggle_active(self) -> None:
        person = self.selected()
        leader = self.leader
        if person is None or leader is None:
            return
        if person.active:
            if not self.confirm_deactivate(person.name):
                return
            done = self._do(lambda: self.service.deactivate(person.id, by=leader))
            text = fill(self.tr("%1 is switched off."), person.name)
        else:
            done = self._do(lambda: self.service.reactivate(person.id, by=leader))
            text = fill(self.tr("%1 can log in again."), person.name)
        if done:
            self.reload(select=person.id)
            say(self.message, text)

    def confirm_deactivate(self, name: str) -> bool:
        """Ask once, naming the consequence."""
        box = QMessageBox(self)
        box.setObjectName("confirm_deactivate")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Switch off?"))
        box.setText(
            fill(
                self.tr(
                    "Switch off %1? %1 can no longer log in or approve anything. "
                    "Their sales keep their name, and you can switch them on again later."
                ),
                name,
            )
        )
        yes = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        chosen = box.clickedButton() is yes
        box.deleteLater()
        return chosen

    def _do(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except BruktError as error:
            log.info("people: refused: %s", error)
            say(self.message, describe(error), "error")
            return False
        return True
