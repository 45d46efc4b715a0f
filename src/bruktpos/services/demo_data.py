"""The demo shop's fixed facts: what it sells and at what prices, who works there, its float.

Read by :func:`bruktpos.services.demo.build_demo`, which makes the history
from them at random (the same for the same seed). ``USERS`` and ``ADMIN``
hold the demo PINs, which the demo shop shows on its login screen.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bruktpos.domain.cashcount import CashCount
from bruktpos.domain.roles import Role
from bruktpos.domain.vat import TaxCode

OSLO = ZoneInfo("Europe/Oslo")

# name, default price (kr), typical prices (kr), share of intake
GOODS: tuple[tuple[str, int, tuple[int, ...], int], ...] = (
    ("Klær dame", 60, (40, 50, 60, 80, 100, 150), 16),
    ("Klær herre", 60, (40, 50, 60, 80, 120), 9),
    ("Barneklær", 30, (10, 20, 30, 40, 50), 10),
    ("Sko", 80, (50, 80, 100, 150), 5),
    ("Vesker og tilbehør", 50, (30, 50, 80, 120), 4),
    ("Bøker", 20, (10, 20, 30, 50), 12),
    ("Barnebøker", 10, (5, 10, 20), 5),
    ("Musikk og film", 20, (10, 20, 30, 50), 4),
    ("Leker og spill", 30, (10, 20, 30, 50, 80), 6),
    ("Kjøkkenutstyr", 30, (10, 20, 30, 50, 80), 8),
    ("Glass og porselen", 40, (10, 20, 40, 60, 100), 7),
    ("Interiør", 50, (30, 50, 80, 150), 4),
    ("Tekstiler", 40, (20, 40, 60, 100), 3),
    ("Møbler", 400, (150, 250, 400, 600, 900, 1500), 2),
    ("Lamper", 100, (50, 100, 150, 250), 1),
    ("Elektronikk", 150, (50, 100, 150, 300, 500), 1),
    ("Sport og fritid", 100, (50, 100, 200, 350), 1),
    ("Smykker", 40, (20, 40, 60, 100), 1),
    ("Kunst og bilder", 100, (50, 100, 200, 400), 1),
    ("Julepynt", 20, (10, 20, 30, 50), 1),
)
# Served in the café: 25 % (servering, tax code 3); take-away food and drink: 15 % (code 31).
CAFE: tuple[tuple[str, int, str, TaxCode], ...] = (
    ("Kaffe", 20, "#6f4e37", TaxCode.STANDARD),
    ("Te", 20, "#7a9a5a", TaxCode.STANDARD),
    ("Kakao", 30, "#8b5a2b", TaxCode.STANDARD),
    ("Vaffel", 25, "#d4a017", TaxCode.STANDARD),
    ("Bolle", 25, "#c68e17", TaxCode.STANDARD),
    ("Kake", 35, "#b5651d", TaxCode.STANDARD),
    ("Smørbrød", 45, "#a0522d", TaxCode.STANDARD),
    ("Brus (ta med)", 30, "#c0392b", TaxCode.FOOD),
    ("Sjokolade (ta med)", 25, "#5d4037", TaxCode.FOOD),
)
# Books are zero-rated in Norway (merverdiavgiftsloven § 6-4: tax code 5); other goods carry 25 %.
ZERO_RATED = frozenset({"Bøker", "Barnebøker"})
NEW_GOODS: tuple[tuple[str, int], ...] = (("Handlenett", 20), ("Postkort", 15), ("Stearinlys", 30))

# Typical weight of one item, for donations' kilos (shops report kilos given a second life).
WEIGHT_KG: dict[str, float] = {
    "Klær dame": 0.4,
    "Klær herre": 0.5,
    "Barneklær": 0.25,
    "Sko": 0.9,
    "Vesker og tilbehør": 0.5,
    "Bøker": 0.35,
    "Barnebøker": 0.2,
    "Musikk og film": 0.15,
    "Leker og spill": 0.6,
    "Kjøkkenutstyr": 0.7,
    "Glass og porselen": 0.5,
    "Interiør": 1.0,
    "Tekstiler": 0.8,
    "Møbler": 15.0,
    "Lamper": 2.0,
    "Elektronikk": 2.5,
    "Sport og fritid": 1.5,
    "Smykker": 0.05,
    "Kunst og bilder": 1.5,
    "Julepynt": 0.2,
}
# Price ageing for the categories that fill up fastest.
MARKDOWN_RULES: dict[str, str] = {
    "Klær dame": "28:30,56:50;pull:84",
    "Klær herre": "28:30,56:50;pull:84",
    "Barneklær": "28:30,56:50;pull:84",
    "Bøker": "42:50;pull:120",
}

USERS: tuple[tuple[str, Role, str], ...] = (
    ("Kari Nilsen", Role.LEADER, "1111"),
    ("Ola Hansen", Role.CASHIER, "2222"),
    ("Fatima Ali", Role.CASHIER, "3333"),
    ("Jonas Lie", Role.CASHIER, "4444"),
    ("Mette Dahl", Role.CASHIER, "5555"),
)
ADMIN = ("Astrid Berg", "1000")

# The drawer's float: about 1 500 kr in coins and small notes.
FLOAT = CashCount({100: 20, 500: 10, 1000: 10, 2000: 10, 5000: 6, 10000: 5, 20000: 1})
FLOAT_TARGET = FLOAT.total
# Cash differences at close, now and then, with the note the counter wrote.
DIFFERENCE_NOTES: tuple[tuple[int, str], ...] = (
    (-2000, "Trolig gitt 20 kr for mye tilbake"),
    (-1000, "Mangler en tier, telt to ganger"),
    (-500, "Mangler 5 kr"),
    (1000, "10 kr for mye, kunde ville ikke ha vekslepenger"),
    (-5000, "Femtilapp borte, sjekket under skuffen"),
    (200, "Småmynt funnet på gulvet"),
)
