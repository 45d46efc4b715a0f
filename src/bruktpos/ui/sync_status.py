"""The till's link to the chapter hub: a light in the top bar, and sending in the background.

Green "Sent": every closed day is at the hub. Yellow "Waiting (n)": n days
wait to be sent (the network may be down; they go when it is back). Red:
days wait and nothing has got through for two days — time to call someone.
The time of the last success is on the light itself and in its tooltip.

:class:`HubSync` sends at start, after a Z (:meth:`HubSync.request`), and
every ten minutes, always on a worker with its own database connections,
so the till never waits for the network. Each push is over within about a
minute whatever the network does (hub/link.py), so a hub that stops
answering costs one late round, never the ones after it. The push's own
back-off is respected (``push_if_due``); only a person's request (after a
Z, "send now") goes at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from bruktpos.domain.formatting import format_time
from bruktpos.services.clock import Clock, local_now
from bruktpos.ui.background import BackgroundJob
from bruktpos.ui.widgets.text import repolish

if TYPE_CHECKING:
    from bruktpos.hub.link import HubTimeouts
    from bruktpos.hub.push import SyncState

log = logging.getLogger(__name__)

SYNC_EVERY_MS = 10 * 60_000

STYLE = """
QLabel#sync_status { border-radius: 8px; padding: 4px 12px; font-size: 16px; font-weight: bold; }
QLabel#sync_status[level="green"] { color: #1e4620; background-color: #dcefdc; }
QLabel#sync_status[level="yellow"] { color: #5a3d00; background-color: #fff0c2; }
QLabel#sync_status[level="red"] { color: #ffffff; background-color: #b3261e; }
"""


class SyncStatus(QLabel):
    """The light in the top bar; hidden while the shop has no hub."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_status")
        self.setStyleSheet(STYLE)
        self.level = "off"
        self.setVisible(False)

    def show_state(self, state: SyncState) -> None:
        self.level = str(state.level)
        if state.level == "off":
            self.setVisible(False)
            return
        last = self._when(state.last_success_at)
        if state.refusal:  # the hub will not take this PC's days: no waiting fixes it, a person must act
            self.setText(self.tr("● Not accepted by the hub"))
            self.setToolTip(refusal_sentence(state))
            self.level = "red"
            self.setProperty("level", self.level)
            repolish(self)
            self.setVisible(True)
            return
        if state.level == "green":
            text = self.tr("● Sent %1").replace("%1", last) if state.last_success_at else self.tr("● Sent")
        elif state.level == "yellow":
            text = self.tr("● Waiting (%1)").replace("%1", str(state.waiting))
        else:
            text = self.tr("● Not sent for 2 days")
        self.setText(text)
        tip = [
            self.tr("Closed days are sent to the chapter's hub as shop %1.").replace("%1", state.shop_code),
            self.tr("Last sent: %1").replace("%1", last if state.last_success_at else self.tr("never")),
        ]
        if state.waiting:
            tip.append(self.tr("Days waiting to be sent: %1").replace("%1", str(state.waiting)))
            if state.last_error and state.last_attempt_at is not None:
                tip.append(
                    self.tr("The last try, %1, did not get through.").replace(
                        "%1", self._when(state.last_attempt_at)
                    )
                )
            if state.next_try_at is not None:
                tip.append(self.tr("Next try after %1.").replace("%1", self._when(state.next_try_at)))
            tip.append(self.tr("They are sent by themselves when the hub can be reached again."))
        if state.level == "red":
            tip.append(self.tr("Nothing has got through for two days: ask the person who runs the hub."))
        self.setToolTip("\n".join(tip))
        self.setProperty("level", self.level)
        repolish(self)
        self.setVisible(True)

    @staticmethod
    def _when(at: datetime | None) -> str:
        if at is None:
            return ""
        local = at.astimezone()
        return f"{local.day}.{local.month}. {format_time(local)}"


def refusal_sentence(state: SyncState) -> str:
    """What happened and what to do, when the hub refused this PC as its shop (hub.identity).

    In the light's own translation context, so the hub settings screen says it in the same words.
    """
    days = QCoreApplication.translate(
        "SyncStatus", "Closed days waiting here: %1. They are not lost."
    ).replace("%1", str(state.waiting))
    if state.refusal == "wrong_login":
        said = QCoreApplication.translate(
            "SyncStatus",
            "The hub did not accept the days: its address is for shop %1, but this till sends as "
            "shop %2. A leader sets the shop code to %1 under Set-up → Chapter hub, or asks the "
            "chapter for this shop's own address.",
        )
        return said.replace("%1", state.refusal_other).replace("%2", state.shop_code) + " " + days
    said = QCoreApplication.translate(
        "SyncStatus",
        "The hub did not accept the days: another PC already sends as shop %1. If this shop has "
        "moved to this PC, ask the person who runs the hub to move shop %1 here. If this is another "
        "shop, a leader types the code the chapter gave it under Set-up → Chapter hub.",
    )
    return said.replace("%1", state.shop_code) + " " + days


class HubSync(QObject):
    """Sends the outbox to the hub off the UI thread and reports the state after each try."""

    state_changed = Signal(object)  # SyncState
    finished = Signal()  # one round (push and/or state) is over

    def __init__(
        self,
        db_path: str | Path,
        *,
        clock: Clock = local_now,
        pool: QThreadPool | None = None,
        interval_ms: int = SYNC_EVERY_MS,
        timeouts: HubTimeouts | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.clock = clock
        self.timeouts = timeouts  # None: hub.link.DEFAULT_TIMEOUTS
        self.pool = pool or QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one push at a time
        self.state: SyncState | None = None
        self._running = False
        self._again: bool | None = None  # a request that came while running (True: forced)
        self._signals: object = None
        self._stop = threading.Event()  # set when the till closes: a push under way gives up at once
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(lambda: self.request(force=False))

    def start(self, first_after_ms: int = 0) -> None:
        """Send in ``first_after_ms`` (if not backing off) and then every ten minutes."""
        self._stop.clear()
        self.timer.start()
        if first_after_ms > 0:
            QTimer.singleShot(first_after_ms, self, self._first_round)
        else:
            self.request(force=False)

    def _first_round(self) -> None:
        if not self._stop.is_set():  # not when the till closed meanwhile
            self.request(force=False)

    def stop(self, wait_ms: int = 5_000) -> None:
        """No more rounds; a push under way is cut off (its days stay waiting) and waited for."""
        self.timer.stop()
        self._stop.set()
        self.pool.waitForDone(wait_ms)

    def request(self, *, force: bool = True, push: bool = True) -> None:
        """A round in the background: push (``force``: even while backing off), then read the state."""
        if self._running:
            self._again = bool(self._again) or force
            return
        self._running = True
        path, clock, stop, timeouts = self.db_path, self.clock, self._stop, self.timeouts
        what = ("sending now" if force else "sending if due") if push else "reading the state"
        log.info("hub sync: %s", what)

        def work(progress: Callable[[int, int], None]) -> SyncState:
            from bruktpos.hub.link import DEFAULT_TIMEOUTS
            from bruktpos.hub.push import push as push_now
            from bruktpos.hub.push import push_if_due, sync_state
            from bruktpos.store.db import connect

            db = connect(path)  # its own connections: the till's stay free
            try:
                if push and not stop.is_set():
                    # Over within hub.link's bound whatever the network does, so a
                    # hub that went silent never holds up the rounds after this one.
                    send = push_now if force else push_if_due
                    result = send(db, clock=clock, stop=stop, timeouts=timeouts or DEFAULT_TIMEOUTS)
                    if result is None:
                        log.info("hub sync: not due yet (backing off after a failure)")
                    elif result.error:
                        log.warning("hub sync: nothing sent, %d waiting: %s", result.waiting, result.error)
                    else:
                        log.info("hub sync: %d day(s) sent, %d waiting", result.days, result.waiting)
                return sync_state(db, clock())
            finally:
                db.dispose()

        job = BackgroundJob(work, reports_progress=True)
        job.signals.finished.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._signals = job.signals
        self.pool.start(job)

    def refresh(self) -> None:
        """Read the state again without sending (after the settings changed)."""
        self.request(force=False, push=False)

    def _done(self, state: SyncState) -> None:
        log.info("hub sync done: %s, %d closed day(s) waiting", state.level, state.waiting)
        self.state = state
        self.state_changed.emit(state)
        self._next()

    def _failed(self, error: Exception) -> None:
        log.warning("hub sync failed (tried again later): %s", type(error).__name__)
        self._next()  # the light keeps its last state; the next round tries again

    def _next(self) -> None:
        self._running = False
        again, self._again = self._again, None
        if again is not None:
            self.request(force=again)
        else:
            self.finished.emit()
