"""The inventory screen: find items, change a price, take items off the shelf, reprint, export.

A search row (code or words, category, status, intake days) fills a table;
tapping rows selects them (several at once), and the buttons on the right
act on the selection. Taking items off the shelf asks once, naming the
consequence; a volunteer may take down what is due by the category's rule,
anything else (and a price change) needs a shop leader, who is asked for on
the spot through :attr:`InventoryScreen.ask_leader`. Labels go to the label
printer when the shop has one; files (label sheets, CSV) are saved beside
the database, and the screen says where.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.devices.labels import LabelData, label_sheet_pdf
from bruktpos.domain.errors import BruktError, PermissionDenied
from bruktpos.domain.items import ItemStatus
from bruktpos.domain.money import format_money
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, may
from bruktpos.services.intake import IntakeService
from bruktpos.services.inventory import ItemRow, items_csv, labels_for, search_items
from bruktpos.services.shop import CategoryButton
from bruktpos.store.db import Database
from bruktpos.ui.background import give_way, while_button_waits
from bruktpos.ui.inventory.item_model import ItemTableModel
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.till.price_dialog import PriceDialog
from bruktpos.ui.widgets.dates import pydate, qdate
from bruktpos.ui.widgets.tables import touch_table
from bruktpos.ui.widgets.text import message_line, say

Approver = Callable[[Action, str], Operator | None]
TOUCH = 48  # px: the smallest thing a finger has to hit
CONTENTS_PRECISION = 40  # rows whose contents set the columns' widths


def _no_leader(action: Action, reason: str) -> Operator | None:
    return None


class InventoryScreen(QWidget):
    """Find items and act on a selection of them (see the module's docstring)."""

    closed = Signal()
    SEARCH_LIMIT = 200
    LABEL_LAYOUT = "a4-3x8"

    def __init__(
        self,
        db: Database,
        intake: IntakeService,
        categories: list[CategoryButton],
        shop_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inventory")
        self.db = db
        self.intake = intake
        self.categories = list(categories)
        self.operator: Operator | None = None
        # The lead's window sets this to a PIN dialog for a shop leader.
        self.ask_leader: Approver = _no_leader
        # Sends labels to the shop's label printer (True), if it has one; else a PDF is made.
        self.label_sender: Callable[[list[LabelData]], bool] | None = None
        self._reload: Callable[[], list[ItemRow]] = self._search_rows
        self.model = ItemTableModel(parent=self)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(fill(self.tr("Items in %1"), shop_name), self)
        heading.setObjectName("screen_title")
        top.addWidget(heading, 1)
        search_row = self._build_search_row()
        # The intake days sit in the heading's row: in the search row they
        # would squeeze the search field at 1024 px.
        top.addLayout(self.date_row)
        top.addSpacing(16)
        self.back_button = self._button(self.tr("Back to the till"), self.closed.emit)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        layout.addLayout(search_row)

        self.message = message_line(self, min_height=TOUCH)
        layout.addWidget(self.message)

        body = QHBoxLayout()
        self.table = touch_table(
            self,
            self.model,
            name="items",
            # A tap adds a row to the selection or takes it out: no Ctrl key on a touch screen.
            selection=QAbstractItemView.SelectionMode.MultiSelection,
            stretch_column=ItemTableModel.DESCRIPTION,
            row_height=TOUCH,
        )
        # Columns fit the first rows' contents, not all 200 at every layout: a search's answer
        # would otherwise hold the screen while each cell is measured (a tenth of a second).
        self.table.horizontalHeader().setResizeContentsPrecision(CONTENTS_PRECISION)
        body.addWidget(self.table, 1)
        body.addLayout(self._build_action_column())
        layout.addLayout(body, 1)

    # --- building ----------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(TOUCH)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _fill_category_box(self) -> None:
        chosen = self.category_box.currentData()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("All"), None)
        for category in self.categories:
            self.category_box.addItem(category.name, category.id)
        self.category_box.setCurrentIndex(max(self.category_box.findData(chosen), 0))
        self.category_box.blockSignals(False)

    def set_categories(self, categories: list[CategoryButton]) -> None:
        """The categories to search by (after a leader changed them); the one chosen stays if it is there."""
        if list(categories) == self.categories:
            return
        self.categories = list(categories)
        self._fill_category_box()

    def _build_search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.tr("Code, or words such as “jacket”"))
        self.search_field.setMinimumHeight(TOUCH)
        self.search_field.setMinimumWidth(220)
        self.search_field.returnPressed.connect(self.search)
        row.addWidget(self.search_field, 2)

        self.category_box = QComboBox(self)
        self._fill_category_box()
        self.status_box = QComboBox(self)
        self.status_box.addItem(self.tr("All"), None)
        for name in ("in-stock", "sold", "discarded", "recycled", "moved"):
            self.status_box.addItem(self.model.status_text(name), name)
        for box in (self.category_box, self.status_box):
            box.setMinimumHeight(TOUCH)
            # Narrower than their longest name, so the search field keeps its room at 1024 px.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(7)
            row.addWidget(box, 1)

        today = self.intake.clock().date()
        self.date_check = QCheckBox(self.tr("Intake from"), self)
        self.date_check.setMinimumHeight(TOUCH)
        self.date_from = QDateEdit(qdate(today - timedelta(days=28)), self)
        self.date_to = QDateEdit(qdate(today), self)
        dates = self.date_row = QHBoxLayout()
        dates.addWidget(self.date_check)
        for n, edit in enumerate((self.date_from, self.date_to)):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.setMinimumHeight(TOUCH)
            edit.setEnabled(False)
            self.date_check.toggled.connect(edit.setEnabled)
            if n == 1:
                dates.addWidget(QLabel(self.tr("to"), self))
            dates.addWidget(edit)

        self.search_button = self._button(self.tr("Search"), self.search)
        self.search_button.setObjectName("primary")
        row.addWidget(self.search_button)
        return row

    def _build_action_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        take_off = self.take_off_shelf
        self.price_button = self._button(self.tr("Change price"), self.change_price)
        self.discard_button = self._button(self.tr("Throw away"), lambda: take_off(ItemStatus.DISCARDED))
        self.recycle_button = self._button(self.tr("Recycle"), lambda: take_off(ItemStatus.RECYCLED))
        self.move_button = self._button(self.tr("Moved to another shop"), lambda: take_off(ItemStatus.MOVED))
        self.reprint_button = self._button(self.tr("Print label again"), self.reprint_labels)
        self.export_button = self._button(self.tr("Export CSV"), self.export_csv)
        self.pull_button = self._button(self.tr("To take down this week"), self.show_to_pull)
        danger = [self.discard_button, self.recycle_button, self.move_button]
        for button in [self.price_button, *danger, self.reprint_button, self.export_button, self.pull_button]:
            # 56 px each rather than the theme's 68: all seven stay whole on a 700-px screen.
            button.setStyleSheet("QPushButton { min-height: 44px; padding: 4px 12px; }")
            column.addWidget(button)
            if button in danger:
                button.setObjectName("danger")
        column.addStretch(1)
        return column

    # --- the public face -----------------------------------------------------------

    def set_operator(self, operator: Operator | None) -> None:
        """The person logged in (``None`` after logging out: the list is emptied)."""
        self.operator = operator
        self.show_message("")
        if operator is None:
            self.model.set_rows([])

    def show_message(self, text: str, level: str = "info") -> None:
        """A calm line above the table (empty text hides it)."""
        say(self.message, text, level)

    def refresh(self) -> None:
        """Run the last search (or the pull list) again."""
        self._show(self._reload())

    def search(self) -> None:
        """Fill the table from the search row."""
        self._reload = self._search_rows
        rows = self._show(self._reload())
        if not rows:
            self.show_message(self.tr("Nothing matches the search. Try fewer words, or choose “All”."))
        elif len(rows) >= self.SEARCH_LIMIT:
            self.show_message(
                fill(self.tr("Showing the first %1 items. Narrow the search to see the rest."), len(rows))
            )
        else:
            self.show_message("")

    def show_to_pull(self) -> None:
        """Fill the table with what the categories' rules say should come off the shelf this week."""
        self._reload = self.intake.to_pull
        rows = self._show(self._reload())
        if rows:
            self.show_message(self.tr("%n item(s) should come off the shelf this week.", "", len(rows)))
        else:
            self.show_message(self.tr("Nothing needs to come off the shelf this week."))

    def selected_rows(self) -> list[ItemRow]:
        """The selected items, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [item for item in map(self.model.row_at, rows) if item is not None]

    def selected_codes(self) -> list[str]:
        """Codes of the selected items, top to bottom."""
        return [item.code for item in self.selected_rows()]

    # --- searching -------------------------------------------------------------------

    def _search_rows(self) -> list[ItemRow]:
        text = self.search_field.text().strip()
        dated = self.date_check.isChecked()

        def found(*, text: str = "", code: str = "") -> list[ItemRow]:
            return search_items(
                self.db,
                text=text,
                code=code,
                category_id=self.category_box.currentData(),
                status=self.status_box.currentData(),
                intake_from=pydate(self.date_from.date()) if dated else None,
                intake_to=pydate(self.date_to.date()) if dated else None,
                limit=self.SEARCH_LIMIT,
            )

        if text.isdigit():
            # Digits are a scanned or typed code; if none has them, they may be words.
            rows = found(code=text)
            if rows:
                return rows
        return found(text=text)

    def _show(self, rows: list[ItemRow]) -> list[ItemRow]:
        self.model.set_rows(rows)
        return rows

    # --- actions ------------------------------------------------------------------------

    def change_price(self) -> None:
        """A new price for the one selected item; a cashier needs a shop leader to approve."""
        rows = self.selected_rows()
        if len(rows) != 1:
            self.show_message(self.tr("Choose one item in the list to change its price."))
            return
        item = rows[0]
        defaults = [c.default_price for c in self.categories if c.name == item.category and c.default_price]
        dialog = PriceDialog(
            self.tr("Change price"),
            fill(
                self.tr("%1 (%2) costs %3 now. Type the new price."),
                item.description or item.category,
                item.code,
                format_money(item.price),
            ),
            quick_amounts=[p for p in defaults if p != item.price] or None,
            ok_text=self.tr("Change price"),
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.amount is None:
            return
        price = dialog.amount
        approver = self.operator
        if approver is None or not may(approver.role, Action.PRICE_OVERRIDE):
            reason = fill(
                self.tr("Changing the price of %1 from %2 to %3"),
                item.code,
                format_money(item.price),
                format_money(price),
            )
            approver = self.ask_leader(Action.PRICE_OVERRIDE, reason)
            if approver is None:
                self.show_message(self.tr("Nothing was changed."))
                return
        try:
            self.intake.change_price(item.code, price, by=approver)
        except BruktError as error:
            self.show_message(describe(error), "error")
            return
        self.refresh()
        self.show_message(fill(self.tr("%1 now costs %2."), item.code, format_money(price)))

    def take_off_shelf(self, status: str) -> None:
        """Mark the selected items thrown away, recycled or moved, after asking once."""
        codes = self.selected_codes()
        if not codes:
            self.show_message(self.tr("Choose one or more items in the list first."))
            return
        if self.operator is None:
            self.show_message(self.tr("Log in first."))
            return
        n = len(codes)
        questions = {
            ItemStatus.DISCARDED: self.tr(
                "Mark %n item(s) as thrown away? They can no longer be sold, and this cannot be undone.",
                "",
                n,
            ),
            ItemStatus.RECYCLED: self.tr(
                "Mark %n item(s) as sent to recycling? They can no longer be sold, "
                "and this cannot be undone.",
                "",
                n,
            ),
            ItemStatus.MOVED: self.tr(
                "Mark %n item(s) as moved to another shop? They can no longer be sold here, "
                "and this cannot be undone.",
                "",
                n,
            ),
        }
        answer = QMessageBox.question(self, self.tr("Take items off the shelf?"), questions[status])
        if answer != QMessageBox.StandardButton.Yes:
            self.show_message(self.tr("Nothing was changed."))
            return
        try:
            done = self.intake.take_off_shelf(codes, status, by=self.operator)
        except PermissionDenied:
            # Only items due by their category's rule are a volunteer's to take down.
            leader = self.ask_leader(
                Action.TAKE_OFF_SHELF,
                self.tr("Taking %n item(s) off the shelf before they are due", "", n),
            )
            if leader is None:
                self.show_message(self.tr("Nothing was changed."))
                return
            try:
                done = self.intake.take_off_shelf(codes, status, by=leader)
            except BruktError as error:
                self.show_message(describe(error) + " " + self.tr("Nothing was changed."), "error")
                return
        except BruktError as error:
            self.show_message(describe(error) + " " + self.tr("Nothing was changed."), "error")
            return
        self.refresh()
        self.show_message(self.tr("%n item(s) taken off the shelf.", "", done))

    def reprint_labels(self) -> None:
        """The selected items' labels on the label printer if the shop has one, else a PDF
        sticker sheet saved beside the database."""
        codes = self.selected_codes()
        if not codes:
            self.show_message(self.tr("Choose one or more items in the list first."))
            return
        try:
            labels = labels_for(self.db, codes)
        except BruktError as error:
            self.show_message(describe(error), "error")
            return
        if self.label_sender is not None and self.label_sender(labels):
            self.show_message(self.tr("%n label(s) are being printed on the label printer.", "", len(labels)))
            return
        try:
            path = self._new_file("labels", "etiketter", "pdf")
        except OSError:
            self._could_not_save(self.db.path.parent / "labels")
            return
        count = len(labels)

        def saved(_: object) -> None:
            self.show_message(
                fill(
                    self.tr("%n label(s) saved in %1. Open it and print at actual size (100 %).", "", count),
                    path,
                )
            )

        def not_saved(error: BaseException) -> None:
            if isinstance(error, BruktError):
                self.show_message(describe(error), "error")
            else:
                self._could_not_save(self.db.path.parent / "labels")

        button = self.reprint_button

        def drawn(done: int, of: int) -> None:  # "Making the label sheet … 100 of 200"
            if not button.isEnabled() and of > 1:
                button.setText(fill(self.tr("Making the label sheet … %1 of %2"), done, of))

        while_button_waits(
            button,
            self.tr("Making the label sheet …"),
            lambda progress: label_sheet_pdf(
                labels, self.LABEL_LAYOUT, path, progress=progress, pause=give_way
            ),
            saved,
            not_saved,
            progressed=drawn,
        )

    def export_csv(self) -> None:
        """The items in the table as a CSV file for a spreadsheet, saved beside the database
        (written in the background)."""
        rows = list(self.model.rows)
        if not rows:
            self.show_message(self.tr("The list is empty. Search first, then export."))
            return
        try:
            path = self._new_file("exports", "varer", "csv")
        except OSError:
            self._could_not_save(self.db.path.parent / "exports")
            return
        count = len(rows)
        while_button_waits(
            self.export_button,
            self.tr("Saving the list …"),
            lambda _progress: path.write_text(items_csv(rows), encoding="utf-8-sig", newline=""),
            lambda _: self.show_message(fill(self.tr("%n item(s) saved in %1.", "", count), path)),
            lambda _: self._could_not_save(self.db.path.parent / "exports"),
        )

    # --- helpers ------------------------------------------------------------------------

    def _new_file(self, folder: str, stem: str, suffix: str) -> Path:
        directory = self.db.path.parent / folder
        directory.mkdir(parents=True, exist_ok=True)
        stamp = self.intake.clock().strftime("%Y%m%d-%H%M%S")
        path = directory / f"{stem}-{stamp}.{suffix}"
        n = 2
        while path.exists():
            path = directory / f"{stem}-{stamp}-{n}.{suffix}"
            n += 1
        return path

    def _could_not_save(self, directory: Path) -> None:
        self.show_message(
            fill(
                self.tr("The file could not be saved in %1. Check that the disk has room, then try again."),
                directory,
            ),
            "error",
        )
