"""What the "Kategorier" and "Produkter" screens share: the list with its steps, and the dialogs' choices.

The list is a table of big rows (active first, retired greyed out) with one
button per step under it: add, edit, up, down, retire or bring back. The
rules are the catalogue service's (:mod:`bruktpos.services.catalogue`); the
screens ask and tell.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import ORE_PER_KRONE, format_money, parse_money
from bruktpos.domain.people import Operator
from bruktpos.domain.vat import TaxCode
from bruktpos.ui.messages import describe, describe_tax_code, fill
from bruktpos.ui.widgets.text import hint_line, message_line, say

log = logging.getLogger(__name__)

BIG = 56  # a finger's height for the steps' buttons
FIELD = 48  # the dialogs' fields and choices: still a finger's, and nine of them fit in 700 px
ROW_HEIGHT = 56
# Button colours that carry white text well (contrast 4.5:1 or more).
PALETTE = (
    "#5b7083",
    "#2d4a63",
    "#1e6b8a",
    "#2e7d32",
    "#556b2f",
    "#8a5a44",
    "#6f4e37",
    "#a0522d",
    "#b03a2e",
    "#8e2459",
    "#6a3d9a",
    "#4a4a4a",
)


class CatalogueRow(Protocol):
    """What the list reads from every row: a category or a product as the service gives it."""

    @property
    def id(self) -> int: ...

    @property
    def active(self) -> bool: ...

    @property
    def color(self) -> str: ...


Row = TypeVar("Row", bound=CatalogueRow)


def price_text(ore: int) -> str:
    """``kr 50`` for whole kroner, else ``kr 49,50``."""
    return format_money(ore, whole=ore % ORE_PER_KRONE == 0)


def price_from_field(text: str, *, empty: int | None = None) -> int:
    """What a leader typed as kroner ("49,50", "50") in øre; ``empty`` when nothing (else InvalidAmount)."""
    if not text.strip() and empty is not None:
        return empty
    return parse_money(text)


def swatch(color: str, size: int = 22) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ColorChoice(QWidget):
    """A row of big colour buttons, one chosen; a colour not in the palette is shown as one more."""

    def __init__(self, chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("color_choice")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        colors = list(PALETTE)
        if chosen.lower() not in colors:
            colors.append(chosen.lower())
        for color in colors:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setFixedSize(FIELD + 8, FIELD)
            button.setAccessibleName(color)
            button.setToolTip(color)
            # Chosen: a thick dark ring with a white one inside, so it shows on every colour.
            button.setStyleSheet(
                f"QPushButton {{ background-color: {color}; min-width: 0px; min-height: 0px; padding: 0px;"
                f" border: 2px solid {color}; border-radius: 8px; }}"
                "QPushButton:checked { border: 5px solid #1b1f23; }"
            )
            button.setChecked(color == chosen.lower())
            self.group.addButton(button)
            self.buttons[color] = button
            row.addWidget(button)
        row.addStretch(1)

    def color(self) -> str:
        return next((c for c, b in self.buttons.items() if b.isChecked()), PALETTE[0])


class TaxCodeChoice(QComboBox):
    """The five ways a sale is treated for VAT, in plain words; optionally "as the category" first."""

    def __init__(
        self, chosen: TaxCode | None, parent: QWidget | None = None, *, inherit_text: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tax_code")
        self.setMinimumHeight(FIELD)
        if inherit_text is not None:
            self.addItem(inherit_text, None)
        for code in TaxCode:
            self.addItem(describe_tax_code(code), code.value)
        self.set_code(chosen)

    def set_code(self, code: TaxCode | None) -> None:
        index = self.findData(None if code is None else TaxCode(code).value)
        self.setCurrentIndex(max(index, 0))

    def code(self) -> TaxCode | None:
        value = self.currentData()
        return None if value is None else TaxCode(value)


def choice_buttons(
    parent: QWidget, choices: Sequence[tuple[str, str]], chosen: str
) -> tuple[QHBoxLayout, dict[str, QPushButton]]:
    """Big checkable buttons, one of them chosen (the whole button answers a tap)."""
    row = QHBoxLayout()
    group = QButtonGroup(parent)
    group.setExclusive(True)
    buttons: dict[str, QPushButton] = {}
    for value, text in choices:
        button = QPushButton(text, parent)
        button.setObjectName("choice")
        button.setCheckable(True)
        button.setStyleSheet("QPushButton { min-height: 40px; padding: 2px 20px; }")  # 48 px in all
        button.setMinimumHeight(FIELD)
        button.setChecked(value == chosen)
        group.addButton(button)
        buttons[value] = button
        row.addWidget(button)
    row.addStretch(1)
    return row, buttons


def form_layout() -> QFormLayout:
    """The dialogs' fields: a name to the left of each, level with its field."""
    form = QFormLayout()
    form.setVerticalSpacing(6)
    form.setHorizontalSpacing(16)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def add_row(form: QFormLayout, text: str, widget: QWidget | QHBoxLayout) -> None:
    """A row of a dialog's form: its name level with the middle of the field."""
    label = QLabel(text)
    label.setMinimumHeight(FIELD)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if isinstance(widget, QWidget):
        label.setBuddy(widget)
    form.addRow(label, widget)


def field(widget: QLineEdit, placeholder: str, *, longest: int) -> QLineEdit:
    """A text field a finger can hit; the service says what is too long, so some more may be typed."""
    widget.setMinimumHeight(FIELD)
    widget.setMaxLength(longest)
    widget.setPlaceholderText(placeholder)
    return widget


def check_box(text: str, checked: bool, parent: QWidget) -> QCheckBox:
    """A tick box with a box big enough for a finger."""
    box = QCheckBox(text, parent)
    box.setMinimumHeight(FIELD)
    box.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
    box.setChecked(checked)
    return box


def dialog_buttons(dialog: QDialog, layout: QVBoxLayout, ok_text: str, cancel_text: str) -> QPushButton:
    """Cancel on the left, the step on the right; returns the step's button."""
    row = QHBoxLayout()
    cancel = QPushButton(cancel_text, dialog)
    cancel.setObjectName("cancel")
    cancel.setMinimumHeight(BIG)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    ok = QPushButton(ok_text, dialog)
    ok.setObjectName("primary")
    ok.setMinimumHeight(BIG)
    ok.setAutoDefault(False)
    row.addWidget(cancel)
    row.addStretch(1)
    row.addWidget(ok)
    layout.addLayout(row)
    return ok


class CatalogueList(QWidget, Generic[Row]):
    """A title, a hint, the table, a message line and the steps; subclasses fill in the rest.

    Subclasses set the columns, read the rows (:meth:`read_rows`), say what a
    row shows (:meth:`cells`) and do the steps; :meth:`do` runs a service call
    and shows its refusal. ``changed`` is emitted after anything was stored,
    so the till can build its buttons again.
    """

    closed = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leader: Operator | None = None
        self.rows: list[Row] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        self.hint = hint_line(self)
        layout.addWidget(self.hint)

        self.table = QTableWidget(0, 1, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setWordWrap(False)  # one line a row; what does not fit ends in …
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemSelectionChanged.connect(self.selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.table, 1)

        self.message = message_line(self, min_height=48)
        layout.addWidget(self.message)

        steps = QHBoxLayout()
        steps.setSpacing(10)
        self.add_button = self.button(self.add_text(), self.add, steps, primary=True)
        self.edit_button = self.button(self.tr("Edit"), self.edit, steps)
        self.up_button = self.button(self.tr("Up"), lambda: self.move_row(-1), steps)
        self.up_button.setToolTip(self.tr("Earlier on the till"))
        self.down_button = self.button(self.tr("Down"), lambda: self.move_row(+1), steps)
        self.down_button.setToolTip(self.tr("Later on the till"))
        steps.addStretch(1)
        self.active_button = self.button(self.tr("Retire"), self.toggle_active, steps)
        layout.addLayout(steps)
        self.bottom = QHBoxLayout()
        self.back_button = self.button(self.tr("Back to the till"), self.closed.emit, self.bottom)
        self.bottom.addStretch(1)
        layout.addLayout(self.bottom)

    def button(
        self, text: str, slot: Callable[[], object], row: QHBoxLayout, *, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(BIG)
        if primary:
            button.setObjectName("primary")
        button.clicked.connect(lambda _=False: slot())
        row.addWidget(button)
        return button

    # --- for the subclasses ----------------------------------------------------

    def set_texts(self, title: str, hint: str, headers: Sequence[str]) -> None:
        """The screen's title, hint and column names (the first column takes the spare width)."""
        self.title.setText(title)
        self.hint.setText(hint)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def add_text(self) -> str:
        raise NotImplementedError

    def read_rows(self) -> list[Row]:
        raise NotImplementedError

    def cells(self, row: Row) -> Sequence[str]:
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        return row.id

    def is_active(self, row: Row) -> bool:
        return row.active

    def row_color(self, row: Row) -> str:
        return row.color

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def move_row(self, step: int) -> None:
        raise NotImplementedError

    def toggle_active(self) -> None:
        raise NotImplementedError

    def after_dialog(self, dialog: QDialog, text: str) -> None:
        """Run an add/edit dialog (its ``saved``: what the service stored); then say ``text`` of it."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = getattr(dialog, "saved", None)
        dialog.deleteLater()
        if not accepted or saved is None:
            return
        self.changed.emit()
        self.reload(select=saved.id)
        say(self.message, fill(text, saved.name))

    # --- what the main window calls --------------------------------------------

    def open_for(self, leader: Operator) -> None:
        """Show the list as stored now, for ``leader`` to change."""
        self.leader = leader
        self.reload()
        say(self.message, "")

    def reload(self, *, select: int | None = None) -> None:
        """Read the list again, keeping (or moving to) the row ``select``."""
        current = self.selected()
        keep = select if select is not None else (self.row_id(current) if current is not None else None)
        try:
            self.rows = self.read_rows()
        except BruktError as error:
            log.warning("could not read the catalogue: %s", error)
            say(self.message, describe(error), "error")
            return
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            for column, text in enumerate(self.cells(row)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setIcon(swatch(self.row_color(row)))
                if not self.is_active(row):
                    item.setForeground(Qt.GlobalColor.darkGray)
                self.table.setItem(n, column, item)
        found = [n for n, row in enumerate(self.rows) if self.row_id(row) == keep]
        if found:
            self.table.selectRow(found[0])
            first = self.table.item(found[0], 0)
            if first is not None:
                self.table.scrollToItem(first)
        else:
            self.table.clearSelection()
        self.selection_changed()

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def row_of(self, row_id: int) -> int:
        return next(n for n, row in enumerate(self.rows) if self.row_id(row) == row_id)

    def selection_changed(self) -> None:
        row = self.selected()
        active = row is not None and self.is_active(row)
        self.edit_button.setEnabled(row is not None)
        peers = [r for r in self.rows if self.is_active(r) and self.same_group(r, row)] if active else []
        place = peers.index(row) if active and row is not None else -1
        self.up_button.setEnabled(active and place > 0)
        self.down_button.setEnabled(active and 0 <= place < len(peers) - 1)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Bring back") if row is not None and not active else self.tr("Retire")
        )

    def same_group(self, row: Row, other: Row | None) -> bool:
        """Whether two rows are moved among each other (categories: the same kind)."""
        return True

    def do(self, step: Callable[[], object]) -> object | None:
        """Run a service call; a refusal is said on the message line (None returned)."""
        try:
            result = step()
        except BruktError as error:
            log.info("catalogue: refused: %s", error)
            say(self.message, describe(error), "error")
            return None
        self.changed.emit()
        return result

    def confirm(self, name: str, text: str, yes_text: str) -> bool:
        """Ask once, naming the consequence."""
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(yes_text)
        box.setText(text)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        chosen = box.clickedButton() is yes
        box.deleteLater()
        return chosen
