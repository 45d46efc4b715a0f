"""Price ageing ("nedprising"): what an item costs after weeks on the shelf.

Each category may carry a :class:`MarkdownRule`, a few steps such as "after 4
weeks 30 % off, after 8 weeks 50 % off" and, optionally, a day after which the
item should be pulled from the shelf to make room. The rule is stored as a
short text::

    28:30,56:50;pull:84
    │  │         └ pull from the shelf from day 84 on
    │  └ 30 % off …
    └ … from day 28 after intake on

Either part may be left out (``28:30``, ``pull:84``); the empty text is the
rule that never marks down and never pulls.

Ages count whole days from the intake date: an item taken in on a Monday is
28 days old four weeks later on a Monday, and a ``28:…`` step applies from that
day. A marked-down price is rounded *down* to whole kroner, so the shelf shows
a plain price and the customer gets the odd øre, but it never goes below 1 kr
(and never above the original price). When the item is due to be pulled it
still sells at the deepest markdown if it reaches the till first.

Labels carry an :func:`intake_mark`: the ISO week and one of six colours that
go round week by week, so volunteers can tell old stock at a glance.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import ClassVar, TypeVar

from bruktpos.domain.cart import check_price
from bruktpos.domain.errors import InvalidMarkdownRule
from bruktpos.domain.money import ORE_PER_KRONE

MIN_PERCENT = 1
MAX_PERCENT = 99
MAX_DAYS = 3650  # ten years: anything longer is a typing mistake
MIN_MARKED_PRICE = 1 * ORE_PER_KRONE
PULL = "pull"

ItemId = TypeVar("ItemId", bound=Hashable)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class MarkdownStep:
    """From ``after_days`` after intake on, ``percent_off`` % off the price."""

    after_days: int
    percent_off: int

    def __post_init__(self) -> None:
        if not _is_int(self.after_days) or not 1 <= self.after_days <= MAX_DAYS:
            raise InvalidMarkdownRule(InvalidMarkdownRule.DAYS_OUT_OF_RANGE, self.describe())
        if not _is_int(self.percent_off) or not MIN_PERCENT <= self.percent_off <= MAX_PERCENT:
            raise InvalidMarkdownRule(InvalidMarkdownRule.PERCENT_OUT_OF_RANGE, self.describe())

    def describe(self) -> str:
        """The step as stored: ``"28:30"``."""
        return f"{self.after_days}:{self.percent_off}"


_STEP = re.compile(r"([0-9]{1,9}):([0-9]{1,9})")
_PULL = re.compile(PULL + r":([0-9]{1,9})", re.IGNORECASE)


@dataclass(frozen=True)
class MarkdownRule:
    """A category's price ageing: steps in order, then perhaps a pull day.

    Steps must grow strictly in both days and percent, and the pull day must
    come after the last step; anything else raises
    :class:`InvalidMarkdownRule`.
    """

    steps: tuple[MarkdownStep, ...] = ()
    pull_after_days: int | None = None
    NONE: ClassVar[MarkdownRule]  # the rule that never marks down nor pulls

    def __post_init__(self) -> None:
        object.__setattr__(self, "steps", tuple(self.steps))
        for step in self.steps:
            if not isinstance(step, MarkdownStep):
                raise InvalidMarkdownRule(InvalidMarkdownRule.SYNTAX, repr(step))
        for before, after in zip(self.steps, self.steps[1:], strict=False):
            if after.after_days <= before.after_days:
                raise InvalidMarkdownRule(InvalidMarkdownRule.DAYS_NOT_INCREASING, self.describe())
            if after.percent_off <= before.percent_off:
                raise InvalidMarkdownRule(InvalidMarkdownRule.PERCENT_NOT_INCREASING, self.describe())
        pull = self.pull_after_days
        if pull is not None:
            if not _is_int(pull) or not 1 <= pull <= MAX_DAYS:
                raise InvalidMarkdownRule(InvalidMarkdownRule.DAYS_OUT_OF_RANGE, self.describe())
            if self.steps and pull <= self.steps[-1].after_days:
                raise InvalidMarkdownRule(InvalidMarkdownRule.PULL_BEFORE_LAST_STEP, self.describe())

    @classmethod
    def parse(cls, text: str) -> MarkdownRule:
        """The rule written as ``"28:30,56:50;pull:84"`` (see the module docstring).

        Spaces around the parts are allowed; ``describe()`` gives the text back
        without them.
        """
        body = text.strip()
        if not body:
            return cls()
        parts = [part.strip() for part in body.split(";")]
        if len(parts) > 2:
            raise InvalidMarkdownRule(InvalidMarkdownRule.SYNTAX, text)
        steps: list[MarkdownStep] = []
        pull: int | None = None
        for index, part in enumerate(parts):
            match = _PULL.fullmatch(part)
            if match is not None and index == len(parts) - 1:
                pull = int(match[1])
                continue
            if index != 0 or not part:
                raise InvalidMarkdownRule(InvalidMarkdownRule.SYNTAX, text)
            for chunk in part.split(","):
                step = _STEP.fullmatch(chunk.strip())
                if step is None:
                    raise InvalidMarkdownRule(InvalidMarkdownRule.SYNTAX, text)
                steps.append(MarkdownStep(int(step[1]), int(step[2])))
        return cls(tuple(steps), pull)

    def describe(self) -> str:
        """The rule as stored: ``"28:30,56:50;pull:84"``; ``""`` for no rule."""
        parts = []
        if self.steps:
            parts.append(",".join(step.describe() for step in self.steps))
        if self.pull_after_days is not None:
            parts.append(f"{PULL}:{self.pull_after_days}")
        return ";".join(parts)

    def __str__(self) -> str:
        return self.describe()

    def step_at(self, age_days: int) -> int | None:
        """Index of the step in force at ``age_days``, or ``None`` before the first."""
        found = None
        for index, step in enumerate(self.steps):
            if age_days >= step.after_days:
                found = index
        return found

    def pulls_at(self, age_days: int) -> bool:
        """True when an item this many days old should leave the shelf."""
        return self.pull_after_days is not None and age_days >= self.pull_after_days


MarkdownRule.NONE = MarkdownRule()


@dataclass(frozen=True)
class AgedPrice:
    """What an item costs on a given day, and why.

    ``original`` and ``price`` are øre; ``percent_off`` and ``step`` say which
    step of the rule is in force (0 and ``None`` when none is); ``pull`` says
    the item is due to leave the shelf.
    """

    original: int
    price: int
    percent_off: int
    step: int | None
    pull: bool

    @property
    def markdown(self) -> int:
        """How much is taken off, in øre (for the receipt's "was" line)."""
        return self.original - self.price

    @property
    def is_marked_down(self) -> bool:
        return self.price < self.original


def age_in_days(intake: date, on: date) -> int:
    """Whole days from ``intake`` to ``on``; 0 when intake is dated in the future.

    A wrong intake date must not block a sale, so it counts as new stock.
    """
    return max(0, (on - intake).days)


def marked_down(original: int, percent_off: int) -> int:
    """``original`` less ``percent_off`` %, down to whole kroner, at least 1 kr.

    Never more than ``original`` (an item priced under 1 kr stays as it is).
    """
    if percent_off <= 0:
        return original
    reduced = original * (100 - percent_off) // 100
    whole = reduced - reduced % ORE_PER_KRONE
    return min(original, max(MIN_MARKED_PRICE, whole))


def price_on(rule: MarkdownRule, original_price: int, intake: date, on: date) -> AgedPrice:
    """The item's price on day ``on`` under ``rule``, taken in on ``intake``."""
    check_price(original_price)
    age = age_in_days(intake, on)
    index = rule.step_at(age)
    percent = 0 if index is None else rule.steps[index].percent_off
    return AgedPrice(
        original=original_price,
        price=marked_down(original_price, percent),
        percent_off=percent,
        step=index,
        pull=rule.pulls_at(age),
    )


def pull_cutoff(rule: MarkdownRule, on: date) -> date | None:
    """Items taken in on or before this date are due to be pulled on ``on``.

    ``None`` when the rule never pulls. Lets a service ask the database for
    ``intake_date <= cutoff`` instead of ageing every item.
    """
    if rule.pull_after_days is None:
        return None
    return on - timedelta(days=rule.pull_after_days)


def to_pull(items: Iterable[tuple[ItemId, date]], rule: MarkdownRule, on: date) -> list[ItemId]:
    """The ids of ``(item_id, intake_date)`` pairs due off the shelf on ``on``, in the given order."""
    cutoff = pull_cutoff(rule, on)
    if cutoff is None:
        return []
    return [item_id for item_id, intake in items if intake <= cutoff]


# --- intake marks ----------------------------------------------------------------


@dataclass(frozen=True)
class WeekColour:
    """A rotation colour: a stable name (translated in ``ui/``), its fill and
    the ink (black or white) that reads on it."""

    name: str
    hex: str
    ink_hex: str


# Six of Okabe and Ito's eight colour-blind-safe colours (black would hide the
# label's text; bluish green sits too near sky blue for tritanopes and near
# reddish purple for deuteranopes). Under simulated protanopia, deuteranopia
# and tritanopia (Machado et al. 2009) any two of these stay at least 17 ΔE
# apart, and this order puts neighbouring weeks at least 36 ΔE apart. Ink is
# whichever of black and white reads better on the fill.
WEEK_COLOURS: tuple[WeekColour, ...] = (
    WeekColour("yellow", "#F0E442", "#000000"),
    WeekColour("sky_blue", "#56B4E9", "#000000"),
    WeekColour("orange", "#E69F00", "#000000"),
    WeekColour("blue", "#0072B2", "#FFFFFF"),
    WeekColour("vermillion", "#D55E00", "#000000"),
    WeekColour("reddish_purple", "#CC79A7", "#000000"),
)


@dataclass(frozen=True)
class IntakeMark:
    """What a label shows of its intake date: ``U47`` and the week's colour."""

    week: int
    label: str
    colour_name: str
    colour_hex: str
    ink_hex: str
    year: int


def week_index(day: date) -> int:
    """Weeks (Monday to Sunday) counted without a break since 1 January of year 1.

    Unlike the ISO week number it never starts over at new year, so a
    six-colour cycle keyed on it has no seam: neighbouring weeks always differ
    and a colour comes back only after exactly six weeks.
    """
    # date(1, 1, 1) was a Monday, ordinal 1.
    return (day.toordinal() - 1) // 7


def week_colour(day: date) -> WeekColour:
    """The rotation colour of the week ``day`` falls in."""
    return WEEK_COLOURS[week_index(day) % len(WEEK_COLOURS)]


def intake_mark(intake: date) -> IntakeMark:
    """The intake mark for a label: ISO week (``U47``, *uke* 47) and its colour."""
    iso = intake.isocalendar()
    colour = week_colour(intake)
    return IntakeMark(
        week=iso.week,
        label=f"U{iso.week}",
        colour_name=colour.name,
        colour_hex=colour.hex,
        ink_hex=colour.ink_hex,
        year=iso.year,
    )
