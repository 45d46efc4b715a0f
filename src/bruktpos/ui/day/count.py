"""Counting the drawer by denomination: big − and + per coin and note, and a running total.

Used to count the float in the morning and the drawer at close. The model is
:class:`~bruktpos.domain.cashcount.CashCount`; this widget only shows it and
changes it a piece at a time (or by a number typed into a row's field).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cashcount import COINS, MAX_PIECES, NOTES, CashCount
from bruktpos.domain.money import ORE_PER_KRONE, format_money
from bruktpos.ui.back_office_sizes import back_office_look, px
from bruktpos.ui.messages import fill
from bruktpos.ui.widgets.keypad import Keypad

# The theme (bruktpos/resources/theme.qss) styles the shared names (step, total); these
# are the count screen's own.
STYLE = """
QLabel#count_heading { font-size: 22px; font-weight: bold; color: #2d4a63; }
QLabel#denomination { font-size: 22px; font-weight: bold; }
QLineEdit#count_field {
    font-size: 26px; font-weight: bold; background-color: #ffffff;
    border: 2px solid #2d4a63; border-radius: 8px;
    min-width: 84px; max-width: 84px; min-height: 48px; max-height: 48px;
}
QLabel#count_amount { font-size: 20px; color: #4a5259; }
QPushButton#count_step {
    min-width: 64px; max-width: 64px; min-height: 52px; max-height: 52px;
    padding: 0px; font-size: 30px; font-weight: bold;
}
"""


def denomination_text(denomination: int) -> str:
    """``1 kr``, ``1000 kr``: as the coin or note says."""
    return f"{denomination // ORE_PER_KRONE} kr"


class PiecesDialog(QDialog):
    """A number pad for one coin or note: for a pile too big to tap + for."""

    def __init__(self, denomination: int, pieces: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scale = back_office_look(self, parent)  # bigger type and targets over a big window
        self.setObjectName("pieces_dialog")
        self.setModal(True)
        self.setWindowTitle(denomination_text(denomination))
        self.pieces = pieces
        self._text = ""
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(fill(self.tr("How many %1?"), denomination_text(denomination)), self)
        title.setObjectName("dialog_title")
        layout.addWidget(title)
        self.display = QLabel(self)
        self.display.setObjectName("money_display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.display.setMinimumHeight(72)
        layout.addWidget(self.display)
        self.keypad = Keypad(self, comma=False)
        self.keypad.key_pressed.connect(self._key)
        layout.addWidget(self.keypad, 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setMinimumHeight(64)
        self.ok_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button, 1)
        layout.addLayout(row)
        self.setMinimumSize(px(400, scale), px(520, scale))
        self._show()

    def _key(self, key: str) -> None:
        if key == "clear":
            self._text = ""
        elif key == "back":
            self._text = self._text[:-1]
        elif key.isdigit() and int(self._text + key) <= MAX_PIECES:
            self._text = (self._text + key).lstrip("0")
        self.pieces = int(self._text or "0")
        self._show()

    def _show(self) -> None:
        self.display.setText(str(self.pieces))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)


class CountWidget(QWidget):
    """One row per coin and note: − / number / + and the row's amount; the total below.

    ``count_changed`` carries the new :class:`CashCount` after every change.
    The caller decides what the total is for (a float, a closing count).
    """

    count_changed = Signal(object)  # CashCount

    def __init__(self, parent: QWidget | None = None, *, total_caption: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cash_count")
        self.setStyleSheet(STYLE)
        self._count = CashCount()
        self.fields: dict[int, QLineEdit] = {}
        self.plus_buttons: dict[int, QPushButton] = {}
        self.minus_buttons: dict[int, QPushButton] = {}
        self.amount_labels: dict[int, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        # The coins and notes scroll (a finger drags them) only when a 700-px screen has notices
        # above and under them too (a parked sale, a recount): never is a row cut off.
        self.rows_scroll = QScrollArea(self)
        self.rows_scroll.setObjectName("count_scroll")
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.rows_scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        inside = QWidget(self.rows_scroll.viewport())  # where setWidget puts it: not moved, not restyled
        columns = QHBoxLayout(inside)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addWidget(self._column(inside, self.tr("Coins"), COINS), 1)
        line = QFrame(inside)
        line.setFrameShape(QFrame.Shape.VLine)
        columns.addWidget(line)
        columns.addWidget(self._column(inside, self.tr("Notes"), NOTES), 1)
        self.rows_scroll.setWidget(inside)
        outer.addWidget(self.rows_scroll, 1)

        total_row = QHBoxLayout()
        self.total_caption = QLabel(total_caption or self.tr("Counted in total"), self)
        self.total_caption.setObjectName("total_caption")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total_row.addWidget(self.total_caption)
        total_row.addWidget(self.total_label, 1)
        outer.addLayout(total_row)
        self._refresh()

    def _column(self, parent: QWidget, title: str, denominations: tuple[int, ...]) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)  # five notes and the recount notice under them fit 700 px
        heading = QLabel(title, box)
        heading.setObjectName("count_heading")
        grid.addWidget(heading, 0, 0, 1, 5)
        for row, denomination in enumerate(denominations, start=1):
            name = QLabel(denomination_text(denomination), box)
            name.setObjectName("denomination")
            name.setMinimumWidth(100)
            grid.addWidget(name, row, 0)

            minus = QPushButton("−", box)
            minus.setObjectName("count_step")
            minus.setAccessibleName(fill(self.tr("One %1 fewer"), denomination_text(denomination)))
            minus.setAutoRepeat(True)
            minus.clicked.connect(lambda _=False, d=denomination: self.step(d, -1))
            grid.addWidget(minus, row, 1)

            field = QLineEdit("0", box)
            field.setObjectName("count_field")
            field.setAlignment(Qt.AlignmentFlag.AlignCenter)
            field.setValidator(QIntValidator(0, MAX_PIECES, field))
            field.setMaxLength(len(str(MAX_PIECES)))
            field.setAccessibleName(fill(self.tr("Number of %1"), denomination_text(denomination)))
            field.textEdited.connect(lambda text, d=denomination: self._typed(d, text))
            field.editingFinished.connect(lambda d=denomination: self._tidy(d))
            field.installEventFilter(self)  # a tap opens a number pad (touch screens have no keys)
            field.setProperty("denomination", denomination)
            grid.addWidget(field, row, 2)

            plus = QPushButton("+", box)
            plus.setObjectName("count_step")
            plus.setAccessibleName(fill(self.tr("One %1 more"), denomination_text(denomination)))
            plus.setAutoRepeat(True)
            plus.clicked.connect(lambda _=False, d=denomination: self.step(d, +1))
            grid.addWidget(plus, row, 3)

            amount = QLabel(box)
            amount.setObjectName("count_amount")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            grid.addWidget(amount, row, 4)

            for button in (minus, plus):
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setFixedSize(64, 52)
            field.setFixedSize(88, 52)  # as its sheet says (84 × 48 inside the border), which scales
            self.minus_buttons[denomination] = minus
            self.plus_buttons[denomination] = plus
            self.fields[denomination] = field
            self.amount_labels[denomination] = amount
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(len(denominations) + 1, 1)
        return box

    # --- the public API ----------------------------------------------------

    def count(self) -> CashCount:
        return self._count

    @property
    def total(self) -> int:
        return self._count.total

    def set_count(self, count: CashCount) -> None:
        """Show ``count`` (a suggestion, or what was counted before)."""
        self._count = count
        self._refresh()
        self.count_changed.emit(self._count)

    def clear(self) -> None:
        self.set_count(CashCount())

    def step(self, denomination: int, by: int) -> None:
        """One more (``by=+1``) or one fewer (``-1``) of a coin or note; never below 0."""
        pieces = min(MAX_PIECES, max(0, self._count.count_of(denomination) + by))
        if pieces != self._count.count_of(denomination):
            self.set_count(self._count.with_count(denomination, pieces))

    def ask_pieces(self, denomination: int) -> None:
        """Type a coin's or note's number on a pad (what a tap on its field does)."""
        dialog = PiecesDialog(denomination, self._count.count_of(denomination), self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.set_count(self._count.with_count(denomination, dialog.pieces))
        finally:
            dialog.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(watched, QLineEdit)
            and watched.property("denomination") is not None
        ):
            self.ask_pieces(int(watched.property("denomination")))
            return True
        return super().eventFilter(watched, event)

    # --- inside ------------------------------------------------------------

    def _typed(self, denomination: int, text: str) -> None:
        pieces = int(text) if text.isdigit() else 0
        self._count = self._count.with_count(denomination, min(pieces, MAX_PIECES))
        self._refresh(keep=denomination)
        self.count_changed.emit(self._count)

    def _tidy(self, denomination: int) -> None:
        # An emptied field reads 0 again when the person moves on.
        self._refresh()

    def _refresh(self, keep: int | None = None) -> None:
        for denomination, field in self.fields.items():
            pieces = self._count.count_of(denomination)
            if denomination != keep:
                field.setText(str(pieces))
            self.amount_labels[denomination].setText(format_money(pieces * denomination, whole=True))
            self.minus_buttons[denomination].setEnabled(pieces > 0)
        self.total_label.setText(format_money(self._count.total))
