"""``verify``'s checks of the rows that may change, against the journal entries that changed them.

Sales, the journal and the journalled rows never change (store/integrity.py).
Three kinds of rows do change, and each change is journalled, so the
journal says what they must hold now:

* **people and roles** (``users``): ``user_changed`` entries say who was
  created with which name and role, given another role, switched off or on;
  a person the journal does not know, another name or role, or someone
  switched on behind its back (an old PIN given new powers) is named; each
  PIN set is journalled with its hash's seal (``domain.people.pin_seal``),
  so a PIN hash swapped for one whose PIN the swapper knows is named too;
* **the float** (``business_days.opening_float`` and ``opening_count``): a
  day's ``day_opened`` entry holds the float counted when it opened, so a
  float raised afterwards to hide cash taken from the drawer is named;
* **the hub outbox** (``hub_outbox``): each row is written with the Z
  report, in one transaction; its figures must be the Z's, as its journal
  entry holds them, so a summary changed before it reaches the hub is named.

Categories and products are held to their ``category_changed`` and
``product_changed`` entries likewise (store/integrity_catalogue.py).

What is not journalled is not checked here: failed tries and lockouts, an
outbox row's sending state, and a PIN set before the seal was journalled
(from the next PIN change on it is).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bruktpos.domain.people import pin_seal
from bruktpos.store.integrity_catalogue import CatalogueReplay, check_catalogue
from bruktpos.store.journal import Event

# The Z report's name for each figure the hub summary holds alike (services/day.py, hub/outbox.py);
# not "discounts": the Z and the summary count them differently (a demo day shows 115 kr against 102,50).
OUTBOX_FIGURES = {
    "net_sales": "net_sales",
    "gross_sales": "gross_sales",
    "receipts": "receipts",
    "returns": "returns",
    "rounding": "rounding",
    "cafe_sales": "cafe_sales",
    "payments": "by_payment",
}


def check_state(conn: sqlite3.Connection, problems: list[str]) -> None:
    """Append to ``problems`` what the people, floats, outbox and catalogue say against the journal."""
    people: dict[int, dict[str, Any]] = {}
    floats: dict[int, tuple[Any, Any]] = {}
    z_reports: dict[tuple[int | None, str], list[dict[str, Any]]] = {}
    catalogue = CatalogueReplay()
    for entry in conn.execute(
        "SELECT id, event, register_id, details FROM journal WHERE event IN (?, ?, ?, ?, ?) ORDER BY id",
        (Event.USER_CHANGED, Event.DAY_OPENED, Event.Z_REPORT, Event.CATEGORY_CHANGED, Event.PRODUCT_CHANGED),
    ):
        try:
            details = json.loads(entry["details"])
            if entry["event"] == Event.USER_CHANGED:
                _replay_person(people, details)
            elif entry["event"] == Event.CATEGORY_CHANGED:
                catalogue.category(details)
            elif entry["event"] == Event.PRODUCT_CHANGED:
                catalogue.product(details)
            elif entry["event"] == Event.DAY_OPENED:
                floats[int(details["business_day"])] = (details["float"], details["count"])
            else:
                report = details["report"]
                key = (report.get("register_id", entry["register_id"]), str(report["date"]))
                z_reports.setdefault(key, []).append(report)
        except (ValueError, KeyError, TypeError, AttributeError):
            problems.append(f"journal entry #{entry['id']} ({entry['event']}) cannot be read")
            return
    _check_people(conn, people, problems)
    _check_floats(conn, floats, problems)
    _check_outbox(conn, z_reports, problems)
    check_catalogue(conn, catalogue, problems)


def _replay_person(people: dict[int, dict[str, Any]], details: dict[str, Any]) -> None:
    user, action = int(details["user"]), details["action"]
    if action == "created":
        people[user] = {
            "name": details["name"],
            "role": details["role"],
            "active": True,
            "pin": details.get("pin"),
        }
    elif user in people:
        if action == "pin_changed" and "pin" in details:
            people[user]["pin"] = details["pin"]
        elif action == "role_changed":
            people[user]["role"] = details["to"]
        elif action in ("deactivated", "reactivated"):
            people[user]["active"] = action == "reactivated"


def _check_people(conn: sqlite3.Connection, people: dict[int, dict[str, Any]], problems: list[str]) -> None:
    expected = dict(people)
    for row in conn.execute("SELECT id, name, role, active, pin_hash FROM users ORDER BY id"):
        known = expected.pop(row["id"], None)
        who = f"person #{row['id']} ({row['name']})"
        if known is None:
            problems.append(f"{who} was added behind the till's back (no journal entry made them)")
            continue
        stored = {"name": row["name"], "role": row["role"], "active": bool(row["active"])}
        for what, value in stored.items():
            if value != known[what]:
                problems.append(
                    f"{who} was changed behind the till's back: {what} is {value!r}, "
                    f"the journal says {known[what]!r}"
                )
        # Journals from before the seal have none for a PIN set then: checked from the next one on.
        if known["pin"] is not None and pin_seal(row["pin_hash"]) != known["pin"]:
            problems.append(
                f"{who} has a PIN the till never set (its hash was swapped behind the till's back)"
            )
    for user, known in sorted(expected.items()):
        problems.append(f"person #{user} ({known['name']}) was removed")


def _check_floats(conn: sqlite3.Connection, floats: dict[int, tuple[Any, Any]], problems: list[str]) -> None:
    for day in conn.execute(
        "SELECT id, business_date, opening_float, opening_count FROM business_days ORDER BY id"
    ):
        name = f"business day {day['business_date']} (#{day['id']})"
        journalled = floats.get(day["id"])
        if journalled is None:
            problems.append(f"{name} has no journal entry for its opening")
            continue
        try:
            count = json.loads(day["opening_count"])
        except (TypeError, ValueError):
            count = None
        if day["opening_float"] != journalled[0] or count != journalled[1]:
            problems.append(
                f"{name}: the float is {day['opening_float']} øre, but {journalled[0]} øre was counted "
                "when the day opened (the float was changed)"
            )


def _check_outbox(
    conn: sqlite3.Connection,
    z_reports: dict[tuple[int | None, str], list[dict[str, Any]]],
    problems: list[str],
) -> None:
    """Each summary holds the figures of a Z of its day (a corrected day has more than one)."""
    for row in conn.execute("SELECT id, register_id, business_date, payload FROM hub_outbox ORDER BY id"):
        name = f"the hub summary #{row['id']} of {row['business_date']}"
        reports = z_reports.get((row["register_id"], str(row["business_date"])))
        if not reports:
            problems.append(f"{name} has no Z report in the journal")
            continue
        try:
            payload = json.loads(row["payload"])
        except (TypeError, ValueError):
            problems.append(f"{name} cannot be read")
            continue
        if not any(_same_figures(payload, report) for report in reports):
            problems.append(f"{name} was changed: its figures are not the Z report's")


def _same_figures(payload: dict[str, Any], report: dict[str, Any]) -> bool:
    return all(
        payload[figure] == report[in_report]
        for figure, in_report in OUTBOX_FIGURES.items()
        if figure in payload and in_report in report
    )
