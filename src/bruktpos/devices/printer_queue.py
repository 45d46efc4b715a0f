"""A receipt printer set up in the computer: the whole job goes through the system's print queue.

On Linux and macOS the job is handed to CUPS with ``lp -d QUEUE -o raw``
(the ``lp`` command is part of every CUPS install, so this needs no Python
package); on Windows it goes to the spooler as a RAW document through
python-escpos' ``Win32Raw`` (pywin32, which python-escpos' ``win32`` extra
installs there), imported only on Windows.

:class:`QueuePrinter` is a python-escpos printer that keeps every byte of a
job and hands the lot to the queue when it is closed, so a job that fails
half-way is thrown away whole (:meth:`QueuePrinter.discard`) and never
half-printed. A queue cannot be asked how the printer is (paper, cover):
``lp`` only says whether the queue took the job. What it can say is turned
into :class:`~bruktpos.domain.errors.PrinterError`: no ``lp`` command, a
queue that does not exist, one that is stopped or not taking jobs. A job
the queue refused is a receipt that did not print, so the till keeps
offering to print it again.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from typing import Any

from escpos.escpos import Escpos

from bruktpos.domain.errors import PrinterError

log = logging.getLogger(__name__)

LP_TIMEOUT = 20.0  # seconds for lp to hand the job to the queue (it does not wait for paper)
JOB_NAME = "BruktPOS"
PLATFORM = sys.platform  # "win32": the Windows spooler; anything else: lp
# What lp and lpstat (CUPS) say when the queue is missing, or not taking jobs.
_MISSING = (
    "does not exist",
    "unknown destination",
    "no default destination",
    "not found",
    "invalid destination",
)
_NOT_TAKING = ("not accepting", "scheduler not responding", "unable to connect", "connection refused")


def lp_failure_kind(said: str) -> str:
    """The :class:`PrinterError` kind for what ``lp`` wrote when it refused a job."""
    text = said.casefold()
    if any(words in text for words in _MISSING):
        return PrinterError.NOT_FOUND
    if any(words in text for words in _NOT_TAKING):
        return PrinterError.OFFLINE
    return PrinterError.FAILED


def find_command(name: str) -> str | None:
    """Where ``name`` is on ``PATH`` now (looked up at each job, so a test's PATH counts)."""
    return shutil.which(name, path=os.environ.get("PATH", os.defpath))


class QueuePrinter(Escpos):  # type: ignore[misc]  # python-escpos has no type hints
    """The queue ``queue`` of this computer, as a python-escpos printer.

    Nothing reaches the queue before :meth:`close`. ``platform`` picks the
    route (:data:`PLATFORM`, this computer's, by default): ``"win32"`` is the Windows spooler,
    anything else ``lp``. Raises :class:`PrinterError` and nothing else from
    :meth:`open` and :meth:`close`.
    """

    def __init__(
        self,
        queue: str,
        *,
        command: str = "lp",
        timeout: float = LP_TIMEOUT,
        platform: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if not queue.strip():
            raise ValueError("the printer queue needs a name")
        self.queue = queue.strip()
        self.command = command
        self.timeout = timeout
        self.platform = platform or PLATFORM
        self._job = bytearray()
        self._device: bytearray | bool = False  # the job while open, False when closed

    @property
    def address(self) -> str:
        return f"queue {self.queue}"

    def open(self) -> None:
        """Start a job; on Linux and macOS, check first that there is an ``lp`` and the queue takes jobs."""
        self._job = bytearray()
        if self.platform != "win32":
            self._lp()
            self._check_queue()
        self._device = self._job  # opened: python-escpos' device property does not open it again

    def _raw(self, msg: bytes) -> None:
        self._job += msg

    def discard(self) -> None:
        """Throw away the job so far: nothing goes to the queue."""
        self._job.clear()

    def close(self) -> None:
        """Hand the job to the queue (nothing when it is empty)."""
        data, self._job = bytes(self._job), bytearray()
        self._device = False  # closed
        if not data:
            return
        if self.platform == "win32":
            self._spool(data)
        else:
            self._send_lp(data)

    # --- Linux and macOS: lp -----------------------------------------------

    def _lp(self) -> str:
        lp = find_command(self.command)
        if lp is None:
            raise PrinterError(
                PrinterError.NO_PRINT_SYSTEM,
                f"{self.address}: the {self.command!r} command is not installed (CUPS)",
            )
        return lp

    def _check_queue(self) -> None:
        """A stopped queue would keep the receipt (and a drawer kick) and print it later, by itself:
        ``lpstat -p`` is asked first when there is one, and a stopped queue gets nothing."""
        lpstat = find_command("lpstat")
        if lpstat is None:
            return
        try:
            done = subprocess.run(
                [lpstat, "-p", self.queue],
                capture_output=True,
                text=True,
                timeout=self.timeout,
                check=False,
                env={**os.environ, "LC_ALL": "C"},  # its words are read below
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.info("%s: lpstat could not be asked: %s", self.address, exc)
            return
        said = (done.stdout + done.stderr).strip()
        if done.returncode != 0:
            raise PrinterError(
                lp_failure_kind(said) if said else PrinterError.NOT_FOUND, f"{self.address}: {said}"
            )
        if " disabled" in said.casefold():
            raise PrinterError(PrinterError.OFFLINE, f"{self.address}: the queue is stopped: {said}")

    def _send_lp(self, data: bytes) -> None:
        command = [self._lp(), "-d", self.queue, "-t", JOB_NAME, "-o", "raw"]
        try:
            done = subprocess.run(command, input=data, capture_output=True, timeout=self.timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise PrinterError(PrinterError.OFFLINE, f"{self.address}: lp did not answer") from exc
        except OSError as exc:
            raise PrinterError(PrinterError.FAILED, f"{self.address}: {exc}") from exc
        said = (done.stderr or done.stdout or b"").decode(errors="replace").strip()
        if done.returncode != 0:
            raise PrinterError(lp_failure_kind(said), f"{self.address}: lp exit {done.returncode}: {said}")
        log.info("receipt job sent to %s: %s", self.address, said)

    # --- Windows: the spooler ------------------------------------------------

    def _spool(self, data: bytes) -> None:
        from escpos.printer import win32raw  # pywin32: only on Windows

        if not win32raw.is_usable():
            raise PrinterError(PrinterError.NO_PRINT_SYSTEM, f"{self.address}: pywin32 is not installed")
        spooler = win32raw.Win32Raw(self.queue)
        spooler.open(job_name=JOB_NAME)  # a queue that does not exist: DeviceNotFoundError
        try:
            spooler._raw(data)
        finally:
            spooler.close()
        log.info("receipt job sent to %s (Windows spooler)", self.address)
