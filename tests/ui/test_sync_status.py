"""The till's hub light: green when all is sent, yellow while days wait, red after two quiet days."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from bruktpos.hub.outbox import enqueue_day
from bruktpos.hub.schema import init_hub
from bruktpos.services.settings import SettingsService
from bruktpos.store.models import OutboxEntry, Register
from bruktpos.ui.sync_status import HubSync, SyncStatus


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
