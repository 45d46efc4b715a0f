"""What nobody caught, at the till: written to the log, and said calmly on the screen.

PySide6 hands an exception raised in a slot or an event handler to
``sys.excepthook`` and carries on. :mod:`bruktpos.logs` writes it to the log
with its traceback and tells the listener set here, which shows one calm
message over the main window (a worker thread's error is shown too, from the
GUI thread). The till stays open, so the sale on the screen is not lost.
"""

from __future__ import annotations

import logging
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bruktpos import logs

log = logging.getLogger(__name__)
_told_versions = False


class ErrorReporter(QObject):
    """Shows "something went wrong" once at a time, whatever thread the error came from."""

    reported = Signal(str)  # the exception's type name

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None
        # Always queued: the message opens after the failing slot has returned.
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        self.reported.emit(kind.__name__)

    def detach(self) -> None:
        """Stop showing messages (the window is closing); errors are still logged."""
        if logs.error_listener() is self:
            logs.set_error_listener(None)

    def _show(self, _name: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one message is enough; every error is in the log
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Something went wrong"),
            self.tr(
                "BruktPOS ran into a problem it did not expect. What you just did may not have "
                "finished: check the screen before you go on. If it happens again, tell the shop "
                "leader; the details are written in the log (Menu → About BruktPOS)."
            ),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        self.box.setObjectName("unexpected_error")
        self.box.open()


def install(window: QWidget) -> ErrorReporter:
    """Report uncaught errors over ``window``; logs the Qt versions once per run."""
    global _told_versions
    if not _told_versions:
        _told_versions = True
        log.info(
            "Qt %s, PySide6 %s, platform %s", qVersion(), PySide6.__version__, QGuiApplication.platformName()
        )
    reporter = ErrorReporter(window)
    logs.set_error_listener(reporter)
    return reporter
