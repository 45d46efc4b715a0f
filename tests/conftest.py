"""Shared fixtures, and the rule that a skipped test fails the run.

CI must never pass by leaving something out: a test that cannot run here
(say, PostgreSQL is missing) is a failure to fix, not a skip to ignore.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The runs the tests start log to a folder of their own, never the user's log;
# pytest keeps its own faulthandler (tests/integration/test_logs.py crashes one for real).
os.environ.setdefault("BRUKTPOS_LOG_DIR", tempfile.mkdtemp(prefix="bruktpos-test-logs-"))
os.environ.setdefault("BRUKTPOS_FAULTHANDLER", "0")
# Which register this PC is (per shop file) goes to a folder of the run's own, never the user's config.
os.environ.setdefault("BRUKTPOS_CONFIG_DIR", tempfile.mkdtemp(prefix="bruktpos-test-config-"))

OSLO = ZoneInfo("Europe/Oslo")
_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _skipped and exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped:
        terminalreporter.write_line(
            f"FAILED: {len(_skipped)} test(s) were skipped; nothing may be skipped: "
            + ", ".join(_skipped[:5]),
            red=True,
        )


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 12, 14, 3, 0, tzinfo=OSLO)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def shop_template(tmp_path_factory: pytest.TempPathFactory):  # -> tests.integration.conftest.Shop
    """The test shop, made once per run (RSA keys and PIN hashes are slow) and copied per test."""
    from tests.integration.conftest import make_shop

    made = make_shop(tmp_path_factory.mktemp("template") / "shop.sqlite3", FakeClock())
    made.close()
    return made


@pytest.fixture
def shop(shop_template, tmp_path: Path, clock: FakeClock) -> Iterator:
    """A fresh copy of the test shop on its own file, with the test's clock."""
    from tests.integration.conftest import copy_shop

    made = copy_shop(shop_template, tmp_path / "shop.sqlite3", clock)
    yield made
    made.close()
