"""Work off the GUI thread, answered on it: one kind of job, and the till's one store writer.

:class:`BackgroundJob` runs ``work()`` in a pool thread and gives its result,
or its failure, back on the GUI thread: to the ``done`` and ``failed``
callables it was given, and as the signals of :attr:`BackgroundJob.signals`
for a screen that connects to them (progress the same way). The answers of
all jobs reach the GUI thread in the order they were given, so jobs that run
one after another on one thread (the :class:`StoreWriter`'s) are answered in
their order.

What a job was given (the work, the callables, its signals) and what it
gives back are let go on the GUI thread, never in the worker, so no Qt
object a job touches is finalized outside the GUI thread. Garbage
collection is the GUI thread's alone (:mod:`bruktpos.ui.collector`): jobs
never touch it.

Work in Python shares one GIL with the GUI thread, and the GUI thread takes
it back hundreds of times a paint (every event filter, every ``data()`` of an
item model is a call from Qt into Python). A worker that computes for long
(a label sheet) would make each of those wait up to Python's switch interval
(5 ms): a paint of 7,000 such calls froze the till for 200 ms while the
GUI thread itself ran 45 ms. So long work calls :func:`give_way` between its
steps, and a job that reports progress does at each report: while the GUI
thread is at work, the worker naps and the GUI thread has the GIL to itself.
"""

from __future__ import annotations

import importlib._bootstrap
import itertools
import logging
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QWidget

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int], None]  # step, of steps


# --- giving the GUI thread its turn ------------------------------------------------------

NAP_S = 0.002  # a worker's nap while the GUI thread is at work
BUSY_SHARE = 0.25  # the GUI thread ran this share of the time since the last look: it is at work
BUSY_FOR_S = 0.02  # the GUI thread counts as at work this long after it was last seen so
LONGEST_WAIT_S = 0.2  # one give_way naps at most this long (the GUI thread at work throughout)


class _Look(threading.local):
    """A worker's last look: when (0 before the first), the GUI thread's CPU time then, its own."""

    wall = 0.0
    gui = 0.0
    own = 0.0
    busy_until = 0.0  # the GUI thread counts as at work until then


_look = _Look()


def _gui_thread_cpu() -> Callable[[], float] | None:
    """The GUI thread's CPU time in seconds, as a clock any thread can read (None where there is none)."""
    try:
        clock = time.pthread_getcpuclockid(threading.main_thread().ident or 0)  # Linux, the BSDs
        time.clock_gettime(clock)
    except (AttributeError, OSError):  # Windows, macOS
        return None
    return lambda: time.clock_gettime(clock)


_gui_cpu = _gui_thread_cpu()


def give_way() -> None:
    """Between two steps of work off the GUI thread: nap while the GUI thread is at work.

    The GUI thread is at work when it ran a quarter of the time since this
    thread last looked (its CPU clock says, where there is one), and for
    :data:`BUSY_FOR_S` after; the nap ends then, or after
    :data:`LONGEST_WAIT_S` at most, so the work still goes on beside a GUI
    thread that is busy throughout. Where the GUI thread's clock cannot be
    read (Windows), the worker's own time says it: when it got less than
    half of the time since it last looked, others ran, and it naps as long
    as it waited (a few ms at most). On the GUI thread itself it does
    nothing. The nap ends at once when the GUI thread comes to wait for a
    module being imported: it may be this thread's, and the GUI thread
    would wait out the nap (the close of the day built while the warm-up
    imported its module: 30 ms of a frozen till).
    """
    if threading.get_ident() == threading.main_thread().ident:
        return
    look, now = _look, time.perf_counter()
    if _gui_cpu is None:
        own = time.thread_time()
        if look.wall:
            span = now - look.wall
            lost = span - (own - look.own)
            if lost > 0.5 * span:
                time.sleep(min(lost, 2 * NAP_S))
                now, own = time.perf_counter(), time.thread_time()
        look.wall, look.own = now, own
        return
    deadline = now + LONGEST_WAIT_S
    while True:
        gui = _gui_cpu()
        if look.wall and gui - look.gui >= BUSY_SHARE * (now - look.wall):
            look.busy_until = now + BUSY_FOR_S
        look.wall, look.gui = now, gui
        if now >= look.busy_until or now >= deadline:
            return
        if _waits_for_a_module(threading.main_thread().ident):  # maybe one this thread holds
            return
        time.sleep(NAP_S)
        now = time.perf_counter()


_giving_way: set[int] = set()  # the threads in giving_way_at_each_import
_hooked = threading.Lock()
_hook_added = False


def _before_an_import(event: str, _args: tuple[object, ...]) -> None:
    """The audit hook: Python's ``import`` event, raised before a module not yet loaded is looked for.

    Unlike a finder on ``sys.meta_path`` (which importlib asks while it holds
    its global import lock, so a nap there held up every import of every
    thread: the GUI thread's too), nothing but the module's parents' own locks
    is held here.
    """
    if (
        event == "import"
        and threading.get_ident() in _giving_way
        and not _waits_for_a_module(threading.main_thread().ident)
    ):
        give_way()


def _waits_for_a_module(thread: int | None) -> bool:
    """Whether ``thread`` waits for a module another thread is importing (importlib's own record of it)."""
    waiting = getattr(importlib._bootstrap, "_blocking_on", None)
    try:
        return bool(waiting is not None and waiting.get(thread))
    except Exception:  # a Python whose importlib keeps it otherwise: give way as usual
        return False


@contextmanager
def giving_way_at_each_import() -> Iterator[None]:
    """While in it, this thread gives way (:func:`give_way`) before each module it imports.

    An import of a screen's module runs a hundred modules of Python (and
    PySide's look at each one's source): tens of milliseconds of the GIL in
    one go. Giving way before each, a thread importing ahead of time (the
    warm-up) leaves the GIL to the GUI thread while it is at work. Once the
    GUI thread waits for a module being imported here (importlib's record
    says), it no longer gives way: the GUI thread waits for that import.

    It watches Python's ``import`` audit event, which the import statement
    (``__import__``) raises and ``importlib.import_module`` does not. An
    audit hook cannot be taken out again, so the one hook is added the
    first time, and costs a call into Python per audited event after (a few
    a module imported).
    """
    global _hook_added
    with _hooked:
        if not _hook_added:
            sys.addaudithook(_before_an_import)
            _hook_added = True
    me = threading.get_ident()
    _giving_way.add(me)
    try:
        yield
    finally:
        _giving_way.discard(me)


class JobSignals(QObject):
    """A job's answers, emitted on the GUI thread."""

    progressed = Signal(int, int)  # step, of steps
    finished = Signal(object)  # the work's result
    failed = Signal(object)  # the exception


class _Reply:
    """What a job was given: let go of on the GUI thread once the job has answered."""

    __slots__ = ("done", "failed", "log_failures", "progressed", "reports_progress", "signals", "work")

    def __init__(
        self,
        work: Callable[..., Any],
        done: Done | None,
        failed: Failed | None,
        progressed: Progress | None,
        *,
        reports_progress: bool,
        log_failures: bool,
    ) -> None:
        self.work = work
        self.done = done
        self.failed = failed
        self.progressed = progressed
        self.reports_progress = reports_progress
        self.log_failures = log_failures
        self.signals: JobSignals | None = None

    def answer(self, kind: str, value: Any) -> None:
        signals = self.signals
        if kind == "progressed":
            step, steps = value
            if self.progressed is not None:
                self.progressed(step, steps)
            if signals is not None:
                signals.progressed.emit(step, steps)
        elif kind == "finished":
            if self.done is not None:
                self.done(value)
            if signals is not None:
                signals.finished.emit(value)
        else:
            if self.failed is not None:
                self.failed(value)
            if signals is not None:
                signals.failed.emit(value)


class _Courier(QObject):
    """Carries the jobs' answers to the GUI thread, one queued call per answer, in order.

    A worker puts an answer in the mail, lets go of its own references to it,
    then sends: the answer's last reference is the mail's, dropped here.
    """

    _sent = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._mail: deque[tuple[_Reply, str, Any]] = deque()
        self._sent.connect(self._deliver)

    def put(self, reply: _Reply, kind: str, value: Any) -> None:
        self._mail.append((reply, kind, value))

    def send(self) -> None:
        self._sent.emit()  # queued to the GUI thread when sent from a worker

    def _deliver(self) -> None:
        reply, kind, value = self._mail.popleft()
        reply.answer(kind, value)


_courier: _Courier | None = None
_courier_lock = threading.Lock()


def _the_courier() -> _Courier:
    global _courier
    with _courier_lock:
        if _courier is None:
            courier = _Courier()
            app = QCoreApplication.instance()
            if app is not None and courier.thread() is not app.thread():
                courier.moveToThread(app.thread())
            _courier = courier
        return _courier


class BackgroundJob(QRunnable):
    """``work()`` in a pool thread; its result or its failure is answered on the GUI thread.

    ``done(result)`` or ``failed(error)`` is called there, and the same
    answer is emitted by :attr:`signals` if anyone asked for them (before
    the job starts). With ``reports_progress`` the work is called as
    ``work(progress)`` and each ``progress(step, steps)`` it makes reaches
    ``progressed`` and ``signals.progressed``, before the answer.

    Any failure (any exception) is answered; it is also logged with its
    traceback unless ``log_failures`` is False (for a caller that logs its
    own). Make jobs on the GUI thread.
    """

    def __init__(
        self,
        work: Callable[..., Any],
        *,
        done: Done | None = None,
        failed: Failed | None = None,
        progressed: Progress | None = None,
        reports_progress: bool = False,
        log_failures: bool = True,
    ) -> None:
        super().__init__()
        self._reply: _Reply | None = _Reply(
            work, done, failed, progressed, reports_progress=reports_progress, log_failures=log_failures
        )
        self._courier = _the_courier()

    @property
    def signals(self) -> JobSignals:
        """The job's answers as signals (made on first use, which is before the job starts)."""
        reply = self._reply
        if reply is None:
            raise RuntimeError("a job's signals are asked for before it runs")
        if reply.signals is None:
            reply.signals = JobSignals()
        return reply.signals

    def _progress(self, step: int, steps: int) -> None:
        reply = self._reply
        if reply is None:
            return
        self._courier.put(reply, "progressed", (step, steps))
        del reply
        self._courier.send()
        give_way()  # the GUI thread shows the progress with the GIL to itself

    def run(self) -> None:
        reply = self._reply
        assert reply is not None, "a job runs once"
        value: Any
        try:
            value = reply.work(self._progress) if reply.reports_progress else reply.work()
            kind = "finished"
        except BaseException as error:  # every failure goes back to the GUI thread
            if reply.log_failures:
                log.warning("background job failed: %s", type(error).__name__, exc_info=error)
            kind, value = "failed", error
        self._reply = None
        self._courier.put(reply, kind, value)
        del reply, value  # the mail holds the last references: they go on the GUI thread
        self._courier.send()


class StoreWriter(QObject):
    """The till's one writer: store writes run here, one at a time, in the order given.

    One pool thread that never expires does every write, so the GUI thread
    never waits on SQLite's write lock and two writes of this till never
    race. ``submit(work, done, failed)`` runs ``work()`` there and then calls
    ``done(result)`` or ``failed(error)`` back on the GUI thread, in order.
    ``busy_changed`` says when the first job starts and the last one ends.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the same thread for every write
        self._numbers = itertools.count(1)
        self._waiting: dict[int, tuple[Done, Failed]] = {}
        self._busy = False

    @property
    def busy(self) -> bool:
        """A write is queued or running (its answer not yet delivered)."""
        return bool(self._waiting)

    def submit(self, work: Callable[[], Any], done: Done, failed: Failed) -> None:
        number = next(self._numbers)
        self._waiting[number] = (done, failed)
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)
        job = BackgroundJob(
            work,
            done=partial(self._answer, number),
            failed=partial(self._answer, number, None),
            log_failures=False,  # the till's controller logs every failed write with its traceback
        )
        self._pool.start(job)

    def _answer(self, number: int, result: object, error: BaseException | None = None) -> None:
        if not shiboken6.isValid(self):
            # The window that owned the writer closed while the write ran: the write itself is
            # done (or failed and was logged by the controller); there is nobody left to tell.
            log.info("a store write answered after its window closed")
            return
        done, failed = self._waiting.pop(number)
        try:
            if error is None:
                done(result)
            else:
                failed(error)
        finally:
            if not self._waiting and self._busy:
                self._busy = False
                self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the queued writes have run (at shutdown); True if they all did."""
        return self._pool.waitForDone(msecs)


def while_button_waits(
    button: QAbstractButton,
    busy_text: str,
    work: Callable[[Callable[[int, int], None]], object],
    done: Callable[[object], None],
    failed: Callable[[BaseException], None],
    *,
    progressed: Callable[[int, int], None] | None = None,
    restore: Callable[[], None] | None = None,
) -> None:
    """``work(progress)`` as a :class:`BackgroundJob`, ``button`` waiting, disabled, with ``busy_text``.

    When it ends the button gets its text back and is enabled again (or
    ``restore`` decides), before ``done(result)`` or ``failed(error)``;
    ``progressed`` hears each ``progress(step, steps)`` of the work.
    """
    text = button.text()
    button.setEnabled(False)
    button.setText(busy_text)

    def back_to_normal() -> None:
        button.setText(text)
        if restore is None:
            button.setEnabled(True)
        else:
            restore()

    def finished(result: object) -> None:
        back_to_normal()
        done(result)

    def did_not_finish(error: BaseException) -> None:
        back_to_normal()
        failed(error)

    job = BackgroundJob(
        work, done=finished, failed=did_not_finish, progressed=progressed, reports_progress=True
    )
    QThreadPool.globalInstance().start(job)


PAINTED_AT_MOST_MS = 300  # once_painted: the work starts then even if no paint came


class _OncePainted(QObject):
    """:func:`once_painted`'s watch on one widget (its child: it goes with it)."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(PAINTED_AT_MOST_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._go)  # the paint done first
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        parent = self.parent()
        if isinstance(parent, QObject):
            parent.removeEventFilter(self)
        self.deleteLater()
        then()


def once_painted(widget: QWidget, then: Callable[[], None]) -> None:
    """``then()`` on the GUI thread once ``widget`` has been painted (or after PAINTED_AT_MOST_MS).

    For background work that follows what a person has just been shown (a
    Z's PDF, its print, the hub's push): begun at once it shares the GIL
    with the paint of the very screen the person waits for, and a Python
    thread at work can hold the GIL from the GUI thread for 5 ms at a time,
    each time the paint calls into Python. Nothing is lost: should the
    widget not be painted (hidden, the window minimised), the work starts
    after PAINTED_AT_MOST_MS all the same; if the widget is destroyed first,
    it does not start.
    """
    _OncePainted(widget, then)
