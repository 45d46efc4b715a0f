"""Receipt layout: from a sale's facts to the lines a receipt printer prints.

A pure step, so a receipt can be checked line by line without a printer:
:func:`render_receipt` turns :class:`~bruktpos.domain.receipts.ReceiptData`
into :class:`ReceiptLine` objects (text and style) that fit a paper width in
characters: 42 for 80 mm paper, 32 for 58 mm. The words are Norwegian, as a
receipt for a Norwegian shop must be, and follow the glossary.

The markings the cash register rules ask for are printed larger than any
amount: "KOPI" on a copy and the training text on a training receipt are at
least 50 % larger than the largest amount ("Totalt").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bruktpos.domain.codes import ean13_check_digit, format_voucher_code
from bruktpos.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_time,
    format_vat_rate,
)

if TYPE_CHECKING:  # plain data from the domain
    from bruktpos.domain.receipts import ReceiptData, VoucherSlip
    from bruktpos.domain.vat import VatLine

WIDE = 42  # characters per line, font A on 80 mm paper
NARROW = 32  # 58 mm paper
MIN_WIDTH = 24

SALE_HEADING = "Salgskvittering"
RETURN_HEADING = "Returkvittering"
VOUCHER_HEADING = "Tilgodelapp"
TRAINING_HEADING = "TRENINGSKVITTERING – ikke gyldig kvittering"
COPY_MARK = "KOPI"
DEFAULT_FOOTER = "Takk for handelen!"
PAYMENT_NAMES = {"cash": "Kontant", "card": "Kort", "vipps": "Vipps", "voucher": "Tilgodelapp"}
# The 0 % codes by name; the others are "MVA <rate> %" (SAF-T standard tax codes, domain.vat.TaxCode).
VAT_LABELS = {"5": "Fritatt (0 %)", "6": "Utenfor mva-loven"}

_SOFT_HYPHEN = "\u00ad"
# Where the long word may break on narrow paper at double size.
_TRAINING_TEXT = TRAINING_HEADING.replace("TRENINGSKVITTERING", f"TRENINGS{_SOFT_HYPHEN}KVITTERING")
_GAP = re.compile(r"^(.*?\S) {2,}(\S.*)$")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


@dataclass(frozen=True)
class ReceiptLine:
    """One printed line: its text and how it is printed.

    ``size`` magnifies width and height alike (1 normal, 2 double, 3 triple),
    so a line holds ``width // size`` characters. ``center`` asks the printer
    to centre the text; the text itself is not padded. A line with a
    ``barcode`` (a voucher's digits) is printed as a barcode, its digits
    under it (:mod:`bruktpos.devices.barcodes`); ``text`` is then what a preview shows.
    """

    text: str
    bold: bool = False
    size: int = 1
    center: bool = False
    barcode: str = ""


def render_receipt(
    data: ReceiptData, *, copy: bool = False, footer: str = DEFAULT_FOOTER, width: int = WIDE
) -> list[ReceiptLine]:
    """Lay a sale's receipt out as lines of at most ``width`` characters.

    ``copy=True`` marks the receipt "KOPI" at the top and the bottom. A
    training sale is headed (and ended) by the training text instead of
    "Salgskvittering". VAT per tax code is shown only when the sale was
    VAT-registered (a sale outside the VAT Act with its amount, no VAT);
    the rounding line only when there was rounding. The shop's phone and
    its receipt header (``data.header``) stand under its name and address;
    ``footer`` closes the receipt.
    """
    out = _Layout(width)
    # Totalt is the largest amount; the markings must be at least 50 % larger.
    amount_size = 1 if data.training else 2
    mark_size = amount_size + 1

    if data.training:
        out.text(_TRAINING_TEXT, bold=True, size=mark_size, center=True)
    else:
        heading = RETURN_HEADING if data.kind == "return" else SALE_HEADING
        out.text(heading, bold=True, size=2, center=True)
    if copy:
        out.text(COPY_MARK, bold=True, size=mark_size, center=True)
    out.blank()

    out.text(data.shop_name, bold=True, center=True)
    out.text(format_org_number(data.org_number, data.vat_registered), center=True)
    if data.address.strip():
        out.text(data.address, center=True)
    place = " ".join(part.strip() for part in (data.postcode, data.city) if part.strip())
    if place:
        out.text(place, center=True)
    if data.phone.strip():
        out.text(phone_line(data.phone), center=True)
    header_lines = [part for part in data.header.splitlines() if part.strip()]
    if header_lines:
        out.blank()
        for part in header_lines:
            out.text(part.strip(), center=True)
    out.blank()

    out.pair(f"Kvittering nr. {data.receipt_no}", f"Kasse {data.register_code}")
    out.pair(format_date(data.created_at), "kl. " + format_time(data.created_at))
    out.text(f"Betjent av: {data.cashier}")
    original = data.original_receipt_no
    if data.kind == "return" and original is not None:
        out.text(f"Retur av kvittering nr. {original}")
    out.rule()

    for line in data.lines:
        out.pair(line.description, money(line.gross))
        if line.quantity != 1:
            out.text(f"{line.quantity} x {money(line.unit_price)}", indent=2)
        if line.discount:
            label = "Rabatt" if line.discount_percent is None else f"Rabatt {line.discount_percent} %"
            out.pair(label, money(-line.discount), indent=2)
    out.rule()

    out.pair("Totalt", money(data.total), bold=True, size=amount_size)
    if data.discount_total:
        out.pair("Sum rabatt", money(data.discount_total))
    if data.vat_registered and data.vat_lines:
        out.blank()
        _vat(out, data.vat_lines)

    is_return = data.kind == "return"
    if data.payments:
        out.blank()
        if is_return:
            out.text("Tilbakebetalt:", bold=True)
    for payment in data.payments:
        out.pair(PAYMENT_NAMES.get(payment.method, payment.method.capitalize()), money(payment.amount))
    for voucher in data.vouchers_used:
        out.pair(f"  {format_voucher_code(voucher.code)}", money(voucher.amount))
        if voucher.left:
            # Part of it was used: the customer keeps the slip, and sees what it still pays.
            out.pair("  Igjen på tilgodelappen", money(voucher.left))
    if data.paid_cash and not is_return:
        out.pair("Kontant mottatt", money(data.cash_tendered))
        out.pair("Vekslepenger", money(data.change))
    if data.rounding:
        out.pair("Øreavrunding", money(data.rounding))
    for voucher in data.vouchers_issued:
        out.blank()
        out.pair("Tilgodelapp", money(voucher.amount))
        out.text(f"nr. {format_voucher_code(voucher.code)}", indent=2)
        out.text(f"gyldig til {format_date(voucher.expires_at)}", indent=2)

    if data.training:
        out.blank()
        out.text(_TRAINING_TEXT, bold=True, size=mark_size, center=True)
    if copy:
        out.blank()
        out.text(COPY_MARK, bold=True, size=mark_size, center=True)
    footer_lines = [part for part in footer.splitlines() if part.strip()]
    if footer_lines:
        out.blank()
        for part in footer_lines:
            out.text(part, center=True)
    return out.lines


def render_voucher(slip: VoucherSlip, *, copy: bool = False, width: int = WIDE) -> list[ReceiptLine]:
    """Lay a store-credit voucher ("tilgodelapp") out for the receipt printer.

    The amount left on it is printed large, then the expiry date and the
    code as a barcode to scan at the till. ``copy=True`` (printed
    again, e.g. after a printer failure) marks it "KOPI" larger than the
    amount at the top and the bottom; the balance is always read from the
    database, so a copy can never pay more than is left.
    """
    out = _Layout(width)
    out.text(VOUCHER_HEADING, bold=True, size=2, center=True)
    if copy:
        out.text(COPY_MARK, bold=True, size=3, center=True)
    out.blank()
    out.text(slip.shop_name, bold=True, center=True)
    out.text(format_org_number(slip.org_number, slip.vat_registered), center=True)
    if slip.phone.strip():
        out.text(phone_line(slip.phone), center=True)
    out.blank()
    out.text(money(slip.balance), bold=True, size=2, center=True)
    if slip.balance != slip.amount:
        out.text(f"(utstedt for {money(slip.amount)})", center=True)
    out.blank()
    out.text(f"Gyldig til og med {format_date(slip.expires_at)}", bold=True, center=True)
    out.pair(format_datetime(slip.issued_at), f"Kasse {slip.register_code}")
    out.text(f"Fra returkvittering nr. {slip.receipt_no}")
    out.blank()
    out.lines.append(ReceiptLine(format_voucher_code(slip.code), center=True, barcode=slip.code))
    out.blank()
    out.text("Vis lappen i kassa. Det som ikke brukes, står igjen på lappen.", center=True)
    out.text("Kan ikke byttes i kontanter.", center=True)
    if copy:
        out.blank()
        out.text(COPY_MARK, bold=True, size=3, center=True)
    return out.lines


# Shop 000, serial 0: an item code no shop hands out, so the sample's barcode
# scans as "not found" at the till instead of selling something.
SAMPLE_CODE = "040000000000" + str(ean13_check_digit("040000000000"))


def render_test_page(shop_name: str, *, connection: str, width: int = WIDE) -> list[ReceiptLine]:
    """A short sample that shows the printer works: Norwegian letters, other names, full width, a barcode."""
    out = _Layout(width)
    out.text("Testutskrift", bold=True, size=2, center=True)
    out.blank()
    out.text(shop_name, bold=True, center=True)
    out.blank()
    out.text("Norske bokstaver: æ ø å Æ Ø Å")
    out.text("Navn: Łukasz Wiśniewski, Zoë Müller")  # letters the code page lacks print plain
    out.text(f"Tilkobling: {connection}")
    out.text(f"Tegn per linje: {width}")
    out.lines.append(ReceiptLine(("1234567890" * (width // 10 + 1))[:width]))
    out.blank()
    out.lines.append(ReceiptLine(SAMPLE_CODE, center=True, barcode=SAMPLE_CODE))
    out.blank()
    out.text("Ser du æ, ø og å, en hel linje med tall og en strekkode, er skriveren klar.")
    return out.lines


def format_org_number(org_number: str, vat_registered: bool) -> str:
    """``Org.nr. 999 999 999``, followed by ``MVA`` when the shop is VAT-registered."""
    digits = org_number.strip()
    if len(digits) == 9 and digits.isdigit():
        digits = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return f"Org.nr. {digits} MVA" if vat_registered else f"Org.nr. {digits}"


def phone_line(phone: str) -> str:
    """``Tlf. 22 33 44 55``: the shop's phone as receipts and reports print it."""
    return f"Tlf. {phone.strip()}"


def money(ore: int) -> str:
    """An amount for paper: ``kr 1 234,50`` with plain spaces."""
    return format_money(ore).translate(_SPACES)


def receipt_text(lines: Sequence[ReceiptLine], width: int = WIDE) -> str:
    """The lines as plain monospaced text, for previews and logs.

    Centred lines are padded to the middle of the paper; a large line laid
    out as "label … amount" is stretched to the full width, as it prints.
    """
    out: list[str] = []
    for line in lines:
        text = line.text
        if line.center:
            text = text.center(width).rstrip()
        elif line.size > 1 and (gap := _GAP.match(text)):
            left, right = gap.groups()
            text = left + " " * max(1, width - len(left) - len(right)) + right
        out.append(text)
    return "\n".join(out)


def _percent(rate: int) -> str:
    # "25", "11,11": the number alone, as "MVA 25 %" puts the sign after a plain space.
    return format_vat_rate(rate).translate(_SPACES).removesuffix(" %")


def vat_label(line: VatLine) -> str:
    """What a tax code's line is called on paper: ``MVA 25 %``, ``Fritatt (0 %)``, ``Utenfor mva-loven``."""
    if line.code is None:
        return "Uten MVA"  # sold while the shop was not VAT-registered
    return VAT_LABELS.get(line.code.value) or f"MVA {_percent(line.rate)} %"


def _vat(out: _Layout, vat_lines: Sequence[VatLine]) -> None:
    # A line outside the VAT Act has no VAT, not 0 kr of it: only its amount is shown.
    rows = [(vat_label(v), money(v.net), money(v.vat)) for v in vat_lines if v.under_vat]
    if rows:
        label_w = max(len(r[0]) for r in rows)
        net_w = max(len(r[1]) for r in rows)
        vat_w = max(len(r[2]) for r in rows)
        if label_w + len("  grunnlag   mva ") + net_w + vat_w <= out.width:
            for label, net, vat in rows:
                out.pair(label, f"grunnlag {net.rjust(net_w)}  mva {vat.rjust(vat_w)}")
        else:
            for label, net, vat in rows:
                out.pair(label, f"mva {vat}")
                out.pair("grunnlag", net, indent=2)
    for v in vat_lines:
        if not v.under_vat:
            out.pair(vat_label(v), money(v.gross))


class _Layout:
    """Collects lines, wrapping and aligning text to the paper's width."""

    def __init__(self, width: int) -> None:
        if not isinstance(width, int) or isinstance(width, bool) or width < MIN_WIDTH:
            raise ValueError(f"a receipt needs at least {MIN_WIDTH} characters per line, got {width!r}")
        self.width = width
        self.lines: list[ReceiptLine] = []

    def blank(self) -> None:
        if self.lines and self.lines[-1].text:
            self.lines.append(ReceiptLine(""))

    def rule(self) -> None:
        self.lines.append(ReceiptLine("-" * self.width))

    def text(
        self, text: str, *, bold: bool = False, size: int = 1, center: bool = False, indent: int = 0
    ) -> None:
        for part in _wrap(text, self.width // size, indent):
            self.lines.append(ReceiptLine(part, bold, size, center))

    def pair(self, left: str, right: str, *, bold: bool = False, size: int = 1, indent: int = 0) -> None:
        """``left`` at the left edge and ``right`` at the right edge of the line."""
        if len(right) > self.width // size:
            size = 1  # too long to print large: keep it whole, at normal size
        capacity = self.width // size
        right = right[:capacity]
        parts = _wrap(left, capacity, indent)
        last = parts[-1]
        if len(last) + 1 + len(right) <= capacity:
            parts[-1] = last + " " * (capacity - len(last) - len(right)) + right
        else:
            parts.append(right.rjust(capacity))
        for part in parts:
            self.lines.append(ReceiptLine(part, bold, size))


def _wrap(text: str, capacity: int, indent: int = 0) -> list[str]:
    """Words of ``text`` in lines of at most ``capacity`` characters.

    Runs of spaces become one. A word longer than a line breaks at a soft
    hyphen if it has one that fits, else where the line ends, with a hyphen.
    """
    prefix = " " * indent
    room = capacity - indent
    lines: list[str] = []
    current = ""
    for word in text.translate(_SPACES).split():
        for n, piece in enumerate(_hyphenate(word, room)):
            if n or (current and len(current) + 1 + len(piece) > room):
                lines.append(current)
                current = piece
            else:
                current = f"{current} {piece}" if current else piece
    lines.append(current)
    return [prefix + line if line else line for line in lines]


def _hyphenate(word: str, room: int) -> list[str]:
    clean = word.replace(_SOFT_HYPHEN, "")
    if len(clean) <= room:
        return [clean]
    parts = [p for p in word.split(_SOFT_HYPHEN) if p]
    pieces: list[str] = []
    current = ""
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if len(current) + len(part) + (0 if last else 1) <= room:
            current += part
            continue
        if current:
            pieces.append(current + "-")
            current = ""
        while len(part) > (room if last else room - 1):
            pieces.append(part[: room - 1] + "-")
            part = part[room - 1 :]
        current = part
    if current:
        pieces.append(current)
    return pieces
