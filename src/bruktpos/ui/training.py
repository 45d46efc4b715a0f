"""Training mode on every dialog: an orange band across the top, put there as each dialog shows.

The main window's top bar turns orange in training mode, but a dialog (the
payment, a return, a leader's PIN) covers it, and a beginner must never
wonder whether this sale counts. So while training is on, an application-wide
event filter gives every top-level dialog, as it is shown, the same band —
no dialog has to do anything for it — and takes the bands away when training ends.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

BAND = "training_band"  # the band's object name (the theme colours it)
MIN_HEIGHT = 36  # seen at a glance, even before the theme is loaded
GAP = 4  # between the band and the dialog's first row


class TrainingBand(QLabel):
    """The orange "TRAINING MODE — nothing counts" across the top of one dialog.

    It takes its room from the dialog's own contents margins (the dialog's
    layout moves down by its height), so it covers nothing, and follows the
    dialog's width as it is resized.
    """

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.setObjectName(BAND)
        self.setText(self.tr("TRAINING MODE — nothing counts"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._dialog = dialog
        self._margins = dialog.contentsMargins()
        self.ensurePolished()
        self._height = max(self.sizeHint().height(), MIN_HEIGHT)
        dialog.setContentsMargins(self._margins + QMargins(0, self._height, 0, 0))
        # The band takes the place of the layout's own top margin, so a dialog grows by as little
        # as it can (a dialog that just fits 700 px must still fit with the band).
        layout = dialog.layout()
        self._layout_margins = layout.contentsMargins() if layout is not None else None
        if layout is not None and self._layout_margins is not None:
            m = self._layout_margins
            layout.setContentsMargins(m.left(), min(m.top(), GAP), m.right(), m.bottom())
        dialog.installEventFilter(self)
        self._follow()
        self.show()
        self.raise_()

    def remove(self) -> None:
        """Give the dialog its room back and go."""
        self._dialog.removeEventFilter(self)
        self._dialog.setContentsMargins(self._margins)
        layout = self._dialog.layout()
        if layout is not None and self._layout_margins is not None:
            layout.setContentsMargins(self._layout_margins)
        self.hide()
        self.setObjectName("")  # gone for band_of at once, not when deleteLater gets to it
        self.deleteLater()

    def _follow(self) -> None:
        self.setGeometry(0, 0, self._dialog.width(), self._height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Resize:
            self._follow()
        return False


def band_of(widget: QWidget) -> TrainingBand | None:
    """The training band on this dialog, if it has one."""
    return widget.findChild(TrainingBand, BAND, Qt.FindChildOption.FindDirectChildrenOnly)


class TrainingMark(QObject):
    """While on, every top-level dialog that shows gets a :class:`TrainingBand`.

    ``set_on(True)`` installs the filter on the application and marks the
    dialogs already open; ``set_on(False)`` removes it and every band.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False

    def set_on(self, on: bool) -> None:
        app = QApplication.instance()
        if on == self.on or app is None:
            self.on = on
            return
        self.on = on
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog):
                continue
            band = band_of(widget)
            if on and band is None and widget.isVisible():
                TrainingBand(widget)
            elif not on and band is not None:
                band.remove()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and band_of(watched) is None
        ):
            TrainingBand(watched)
        return False
