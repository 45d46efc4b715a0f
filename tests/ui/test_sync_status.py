"""The till's hub light: green when all is sent, yellow while days wait, red after two quiet days."""

from __future__ import annotations

import json
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bruktpos.hub.link import DEFAULT_TIMEOUTS
from bruktpos.hub.outbox import enqueue_day
from bruktpos.hub.schema import init_hub
from bruktpos.services.settings import SettingsService
from bruktpos.store.models import OutboxEntry, Register, Setting
from bruktpos.ui.sync_status import HubSync, SyncStatus
from tests.hub.conftest import Hub, pg_cluster, pg_hub, proxy, silent  # noqa: F401 - the hub tests' fixtures
from tests.hub.netfaults import is_commit
from tests.hub.test_push import hub_rows

SHORT = DEFAULT_TIMEOUTS.within(2)


def queue_day(shop, clock, day: date) -> None:
    """A closed day waiting in the outbox (as the Z would leave it)."""
    with shop.db.write() as session:
        register_id = session.scalar(select(Register.id))
        enqueue_day(session, register_id, day, clock())


def set_hub(shop, clock, url: str) -> None:
    SettingsService(shop.db, clock=clock).set("hub_url", url, by=shop.leader)


def run_round(qtbot, sync: HubSync, **kwargs) -> None:
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        sync.request(**kwargs)


def attempts(shop) -> list[int]:
    with shop.db.read() as session:
        return list(session.scalars(select(OutboxEntry.attempts).order_by(OutboxEntry.id)))


def test_light_goes_green_yellow_red_and_green_again(qtbot, shop, clock, tmp_path: Path) -> None:
    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    light = SyncStatus()
    qtbot.addWidget(light)
    sync = HubSync(shop.db.path, clock=clock)
    sync.state_changed.connect(light.show_state)

    # No hub set: nothing to show.
    run_round(qtbot, sync, force=False)
    assert light.level == "off" and not light.isVisible()

    set_hub(shop, clock, hub)
    queue_day(shop, clock, date(2026, 11, 11))
    run_round(qtbot, sync, force=False)
    assert light.level == "green"
    assert light.text().startswith("● Sent")
    assert "12.11." in light.text()  # the time of the last success
    assert "as shop S001" in light.toolTip()

    # The network goes: the next day waits, yellow with the count.
    set_hub(shop, clock, f"sqlite:///{tmp_path / 'gone' / 'nowhere' / 'hub.sqlite3'}")
    clock.advance(days=1)
    queue_day(shop, clock, date(2026, 11, 12))
    run_round(qtbot, sync, force=False)
    assert light.level == "yellow"
    assert light.text() == "● Waiting (1)"
    assert attempts(shop) == [0, 1]

    # Backing off: the timer's next round (a minute later) does not knock again.
    clock.advance(seconds=30)
    run_round(qtbot, sync, force=False)
    assert attempts(shop) == [0, 1]

    # Two days and more without getting through: red, and the tooltip says what to do.
    clock.advance(days=2, hours=1)
    run_round(qtbot, sync, push=False)
    assert light.level == "red"
    assert light.text() == "● Not sent for 2 days"
    assert "ask the person who runs the hub" in light.toolTip()

    # The hub is back (a leader fixes the address): everything goes, green.
    set_hub(shop, clock, hub)
    run_round(qtbot, sync, force=True)
    assert light.level == "green"
    assert sync.state is not None and sync.state.waiting == 0


def test_till_top_bar_shows_the_light_and_syncs_on_request(qtbot, till, tmp_path: Path) -> None:
    window = till.window
    assert window.sync_status.parent() is window.top_bar
    qtbot.waitUntil(lambda: not window.hub_sync._running, timeout=20_000)
    assert not window.sync_status.isVisible()  # no hub yet

    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    clock = window.context.checkout.clock
    set_hub(till.shop, clock, hub)
    queue_day(till.shop, clock, clock().date() - timedelta(days=1))
    with qtbot.waitSignal(window.hub_sync.finished, timeout=20_000):
        window.request_sync()
    assert window.sync_status.isVisible()
    assert window.sync_status.level == "green"
    assert window.hub_sync.timer.isActive() and window.hub_sync.timer.interval() == 10 * 60_000

    # A Z report sends at once: the close screen's z_taken asks the window to sync.
    queue_day(till.shop, clock, clock().date())
    with qtbot.waitSignal(window.hub_sync.finished, timeout=20_000):
        window.day_screens.close_screen.z_taken.emit(None)
    assert window.hub_sync.state.waiting == 0


def test_requests_while_a_round_runs_are_kept_for_one_more_round(qtbot, shop, clock) -> None:
    sync = HubSync(shop.db.path, clock=clock)
    rounds: list[object] = []
    sync.state_changed.connect(rounds.append)
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        sync.request(force=False)
        sync.request(force=True)
        sync.request(force=False)
    assert len(rounds) == 2


def test_the_background_sync_recovers_by_itself_after_the_link_died_mid_push(
    qtbot, request, shop, clock
) -> None:
    hub: Hub = request.getfixturevalue("pg_hub")
    link = request.getfixturevalue("proxy")
    light = SyncStatus()
    qtbot.addWidget(light)
    sync = HubSync(shop.db.path, clock=clock, interval_ms=200, timeouts=SHORT)
    sync.state_changed.connect(light.show_state)
    set_hub(shop, clock, link.url(hub.shop_url("S001")))
    queue_day(shop, clock, date(2026, 11, 11))

    # The link dies just before the commit: the round still ends, within the bound.
    link.restore(cut_when=is_commit)
    started = time.monotonic()
    run_round(qtbot, sync, force=False)
    assert link.dead.is_set() and time.monotonic() - started < SHORT.bound_s + 1.5
    assert light.level == "yellow" and light.text() == "● Waiting (1)"
    assert "did not get through" in light.toolTip() and "Next try after" in light.toolTip()
    assert attempts(shop) == [1]
    assert hub_rows(hub) == []  # nothing half-sent

    # The link comes back; the till's own timer sends once the back-off is over, with no one asking.
    link.restore()
    clock.advance(minutes=1)
    sync.start()
    qtbot.waitUntil(lambda: light.level == "green", timeout=15_000)
    sync.stop()
    assert attempts(shop) == [1] and [r[2] for r in hub_rows(hub)] == [date(2026, 11, 11)]
    assert "did not get through" not in light.toolTip()


def test_closing_the_till_cuts_a_push_under_way_at_once(qtbot, request, shop, clock) -> None:
    server = request.getfixturevalue("silent")
    set_hub(shop, clock, server.url())
    queue_day(shop, clock, date(2026, 11, 11))
    sync = HubSync(shop.db.path, clock=clock)  # the real bound: a minute
    sync.request(force=True)
    qtbot.waitUntil(lambda: bool(server.accepted), timeout=5_000)  # knocking at a hub that never answers
    started = time.monotonic()
    sync.stop()
    assert time.monotonic() - started < 2.5  # not the minute of the bound
    assert sync.pool.activeThreadCount() == 0
    with shop.db.read() as session:
        state = json.loads(session.scalar(select(Setting.value).where(Setting.key == "hub.sync_state")))
    assert "stopped" in state["last_error"]
    assert state.get("failures") is None and state.get("next_try_at") is None  # not the hub's fault


@pytest.fixture(params=["nb", "en"])
def language(request, qapp):
    """Bokmål (the till's own) or English."""
    from bruktpos.ui.look import install_translators

    translators = install_translators(qapp, request.param) if request.param == "nb" else []
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_hub_that_refuses_this_pc_says_what_happened_and_what_to_do(
    qtbot, language, shop, clock, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from bruktpos.hub.schema import hub_engine, shop_installations, shops

    hub = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(hub)
    engine = hub_engine(hub)
    with engine.begin() as conn:  # S001 already sends from another PC
        now = datetime(2026, 11, 30, 12, tzinfo=UTC)
        conn.execute(shops.insert().values(code="S001", name="Sentrum", created_at=now))
        conn.execute(
            shop_installations.insert().values(shop_code="S001", installation_id="other", bound_at=now)
        )
    engine.dispose()
    light = SyncStatus()
    qtbot.addWidget(light)
    sync = HubSync(shop.db.path, clock=clock)
    sync.state_changed.connect(light.show_state)
    set_hub(shop, clock, hub)
    queue_day(shop, clock, date(2026, 11, 30))
    run_round(qtbot, sync)

    assert light.level == "red" and light.isVisible()
    tip = light.toolTip()
    if language == "nb":
        assert light.text() == "● Ikke tatt imot av huben"
        assert "en annen PC sender allerede som butikk S001" in tip
        assert "Avsluttede dager som venter her: 1. De er ikke tapt." in tip
    else:
        assert light.text() == "● Not accepted by the hub"
        assert "another PC already sends as shop S001" in tip
        assert "move shop S001 here" in tip and "Closed days waiting here: 1. They are not lost." in tip
    assert "rebind" not in tip  # the till speaks to the shop, not in commands
