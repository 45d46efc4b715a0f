"""«SAF-T-fil til Skatteetaten»: a shop leader exports a period's SAF-T Cash Register file.

Two dates (last month by default), where to save the file (named as the tax
office's example is, in ``reports/`` beside the shop file unless the leader
chooses otherwise), and Export. The export runs as a :class:`BackgroundJob`,
so the till never waits on it; its progress fills the bar, and one sentence
says what was saved, or what went wrong and what to do next.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.errors import BruktError
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action
from bruktpos.services.saft import SaftExport, SaftService, file_name
from bruktpos.ui.back_office_sizes import back_office_look
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.day.files import reports_folder
from bruktpos.ui.messages import describe, fill
from bruktpos.ui.widgets.dates import TOUCH, day_edit, pydate
from bruktpos.ui.widgets.dialog_size import open_wide
from bruktpos.ui.widgets.files import save_file_name
from bruktpos.ui.widgets.text import hint_line, message_line, say

if TYPE_CHECKING:
    from bruktpos.ui.till_window import TillContext

log = logging.getLogger(__name__)
STEPS = 1000  # the progress bar's steps (the service reports a fraction)


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before ``today``'s: its first and last day."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class SaftExportDialog(QDialog):
    """Choose the period and the file; export with a progress bar."""

    exported = Signal(object)  # the SaftExport

    def __init__(
        self,
        service: SaftService,
        leader: Operator,
        *,
        org_number: str,
        folder: Path,
        parent: QWidget | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        back_office_look(self, parent)  # bigger type and targets over a big window
        self.setObjectName("saft_export")
        self.setWindowTitle(self.tr("SAF-T file for the tax office"))
        self.service = service
        self.leader = leader
        self.pool = pool or QThreadPool.globalInstance()
        self.saved: SaftExport | None = None
        self._signals: Any = None
        self._org_number = org_number
        self._folder = folder
        self.choose_path: Callable[[Path], Path | None] = self._choose_path

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("SAF-T file for the tax office"), self)
        title.setObjectName("dialog_title")
        layout.addWidget(title)
        hint = hint_line(self)
        hint.setText(
            self.tr(
                "One file with the sales, returns and journal of every register for the days you choose, "
                "in the form the tax office asks for (SAF-T Cash Register). The registers' keys for "
                "checking the signatures are saved beside it."
            )
        )
        layout.addWidget(hint)
        first, last = last_month(service.clock().date())
        grid = QGridLayout()
        self.first_edit = day_edit(first, self)
        self.last_edit = day_edit(last, self)
        for row, (text, edit) in enumerate(
            ((self.tr("From"), self.first_edit), (self.tr("To"), self.last_edit))
        ):
            grid.addWidget(QLabel(text, self), row, 0)
            grid.addWidget(edit, row, 1, 1, 2)
        self.path_edit = QLineEdit(str(folder / file_name(org_number, service.clock())), self)
        self.path_edit.setMinimumHeight(TOUCH)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setMinimumHeight(TOUCH)
        self.choose_button.clicked.connect(self._choose)
        grid.addWidget(QLabel(self.tr("Save as"), self), 2, 0)
        grid.addWidget(self.path_edit, 2, 1)
        grid.addWidget(self.choose_button, 2, 2)
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
        self.export_button = QPushButton(self.tr("Export"), self)
        self.export_button.setObjectName("primary")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        for button in (self.close_button, self.export_button):
            button.setMinimumHeight(TOUCH)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        open_wide(self, 560)

    @property
    def busy(self) -> bool:
        return self._signals is not None

    def reject(self) -> None:
        """Close (Esc, Close) — not while the export runs: it finishes and says so first."""
        if not self.busy:
            super().reject()

    def _choose(self) -> None:
        chosen = self.choose_path(Path(self.path_edit.text().strip() or self._folder))
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    def _choose_path(self, default: Path) -> Path | None:
        return save_file_name(self, self.tr("Save the SAF-T file"), default, self.tr("XML files (*.xml)"))

    def export(self) -> None:
        """Start the export of the chosen days into the chosen file (in the background)."""
        if self.busy:
            return
        first, last = pydate(self.first_edit.date()), pydate(self.last_edit.date())
        if last < first:
            say(self.message, self.tr("The last day is before the first. Choose the dates again."), "error")
            return
        text = self.path_edit.text().strip()
        if not text:
            say(self.message, self.tr("Choose where to save the file."), "error")
            return
        target = Path(text).expanduser()
        if target.parent == self._folder:
            self._folder.mkdir(parents=True, exist_ok=True)  # the usual place, made on first use
        service, leader = self.service, self.leader

        def work(progress: Callable[[int, int], None]) -> SaftExport:
            return service.export(
                first, last, target, by=leader, progress=lambda done: progress(round(done * STEPS), STEPS)
            )

        job = BackgroundJob(work, reports_progress=True, log_failures=False)
        job.signals.progressed.connect(self._progressed)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._signals = job.signals
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        self.close_button.setEnabled(False)
        say(self.message, self.tr("Exporting …"), "info")
        self.pool.start(job)

    def _progressed(self, step: int, steps: int) -> None:
        self.progress.setValue(round(step * STEPS / max(steps, 1)))

    def _done(self, result: SaftExport) -> None:
        self._signals = None
        self.saved = result
        self.export_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.progress.setValue(STEPS)
        sentence = fill(
            self.tr("Saved %1: %2 receipts and %3 journal events. The keys for checking it are beside it."),
            str(result.path),
            str(result.transactions),
            str(result.events),
        )
        for code in result.hmac_registers:
            sentence += " " + fill(
                self.tr(
                    "Register %1 signs with a secret code, which is never saved in a file: "
                    "if the tax office asks for it, ask the administrator."
                ),
                code,
            )
        say(self.message, sentence, "info")
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._signals = None
        self.export_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.progress.setValue(0)
        if isinstance(error, BruktError):
            log.warning("SAF-T export refused: %s", error)
            say(self.message, describe(error), "error")
        else:
            log.error("SAF-T export failed", exc_info=error)
            say(
                self.message,
                self.tr("The file could not be made, and nothing was saved. Try again, or ask for help."),
                "error",
            )


def open_saft_export(
    parent: QWidget, context: TillContext, leader_for: Callable[[Action, str], Operator | None]
) -> SaftExportDialog | None:
    """The export dialog for a shop leader (asked for if the person at the till is not one)."""
    leader = leader_for(
        Action.EXPORT_SAFT, QCoreApplication.translate("SaftExportDialog", "Exporting the SAF-T file")
    )
    if leader is None:
        return None
    service = SaftService(context.db, register_id=context.register.id, clock=context.users.clock)
    dialog = SaftExportDialog(
        service,
        leader,
        org_number=context.shop.org_number,
        folder=reports_folder(context.db.path),
        parent=parent,
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
