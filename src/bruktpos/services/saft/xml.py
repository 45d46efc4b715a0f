"""Writing SAF-T Cash Register XML as a stream, and the text forms of its values.

:class:`Out` wraps lxml's incremental writer (``etree.xmlfile``): elements are
opened with :meth:`Out.element` and closed when their block ends, and leaves
are written with :meth:`Out.leaf`, so nothing but the element being written is
ever held in memory. Every element is in the schema's namespace, declared
once on the root.

Amounts are integer øre and become ``123.45`` text exactly (no float on the
way); rates in basis points become ``25.00``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from lxml import etree

from bruktpos.store.signing import saft_amount

NAMESPACE = "urn:StandardAuditFile-Taxation-CashRegister:NO"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_FILE = "Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"
_Q = "{" + NAMESPACE + "}"

amount = saft_amount


def percent(basis_points: int) -> str:
    """A VAT rate in basis points as SAF-T writes it: ``2500`` → ``25.00``."""
    whole, rest = divmod(basis_points, 100)
    return f"{whole}.{rest:02d}"


def debit_credit(ore: int) -> str:
    """``C`` (credit: money in, a sale) for zero and up, ``D`` (debit: a return) below zero."""
    return "D" if ore < 0 else "C"


def day_text(at: datetime) -> str:
    return at.strftime("%Y-%m-%d")


def time_text(at: datetime) -> str:
    return at.strftime("%H:%M:%S")


def clipped(text: str, limit: int) -> str:
    """``text`` cut to the schema's length for the field (names and descriptions)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Out:
    """One SAF-T file being written, element by element."""

    def __init__(self, writer: Any) -> None:
        self._xf = writer

    @contextlib.contextmanager
    def element(self, name: str, **attributes: str) -> Iterator[None]:
        with self._xf.element(_Q + name, attributes or None):
            yield

    def leaf(self, name: str, value: str | int) -> None:
        with self._xf.element(_Q + name):
            self._xf.write(str(value))

    def leaves(self, *pairs: tuple[str, str | int | None]) -> None:
        """Leaves in order; a pair whose value is None is left out (an optional element)."""
        for name, value in pairs:
            if value is not None:
                self.leaf(name, value)

    def newline(self) -> None:
        """A line break between records, so a person can read the file (ignored by the schema)."""
        self._xf.write("\n")


@contextlib.contextmanager
def auditfile(target: Any) -> Iterator[Out]:
    """Open ``target`` (a path or a binary file) as a SAF-T file; yields inside ``<auditfile>``."""
    with etree.xmlfile(target, encoding="UTF-8", buffered=True) as xf:
        xf.write_declaration()
        with xf.element(
            _Q + "auditfile",
            {"{" + XSI + "}schemaLocation": f"{NAMESPACE} {SCHEMA_FILE}"},
            nsmap={None: NAMESPACE, "xsi": XSI},
        ):
            xf.write("\n")
            yield Out(xf)
