"""The theme's sizes at a scale: bigger type and targets on a big window, for the back office.

The theme (``resources/theme.qss``) is drawn for a 1366×700 window. The till
has a sheet of its own for its sizes (:mod:`bruktpos.ui.till.sizes`); the
back office (the back room, the day's steps, the reports, the leaders' and
administrators' screens, and their dialogs) takes its sizes from the theme
itself: :func:`theme_sizes` is every rule of the theme with only its sizes
(font sizes, minimum and maximum sizes, paddings, widths of ticks and scroll
bars), scaled. Colours and borders stay the theme's.

Qt prefers a widget's own style sheet to the application's whatever the
selectors, which is why every size of the theme is said again, not only the
plain ``QWidget`` font size: a button, a title or a keypad key keeps its
size relative to the rest. A screen's own sheet (its figures, its keys) is
scaled the same way and comes after the theme's sizes in the one sheet: the
same selector wins as before, but a theme rule more specific than the
screen's own would now win over it (none is, today: the layout check would
show it at 1920×1080). A widget inside with a sheet of its own has that
sheet scaled when the screen is fitted; one made later (a row built again)
keeps its sheet as written until the next fit.

At scale 1.0 nothing is set: a screen at 1024×768 or 1366×700 looks exactly
as the theme and its own sheet draw it.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from PySide6.QtWidgets import QWidget

from bruktpos.ui.till.sizes import px, scale_for, window_size

__all__ = ["apply_back_office_scale", "back_office_look", "px", "scale_sheet", "theme_sizes"]

# The properties whose pixels grow with the scale. Borders and corner radii stay as they are.
SIZED = frozenset(
    {
        "font-size",
        "min-height",
        "min-width",
        "max-height",
        "max-width",
        "height",
        "width",
        "padding",
        "padding-top",
        "padding-bottom",
        "padding-left",
        "padding-right",
    }
)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_PIXELS = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?)px")

# Properties a scaled widget keeps, to see whether its own sheet changed since it was scaled.
_BASE = "base_sheet"
_SET = "scaled_sheet"


def _scaled_value(value: str, scale: float) -> str:
    """Every positive pixel count in ``value`` times ``scale``, whole (``-1px`` and ``0px`` stay)."""
    return _PIXELS.sub(lambda m: f"{round(float(m.group(1)) * scale)}px", value)


def scale_sheet(sheet: str, scale: float, *, sizes_only: bool = False) -> str:
    """``sheet`` with the pixels of its sizes (:data:`SIZED`) times ``scale``.

    With ``sizes_only`` the other declarations (colours, borders, weights)
    are left out, and so are rules left with nothing.
    """
    sheet = _COMMENT.sub("", sheet)
    if "{" not in sheet:  # a widget's own declarations, without a selector ("font-size: 32px;")
        return _declarations(sheet, scale, sizes_only)
    out = []
    for selector, body in _RULE.findall(sheet):
        if declarations := _declarations(body, scale, sizes_only):
            out.append(f"{' '.join(selector.split())} {{ {declarations} }}")
    return "\n".join(out) + "\n" if out else ""


def _declarations(body: str, scale: float, sizes_only: bool) -> str:
    kept = []
    for declaration in body.split(";"):
        name, colon, value = declaration.partition(":")
        name = name.strip()
        if not colon:
            continue
        if name in SIZED:
            kept.append(f"{name}: {_scaled_value(value.strip(), scale)};")
        elif not sizes_only:
            kept.append(f"{name}: {value.strip()};")
    return " ".join(kept)


@cache
def theme_sizes(scale: float) -> str:
    """Every size of the theme, at ``scale`` (a sheet of sizes only: the theme's colours stay)."""
    theme = (files("bruktpos") / "resources" / "theme.qss").read_text(encoding="utf-8")
    return scale_sheet(theme, scale, sizes_only=True)


def _own_sheet(widget: QWidget) -> str:
    """What ``widget``'s own sheet says before any scaling (what it set since, if it set one)."""
    sheet = widget.styleSheet()
    if widget.property(_SET) == sheet:
        base = widget.property(_BASE)
        return base if isinstance(base, str) else ""
    return sheet  # never scaled, or the widget set a sheet of its own since


def apply_back_office_scale(top: QWidget, scale: float) -> bool:
    """``top`` (a back-office screen or dialog) and everything in it at ``scale``; False: it was already.

    ``top`` gets the theme's sizes and its own sheet scaled; a widget in it
    with a sheet of its own gets that sheet scaled. At 1.0 every sheet is
    put back as it was.
    """
    changed = False
    for widget in (top, *top.findChildren(QWidget)):
        own = _own_sheet(widget)
        if widget is not top and not own:
            continue
        if widget.property("back_office_scale") == scale and widget.property(_SET) == widget.styleSheet():
            continue
        if scale == 1.0:
            sheet = own
        else:
            sheet = (theme_sizes(scale) if widget is top else "") + scale_sheet(own, scale)
        widget.setProperty(_BASE, own)
        widget.setProperty("back_office_scale", scale)
        if widget.styleSheet() != sheet:
            widget.setStyleSheet(sheet)
            changed = True
        widget.setProperty(_SET, widget.styleSheet())
    return changed


def back_office_look(dialog: QWidget, parent: QWidget | None) -> float:
    """A back-office dialog at the scale of the window it opens over (call it before building it).

    A dialog whose parent is a back-office screen has the screen's sizes
    already; one that opens over the main window itself (the journal, the
    cash movements) takes them from here. Returns the scale, for the sizes
    the dialog sets itself (``px(640, scale)``).
    """
    scale = scale_for(window_size(parent))
    apply_back_office_scale(dialog, scale)
    return scale
