"""The label printer: label images through the computer's printer queue, or ESC/POS.

The shop's ``label_printer`` setting has the receipt printer's shape
(:class:`~bruktpos.devices.printer.PrinterConfig`). A label printer set up
in the computer (kind ``cups``) gets each label as a PNG at its own
resolution through the system's queue with the ``lp`` command, so the
printer's own driver (Zebra, Brother, DYMO …) turns it into dots. Any other
kind (USB, network, serial, file) is a label printer that speaks ESC/POS
and gets the image as a raster through python-escpos.

Everything that goes wrong comes out as one
:class:`~bruktpos.domain.errors.LabelPrinterError`: by then the items are
saved, and their labels can be printed again from the inventory. Nothing
here imports Qt.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from PIL import Image

from bruktpos.devices.labels import LabelData, label_image
from bruktpos.devices.printer import PrinterConfig
from bruktpos.domain.errors import LabelPrinterError, PrinterError

log = logging.getLogger(__name__)

LP_TIMEOUT = 20.0  # seconds for lp to hand the job to the queue (it does not wait for paper)
DPIS = (203, 300)  # what label printers print at
# What lp (CUPS) says when the queue is missing, or not taking jobs.
_MISSING = ("does not exist", "unknown destination", "no default destination", "not found")
_NOT_TAKING = ("not accepting", "scheduler not responding", "unable to connect", "connection refused")


class LabelPrinter(Protocol):
    """Anything that prints label images: :class:`LabelQueue`, or a ``ReceiptPrinter`` on ESC/POS."""

    def print_images(self, images: Sequence[Image.Image], *, cut: bool = True) -> object:
        """Print the images; what comes back (a receipt printer's status) is not needed for labels."""
        ...


class LabelQueue:
    """A label printer set up in the computer (CUPS): images go to its queue with ``lp``.

    ``lp`` is looked up on ``PATH`` when a job is sent, so a missing CUPS
    client is an error at that moment, never at start.
    """

    def __init__(self, queue: str, *, command: str = "lp", timeout: float = LP_TIMEOUT) -> None:
        if not queue.strip():
            raise ValueError("the printer queue needs a name")
        self.queue = queue.strip()
        self.command = command
        self.timeout = timeout

    @property
    def address(self) -> str:
        return f"queue {self.queue}"

    def print_images(self, images: Sequence[Image.Image], *, cut: bool = True) -> None:
        """Send the images as one job (one PNG file each, at the resolution they were drawn at).

        ``cut`` is the printer driver's business here; it is accepted so
        this prints wherever a receipt printer's ``print_images`` does.
        """
        if not images:
            return
        lp = shutil.which(self.command, path=os.environ.get("PATH", os.defpath))
        if lp is None:
            raise LabelPrinterError(
                LabelPrinterError.NO_PRINT_SYSTEM,
                f"{self.address}: the {self.command!r} command is not installed (CUPS)",
            )
        with tempfile.TemporaryDirectory(prefix="bruktpos-labels-") as folder:
            files = []
            for n, image in enumerate(images, start=1):
                path = Path(folder) / f"label-{n:03d}.png"
                image.save(path, format="PNG", dpi=image.info.get("dpi", (DPIS[0], DPIS[0])))
                files.append(str(path))
            dpi = round(images[0].info.get("dpi", (DPIS[0], DPIS[0]))[0])
            # lp copies the files into the queue before it returns, so the folder may go after.
            command = [lp, "-d", self.queue, "-t", "BruktPOS", "-o", f"ppi={dpi}", *files]
            try:
                done = subprocess.run(
                    command, capture_output=True, text=True, timeout=self.timeout, check=False
                )
            except subprocess.TimeoutExpired as exc:
                raise LabelPrinterError(PrinterError.OFFLINE, f"{self.address}: lp did not answer") from exc
            except OSError as exc:
                raise LabelPrinterError(PrinterError.FAILED, f"{self.address}: {exc}") from exc
        if done.returncode != 0:
            said = (done.stderr or done.stdout or "").strip()
            raise LabelPrinterError(_kind_of(said), f"{self.address}: lp exit {done.returncode}: {said}")
        log.info("labels sent to %s: %s", self.address, (done.stdout or "").strip())


def _kind_of(said: str) -> str:
    text = said.casefold()
    if any(words in text for words in _MISSING):
        return PrinterError.NOT_FOUND
    if any(words in text for words in _NOT_TAKING):
        return PrinterError.OFFLINE
    return PrinterError.FAILED


def label_printer_for(
    stored: Mapping[str, Any], *, escpos: Callable[[PrinterConfig], LabelPrinter]
) -> LabelPrinter | None:
    """The printer the ``label_printer`` setting names, or ``None`` when labels go on A4 sheets.

    Kind ``cups`` is a :class:`LabelQueue`; any other kind is made by
    ``escpos`` (normally ``ReceiptPrinter``). A setting that cannot be read
    is a :class:`LabelPrinterError` (``printer_not_configured``).
    """
    if not stored or stored.get("kind", "none") == "none":
        return None
    try:
        config = PrinterConfig.from_dict(stored)
    except ValueError as error:
        raise LabelPrinterError(PrinterError.NOT_CONFIGURED, str(error)) from error
    if config.kind == "cups":
        return LabelQueue(config.cups_printer)
    try:
        return escpos(config)
    except LabelPrinterError:
        raise
    except PrinterError as error:
        raise LabelPrinterError(error.kind, error.detail) from error


def print_labels(printer: LabelPrinter, labels: Sequence[LabelData], *, dpi: int) -> None:
    """Draw the labels at ``dpi`` and print them; any failure is a :class:`LabelPrinterError`."""
    try:
        printer.print_images([label_image(label, dpi=dpi) for label in labels])
    except LabelPrinterError:
        raise
    except PrinterError as error:
        raise LabelPrinterError(error.kind, error.detail) from error
    except ValueError as error:  # a label too narrow for a barcode at this resolution
        raise LabelPrinterError(PrinterError.FAILED, str(error)) from error
