"""The label printer through the computer's print queue, with a fake ``lp`` on PATH.

The fake is a real program run by a real subprocess: it keeps what it was
given (its arguments and a copy of each file), and answers like CUPS' ``lp``
when the queue is missing or not taking jobs.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from escpos.printer import Dummy
from PIL import Image

from bruktpos.devices.label_printer import LabelQueue, label_printer_for, print_labels
from bruktpos.devices.labels import LabelData, label_image, mark_for
from bruktpos.devices.printer import PrinterConfig, ReceiptPrinter
from bruktpos.domain.codes import make_item_code
from bruktpos.domain.errors import LabelPrinterError, PrinterError

FAKE_LP = """#!{python}
import json, os, shutil, sys
out = {out!r}
args = sys.argv[1:]
queue = args[args.index("-d") + 1] if "-d" in args else ""
if queue == "missing":
    sys.stderr.write("lp: The printer or class does not exist.\\n")
    sys.exit(1)
if queue == "paused":
    sys.stderr.write('lp: Destination "paused" is not accepting jobs.\\n')
    sys.exit(1)
if queue == "broken":
    sys.stderr.write("lp: Unsupported document-format.\\n")
    sys.exit(1)
job = len([n for n in os.listdir(out) if n.endswith(".json")]) + 1
files = [a for a in args if os.path.isfile(a)]
for n, path in enumerate(files):
    shutil.copy(path, os.path.join(out, "job%d-%d.png" % (job, n)))
with open(os.path.join(out, "job%d.json" % job), "w") as f:
    json.dump(args, f)
print("request id is %s-%d (%d file(s))" % (queue, job, len(files)))
"""


@dataclass
class FakeLp:
    bin: Path
    out: Path

    def jobs(self) -> list[list[str]]:
        return [json.loads(p.read_text()) for p in sorted(self.out.glob("job*.json"))]

    def images(self, job: int = 1) -> list[Image.Image]:
        return [Image.open(p) for p in sorted(self.out.glob(f"job{job}-*.png"))]


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeLp:
    folder, out = tmp_path / "bin", tmp_path / "printed"
    folder.mkdir()
    out.mkdir()
    script = folder / "lp"
    script.write_text(FAKE_LP.format(python=sys.executable, out=str(out)), encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    return FakeLp(folder, out)


def labels(n: int) -> list[LabelData]:
    return [
        LabelData(
            make_item_code(12, 100 + i),
            4900 + 100 * i,
            f"Bøker: bok {i}",
            "Eidsvoll",
            mark_for(date(2026, 11, 2)),
        )
        for i in range(n)
    ]


def decode(image: Image.Image) -> list[str]:
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.EAN13)
    return [r.text for r in found]


@pytest.mark.parametrize("dpi", [203, 300])
def test_labels_go_through_the_queue_as_pictures_that_scan(fake_lp: FakeLp, dpi: int) -> None:
    wanted = labels(3)
    print_labels(LabelQueue("Etiketter"), wanted, dpi=dpi)
    (args,) = fake_lp.jobs()  # one job for the lot
    assert args[:2] == ["-d", "Etiketter"]
    assert f"ppi={dpi}" in args  # the driver prints them at their real size
    printed = fake_lp.images()
    assert len(printed) == 3
    for label, image in zip(wanted, printed, strict=True):
        assert image.format == "PNG"
        assert round(image.info["dpi"][0]) == dpi
        assert image.size == label_image(label, dpi=dpi).size
        assert decode(image) == [label.code]


def test_no_lp_command_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a computer without CUPS' lp
    with pytest.raises(LabelPrinterError) as error:
        print_labels(LabelQueue("Etiketter"), labels(1), dpi=203)
    assert error.value.kind == LabelPrinterError.NO_PRINT_SYSTEM
    assert "not installed" in error.value.detail
    assert isinstance(error.value, PrinterError)  # the till's one thing to catch


@pytest.mark.parametrize(
    ("queue", "kind", "said"),
    [
        ("missing", PrinterError.NOT_FOUND, "does not exist"),
        ("paused", PrinterError.OFFLINE, "not accepting jobs"),
        ("broken", PrinterError.FAILED, "Unsupported"),
    ],
)
def test_what_lp_says_becomes_a_typed_error(fake_lp: FakeLp, queue: str, kind: str, said: str) -> None:
    with pytest.raises(LabelPrinterError) as error:
        LabelQueue(queue).print_images([label_image(labels(1)[0])])
    assert error.value.kind == kind
    assert said in error.value.detail and queue in error.value.detail
    assert fake_lp.jobs() == []  # nothing half-sent


def test_the_setting_names_the_printer(fake_lp: FakeLp) -> None:
    made: list[PrinterConfig] = []
    device = Dummy()

    def escpos(config: PrinterConfig) -> ReceiptPrinter:
        made.append(config)
        return ReceiptPrinter(config, device=device)

    assert label_printer_for({}, escpos=escpos) is None
    assert label_printer_for({"kind": "none"}, escpos=escpos) is None
    queue = label_printer_for({"kind": "cups", "cups_printer": "Zebra"}, escpos=escpos)
    assert isinstance(queue, LabelQueue) and queue.queue == "Zebra"
    network = label_printer_for({"kind": "network", "host": "192.0.2.20"}, escpos=escpos)
    assert made and made[0].host == "192.0.2.20"
    assert network is not None
    print_labels(network, labels(2), dpi=203)
    assert device.output.count(b"\x1dv0") == 2  # ESC/POS raster images, not through lp
    assert fake_lp.jobs() == []
    with pytest.raises(LabelPrinterError) as error:
        label_printer_for({"kind": "fax"}, escpos=escpos)
    assert error.value.kind == PrinterError.NOT_CONFIGURED


def test_an_escpos_failure_is_a_label_printer_error() -> None:
    class Off:
        def print_images(self, images, *, cut: bool = True) -> None:
            raise PrinterError(PrinterError.OFFLINE, "network 192.0.2.20:9100: timed out")

    with pytest.raises(LabelPrinterError) as error:
        print_labels(Off(), labels(1), dpi=203)
    assert (error.value.kind, error.value.code) == (PrinterError.OFFLINE, "label_printer_error")
