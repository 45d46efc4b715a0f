"""The shop and its registers as plain, frozen data.

:mod:`bruktpos.services.shop` checks and stores them; receipts, reports and
screens read them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ShopDetails:
    """What the setup asks for and every receipt shows."""

    name: str
    org_number: str
    address: str = ""
    postcode: str = ""
    city: str = ""
    short_name: str = ""
    vat_registered: bool = False
    shop_number: int = 1
    phone: str = ""


@dataclass(frozen=True)
class ShopInfo:
    """The shop as receipts, reports and screens show it (read by :func:`load_shop`)."""

    id: int
    name: str
    short_name: str
    org_number: str
    address: str
    postcode: str
    city: str
    vat_registered: bool
    shop_number: int
    phone: str = ""
    receipt_header: str = ""  # the setting, a few lines under the shop's name on receipts and reports


@dataclass(frozen=True)
class RegisterInfo:
    id: int
    code: str
    name: str
