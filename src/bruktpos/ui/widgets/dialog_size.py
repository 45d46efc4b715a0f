"""How wide a dialog of the back office opens."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def open_wide(dialog: QWidget, width: int) -> None:
    """Open ``dialog`` at least ``width`` px wide, as high as its layout wants (call it once it is built).

    Never ``setMinimumWidth``: a minimum set by hand takes the place of the
    layout's, and the layout then squeezes the buttons below their text and
    the fields over one another. Sized like this, the dialog is never smaller
    than what its layout needs.
    """
    dialog.ensurePolished()  # the theme's sizes, before the hint is asked for
    hint = dialog.sizeHint()
    dialog.resize(max(width, hint.width()), hint.height())
