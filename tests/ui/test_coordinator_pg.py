"""The coordinators' overview on a real PostgreSQL hub, read with a coordinator's own login."""

from __future__ import annotations

from bruktpos.hub.push_path import send_through_push_path
from bruktpos.hub.schema import hub_engine
from bruktpos.ui.coordinator.window import CoordinatorWindow
from tests.conftest import FakeClock
from tests.hub.conftest import Hub, pg_cluster, pg_hub  # noqa: F401 - the hub helper's fixtures, used here
from tests.ui.coordinator_hub import NOW, SHOPS, chapter_rows


def test_overview_with_flags_on_postgresql(qtbot, request) -> None:
    hub: Hub = request.getfixturevalue("pg_hub")
    rows, sync = chapter_rows()
    for code, name in SHOPS:
        # Each shop sends its own rows with its own login, through the hub's push path.
        engine = hub_engine(hub.shop_url(code, name))
        contact = next(r for r in sync if r["shop_code"] == code)
        with engine.begin() as conn:
            days = [r for r in rows if r["shop_code"] == code]
            send_through_push_path(
                conn,
                code,
                f"installation-{code}",
                contact["last_contact_at"],
                contact["last_business_date"],
                days,
                [],
                [],
            )
        engine.dispose()

    window = CoordinatorWindow(hub.coordinator_url(), clock=FakeClock(NOW))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.show()
    overview = window.overview
    assert overview is not None
    assert [s.code for s in overview.shops] == ["S001", "S002", "S003"]
    eidsvoll = overview.shops[0]
    assert eidsvoll.net_sales == 4_016_00 + 4_017_00
    assert eidsvoll.last_year == 2 * 3_000_00
    assert [s.code for s in overview.silent_shops()] == ["S003"]
    assert [(f.shop_code, f.difference) for f in overview.cash_flags(100_00)] == [("S002", -350_00)]
    assert overview.category_mix["Klær dame"] > overview.category_mix["Bøker"]
    assert "Gjøvik" in window.silent_badge.text()
    window.pool.waitForDone(10_000)
