"""A fake CUPS ``lp`` and ``lpstat`` on ``PATH``, for receipt printers set up in the computer.

Both are real programs run by a real subprocess. ``lp`` keeps each job it is
given (its arguments, and the bytes it read from its standard input, as a
raw receipt job sends them) and answers like CUPS' ``lp`` when the queue is
missing or not taking jobs; ``lpstat -p`` says whether a queue is idle or
stopped. The test tells them how to behave by files in ``out``:
:meth:`FakeQueue.fail` makes the next jobs fail with ``lp``'s own words,
:meth:`FakeQueue.stop` stops a queue (``lpstat`` says "disabled").
(The label printer's fake, which copies files, is in
``tests/integration/test_label_printer.py``.)
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUES = ("Kvittering", "Kasse 2")  # the queues this computer has

FAKE_LP = """#!{python}
import json, os, sys
out = {out!r}
args = sys.argv[1:]
queue = args[args.index("-d") + 1] if "-d" in args else ""
if queue not in {queues!r}:
    sys.stderr.write("lp: The printer or class does not exist.\\n")
    sys.exit(1)
if os.path.exists(os.path.join(out, "stopped-" + queue)):
    sys.stderr.write('lp: Destination "%s" is not accepting jobs.\\n' % queue)
    sys.exit(1)
fail = os.path.join(out, "fail.json")
if os.path.exists(fail):
    with open(fail) as f:
        code, said = json.load(f)
    sys.stderr.write(said + "\\n")
    sys.exit(code)
data = sys.stdin.buffer.read()
job = len([n for n in os.listdir(out) if n.endswith(".json") and n.startswith("job")]) + 1
with open(os.path.join(out, "job%d.bin" % job), "wb") as f:
    f.write(data)
with open(os.path.join(out, "job%d.json" % job), "w") as f:
    json.dump(args, f)
print("request id is %s-%d (0 file(s))" % (queue, job))
"""

FAKE_LPSTAT = """#!{python}
import os, sys
out = {out!r}
args = sys.argv[1:]
queue = args[args.index("-p") + 1] if "-p" in args else ""
if queue not in {queues!r}:
    sys.stderr.write('lpstat: Invalid destination name in list "%s".\\n' % queue)
    sys.exit(1)
if os.path.exists(os.path.join(out, "stopped-" + queue)):
    print("printer %s disabled since Wed 02 Dec 2026 10:00:00 -\\n\\tPaused" % queue)
else:
    print("printer %s is idle.  enabled since Wed 02 Dec 2026 09:00:00" % queue)
"""


@dataclass
class FakeQueue:
    bin: Path
    out: Path

    def jobs(self) -> list[tuple[list[str], bytes]]:
        """Every job ``lp`` took: its arguments and the bytes it got."""
        found = []
        for args in sorted(self.out.glob("job*.json"), key=lambda p: int(p.stem[3:])):
            found.append((json.loads(args.read_text()), args.with_suffix(".bin").read_bytes()))
        return found

    def fail(self, said: str = "lp: Unsupported document-format.", code: int = 1) -> None:
        """From now on ``lp`` refuses every job with ``said`` and exit ``code``."""
        (self.out / "fail.json").write_text(json.dumps([code, said]))

    def works(self) -> None:
        (self.out / "fail.json").unlink(missing_ok=True)

    def stop(self, queue: str = QUEUES[0]) -> None:
        """The queue is stopped (``lpstat`` says disabled, ``lp`` says it is not accepting jobs)."""
        (self.out / f"stopped-{queue}").touch()

    def without_lpstat(self) -> None:
        (self.bin / "lpstat").unlink()


def _script(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


@pytest.fixture
def fake_queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeQueue]:
    """``lp`` and ``lpstat`` first on ``PATH``, serving the queues in :data:`QUEUES`."""
    folder, out = tmp_path / "lp-bin", tmp_path / "lp-jobs"
    folder.mkdir()
    out.mkdir()
    for name, text in (("lp", FAKE_LP), ("lpstat", FAKE_LPSTAT)):
        _script(folder / name, text.format(python=sys.executable, out=str(out), queues=QUEUES))
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    yield FakeQueue(folder, out)
