"""Price ageing rules, aged prices, the to-pull list and intake marks."""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bruktpos.domain.errors import InvalidMarkdownRule, InvalidPrice
from bruktpos.domain.markdown import (
    MAX_DAYS,
    WEEK_COLOURS,
    AgedPrice,
    MarkdownRule,
    MarkdownStep,
    age_in_days,
    intake_mark,
    marked_down,
    price_on,
    pull_cutoff,
    to_pull,
    week_colour,
)
from bruktpos.domain.money import kroner

FAST = settings(max_examples=150, deadline=None, database=None)

# The example: 30 % off after 4 weeks, 50 % after 8, pull after 12.
SHOP_RULE = MarkdownRule((MarkdownStep(28, 30), MarkdownStep(56, 50)), pull_after_days=84)
MONDAY = date(2026, 3, 2)


@st.composite
def rules(draw: st.DrawFn, max_days: int = MAX_DAYS) -> MarkdownRule:
    """Any valid rule: 0–4 steps, strictly rising, and perhaps a pull day after them."""
    n = draw(st.integers(min_value=0, max_value=4))
    days = sorted(draw(st.sets(st.integers(1, max_days - 1), min_size=n, max_size=n)))
    percents = sorted(draw(st.sets(st.integers(1, 99), min_size=n, max_size=n)))
    first_pull = days[-1] + 1 if days else 1
    pull = draw(st.none() | st.integers(first_pull, max_days))
    return MarkdownRule(tuple(MarkdownStep(d, p) for d, p in zip(days, percents, strict=True)), pull)


prices = st.integers(min_value=1, max_value=kroner(100_000))
intakes = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
ages = st.integers(min_value=0, max_value=MAX_DAYS + 30)


# --- the rule and its text -----------------------------------------------------


def test_shop_rule_text():
    assert SHOP_RULE.describe() == "28:30,56:50;pull:84"
    assert str(SHOP_RULE) == "28:30,56:50;pull:84"
    assert MarkdownRule.parse("28:30,56:50;pull:84") == SHOP_RULE


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("", MarkdownRule()),
        ("   ", MarkdownRule()),
        ("28:30", MarkdownRule((MarkdownStep(28, 30),))),
        ("pull:84", MarkdownRule((), 84)),
        ("\t28:30\n", MarkdownRule((MarkdownStep(28, 30),))),
        (" 28:30 , 56:50 ; pull:84 ", SHOP_RULE),
        ("PULL:84", MarkdownRule((), 84)),
        ("028:30;pull:084", MarkdownRule((MarkdownStep(28, 30),), 84)),
    ],
)
def test_parse_accepts(text, rule):
    assert MarkdownRule.parse(text) == rule


def test_no_rule():
    assert MarkdownRule() == MarkdownRule.NONE
    assert MarkdownRule.NONE.describe() == ""
    aged = price_on(MarkdownRule.NONE, kroner(50), MONDAY, MONDAY + timedelta(days=3000))
    assert aged == AgedPrice(original=kroner(50), price=kroner(50), percent_off=0, step=None, pull=False)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("28", InvalidMarkdownRule.SYNTAX),
        ("28:30,", InvalidMarkdownRule.SYNTAX),
        ("28:30;", InvalidMarkdownRule.SYNTAX),
        (";pull:84", InvalidMarkdownRule.SYNTAX),
        ("28:30;pull:84;pull:90", InvalidMarkdownRule.SYNTAX),
        ("pull:84;28:30", InvalidMarkdownRule.SYNTAX),
        ("28:30;56:50", InvalidMarkdownRule.SYNTAX),
        ("28:30 %", InvalidMarkdownRule.SYNTAX),
        ("-28:30", InvalidMarkdownRule.SYNTAX),
        ("28:30.5", InvalidMarkdownRule.SYNTAX),
        ("٢٨:30", InvalidMarkdownRule.SYNTAX),  # Arabic-Indic digits are not ours
        ("pull:", InvalidMarkdownRule.SYNTAX),
        ("0:30", InvalidMarkdownRule.DAYS_OUT_OF_RANGE),
        (f"{MAX_DAYS + 1}:30", InvalidMarkdownRule.DAYS_OUT_OF_RANGE),
        ("pull:0", InvalidMarkdownRule.DAYS_OUT_OF_RANGE),
        ("28:0", InvalidMarkdownRule.PERCENT_OUT_OF_RANGE),
        ("28:100", InvalidMarkdownRule.PERCENT_OUT_OF_RANGE),
        ("56:30,28:50", InvalidMarkdownRule.DAYS_NOT_INCREASING),
        ("28:30,28:50", InvalidMarkdownRule.DAYS_NOT_INCREASING),
        ("28:50,56:30", InvalidMarkdownRule.PERCENT_NOT_INCREASING),
        ("28:30,56:30", InvalidMarkdownRule.PERCENT_NOT_INCREASING),
        ("28:30,56:50;pull:56", InvalidMarkdownRule.PULL_BEFORE_LAST_STEP),
        ("28:30,56:50;pull:40", InvalidMarkdownRule.PULL_BEFORE_LAST_STEP),
    ],
)
def test_parse_refuses(text, kind):
    with pytest.raises(InvalidMarkdownRule) as caught:
        MarkdownRule.parse(text)
    assert caught.value.kind == kind
    assert caught.value.code == "invalid_markdown_rule"


def test_error_carries_facts_not_sentences():
    with pytest.raises(InvalidMarkdownRule) as caught:
        MarkdownRule.parse("56:30,28:50")
    assert caught.value.facts() == {"kind": "days_not_increasing", "text": "56:30,28:50"}


@pytest.mark.parametrize(
    ("after_days", "percent_off"),
    [(0, 30), (-1, 30), (28, 0), (28, 100), (28, -5), (True, 30), (28, 30.0), ("28", 30)],
)
def test_step_refuses(after_days, percent_off):
    with pytest.raises(InvalidMarkdownRule):
        MarkdownStep(after_days, percent_off)


def test_rule_refuses_what_is_not_a_step():
    with pytest.raises(InvalidMarkdownRule):
        MarkdownRule(((28, 30),))  # type: ignore[arg-type]
    with pytest.raises(InvalidMarkdownRule):
        MarkdownRule((), pull_after_days=True)  # type: ignore[arg-type]


def test_rule_is_frozen_and_hashable():
    assert hash(SHOP_RULE) == hash(MarkdownRule.parse(SHOP_RULE.describe()))
    with pytest.raises(AttributeError):
        SHOP_RULE.pull_after_days = 10  # type: ignore[misc]


@FAST
@given(rules())
def test_describe_parse_round_trip(rule):
    text = rule.describe()
    assert MarkdownRule.parse(text) == rule
    assert MarkdownRule.parse(text).describe() == text


# --- prices over time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "price", "percent", "step", "pull"),
    [
        (0, kroner(50), 0, None, False),
        (27, kroner(50), 0, None, False),
        (28, kroner(35), 30, 0, False),  # "after 4 weeks": from the same weekday 4 weeks on
        (55, kroner(35), 30, 0, False),
        (56, kroner(25), 50, 1, False),
        (83, kroner(25), 50, 1, False),
        (84, kroner(25), 50, 1, True),  # still sells at the last markdown if it reaches the till
        (400, kroner(25), 50, 1, True),
    ],
)
def test_shop_rule_over_time(age, price, percent, step, pull):
    aged = price_on(SHOP_RULE, kroner(50), MONDAY, MONDAY + timedelta(days=age))
    assert (aged.price, aged.percent_off, aged.step, aged.pull) == (price, percent, step, pull)
    assert aged.original == kroner(50)
    assert aged.markdown == kroner(50) - price
    assert aged.is_marked_down is (percent > 0)


@pytest.mark.parametrize(
    ("original", "percent", "expected"),
    [
        (kroner(50), 30, kroner(35)),
        (4990, 30, kroner(34)),  # 34,93 → 34: down to whole kroner, the customer's favour
        (kroner(25), 50, kroner(12)),  # 12,50 → 12
        (kroner(3), 70, kroner(1)),  # 0,90 → never below 1 kr
        (kroner(1), 99, kroner(1)),
        (50, 50, 50),  # priced under 1 kr: the floor must not raise it
        (1250, 0, 1250),  # no markdown: the original, øre and all
        (kroner(100_000), 99, kroner(1_000)),
    ],
)
def test_marked_down(original, percent, expected):
    assert marked_down(original, percent) == expected


def test_intake_in_the_future_counts_as_new():
    assert age_in_days(MONDAY, MONDAY - timedelta(days=5)) == 0
    aged = price_on(SHOP_RULE, kroner(50), MONDAY + timedelta(days=200), MONDAY)
    assert aged.price == kroner(50)
    assert not aged.pull


@pytest.mark.parametrize("original", [0, -100, kroner(100_001), True, 12.5])
def test_price_on_refuses_bad_original(original):
    with pytest.raises(InvalidPrice):
        price_on(SHOP_RULE, original, MONDAY, MONDAY)


@FAST
@given(rules(), prices, intakes, ages, ages)
def test_price_never_rises_as_days_pass(rule, original, intake, a, b):
    early, late = sorted((a, b))
    first = price_on(rule, original, intake, intake + timedelta(days=early))
    then = price_on(rule, original, intake, intake + timedelta(days=late))
    assert then.price <= first.price
    assert then.percent_off >= first.percent_off
    assert then.pull >= first.pull


@FAST
@given(rules(max_days=120), prices, intakes)
def test_walk_every_day_of_a_range(rule, original, intake):
    previous = None
    for age in range(0, 130):
        aged = price_on(rule, original, intake, intake + timedelta(days=age))
        if previous is not None:
            assert aged.price <= previous.price
            # The price changes only on the day a step begins.
            if aged.step == previous.step:
                assert aged.price == previous.price
            else:
                assert aged.step is not None
                assert rule.steps[aged.step].after_days == age
        previous = aged


@FAST
@given(rules(), prices, intakes, ages)
def test_aged_price_bounds(rule, original, intake, age):
    aged = price_on(rule, original, intake, intake + timedelta(days=age))
    assert min(original, kroner(1)) <= aged.price <= original
    if aged.step is None:
        assert aged.price == original
        assert aged.percent_off == 0
    else:
        step = rule.steps[aged.step]
        assert step.after_days <= age
        assert aged.percent_off == step.percent_off
        exact = original * (100 - step.percent_off) / 100
        if aged.price < original:
            assert aged.price % 100 == 0  # a plain price on the shelf
        if aged.price > kroner(1):
            # Rounded down: the customer never pays more than the exact
            # markdown, and loses less than a krone to it.
            assert exact - 100 < aged.price <= exact


@FAST
@given(rules(), prices, intakes, ages)
def test_pull_only_from_pull_day_on(rule, original, intake, age):
    aged = price_on(rule, original, intake, intake + timedelta(days=age))
    if rule.pull_after_days is None:
        assert not aged.pull
    else:
        assert aged.pull is (age >= rule.pull_after_days)


# --- to pull ---------------------------------------------------------------------


def test_to_pull_shop_rule():
    on = date(2026, 6, 1)
    items = [
        ("A", on - timedelta(days=84)),  # exactly twelve weeks: pull
        ("B", on - timedelta(days=83)),
        ("C", on - timedelta(days=300)),
        ("D", on),
        ("E", on + timedelta(days=3)),
    ]
    assert to_pull(items, SHOP_RULE, on) == ["A", "C"]
    assert pull_cutoff(SHOP_RULE, on) == on - timedelta(days=84)
    assert to_pull(items, MarkdownRule((MarkdownStep(28, 30),)), on) == []
    assert pull_cutoff(MarkdownRule.NONE, on) is None


def test_to_pull_takes_any_iterable_once():
    on = date(2026, 6, 1)
    items = ((n, on - timedelta(days=n)) for n in range(200))
    assert to_pull(items, SHOP_RULE, on) == list(range(84, 200))


@FAST
@given(
    rules(max_days=400),
    st.lists(st.tuples(st.integers(), intakes), max_size=30),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
)
def test_to_pull_agrees_with_price_on(rule, items, on):
    expected = [i for i, intake in items if price_on(rule, kroner(10), intake, on).pull]
    assert to_pull(items, rule, on) == expected


# --- intake marks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "week", "label", "year"),
    [
        (date(2026, 11, 16), 47, "U47", 2026),
        (date(2026, 11, 22), 47, "U47", 2026),  # a Sunday: same week
        (date(2026, 1, 1), 1, "U1", 2026),  # a Thursday: week 1
        (date(2027, 1, 1), 53, "U53", 2026),  # 2026 has 53 ISO weeks
        (date(2024, 12, 30), 1, "U1", 2025),
    ],
)
def test_intake_mark_week_and_label(day, week, label, year):
    mark = intake_mark(day)
    assert (mark.week, mark.label, mark.year) == (week, label, year)
    colour = week_colour(day)
    assert (mark.colour_name, mark.colour_hex, mark.ink_hex) == (colour.name, colour.hex, colour.ink_hex)


def test_colours_do_not_stumble_at_new_year():
    # ISO week 53 of 2026, then week 1 of 2027: still one colour after another.
    names = [intake_mark(date(2026, 12, 21) + timedelta(weeks=n)).colour_name for n in range(12)]
    assert names[:6] == names[6:]
    assert len(set(names[:6])) == 6


@FAST
@given(intakes)
def test_colour_cycle(day):
    monday = day - timedelta(days=day.weekday())
    mark = intake_mark(day)
    # One mark for the whole week.
    assert all(intake_mark(monday + timedelta(days=d)) == mark for d in range(7))
    # Neighbouring weeks differ; the colour comes back after exactly six weeks.
    assert intake_mark(day + timedelta(weeks=1)).colour_name != mark.colour_name
    assert intake_mark(day + timedelta(weeks=6)).colour_name == mark.colour_name
    assert len({intake_mark(day + timedelta(weeks=n)).colour_hex for n in range(6)}) == 6
    assert mark.label == f"U{day.isocalendar().week}"


def _linear(hex_colour: str) -> tuple[float, float, float]:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return r, g, b


def _luminance(hex_colour: str) -> float:
    r, g, b = _linear(hex_colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# Machado, Oliveira and Fernandes (2009), full severity, on linear RGB.
_SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _lab(hex_colour: str, simulation: str) -> tuple[float, float, float]:
    rgb = _linear(hex_colour)
    r, g, b = (
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
        for row in _SIMULATIONS[simulation]
    )
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _delta_e(a: str, b: str, simulation: str) -> float:
    return math.dist(_lab(a, simulation), _lab(b, simulation))


@pytest.mark.parametrize("simulation", list(_SIMULATIONS))
def test_colours_stay_apart_for_colour_blind_eyes(simulation):
    hexes = [c.hex for c in WEEK_COLOURS]
    assert len(WEEK_COLOURS) == 6
    assert min(_delta_e(a, b, simulation) for a, b in itertools.combinations(hexes, 2)) >= 15
    neighbours = zip(hexes, hexes[1:] + hexes[:1], strict=True)
    assert min(_delta_e(a, b, simulation) for a, b in neighbours) >= 30


@pytest.mark.parametrize("colour", WEEK_COLOURS, ids=lambda c: c.name)
def test_ink_reads_on_its_colour(colour):
    other = "#FFFFFF" if colour.ink_hex == "#000000" else "#000000"
    assert _contrast(colour.ink_hex, colour.hex) >= _contrast(other, colour.hex)
    assert _contrast(colour.ink_hex, colour.hex) >= 4.5  # WCAG AA for small text


def test_colour_names_are_keys():
    names = [c.name for c in WEEK_COLOURS]
    assert len(set(names)) == len(names)
    assert all(name.isascii() and name.islower() and " " not in name for name in names)
