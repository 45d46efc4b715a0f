"""The till's big buttons: the category and product tiles, and the grid that shows them all.

:class:`TileGrid` lays its tiles out anew whenever its size changes: as few
columns as let every tile be seen at a comfortable height, or, when that
cannot be, the columns that give them the most height while each still
shows its whole name. Only when even that is lower than a finger needs
(many more categories than a shop has) does it scroll, by dragging with a
finger too (Qt's kinetic :class:`QScroller`).
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.money import format_money
from bruktpos.services.shop import ProductButton
from bruktpos.ui.messages import fill
from bruktpos.ui.till.sizes import TARGET, px
from bruktpos.ui.widgets.text import two_lines

COUNT_ROOM = 26  # px under a product's name and price for its stock count
DANGER_RED = "#9c1c17"  # the theme's danger red
SPACING = 8
MARGIN = 4
COMFORTABLE = 72  # px (at scale 1): a tile this high is easy to hit, so fewer columns win
TALLEST = 96  # px (at scale 1): higher tiles only look empty
SCROLLING = 64  # px (at scale 1): the tiles' height when they scroll


def button_style(color: str) -> str:
    return f"background-color: {color}; color: #ffffff; border-color: {color};"


# The count under a product's name: white on the button's colour, or red on white at zero or below.
_COUNT_STYLE = (
    "QLabel {{ background-color: {background}; color: {color}; border: none; border-radius: 6px;"
    " padding: 0px 8px; margin: 0px; font-size: 15px; font-weight: {weight}; }}"
)


class ProductTile(QPushButton):
    """A café or new-goods button: name and price, and underneath, small, the stock count.

    The count (``12 left``) is shown only for products that keep one; at zero
    or below it turns red on white (``−3 left``). Selling stays allowed.
    With ``room``, the line for the count is kept free even when there is no
    count, so every button in the grid has its name and price at the same place.
    """

    def __init__(self, product: ProductButton, parent: QWidget | None = None, *, room: bool = False) -> None:
        super().__init__(f"{two_lines(product.name, 14)}\n{format_money(product.price)}", parent)
        self.product = product
        self.room = room or product.track_stock
        self.setObjectName("product")
        self.count: int | None = None
        self._look: str | None = None  # which style sheet is set: "none", "count" or "empty"
        self.count_label = QLabel(self)
        self.count_label.setObjectName("stock_count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 5)
        layout.addStretch(1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.set_count(product.stock if product.track_stock else None)

    @property
    def below_zero(self) -> bool:
        """At zero or below: nothing left, or sold more than was counted in."""
        return self.count is not None and self.count <= 0

    def set_count(self, count: int | None) -> None:
        """Show ``count`` (None: the product keeps no count, nothing shown)."""
        self.count = count
        name = self.text().replace("\n", " ")
        if count is None:
            self._set_look("none")
            self.count_label.setVisible(False)
            self.setAccessibleName(name)
            return
        text = fill(self.tr("%1 left"), f"−{-count}" if count < 0 else str(count))
        self.count_label.setText(text)
        self.count_label.setVisible(True)
        self._set_look("empty" if count <= 0 else "count")
        self.setAccessibleName(f"{name}, {text}")

    def least_height(self) -> int:
        """The height that shows its name, price and the line for the count."""
        lines = self.text().count("\n") + 1
        room = COUNT_ROOM if self.room else 0
        return lines * self.fontMetrics().lineSpacing() + room + 16

    def _set_look(self, look: str) -> None:
        # Style sheets are set only when the look changes: a sale changes a count, rarely the look.
        if look == self._look:
            return
        self._look = look
        if look != "none":
            self.room = True
        # Room under the name and price, so the count never covers them.
        room = f" padding-bottom: {COUNT_ROOM}px;" if self.room else ""
        self.setStyleSheet(f"QPushButton {{ {button_style(self.product.color)}{room} }}")
        if look == "empty":
            style = _COUNT_STYLE.format(background="#ffffff", color=DANGER_RED, weight="bold")
        else:
            style = _COUNT_STYLE.format(background="transparent", color="#ffffff", weight="normal")
        self.count_label.setStyleSheet(style)


def least_height(tile: QAbstractButton) -> int:
    """The height a tile needs to show its text whole (never below a finger's :data:`TARGET`)."""
    if isinstance(tile, ProductTile):
        return max(TARGET, tile.least_height())
    lines = tile.text().count("\n") + 1
    return max(TARGET, lines * tile.fontMetrics().lineSpacing() + 12)


def least_width(tile: QAbstractButton) -> int:
    """The width a tile needs to show its longest line whole."""
    metrics = tile.fontMetrics()
    return max(metrics.horizontalAdvance(line) for line in tile.text().split("\n")) + 16


class TileGrid(QScrollArea):
    """Tiles in rows and columns, all in sight when they can be (see the module's docstring).

    ``columns`` is how many columns the grid asks room for (its minimum
    width): the till gives it that, and the cart the rest.
    """

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2) -> None:
        super().__init__(parent)
        self.setObjectName("tile_grid")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("tiles")
        self.grid = QGridLayout(self.inner)
        self.grid.setSpacing(SPACING)
        self.grid.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.inner)
        self.tiles: list[QAbstractButton] = []
        self.wanted_columns = columns
        self.scale = 1.0
        self.columns = 0
        self.tile_height = 0
        self.scrolls = False

    def set_tiles(self, tiles: Sequence[QAbstractButton]) -> None:
        """Show ``tiles`` (children of :attr:`inner`), in their order, row by row."""
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        self.tiles = list(tiles)
        for tile in self.tiles:
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.columns = 0
        self.arrange()

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.updateGeometry()
        self.arrange()

    def minimumSizeHint(self) -> QSize:
        need = max((least_width(t) for t in self.tiles), default=64)
        columns = min(self.wanted_columns, max(1, len(self.tiles)))
        width = columns * need + (columns - 1) * SPACING + 2 * MARGIN
        return QSize(width, px(SCROLLING, self.scale) + 2 * MARGIN)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.arrange()

    def layout_for(self, width: int, height: int) -> tuple[int, int, bool]:
        """(columns, tile height, scrolls) for tiles in ``width`` × ``height`` px."""
        count = len(self.tiles)
        if not count:
            return 1, 0, False
        need_w = max(least_width(t) for t in self.tiles)
        need_h = max(least_height(t) for t in self.tiles)
        comfortable = max(need_h, px(COMFORTABLE, self.scale))
        tallest = max(need_h, px(TALLEST, self.scale))
        best: tuple[int, int] | None = None  # (columns, height) of the highest tiles that fit
        for columns in range(1, count + 1):
            column_width = (width - 2 * MARGIN - (columns - 1) * SPACING) // columns
            if columns > 1 and column_width < need_w:
                break
            rows = ceil(count / columns)
            tile = (height - 2 * MARGIN - (rows - 1) * SPACING) // rows
            if columns == 1 and count > 1:
                continue  # one column of many names wastes the width
            if tile >= comfortable:
                return columns, min(tile, tallest), False
            if tile >= need_h and (best is None or tile > best[1]):
                best = (columns, tile)
        if best is not None:
            return best[0], best[1], False
        widest = max(1, (width - 2 * MARGIN + SPACING) // (need_w + SPACING))
        return min(max(widest, 1), count), max(need_h, px(SCROLLING, self.scale)), True

    def arrange(self) -> None:
        """Lay the tiles out for the size the grid has now."""
        viewport = self.viewport().size()
        width = self.width() - 2 * self.frameWidth()
        columns, height, scrolls = self.layout_for(width, self.height() - 2 * self.frameWidth())
        del viewport
        if columns != self.columns:
            for tile in self.tiles:
                self.grid.removeWidget(tile)
            for n, tile in enumerate(self.tiles):
                self.grid.addWidget(tile, n // columns, n % columns)
            for column in range(self.grid.columnCount()):
                self.grid.setColumnStretch(column, 1 if column < columns else 0)
            self.columns = columns
        if height != self.tile_height:
            for tile in self.tiles:
                tile.setFixedHeight(height)
            self.tile_height = height
        if scrolls != self.scrolls:
            self.scrolls = scrolls
            self.setVerticalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            )
            if scrolls:  # a finger drags the tiles; a tap still taps
                QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
            else:
                QScroller.ungrabGesture(self.viewport())
