"""«Elektronisk journal»: a shop leader prints or saves the journal of some days, readable by a person.

Two dates (today by default), every register or one, and three ways out:
print it on the receipt printer (a few days at most; a longer period is
refused with a word about the PDF), or save it as a PDF or a CSV file for a
spreadsheet (in ``reports/`` beside the shop file unless the leader chooses
otherwise). Saving runs as a :class:`BackgroundJob` with its progress in the
bar; printing goes to the receipt printer's own worker, in turn with the
receipts. Either way the till never waits, and one sentence says what was
done, or what went wrong and what to do next. The service journals each
print and export with who and which days.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action
from bruktpos.services.journal_view import JournalExport, JournalPrinted, JournalView, default_name
from bruktpos.ui.back_office_sizes import back_office_look
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.day.files import reports_folder
from bruktpos.ui.messages import describe, fill, format_date
from bruktpos.ui.widgets.dates import TOUCH, day_edit, pydate
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.files import save_file_name
from bruktpos.ui.widgets.text import hint_line, message_line, say

if TYPE_CHECKING:
    from bruktpos.devices.printer import ReceiptPrinter
    from bruktpos.ui.printing import ReceiptDesk
    from bruktpos.ui.till_window import TillContext

log = logging.getLogger(__name__)
STEPS = 1000  # the progress bar's steps (the service reports a fraction)


class JournalDialog(QDialog):
    """Choose the days and the register; print, or save as PDF or CSV, with a progress bar."""

    exported = Signal(object)  # the JournalExport
    printed = Signal(object)  # the JournalPrinted

    def __init__(
        self,
        service: JournalView,
        leader: Operator,
        desk: ReceiptDesk,
        *,
        folder: Path,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        back_office_look(self, parent)  # bigger type and targets over a big window
        self.setObjectName("journal_dialog")
        self.setWindowTitle(self.tr("Electronic journal"))
        self.service = service
        self.leader = leader
        self.desk = desk
        self.pool = pool or QThreadPool.globalInstance()
        self._folder = folder
        self._busy = False
        self._printing = False
        self._signals: Any = None
        self.choose_path: Callable[[Path, str], Path | None] = self._choose_path

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Electronic journal"), self)
        title.setObjectName("dialog_title")
        layout.addWidget(title)
        hint = hint_line(self)
        hint.setText(
            self.tr(
                "Everything the till wrote in its journal on the days you choose: sales, receipts, "
                "the drawer, discounts, removed lines, people and settings changed, with who and when. "
                "Print it on the receipt printer, or save it as a PDF or for a spreadsheet (CSV)."
            )
        )
        layout.addWidget(hint)
        today = service.clock().date()
        grid = QGridLayout()
        self.first_edit = day_edit(today, self)
        self.last_edit = day_edit(today, self)
        self.register_box = QComboBox(self)
        self.register_box.setMinimumHeight(TOUCH)
        self.register_box.addItem(self.tr("All registers"), "")
        for code in service.registers():
            self.register_box.addItem(fill(self.tr("Register %1"), code), code)
        for row, (text, widget) in enumerate(
            (
                (self.tr("From"), self.first_edit),
                (self.tr("To"), self.last_edit),
                (self.tr("Register"), self.register_box),
            )
        ):
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(widget, row, 1)
        layout.addLayout(grid)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.message = message_line(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        self.print_button = QPushButton(self.tr("Print on the receipt printer"), self)
        self.print_button.clicked.connect(self.print_journal)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.pdf_button.setObjectName("primary")
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"), self)
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        for button in (self.close_button, self.print_button, self.csv_button, self.pdf_button):
            button.setMinimumHeight(TOUCH)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        desk.journal_printed.connect(self._printed)
        desk.journal_print_failed.connect(self._print_failed)
        open_wide(self, 560)

    @property
    def busy(self) -> bool:
        return self._busy

    def reject(self) -> None:
        """Close (Esc, Close) — not while it prints or saves: it finishes and says so first."""
        if not self.busy:
            super().reject()

    def _choose_path(self, default: Path, kind: str) -> Path | None:
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
        return save_file_name(self, self.tr("Save the electronic journal"), default, pattern)

    def _period(self) -> tuple[Any, Any, str] | None:
        """The chosen days and register, or None (and said why) when the days are the wrong way round."""
        first, last = pydate(self.first_edit.date()), pydate(self.last_edit.date())
        if last < first:
            say(self.message, self.tr("The last day is before the first. Choose the dates again."), "error")
            return None
        return first, last, str(self.register_box.currentData() or "")

    def _start(self, text: str) -> None:
        self._busy = True
        for button in (self.close_button, self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(False)
        say(self.message, text, "info")

    def _stop(self) -> None:
        self._busy = False
        self._printing = False
        self._signals = None
        self.progress.setRange(0, STEPS)
        for button in (self.close_button, self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(True)

    # --- saving ---------------------------------------------------------------

    def save(self, kind: str) -> None:
        """Ask where, then save the chosen days as ``kind`` ("pdf" or "csv") in the background."""
        if self.busy or (period := self._period()) is None:
            return
        first, last, register = period
        target = self.choose_path(self._folder / default_name(first, last, kind, register), kind)
        if target is None:
            return
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(f"{target.name}.{kind}")
        if target.parent == self._folder:
            self._folder.mkdir(parents=True, exist_ok=True)  # the usual place, made on first use
        service, leader = self.service, self.leader

        def work(progress: Callable[[int, int], None]) -> JournalExport:
            return service.export(
                first,
                last,
                target,
                by=leader,
                register=register or None,
                progress=lambda done: progress(round(done * STEPS), STEPS),
            )

        job = BackgroundJob(work, reports_progress=True, log_failures=False)
        job.signals.progressed.connect(self._progressed)
        job.signals.finished.connect(self._saved)
        job.signals.failed.connect(self._failed)
        self._signals = job.signals
        self.progress.setValue(0)
        self._start(self.tr("Saving …"))
        self.pool.start(job)

    def _progressed(self, step: int, steps: int) -> None:
        self.progress.setValue(round(step * STEPS / max(steps, 1)))

    def _saved(self, result: JournalExport) -> None:
        self._stop()
        self.progress.setValue(STEPS)
        say(
            self.message,
            fill(
                self.tr("Saved %1: %2 journal entries from %3 to %4."),
                str(result.path),
                str(result.entries),
                format_date(result.start),
                format_date(result.end),
            ),
            "info",
        )
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.progress.setValue(0)
        if isinstance(error, BruktError):
            log.warning("electronic journal not saved: %s", error)
            say(self.message, describe(error), "error")
        else:
            log.error("electronic journal could not be saved", exc_info=error)
            say(
                self.message,
                self.tr("The file could not be made, and nothing was saved. Try again, or ask for help."),
                "error",
            )

    # --- printing -------------------------------------------------------------

    def print_journal(self) -> None:
        """Print the chosen days on the receipt printer (in the printer's worker)."""
        if self.busy or (period := self._period()) is None:
            return
        first, last, register = period
        service, leader = self.service, self.leader

        def job(printer: ReceiptPrinter) -> JournalPrinted:
            return service.print_on(printer, first, last, by=leader, register=register or None)

        self.progress.setRange(0, 0)  # no steps to count: the bar moves while it prints
        self._start(self.tr("Printing …"))
        self._printing = True
        self.desk.print_journal(job)

    def _printed(self, result: JournalPrinted) -> None:
        if not self._printing:
            return  # not this dialog's print (the desk is the till's)
        self._stop()
        self.progress.setValue(STEPS)
        say(
            self.message,
            fill(self.tr("Printed %1 journal entries on the receipt printer."), str(result.entries)),
            "info",
        )
        self.printed.emit(result)

    def _print_failed(self, text: str) -> None:
        if not self._printing:
            return
        self._stop()
        self.progress.setValue(0)
        say(self.message, text, "error")


def open_journal(
    parent: QWidget, context: TillContext, leader_for: Callable[[Action, str], Operator | None]
) -> JournalDialog | None:
    """The journal dialog for a shop leader (asked for if the person at the till is not one)."""
    leader = leader_for(
        Action.VIEW_JOURNAL,
        QCoreApplication.translate("JournalDialog", "Printing or saving the electronic journal"),
    )
    if leader is None:
        return None
    service = JournalView(context.db, register_id=context.register.id, clock=context.users.clock)
    dialog = JournalDialog(
        service, leader, context.desk, folder=reports_folder(context.db.path), parent=parent
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
