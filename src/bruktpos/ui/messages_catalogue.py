"""Error sentences for the catalogue (categories, products, barcodes) and the shop's details and registers.

Registered into :func:`bruktpos.ui.messages.describe`'s table; the texts are in
the ``"Messages"`` translation context like every error sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bruktpos.domain import errors as e
from bruktpos.ui.message_text import day, fill, money, translate


def _invalid_catalogue_name(err: e.InvalidCatalogueName) -> str:
    if not str(err.name).strip():
        if err.what == "product":
            return translate("Messages", "Type the product’s name first, for example Kaffe or Vaffel.")
        return translate("Messages", "Type the category’s name first, for example Bøker or Klær dame.")
    return fill(
        translate(
            "Messages", "A name can be at most %1 letters, without special signs. Shorten it a little."
        ),
        err.maximum,
    )


def _catalogue_name_taken(err: e.CatalogueNameTaken) -> str:
    if err.what == "product":
        if err.active:
            text = translate("Messages", "There is already a product called %1. Choose another name.")
        else:
            text = translate(
                "Messages",
                "%1 is already in the list of products, retired. Bring it back, or choose another name.",
            )
    elif err.active:
        text = translate("Messages", "There is already a category called %1. Choose another name.")
    else:
        text = translate(
            "Messages",
            "%1 is already in the list of categories, retired. Bring it back, or choose another name.",
        )
    return fill(text, err.name)


def _invalid_tax_code(err: e.InvalidTaxCode) -> str:
    return translate(
        "Messages",
        "That is not a VAT treatment the till knows. Choose one of the five in the list "
        "(25 %, 15 %, 12 %, zero-rated or outside the VAT Act).",
    )


def _invalid_category_kind(err: e.InvalidCategoryKind) -> str:
    return translate("Messages", "A category is either shop goods or café. Choose one of the two.")


def _invalid_color(err: e.InvalidColor) -> str:
    return translate("Messages", "That colour cannot be used. Tap one of the colours shown.")


def _invalid_saft_group(err: e.InvalidSaftGroup) -> str:
    return fill(
        translate(
            "Messages",
            "“%1” is not a SAF-T article group. Use one from 04001 to 04021, or 04999 (other).",
        ),
        err.group,
    )


def _too_many_quick_prices(err: e.TooManyQuickPrices) -> str:
    return fill(
        translate(
            "Messages", "The price keypad has room for %1 quick prices, and you gave %2. Take some away."
        ),
        err.maximum,
        err.count,
    )


def _invalid_barcode(err: e.InvalidBarcode) -> str:
    if err.in_store is True:
        return translate(
            "Messages",
            "This is one of the shop’s own label codes, so the till would read it as an item. "
            "Use the barcode printed on the product, or leave it empty.",
        )
    return translate(
        "Messages",
        "A barcode has only digits and letters, with no spaces. Scan it again, or leave it empty.",
    )


def _barcode_taken(err: e.BarcodeTaken) -> str:
    return fill(
        translate("Messages", "The product %1 already has this barcode. Check the code, or change %1 first."),
        err.name,
    )


def _category_retired(err: e.CategoryRetired) -> str:
    return fill(
        translate(
            "Messages",
            "The category %1 is retired. Choose another category, or bring %1 back first.",
        ),
        err.name,
    )


def _category_has_products(err: e.CategoryHasProducts) -> str:
    if err.products == 1:
        text = translate(
            "Messages",
            "The category %1 still has a product on the till. "
            "Move it to another category or retire it first, on the Products screen.",
        )
    else:
        text = translate(
            "Messages",
            "The category %1 still has %2 products on the till. "
            "Move them to another category or retire them first, on the Products screen.",
        )
    return fill(text, err.name, err.products)


def _invalid_shop_detail(err: e.InvalidShopDetail) -> str:
    field, maximum = err.field, err.maximum
    F = e.InvalidShopDetail
    if field == F.NAME and not str(err.text).strip():
        return translate("Messages", "Type the shop’s name first. It is printed on every receipt.")
    if field in (F.RECEIPT_HEADER, F.RECEIPT_FOOTER):
        text = (
            translate(
                "Messages",
                "The text at the top of the receipt can have at most %1 lines of %2 letters. "
                "Shorten it a little.",
            )
            if field == F.RECEIPT_HEADER
            else translate(
                "Messages",
                "The text at the bottom of the receipt can have at most %1 lines of %2 letters. "
                "Shorten it a little.",
            )
        )
        return fill(text, err.minimum, maximum)
    if field == F.CASH_LIMIT:
        return fill(
            translate(
                "Messages",
                "The limit for a cash difference must be from %1 to %2. Type kroner, for example 50,00.",
            ),
            money(err.minimum),
            money(maximum),
        )
    texts = {
        F.NAME: translate("Messages", "The shop’s name can be at most %1 letters. Shorten it a little."),
        F.SHORT_NAME: translate(
            "Messages",
            "The short name can be at most %1 letters. It goes on labels and at the top of the till.",
        ),
        F.ORG_NUMBER: translate(
            "Messages", "This is not a valid organisation number. Type all 9 digits and check each one."
        ),
        F.ADDRESS: translate("Messages", "The address can be at most %1 letters. Shorten it a little."),
        F.POSTCODE: translate("Messages", "A postcode has 4 digits, for example 0155."),
        F.VIPPS_NUMBER: fill(
            translate("Messages", "A Vipps number has %1 to %2 digits, for example 123456."),
            err.minimum,
            maximum,
        ),
        F.CITY: translate("Messages", "The place name can be at most %1 letters. Shorten it a little."),
        F.PHONE: translate(
            "Messages",
            "A phone number has only digits and spaces, and perhaps a + first, for example 22 33 44 55.",
        ),
        F.VOUCHER_DAYS: fill(
            translate(
                "Messages",
                "A voucher can be valid from %1 to %2 days. Type a whole number of days, for example 365.",
            ),
            err.minimum,
            maximum,
        ),
        F.SHOP_CODE: translate(
            "Messages",
            "A shop code has 2 to 20 letters (A–Z), digits and hyphens, for example OSLO-1. "
            "Check what the coordinator sent.",
        ),
    }
    text = texts.get(
        field,
        translate(
            "Messages", "Something in the shop’s details was not accepted. Check each field and try again."
        ),
    )
    return fill(text, maximum)


def _vat_change_while_day_open(err: e.VatChangeWhileDayOpen) -> str:
    return fill(
        translate(
            "Messages",
            "The day of %1 is open at till %2. Close the day with a Z report first, "
            "then change the VAT registration.",
        ),
        day(err.business_date),
        err.register,
    )


def _invalid_register(err: e.InvalidRegister) -> str:
    if err.field == e.InvalidRegister.NAME:
        return fill(
            translate("Messages", "Type the till’s name, for example Kasse 2 (at most %1 letters)."),
            err.maximum,
        )
    return fill(
        translate(
            "Messages",
            "A till’s code has 1 to %1 letters (A–Z), digits and hyphens, for example K2. Check it.",
        ),
        err.maximum,
    )


def _register_taken(err: e.RegisterTaken) -> str:
    if err.field == e.InvalidRegister.NAME:
        text = translate("Messages", "There is already a till called %1. Choose another name.")
    else:
        text = translate(
            "Messages",
            "There is already a till with the code %1. Choose another code, for example the next number.",
        )
    return fill(text, err.text)


CATALOGUE_DESCRIBERS: dict[str, Callable[[Any], str]] = {
    "invalid_catalogue_name": _invalid_catalogue_name,
    "catalogue_name_taken": _catalogue_name_taken,
    "invalid_tax_code": _invalid_tax_code,
    "invalid_category_kind": _invalid_category_kind,
    "invalid_color": _invalid_color,
    "invalid_saft_group": _invalid_saft_group,
    "too_many_quick_prices": _too_many_quick_prices,
    "invalid_barcode": _invalid_barcode,
    "barcode_taken": _barcode_taken,
    "category_retired": _category_retired,
    "category_has_products": _category_has_products,
    "invalid_shop_detail": _invalid_shop_detail,
    "vat_change_while_day_open": _vat_change_while_day_open,
    "invalid_register": _invalid_register,
    "register_taken": _register_taken,
}
