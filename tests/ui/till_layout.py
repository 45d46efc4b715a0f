"""What a person sees of a window, measured: nothing cut off, outside, overlapping or too small.

Used by the till's layout tests (``test_till_layout.py``). Every check is of
what is on the screen now: hidden widgets (another page, a closed banner)
are left out, and so are the cells of tables and what scrolls inside a
scroll area (its own tests look at that).
"""

from __future__ import annotations

from statistics import median

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QToolButton,
    QWidget,
)

from bruktpos.services.demo_data import CAFE, GOODS, NEW_GOODS
from bruktpos.services.shop import add_category, add_product
from bruktpos.store.models import Category
from tests.integration.conftest import Shop

TARGET = 48  # px: the smallest touch target
ROUNDING = 2  # px: Qt measures a button's text in fractions, its room in whole pixels


def add_demo_catalogue(shop: Shop) -> None:
    """The demo shop's 21 categories and 12 products in the test shop, added as a leader would."""
    with shop.db.write() as session:
        cafe = session.get(Category, shop.cafe)
        assert cafe is not None
        have = {"Bøker", "Klær dame"}
        for n, (name, price, quick, _stock) in enumerate(GOODS):
            if name not in have:
                quick_prices = [kr * 100 for kr in quick]
                add_category(session, name, default_price=price * 100, quick_prices=quick_prices, position=n)
        add_category(session, "Nye varer", position=len(GOODS))
        for n, (name, price, color, _tax) in enumerate(CAFE):
            if name not in ("Kaffe", "Vaffel"):
                add_product(session, name, category=cafe, price=price * 100, color=color, position=n)
        for name, price in NEW_GOODS:
            add_product(session, name, category=cafe, price=price * 100, position=len(CAFE))


def rect_in(widget: QWidget, top: QWidget) -> QRect:
    """``widget``'s rectangle in ``top``'s coordinates."""
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _in_scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport (a table's cells, a grid of tiles): measured by their own tests."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is not None:
            viewport = parent.viewport()
            if viewport is widget or viewport.isAncestorOf(widget):
                return True
        parent = parent.parentWidget()
    return False


def _in_sight_of_its_area(widget: QWidget, top: QWidget) -> bool:
    """In a scroll area's form or list of widgets (not a table's cells or a text box's inside)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return isinstance(parent, QScrollArea)
        parent = parent.parentWidget()
    return False


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
    text = text.replace("\n", "⏎")[:50]
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


def button_text_room(button: QPushButton) -> QRect:
    """Where a button's text is drawn: inside its border and padding."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)


def _inside_button(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def _rich(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.RichText or "<" in label.text()


def text_problems(widget: QWidget) -> list[str]:
    """The text of ``widget`` is wider (or, wrapped, higher) than the room it has."""
    found: list[str] = []
    metrics = widget.fontMetrics()
    if isinstance(widget, QPushButton) and widget.text():
        room = button_text_room(widget)
        lines = widget.text().replace("&&", "&").split("\n")
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if widest > room.width() + ROUNDING:
            found.append(f"{name(widget)}: text {widest} px wide in {room.width()} px")
        high = len(lines) * metrics.height()
        if high > room.height() + 2:
            found.append(f"{name(widget)}: {len(lines)} lines ({high} px) in {room.height()} px")
    elif isinstance(widget, (QCheckBox, QRadioButton)) and widget.text():
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        room = widget.style().subElementRect(element, option, widget)
        widest = max(metrics.horizontalAdvance(line) for line in widget.text().replace("&&", "&").split("\n"))
        if widest > room.width() + ROUNDING:
            found.append(f"{name(widget)}: text {widest} px wide in {room.width()} px")
    elif isinstance(widget, QToolButton) and widget.text():
        widest = max(metrics.horizontalAdvance(line) for line in widget.text().replace("&&", "&").split("\n"))
        room = widget.contentsRect().width() - 8  # its frame and the arrow's room
        if widest > room + ROUNDING:
            found.append(f"{name(widget)}: text {widest} px wide in {room} px")
    elif isinstance(widget, QLabel) and widget.text() and not _rich(widget):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return found
        room = widget.contentsRect().adjusted(
            widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
        )
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.append(f"{name(widget)}: wrapped text needs {needed} px, has {widget.height()} px")
            longest_word = max((metrics.horizontalAdvance(word) for word in widget.text().split()), default=0)
            if longest_word > room.width():
                found.append(f"{name(widget)}: a word {longest_word} px wide in {room.width()} px")
        else:
            widest = max(metrics.horizontalAdvance(line) for line in widget.text().split("\n"))
            if widest > room.width():
                found.append(f"{name(widget)}: text {widest} px wide in {room.width()} px")
    elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        option = QStyleOptionFrame()
        widget.initStyleOption(option)
        margins = widget.textMargins()
        room = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
        width = room.width() - margins.left() - margins.right() - 4  # Qt keeps 2 px each side
        widest = metrics.horizontalAdvance(widget.placeholderText())
        if widest > width:
            found.append(f"{name(widget)}: placeholder {widest} px wide in {width} px")
    return found


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


def problems(top: QWidget, *, target: int = TARGET, scrolled: bool = False) -> list[str]:
    """Everything wrong with what ``top`` shows now (an empty list when all is well).

    With ``scrolled``, what scrolls inside a scroll area (a form, a list of
    rows) is measured too: its text and its size, not where it lies (it may be
    scrolled out of sight).
    """
    found: list[str] = []
    window = top.rect()
    interactive: list[tuple[QWidget, QRect]] = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # a spin box's or a combo box's own text field is measured as the box
        if _in_scrolled(widget, top):
            if scrolled and _in_sight_of_its_area(widget, top):
                found += text_problems(widget)
                if isinstance(widget, INTERACTIVE) and (widget.height() < target or widget.width() < target):
                    found.append(f"{name(widget)}: {widget.width()}×{widget.height()} px, under {target}")
            continue
        rect = rect_in(widget, top)
        if not window.contains(rect):
            found.append(f"{name(widget)}: {rect.getRect()} outside the window {window.getRect()}")
        parent = widget.parentWidget()
        while parent is not None and parent is not top and top.isAncestorOf(parent):
            if not rect_in(parent, top).contains(rect):
                found.append(f"{name(widget)}: cut off by {name(parent)}")
                break
            parent = parent.parentWidget()
        found += text_problems(widget)
        if isinstance(widget, INTERACTIVE):
            if widget.height() < target or widget.width() < target:
                found.append(f"{name(widget)}: {widget.width()}×{widget.height()} px, under {target}")
            interactive.append((widget, rect))
        elif isinstance(widget, QLabel) and widget.text() and not _inside_button(widget, top):
            interactive.append((widget, rect))  # a sentence over a button hides both
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                tab = widget.tabRect(index)
                if tab.height() < target:
                    found.append(f"tab {widget.tabText(index)!r}: {tab.height()} px high, under {target}")
                text = widget.tabText(index)
                if widget.fontMetrics().horizontalAdvance(text) > tab.width():
                    found.append(f"tab {text!r}: text wider than its tab")
    for n, (first, a) in enumerate(interactive):
        for second, b in interactive[n + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if a.intersects(b):
                found.append(f"{name(first)} and {name(second)} overlap")
    return found


def visible_whole(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """``widget`` (inside ``area``'s viewport) is in sight whole, not cut off or scrolled away."""
    viewport = area.viewport()
    return (
        widget.isVisible()
        and not widget.visibleRegion().isEmpty()
        and viewport.rect().contains(rect_in(widget, viewport))
    )


def type_size(top: QWidget, leave_out: QWidget | None = None) -> float:
    """The size of the type ``top`` shows (px): the median over every text in sight, outside ``leave_out``.

    A screen's words, its buttons' and fields' alike; what is inside
    ``leave_out`` (the main window's top bar) is not counted.
    """
    sizes = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or (leave_out is not None and leave_out.isAncestorOf(widget)):
            continue
        if isinstance(widget, (QAbstractButton, QLabel)):
            has_text = bool(widget.text()) and not (isinstance(widget, QLabel) and _rich(widget))
        else:
            has_text = isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractScrollArea))
        if has_text:
            sizes.append(QFontInfo(widget.font()).pixelSize())
    return float(median(sizes)) if sizes else 0.0
