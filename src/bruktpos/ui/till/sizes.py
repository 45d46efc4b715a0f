"""How big the till draws itself: one style sheet, at a scale chosen from the window's size.

The theme (``resources/theme.qss``) is drawn for a 1366×700 window. On the
till screen and its dialogs this sheet takes over the sizes: buttons a finger
can hit (at least :data:`TARGET` px) that still leave a 1024-wide screen room
for every category, and, on a big screen (1920×1080), bigger type and targets
rather than empty space. It is set on the till screen and reaches its dialogs
through their parent; dialogs of their own (a reason, a leader's approval) set
it on themselves. The back office grows at the same steps (:func:`scale_for`),
with the theme's own sizes scaled (:mod:`bruktpos.ui.back_office_sizes`).

Qt prefers a widget's own style sheet to the application's whatever the
selectors, so every size the theme gives a widget seen here is said again
below, scaled: font sizes, minimum sizes and paddings. Colours stay the theme's.

A button's ``min-width: -1px`` leaves its width to its text: any other
minimum width in a style sheet becomes the widget's own minimum, and a
layout short of room then squeezes the button below its text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from bruktpos.ui.widgets.dialog_size import keep_wrapped_whole

__all__ = ["keep_wrapped_whole"]  # the till's screens and dialogs take it from here too

TARGET = 48  # px: the smallest touch target anywhere on the till
REFERENCE = QSize(1366, 700)  # the window the theme is drawn for
SCALES = (1.0, 1.15, 1.3)  # the steps: a style sheet is set again only when the step changes

_SHEET = """
QWidget {{ font-size: {text}px; }}
QPushButton {{ min-height: {button}px; min-width: -1px; padding: {pad_v}px {pad_h}px; }}
QPushButton[target="row"] {{ min-height: {row}px; }}
QPushButton[target="tall"] {{ min-height: {tall}px; }}
QPushButton[target="pay"] {{ min-height: {pay_h}px; }}
QPushButton[target="huge"] {{ min-height: {huge}px; }}
QLabel#dialog_title {{ font-size: {title}px; }}
QLabel#heading {{ font-size: {heading}px; font-weight: bold; }}
QLabel#message {{ padding: {msg_v}px {msg_h}px; border-width: 2px; border-style: solid; }}
QLabel#message[level="none"] {{ background-color: transparent; border: 2px solid transparent; }}
QLabel#hint {{ font-size: {small}px; }}

QWidget#keypad QPushButton {{
    min-width: {key_w}px; min-height: {key_h}px; padding: 2px; font-size: {key}px;
}}
QPushButton#quick_amount {{
    min-width: -1px; min-height: {key_h}px; padding: 2px 6px; font-size: {quick}px;
}}
QLabel#money_display {{ font-size: {display}px; min-height: {display_h}px; padding: 4px 16px; }}

QLabel#total_caption {{ font-size: {caption}px; }}
QLabel#total {{ font-size: {total}px; }}
QPushButton#pay {{ font-size: {pay}px; }}
QPushButton#step {{ min-width: {step_w}px; padding: 2px 4px; font-size: {key}px; }}
QPushButton#category,
QPushButton#product {{ min-width: 64px; min-height: {tile_min}px; padding: 2px 2px; font-size: {tile}px; }}
QTableView#cart {{ font-size: {cart}px; }}
QHeaderView::section {{ font-size: {header}px; padding: 2px 8px; }}
QTabBar::tab {{ min-height: {tab_h}px; min-width: {tab_w}px; font-size: {tab}px; padding: 2px 16px; }}

QLabel#pay_due,
QLabel#pay_remaining {{ font-size: {due}px; }}
QLabel#change_caption {{ font-size: {change_caption}px; }}
QLabel#change {{ font-size: {change}px; }}
QLabel#voucher_amount {{ font-size: {voucher}px; }}
QLabel#explanation {{ font-size: {explanation}px; }}
QTableWidget#return_lines {{ font-size: {cart}px; }}
QTableWidget#return_lines::indicator {{ width: {tick}px; height: {tick}px; }}
QLineEdit {{ min-height: {field}px; padding: 0px 8px; }}
"""


def scale_for(size: QSize) -> float:
    """The step for a window of ``size``: 1.0 up to 1366×700 (and below), more on bigger screens."""
    raw = min(size.width() / REFERENCE.width(), size.height() / REFERENCE.height())
    return max((step for step in SCALES if raw >= step), default=SCALES[0])


def cart_scale(scale: float) -> float:
    """The cart grows faster than the rest: on a big screen a sale of a few lines fills it, not a corner."""
    return float(scale**1.5)


def px(base: float, scale: float) -> int:
    """``base`` pixels at ``scale``, whole."""
    return round(base * scale)


def till_sheet(scale: float) -> str:
    """The till's style sheet at ``scale`` (see :data:`SCALES`)."""
    # The theme's QPushButton has 2 px borders: a button is its min-height + 2 × padding + 4 px high,
    # so "button" 36 is a 48 px target, "row" 56, "tall" 64, "pay" 72 and "huge" 96; a key is 56.
    sizes = {
        "text": 18,
        "small": 16,
        "title": 26,
        "heading": 24,
        "button": 36,
        "row": 44,
        "tall": 52,
        "pay_h": 60,
        "huge": 84,
        "pad_v": 4,
        "pad_h": 12,
        "msg_v": 6,
        "msg_h": 12,
        "key_w": 56,
        "key_h": 48,
        "key": 28,
        "quick": 20,
        "display": 40,
        "display_h": 48,
        "caption": 26,
        "total": 44,
        "pay": 28,
        "step_w": 56,
        "tile_min": 40,
        "tile": 16,
        "cart": 18,
        "header": 16,
        "tab_h": 44,
        "tab_w": 120,
        "tab": 20,
        "due": 30,
        "change_caption": 32,
        "change": 110,
        "voucher": 72,
        "explanation": 24,
        "tick": 30,
        "field": 46,
    }
    values = {name: px(value, scale) for name, value in sizes.items()}
    values["cart"] = px(sizes["cart"], cart_scale(scale))
    return _SHEET.format(**values)


def set_size(widget: QWidget, size: str) -> None:
    """Give a button one of the sheet's heights: "row" (56 px), "tall" (64), "pay" (72) or "huge" (96).

    Said in the sheet rather than with ``setMinimumHeight``: a style sheet's
    ``min-height`` takes the place of the code's each time it is applied.
    """
    widget.setProperty("target", size)


def apply_scale(widget: QWidget, scale: float) -> bool:
    """Set the till's sheet at ``scale`` on ``widget``; False (nothing done) if it already has it."""
    if widget.property("till_scale") == scale:
        return False
    widget.setProperty("till_scale", scale)
    widget.setStyleSheet(till_sheet(scale))
    return True


def window_size(widget: QWidget | None) -> QSize:
    """The size of the window ``widget`` is in (a dialog sizes itself to the till's window)."""
    if widget is None:
        return REFERENCE
    return widget.window().size()


def prefer_width(dialog: QWidget, width: int, parent: QWidget | None) -> None:
    """Open ``dialog`` ``width`` px wide (scaled), or wider if its layout needs it.

    Never ``setMinimumWidth``: a minimum set by hand takes the place of the
    layout's, which grows with the type on a big screen.
    """
    dialog.resize(px(width, scale_for(window_size(parent))), 1)


def fit_dialog(dialog: QWidget, preferred: QSize, parent: QWidget | None) -> None:
    """Open ``dialog`` at ``preferred`` scaled for the window it opens over, but never larger than it.

    It is never made smaller than its layout needs: the layouts of the till's
    dialogs are built to need less than a 1024×700 window.
    """
    room = window_size(parent)
    scale = scale_for(room)
    wanted = QSize(px(preferred.width(), scale), px(preferred.height(), scale)).boundedTo(room)
    dialog.resize(wanted.expandedTo(dialog.minimumSizeHint()))
