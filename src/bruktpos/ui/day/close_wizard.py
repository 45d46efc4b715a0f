"""Close the day, one thing per step: count, compare, card and Vipps, then the Z report.

A parked sale with payments on it stops the close at its start, saying what
to do (:mod:`bruktpos.ui.day.parked_notice`); parked sales without payments
stay parked, and the first step says how many.

1. A blind count of the drawer by denomination: the expected amount is not
   shown until the count is entered, so nobody counts towards a number. Next
   stores that count with the day (journalled). Counting again after that is
   a correction: a note when the amount changes, and a shop leader's (or the
   second counter's) approval before the new count is stored
   (:mod:`bruktpos.ui.day.recount`); every count stays on the Z.
2. Counted against expected. A difference above the shop's limit needs a
   short note and a shop leader's PIN; the shop may want a second person to
   confirm the count.
3. The card terminal's batch total and the Vipps settlement, each against the
   till's own figure.
4. A summary and "Take Z report", which asks once more. Until then every step
   has Back, and nothing but the counts is stored; after it the day is closed for good.
5. Done: the Z prints on the receipt printer (with "Print again" if it did
   not) and is saved as a PDF in the reports folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.errors import BruktError
from bruktpos.domain.money import format_money
from bruktpos.domain.people import Operator
from bruktpos.domain.reports import CountLine
from bruktpos.domain.roles import Action, may
from bruktpos.ui.background import BackgroundJob, once_painted
from bruktpos.ui.day.close_style import STYLE
from bruktpos.ui.day.count import CountWidget
from bruktpos.ui.day.files import reports_folder
from bruktpos.ui.day.parked_notice import ParkedNotice
from bruktpos.ui.day.recount import RecountArea, is_recount
from bruktpos.ui.day.second_counter import ask_second_counter
from bruktpos.ui.day.terminals import CARD, VIPPS, TerminalsStep, signed
from bruktpos.ui.day.z_done import ZDonePage
from bruktpos.ui.day.z_summary import SummaryPage
from bruktpos.ui.messages import describe, fill, format_date
from bruktpos.ui.widgets.text import hint_line, message_line, say

COUNT, COMPARE, TERMINALS, SUMMARY, DONE = range(5)
STEPS = 4

Approver = Callable[[Action, str], Operator | None]


class CloseDayScreen(QWidget):
    """The guided close of the day (see the module docstring)."""

    finished = Signal()  # done, or cancelled before the Z
    z_taken = Signal(object)  # ZResult

    def __init__(
        self,
        day: Any,  # DayService
        users: Any,  # UserService
        desk: Any,  # ReceiptDesk
        shop: Any,  # ShopInfo
        db_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("close_day")
        self.setStyleSheet(STYLE)
        self._day = day
        self._users = users
        self._desk = desk
        self._shop = shop
        self.reports_dir = reports_folder(db_path)
        self.approver: Approver = lambda action, reason: None
        self.ask_second_counter: Callable[[int], Operator | None] = lambda counted_by: ask_second_counter(
            users, counted_by, self
        )
        self.operator: Operator | None = None
        self.result: Any = None  # ZResult once the Z is taken
        self.taking_z = False  # the Z is being taken in the background
        self._reset_state()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("title")
        head.addWidget(self.title, 1)
        self.step_caption = QLabel(self)
        self.step_caption.setObjectName("step_caption")
        head.addWidget(self.step_caption)
        layout.addLayout(head)
        self.hint = hint_line(self)
        layout.addWidget(self.hint)

        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._build_count())
        # The later steps are built while the drawer is counted: one a turn of the event loop once
        # the screen shows (or all at once if one is needed first). Built with the count, all
        # five held the tap on "Close the day" for most of a tenth of a second (issue 18).
        self._to_build: list[Callable[[], QWidget]] = [
            self._build_compare,
            self._build_terminals,
            self._build_summary,
            self._build_done,
        ]
        self._building = QTimer(self)
        self._building.setSingleShot(True)
        self._building.setInterval(0)
        self._building.timeout.connect(self._build_next)
        layout.addWidget(self.steps, 1)

        self.message = message_line(self)
        layout.addWidget(self.message)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.clicked.connect(self.back)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setObjectName("primary")
        self.next_button.setMinimumHeight(64)
        self.next_button.clicked.connect(self.next)
        self.z_button = QPushButton(self.tr("Take Z report"), self)
        self.z_button.setObjectName("pay")
        self.z_button.setMinimumHeight(72)
        self.z_button.clicked.connect(self.take_z)
        self.finish_button = QPushButton(self.tr("Finish"), self)
        self.finish_button.setObjectName("primary")
        self.finish_button.setMinimumHeight(64)
        self.finish_button.clicked.connect(self.finished.emit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button, 1)
        buttons.addWidget(self.z_button, 1)
        buttons.addWidget(self.finish_button, 1)
        layout.addLayout(buttons)

    def set_shop(self, shop: Any) -> None:
        """The shop's facts for the Z report's heading (after its details changed)."""
        self._shop = shop
        if self.steps.count() > DONE:  # else the page is built with them
            self.done_page.set_shop(shop)

    # --- building the steps ------------------------------------------------------------

    @property
    def built(self) -> int:
        """How many of the steps are built (the count's always; the others while it is counted)."""
        return self.steps.count()

    def _build_next(self) -> None:
        """Build the next step still to build; again at the next turn of the loop while some are left."""
        if self._to_build:
            self.steps.addWidget(self._to_build.pop(0)())
        if self._to_build:
            self._building.start()

    def _build_up_to(self, step: int) -> None:
        while self.steps.count() <= step and self._to_build:
            self.steps.addWidget(self._to_build.pop(0)())

    def __getattr__(self, name: str) -> Any:
        # A part of a step still to build (its field, its label) is asked for: the steps are built
        # now, and it is found. Only names that are not there call this.
        to_build = self.__dict__.get("_to_build")
        if not to_build or name.startswith("__"):
            raise AttributeError(name)
        self._build_up_to(DONE)
        return object.__getattribute__(self, name)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._to_build:
            self._building.start()

    def _reset_state(self) -> None:
        self.expected: int | None = None
        self.recorded: CountLine | None = None  # the day's last stored count
        self.first_cash: int | None = None  # the first (blind) count's amount
        self.note_approver: Operator | None = None
        self.second_counter: Operator | None = None

    # --- pages --------------------------------------------------------------

    # Each page is made in the stack that shows it: moved there from another parent, a page and
    # everything in it had its style worked out again (a tenth of the close's first showing).

    def _build_count(self) -> QWidget:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.parked_notice = ParkedNotice(page)
        layout.addWidget(self.parked_notice)
        self.counter = CountWidget(page, total_caption=self.tr("Counted"))
        # An approval or a second person's check is for the count they saw.
        self.counter.count_changed.connect(lambda _count: self._count_changed())
        layout.addWidget(self.counter, 1)
        self.recount_area = RecountArea(page)
        self.recount_note = self.recount_area.note_field
        layout.addWidget(self.recount_area)
        return page

    def _build_compare(self) -> QWidget:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.counted_label = QLabel(page)
        self.expected_label = QLabel(page)
        self.difference_label = QLabel(page)
        for row, (caption, label) in enumerate(
            (
                (self.tr("Counted"), self.counted_label),
                (self.tr("Expected by the till"), self.expected_label),
                (self.tr("Difference"), self.difference_label),
            )
        ):
            caption_label = QLabel(caption, page)
            caption_label.setObjectName("figure_caption")
            label.setObjectName("figure" if row < 2 else "difference")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption_label, row, 0)
            grid.addWidget(label, row, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.difference_words = QLabel(page)
        self.difference_words.setObjectName("explanation")
        self.difference_words.setWordWrap(True)
        layout.addWidget(self.difference_words)

        self.note_area = QWidget(page)
        note_layout = QVBoxLayout(self.note_area)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_hint = QLabel(self.note_area)
        self.note_hint.setWordWrap(True)
        note_layout.addWidget(self.note_hint)
        quick = QHBoxLayout()
        self.note_field = QLineEdit(self.note_area)
        self.note_buttons: list[QPushButton] = []
        for text in (
            self.tr("Wrong change given"),
            self.tr("Money out without a receipt"),
            self.tr("Not known"),
        ):
            button = QPushButton(text, self.note_area)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, t=text: self.note_field.setText(t))
            quick.addWidget(button)
            self.note_buttons.append(button)
        note_layout.addLayout(quick)
        self.note_field.setObjectName("note")
        self.note_field.setMaxLength(200)
        self.note_field.setPlaceholderText(self.tr("A short note on what may have happened"))
        self.note_field.textChanged.connect(lambda _text: self._update_buttons())
        note_layout.addWidget(self.note_field)
        approve_row = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Shop leader approves"), self.note_area)
        self.approve_button.clicked.connect(self.approve_difference)
        approve_row.addWidget(self.approve_button)
        self.approved_label = QLabel(self.note_area)
        self.approved_label.setObjectName("done_mark")
        approve_row.addWidget(self.approved_label, 1)
        note_layout.addLayout(approve_row)
        layout.addWidget(self.note_area)

        self.second_area = QWidget(page)
        second_row = QHBoxLayout(self.second_area)
        second_row.setContentsMargins(0, 0, 0, 0)
        self.second_button = QPushButton(self.tr("Second person confirms the count"), self.second_area)
        self.second_button.clicked.connect(self.confirm_second_counter)
        second_row.addWidget(self.second_button)
        self.second_label = QLabel(self.second_area)
        self.second_label.setObjectName("done_mark")
        second_row.addWidget(self.second_label, 1)
        layout.addWidget(self.second_area)
        layout.addStretch(1)
        return page

    def _build_terminals(self) -> QWidget:
        self.terminals = TerminalsStep(self.steps)
        self.terminals.changed.connect(self._update_buttons)
        # The step's parts, by the names the close uses.
        self.terminal_input = self.terminals.input
        self.entry_buttons = self.terminals.buttons
        self.entry_notes = self.terminals.notes
        return self.terminals

    def _build_summary(self) -> QWidget:
        self.summary_page = SummaryPage(self.steps)
        self.consequence = self.summary_page.consequence
        return self.summary_page

    def _build_done(self) -> QWidget:
        self.done_page = ZDonePage(self._desk, self._shop, self.reports_dir, self.steps)
        page = self.done_page
        # Its parts, by the names a person's eye (and the tests) look for on this screen.
        self.done_label, self.print_label, self.reprint_button = (
            page.done_label,
            page.print_label,
            page.reprint_button,
        )
        self.pdf_label, self.save_as_button, self.z_table = page.pdf_label, page.save_as_button, page.z_table
        return page

    # --- flow ---------------------------------------------------------------

    def start(self, operator: Operator) -> None:
        """Begin at the count."""
        self.operator = operator
        self.result = None
        self._reset_state()
        self.counter.clear()
        if self.built > COMPARE:  # a step built later starts empty
            self.note_field.clear()
        if self.built > TERMINALS:
            self.terminals.reset()
        self.recount_area.clear()
        info = self._day.open_day_info()
        self.business_date = info.business_date if info is not None else None
        try:
            counts: tuple[CountLine, ...] = self._day.counts()
        except BruktError as error:
            counts = ()
            say(self.message, describe(error), "error")
        # Counted before (the close was left and begun again): the stored count stands
        # until a recount replaces it, so the count starts from it.
        self.recorded = counts[-1] if counts else None
        self.first_cash = counts[0].cash if counts else None
        if self.recorded is not None:
            self.counter.set_count(CashCount.from_dict(self.recorded.by_denomination))
        self._go(COUNT)
        self._count_changed()
        self.parked_notice.show_for_close(self._day)  # money on a parked sale: no close
        self._update_buttons()

    def _count_changed(self) -> None:
        self._forget_approvals()
        self.recount_area.show_for(self.recorded, self.counter.count(), second_person=self._second_needed())

    def _forget_approvals(self) -> None:
        self.note_approver = None
        self.second_counter = None

    def _limit(self) -> int:
        return int(self._day.max_difference())

    def _second_needed(self) -> bool:
        return bool(self._day.second_counter_required())

    def difference(self) -> int:
        return self.counter.total - (self.expected or 0)

    def _go(self, step: int) -> None:
        say(self.message, "")
        self._build_up_to(step)
        self.steps.setCurrentIndex(step)
        day_text = format_date(self.business_date) if self.business_date is not None else ""
        titles = {
            COUNT: self.tr("Close the day: count the drawer"),
            COMPARE: self.tr("Counted and expected"),
            TERMINALS: self.tr("Card terminal and Vipps"),
            SUMMARY: self.tr("Take the Z report"),
            DONE: self.tr("The day is closed"),
        }
        hints = {
            COUNT: self.tr(
                "Count every coin and note in the drawer: tap + for each, or type the number. "
                "The till shows what it expects after you have counted."
            ),
            COMPARE: self.tr("Here is what the till expected. Check the difference before you go on."),
            TERMINALS: self.tr(
                "Print the batch total on the card terminal and look up the day's Vipps settlement, "
                "then type both here. Tap a line to type its amount."
            ),
            SUMMARY: self.tr("Check the figures. Back still changes anything; the Z report ends the day."),
            DONE: "",
        }
        self.title.setText(titles[step] + (f" · {day_text}" if day_text and step != DONE else ""))
        self.hint.setText(hints[step])
        self.hint.setVisible(bool(hints[step]))
        self.step_caption.setText(fill(self.tr("Step %1 of %2"), step + 1, STEPS) if step < DONE else "")
        if step == COMPARE:
            self._show_compare()
        elif step == TERMINALS:
            self._show_terminals()
        elif step == SUMMARY:
            self._show_summary()
        self.back_button.setVisible(COUNT < step < DONE)
        self.cancel_button.setVisible(step < DONE)
        self.next_button.setVisible(step < SUMMARY)
        self.z_button.setVisible(step == SUMMARY)
        self.finish_button.setVisible(step == DONE)
        self._update_buttons()

    def next(self) -> None:
        step = self.steps.currentIndex()
        if step == COUNT and not self._record_count():
            return
        if step == COMPARE and not self._compare_done():
            return
        if step < SUMMARY:
            self._go(step + 1)

    def back(self) -> None:
        step = self.steps.currentIndex()
        if COUNT < step < DONE:
            self._go(step - 1)

    def cancel(self) -> None:
        if self.steps.currentIndex() < DONE:
            self.finished.emit()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        if step == COMPARE:
            self.next_button.setEnabled(self._compare_done(quiet=True))
        elif step == TERMINALS:
            self.next_button.setEnabled(
                self.card_batch_total is not None and self.vipps_settlement is not None
            )
        else:
            self.next_button.setEnabled(not (step == COUNT and self.parked_notice.blocked))

    # --- step 1: the count, stored -----------------------------------------------

    def _record_count(self) -> bool:
        """Store the count (a recount with its note and approver); True when the compare may show."""
        if self.operator is None:
            return False
        count = self.counter.count()
        approver: Operator | None = None
        note = ""
        second: Operator | None = None
        if is_recount(self.recorded, count):
            assert self.recorded is not None
            note = self.recount_area.note()
            if count.total != self.recorded.cash and not note:
                say(self.message, self.tr("Write a short note on why the count changed first."), "error")
                self.recount_note.setFocus()
                return False
            if self._second_needed():
                second = approver = self.ask_second_counter(self.operator.id)
            elif not may(self.operator.role, Action.CORRECT_COUNT):
                approver = self.approver(Action.CORRECT_COUNT, self.tr("Counting the drawer again"))
            if approver is None and not may(self.operator.role, Action.CORRECT_COUNT):
                say(
                    self.message,
                    self.tr("The new count was not stored: counting again needs someone to approve it."),
                    "info",
                )
                return False
        try:
            check = self._day.record_count(count, operator=self.operator, approver=approver, note=note)
        except BruktError as error:
            say(self.message, describe(error), "error")
            return False
        self.recorded = check.line
        if self.first_cash is None:
            self.first_cash = check.line.cash
        self.expected = check.expected_cash
        self.recount_area.clear()
        # Back on the count from now on, it tells that a new count is a correction.
        self.recount_area.show_for(self.recorded, count, second_person=self._second_needed())
        if second is not None:
            self.second_counter = second  # they counted it with the operator
        return True

    # --- step 2: compare -------------------------------------------------------

    def _needs_note(self) -> bool:
        return bool(self._day.needs_approval(self.difference()))

    def _show_compare(self) -> None:
        difference = self.difference()
        self.counted_label.setText(format_money(self.counter.total))
        self.expected_label.setText(format_money(self.expected or 0))
        self.difference_label.setText(signed(difference))
        level = "right" if difference == 0 else "short" if difference < 0 else "over"
        self.difference_label.setProperty("level", level)
        self.difference_label.style().unpolish(self.difference_label)
        self.difference_label.style().polish(self.difference_label)
        self.difference_words.setText(self._difference_words(difference))
        needs = self._needs_note()
        self.note_area.setVisible(needs)
        if needs:
            self.note_hint.setText(
                fill(
                    self.tr(
                        "That is more than the %1 the shop allows. Count once more; if it stays, "
                        "write a short note and ask a shop leader to approve."
                    ),
                    format_money(self._limit()),
                )
            )
        if not needs:
            self.note_approver = None
        self.approved_label.setText(
            fill(self.tr("✓ Approved by %1"), self.note_approver.name) if self.note_approver else ""
        )
        self.second_area.setVisible(self._second_needed())
        self.second_label.setText(
            fill(self.tr("✓ Confirmed by %1"), self.second_counter.name) if self.second_counter else ""
        )

    def _difference_words(self, difference: int) -> str:
        if difference == 0:
            return self.tr("The drawer is right.")
        if difference < 0:
            return fill(self.tr("The drawer is %1 short."), format_money(-difference))
        return fill(self.tr("There is %1 too much in the drawer."), format_money(difference))

    def _compare_done(self, *, quiet: bool = False) -> bool:
        if self._needs_note():
            if not self.note_field.text().strip():
                if not quiet:
                    say(self.message, self.tr("Write a short note on the difference first."), "error")
                return False
            if self.note_approver is None:
                if not quiet:
                    say(self.message, self.tr("A shop leader must approve the difference first."), "error")
                return False
        if self._second_needed() and self.second_counter is None:
            if not quiet:
                say(self.message, self.tr("A second person must confirm the count first."), "error")
            return False
        return True

    def approve_difference(self) -> None:
        leader = self.approver(Action.CASH_DIFFERENCE, self.tr("A difference in the drawer"))
        if leader is not None:
            self.note_approver = leader
        self._show_compare()
        self._update_buttons()

    def confirm_second_counter(self) -> None:
        if self.operator is None:
            return
        person = self.ask_second_counter(self.operator.id)
        if person is not None:
            self.second_counter = person
        self._show_compare()
        self._update_buttons()

    # --- step 3: card terminal and Vipps ---------------------------------------

    def _till_figures(self) -> dict[str, int]:
        try:
            report = self._day.x_report(journalled=False)
        except BruktError:
            return {CARD: 0, VIPPS: 0}
        return {CARD: report.card_total, VIPPS: report.vipps_total}

    def _show_terminals(self) -> None:
        self.terminals.show_till(self._till_figures())

    @property
    def card_batch_total(self) -> int | None:
        return self.terminals.entered[CARD]

    @property
    def vipps_settlement(self) -> int | None:
        return self.terminals.entered[VIPPS]

    # --- step 4: summary and Z -----------------------------------------------

    def summary_rows(self) -> list[tuple[str, str]]:
        till = self.terminals.till
        rows = []
        if self.recorded is not None and self.recorded.kind != "first" and self.first_cash is not None:
            rows.append((self.tr("First count"), format_money(self.first_cash)))
        rows += [
            (self.tr("Counted"), format_money(self.counter.total)),
            (self.tr("Expected by the till"), format_money(self.expected or 0)),
            (self.tr("Difference"), signed(self.difference())),
        ]
        if self._needs_note():
            rows.append((self.tr("Note"), self.note_field.text().strip()))
            if self.note_approver is not None:
                rows.append((self.tr("Approved by"), self.note_approver.name))
        if self.second_counter is not None:
            rows.append((self.tr("Count confirmed by"), self.second_counter.name))
        for key, caption, value in (
            ("card", self.tr("Card terminal"), self.card_batch_total),
            ("vipps", self.tr("Vipps settlement"), self.vipps_settlement),
        ):
            if value is not None:
                rows.append((caption, f"{format_money(value)}  ({signed(value - till[key])})"))
        return rows

    def _show_summary(self) -> None:
        self.summary_page.show_rows(self.summary_rows())

    def confirm_z(self) -> bool:
        """Ask once more, naming the consequence."""
        return self.summary_page.confirm(format_date(self.business_date) if self.business_date else "")

    def take_z(self) -> None:
        """Close the day with the Z, in the background; the Z button waits, disabled, meanwhile.

        The close reads the whole day and writes the Z, its journal entry and
        the hub's summary in one transaction: long enough on a busy day to
        freeze the screen if it ran here.
        """
        if self.operator is None or self.result is not None or self.taking_z:
            return
        if not self.confirm_z():
            say(self.message, self.tr("Nothing was closed. Take the Z report when you are ready."), "info")
            return
        day, count, operator = self._day, self.counter.count(), self.operator
        note = self.note_field.text().strip() if self._needs_note() else ""
        approver, second, card, vipps = (
            self.note_approver,
            self.second_counter,
            self.card_batch_total,
            self.vipps_settlement,
        )
        text = self.z_button.text()
        self.taking_z = True
        for button in (self.z_button, self.back_button, self.cancel_button):
            button.setEnabled(False)
        self.z_button.setText(self.tr("Taking the Z report …"))
        say(self.message, "")

        def close() -> Any:
            return day.close_day(
                count,
                operator=operator,
                note=note,
                approver=approver,
                second_counter=second,
                card_batch_total=card,
                vipps_settlement=vipps,
            )

        def back_to_normal() -> None:
            self.taking_z = False
            self.z_button.setText(text)
            for button in (self.z_button, self.back_button, self.cancel_button):
                button.setEnabled(True)

        def taken(result: Any) -> None:
            back_to_normal()
            self.result = result
            self._go(DONE)
            self.done_page.show_result(result)
            once_painted(self.done_page, lambda: self.z_taken.emit(result))  # the hub's push: after the paint

        def not_taken(error: BaseException) -> None:
            back_to_normal()
            if not isinstance(error, BruktError):
                raise error  # a bug: the till's handler for uncaught errors logs it and says so calmly
            say(self.message, describe(error), "error")

        job = BackgroundJob(close, done=taken, failed=not_taken, log_failures=False)
        QThreadPool.globalInstance().start(job)

    @property
    def pdf_path(self) -> Path | None:
        return self.done_page.pdf_path
