"""A demo chapter: N demo shops with different histories, given hub logins and synced.

    .venv/bin/python scripts/demo_chapter.py --hub sqlite:////tmp/chapter/hub.sqlite3 \
        --shops 20 --days 60 --out /tmp/chapter

Each shop is a normal demo shop (``bruktpos demo-data --shop S007``): its own
seed, size and length of history, its days opened and closed with a Z, so
each closed day waits in its outbox. The hub is set up (``hub init``), each
shop gets its login (``hub add-shop``; on PostgreSQL a role under row-level
security) and its ``hub_url`` setting, and then pushes. The last ``--silent``
shops stopped four days ago and last got through then, so the coordinators'
view has a shop to flag. Shops are built in parallel processes (``--jobs``).
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

TOWNS = (
    "Eidsvoll",
    "Hamar",
    "Gjøvik",
    "Lillehammer",
    "Elverum",
    "Kongsvinger",
    "Jessheim",
    "Raufoss",
    "Brumunddal",
    "Moelv",
    "Stange",
    "Løten",
    "Trysil",
    "Tynset",
    "Otta",
    "Dokka",
    "Skarnes",
    "Flisa",
    "Rena",
    "Koppang",
)


@dataclass(frozen=True)
class PlannedShop:
    code: str
    name: str
    number: int
    seed: int
    days: int
    sales_per_day: int
    end: date
    silent: bool


def plan(shops: int, days: int, *, silent: int = 1, today: date | None = None) -> list[PlannedShop]:
    """Shops of different sizes and ages: some opened later, the last ``silent`` went quiet."""
    yesterday = (today or date.today()) - timedelta(days=1)
    planned = []
    for n in range(1, shops + 1):
        quiet = n > shops - silent
        age = days if n % 4 else max(days * 2 // 3, 7)  # every fourth shop opened later
        planned.append(
            PlannedShop(
                code=f"S{n:03d}",
                name=f"Bruktbutikken {TOWNS[(n - 1) % len(TOWNS)]}"
                + (f" {(n - 1) // len(TOWNS) + 1}" if n > len(TOWNS) else ""),
                number=n,
                seed=n,
                days=age,
                sales_per_day=18 + (n * 11) % 35,
                end=yesterday - timedelta(days=4) if quiet else yesterday,
                silent=quiet,
            )
        )
    return planned


def _build(shop: PlannedShop, folder: Path) -> tuple[str, str]:
    """One demo shop (in a worker process); a seed the generator trips on is swapped for another."""
    from bruktpos.services.demo import build_demo

    path = folder / f"{shop.code}.sqlite3"
    problem = ""
    for attempt in range(4):
        for leftover in folder.glob(f"{shop.code}.sqlite3*"):
            leftover.unlink()
        try:
            build_demo(
                path,
                days=shop.days,
                seed=shop.seed + 1000 * attempt,
                end=shop.end,
                sales_per_day=shop.sales_per_day,
                stock=150,
                shop_name=shop.name,
                shop_number=shop.number,
                shop_code=shop.code,
            )
            return str(path), problem
        except Exception as exc:
            problem += f"seed {shop.seed + 1000 * attempt}: {type(exc).__name__}: {exc}; "
    raise RuntimeError(f"{shop.code}: no demo could be built ({problem})")


def build_chapter(hub_url: str, shops: int, days: int, out: Path, *, jobs: int = 2, silent: int = 1) -> int:
    from bruktpos.domain.roles import Role
    from bruktpos.hub.push import push
    from bruktpos.hub.roles import add_shop
    from bruktpos.hub.schema import init_hub, safe_url
    from bruktpos.services.settings import SettingsService
    from bruktpos.services.users import Operator, UserService
    from bruktpos.store.db import connect

    out.mkdir(parents=True, exist_ok=True)
    init_hub(hub_url)
    print(f"Hub ready at {safe_url(hub_url)}", flush=True)
    planned = plan(shops, days, silent=silent)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        built = list(pool.map(_build, planned, [out] * len(planned)))
    print(f"{len(planned)} shops built in {time.perf_counter() - started:.0f} s", flush=True)
    now = datetime.now().astimezone()
    for shop, (path, problem) in zip(planned, built, strict=True):
        if problem:
            print(f"  {shop.code}: the demo generator failed on {problem.rstrip('; ')}", flush=True)
        granted = add_shop(hub_url, shop.code, shop.name)
        db = connect(path)
        try:
            admin = next(u for u in UserService(db).list_users() if u.role == Role.ADMIN)
            SettingsService(db).set("hub_url", granted.url, by=Operator(admin.id, admin.name, Role.ADMIN))
            # A silent shop last got through on the evening of its last day.
            at = datetime.combine(shop.end, datetime.min.time()).astimezone() + timedelta(hours=18)
            result = push(db, clock=(lambda at=at: at) if shop.silent else (lambda: now))
        finally:
            db.dispose()
        state = "sent" if result.ok else f"NOT sent: {result.error}"
        print(f"  {shop.code} {shop.name:<28} {result.days:>4} days {state}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hub", required=True, help="SQLAlchemy URL of the hub (admin login on PostgreSQL)")
    parser.add_argument("--shops", type=int, default=20)
    parser.add_argument("--days", type=int, default=60, help="days of history of the oldest shops")
    parser.add_argument("--out", type=Path, required=True, help="folder for the shops' databases")
    parser.add_argument("--jobs", type=int, default=2, help="shops built at the same time")
    parser.add_argument("--silent", type=int, default=1, help="shops that went quiet four days ago")
    args = parser.parse_args(argv)
    return build_chapter(args.hub, args.shops, args.days, args.out, jobs=args.jobs, silent=args.silent)


if __name__ == "__main__":
    sys.exit(main())
