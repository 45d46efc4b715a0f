"""A journal entry's details as one plain Norwegian line, and its amount, for the journal a person reads.

The journal stores each event's facts as JSON (``store/journal.py``); an
auditor or a shop leader reading the electronic journal wants a sentence:
"Linje fjernet: Kaffe, 1 stk, godkjent av Kari" rather than
``{"line": 3, "approved_by": 2, …}``. :func:`entry_text` writes that line for
every kind the till journals (a kind it does not know gets its facts as
"label: value" pairs, never raw JSON) and :func:`entry_amount` picks the
entry's amount, where it has one. The words are Norwegian, as on the
receipts and the Z report: the journal is the shop's record.

People are named, never numbered (``names``: user id → name). Voucher
codes are worth money and show their last four digits only; digests and row
checks are the integrity check's own and are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from bruktpos.domain.formatting import format_date, format_datetime, format_money, plain_spaces

# Details that are the integrity check's own (digests of rows) or a whole report, not facts for a line.
INTERNAL = frozenset({"rows", "digest", "report", "by_denomination", "count", "opening_count"})
MAX_TEXT = 300  # characters: one line, even for a long reason or a settings value

METHODS = {"cash": "kontant", "card": "kort", "vipps": "Vipps", "voucher": "tilgodelapp"}
ROLES = {"cashier": "kasserer", "leader": "butikkleder", "admin": "administrator"}
MOVEMENTS = {"pay_in": "Innskudd", "pay_out": "Uttak", "deposit": "Bankinnskudd"}
ITEM_STATUS = {
    "discarded": "kastet",
    "recycled": "levert til gjenvinning",
    "moved": "flyttet til en annen butikk",
}
CATALOGUE_ACTIONS = {
    "added": "lagt til",
    "changed": "endret",
    "renamed": "fikk nytt navn",
    "moved": "flyttet",
    "retired": "tatt bort",
    "restored": "tatt i bruk igjen",
}
PEOPLE_ACTIONS = {
    "created": "lagt til",
    "pin_changed": "fikk ny PIN",
    "unlocked": "låst opp",
    "role_changed": "fikk ny rolle",
    "deactivated": "slått av",
    "reactivated": "slått på igjen",
}
# Labels for facts of kinds this module has no sentence for.
LABELS = {
    "amount": "beløp",
    "total": "sum",
    "reason": "grunn",
    "note": "merknad",
    "file": "fil",
    "from": "fra",
    "to": "til",
    "register": "kasse",
    "name": "navn",
    "version": "versjon",
    "receipt_no": "kvittering",
    "approved_by": "godkjent av",
    "user": "person",
    "setting": "innstilling",
    "status": "status",
    "items": "varer",
}
_MONEY_KEYS = frozenset(
    {"amount", "total", "float", "cash", "expected", "difference", "paid", "before", "after"}
)
_PERSON_KEYS = frozenset({"approved_by", "user", "approved_by_id"})

_SALE_EVENTS = frozenset({"sale", "return", "training_sale"})
# Kinds whose details' "amount" (or "total") is money that moved or was taken off.
_AMOUNT_EVENTS = frozenset(
    {"cash_in", "cash_out", "line_void", "payment_given_back", "sale_suspended", "sale_resumed"}
)

Names = Mapping[int, str]
_Describer = Callable[[Mapping[str, Any], "_Facts"], str]


def kroner(ore: int) -> str:
    """``kr 1 234,50`` with plain spaces (PDF fonts and receipt printers)."""
    return plain_spaces(format_money(ore))


class _Facts:
    """What a describer needs besides the details: the people's names and who made the entry."""

    def __init__(self, names: Names, user_id: int | None) -> None:
        self.names = names
        self.user_id = user_id

    def person(self, user_id: object) -> str:
        if isinstance(user_id, bool) or not isinstance(user_id, int):
            return str(user_id) if user_id else ""
        return self.names.get(user_id, f"person nr. {user_id}")

    def approved(self, details: Mapping[str, Any]) -> str:
        """ ", godkjent av Kari" when someone else than the one who did it approved it."""
        by = details.get("approved_by")
        if by is None or by == self.user_id or isinstance(by, bool):
            return ""
        return f", godkjent av {self.person(by)}"


def entry_text(event: str, details: Mapping[str, Any], *, names: Names, user_id: int | None = None) -> str:
    """One plain line of what the entry of kind ``event`` with ``details`` says happened."""
    facts = _Facts(names, user_id)
    describer = _DESCRIBERS.get(event)
    try:
        text = describer(details, facts) if describer else _generic(event, details, facts)
    except (KeyError, TypeError, ValueError, AttributeError):  # facts of an older or odd shape
        text = _generic(event, details, facts)
    text = " ".join(text.split())
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def entry_amount(event: str, details: Mapping[str, Any], *, sale_total: int | None = None) -> int | None:
    """The entry's own amount in øre: a sale's total, the money moved, what a discount or void took off.

    Entries about a sale's receipt or drawer carry its receipt number, not its
    amount again, so the amounts of a period add up to what happened once.
    """
    if event in _SALE_EVENTS:
        return _int(details.get("total")) if "total" in details else sale_total
    if event in ("x_report", "z_report"):
        report = details.get("report")
        return _int(report.get("net_sales")) if isinstance(report, Mapping) else None
    if event in ("discount", "price_override"):
        before, after = _int(details.get("before")), _int(details.get("after"))
        return None if before is None or after is None else after - before
    if event == "drawer_counted":
        return _int(details.get("cash"))
    if event == "day_opened":
        return _int(details.get("float"))
    amount = _int(details.get("amount"))
    if event == "cash_out" and amount is not None:
        return -abs(amount)
    if event in _AMOUNT_EVENTS:
        return amount if amount is not None else _int(details.get("total"))
    return None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _moment(text: object) -> str:
    try:
        return format_datetime(datetime.fromisoformat(str(text)))
    except ValueError:
        return str(text)


def _day(text: object) -> str:
    try:
        return format_date(datetime.fromisoformat(str(text)))
    except ValueError:
        return str(text)


def _value(key: str, value: object, facts: _Facts) -> str:
    """One fact as a person reads it."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if key in _MONEY_KEYS and isinstance(value, int):
        return kroner(value)
    if key in _PERSON_KEYS:
        return facts.person(value)
    if key == "voucher" and isinstance(value, str):
        return "…" + value[-4:]
    if isinstance(value, Mapping):
        inner = ", ".join(f"{k}={_value(str(k), v, facts)}" for k, v in value.items() if k not in INTERNAL)
        return inner or "–"
    if isinstance(value, list | tuple):
        return ", ".join(_value(key, v, facts) for v in value) or "–"
    return str(value)


def _generic(event: str, details: Mapping[str, Any], facts: _Facts) -> str:
    """An event without a sentence of its own: its kind, then each fact as "label: value"."""
    title = event.replace("_", " ").capitalize()
    parts = [
        f"{LABELS.get(key, key.replace('_', ' '))}: {_value(key, value, facts)}"
        for key, value in details.items()
        if key not in INTERNAL and not key.endswith("_id")
    ]
    return f"{title}: {'; '.join(parts)}" if parts else title


def _line(details: Mapping[str, Any]) -> str:
    """The cart line an entry is about: its description, and the item's code if it has one."""
    description = str(details.get("description") or "linje")
    item = details.get("item")
    return f"{description} (vare {item})" if item else description


def _reason(details: Mapping[str, Any]) -> str:
    reason = str(details.get("reason") or "").strip()
    return f", grunn: {reason}" if reason else ""


def _sale(details: Mapping[str, Any], facts: _Facts) -> str:
    changes = details.get("price_changes") or ()
    given = f", rabatt eller ny pris på {len(changes)} linje(r)" if changes else ""
    return "Salg" + given


def _training_sale(details: Mapping[str, Any], facts: _Facts) -> str:
    return "Treningssalg (teller ikke)"


def _return(details: Mapping[str, Any], facts: _Facts) -> str:
    original = details.get("original") or {}
    where = " som tilgodelapp" if details.get("refund_to") == "voucher" else " på samme måte som betalt"
    number = original.get("receipt_no") if isinstance(original, Mapping) else None
    source = f" fra kvittering {number}" if number is not None else ""
    return f"Retur{source}, pengene tilbake{where}{facts.approved(details)}"


def _receipt_printed(details: Mapping[str, Any], facts: _Facts) -> str:
    what = "Returkvittering" if details.get("kind") == "return" else "Kvittering"
    text = f"{what} skrevet ut"
    if details.get("after_failure"):
        text += " etter at den ikke ble skrevet ut først (original, ikke kopi)"
    if details.get("training"):
        text += " (trening)"
    return text


def _receipt_failed(details: Mapping[str, Any], facts: _Facts) -> str:
    reason = str(details.get("reason") or "").strip()
    return "Kvitteringen ble ikke skrevet ut" + (f": {reason}" if reason else "")


def _drawer_opened(details: Mapping[str, Any], facts: _Facts) -> str:
    if details.get("no_sale"):
        return "Kasseskuffen åpnet uten salg" + facts.approved(details)
    return "Kasseskuffen åpnet ved salg"


def _line_void(details: Mapping[str, Any], facts: _Facts) -> str:
    quantity = details.get("quantity")
    if details.get("correction") == "quantity":
        text = f"Antall satt ned: {_line(details)}, {quantity} færre"
    else:
        text = f"Linje fjernet: {_line(details)}" + (f", {quantity} stk" if quantity else "")
    if details.get("after_payment"):
        text += ", etter betaling"
    return text + facts.approved(details)


def _discount(details: Mapping[str, Any], facts: _Facts) -> str:
    kind, value = details.get("kind"), details.get("value")
    if kind == "percent":
        given = f"{value} % rabatt"
    elif kind == "amount" and isinstance(value, int):
        given = f"{kroner(value)} i rabatt"
    elif kind == "quantity":
        given = f"flere av en rabattert vare (antall {value})"
    else:
        given = "rabatt"
    return f"{given[:1].upper()}{given[1:]} på {_line(details)}{_before_after(details)}" + (
        facts.approved(details) + _reason(details)
    )


def _before_after(details: Mapping[str, Any]) -> str:
    before, after = _int(details.get("before")), _int(details.get("after"))
    return f", fra {kroner(before)} til {kroner(after)}" if before is not None and after is not None else ""


def _price_override(details: Mapping[str, Any], facts: _Facts) -> str:
    old, new = _int(details.get("from")), _int(details.get("to"))
    price = f" fra {kroner(old)} til {kroner(new)}" if old is not None and new is not None else ""
    return f"Ny pris på {_line(details)}:{price}" + facts.approved(details) + _reason(details)


def _price_change(details: Mapping[str, Any], facts: _Facts) -> str:
    old, new = _int(details.get("from")), _int(details.get("to"))
    price = f" fra {kroner(old)} til {kroner(new)}" if old is not None and new is not None else ""
    return f"Ny pris på vare {details.get('item', '')}{price}"


def _training(on: bool) -> _Describer:
    def describe(details: Mapping[str, Any], facts: _Facts) -> str:
        return f"Treningsmodus {'på' if on else 'av'}" + facts.approved(details)

    return describe


def _login_failed(details: Mapping[str, Any], facts: _Facts) -> str:
    if details.get("while_locked"):
        return "Forsøkte å logge inn mens personen var låst"
    attempt = details.get("attempt")
    return "Feil PIN" + (f" (forsøk {attempt})" if attempt else "")


def _user_locked(details: Mapping[str, Any], facts: _Facts) -> str:
    return f"Låst etter for mange feil PIN, til {_moment(details.get('until'))}"


def _user_changed(details: Mapping[str, Any], facts: _Facts) -> str:
    action = str(details.get("action", ""))
    whom = str(details.get("name") or facts.person(details.get("user")))
    text = f"{whom} {PEOPLE_ACTIONS.get(action, action.replace('_', ' '))}"
    if action == "created" and details.get("role"):
        text += f" som {ROLES.get(str(details['role']), details['role'])}"
    if action == "role_changed":
        old, new = str(details.get("from", "")), str(details.get("to", ""))
        text += f": fra {ROLES.get(old, old)} til {ROLES.get(new, new)}"
    if details.get("by") == "command line":
        text += ", fra kommandolinjen"
    return text[:1].upper() + text[1:]


def _settings_changed(details: Mapping[str, Any], facts: _Facts) -> str:
    name = details.get("setting") or details.get("category")
    what = f"Innstilling «{name}»" if details.get("setting") else f"Nedprising for «{name}»"
    old, new = _value("from", details.get("from"), facts), _value("to", details.get("to"), facts)
    return f"{what} endret fra {old} til {new}"


def _day_opened(details: Mapping[str, Any], facts: _Facts) -> str:
    text = f"Dagen {_day(details.get('business_date'))} åpnet, veksel talt"
    note = str(details.get("note") or "").strip()
    return text + (f", merknad: {note}" if note else "")


def _cash_movement(details: Mapping[str, Any], facts: _Facts) -> str:
    kind = str(details.get("kind", ""))
    reason = str(details.get("reason") or "").strip()
    return MOVEMENTS.get(kind, kind) + (f": {reason}" if reason else "") + facts.approved(details)


def _drawer_counted(details: Mapping[str, Any], facts: _Facts) -> str:
    seq = details.get("seq")
    which = "Kassen talt opp" if details.get("kind") == "first" else f"Kassen talt opp igjen ({seq}.)"
    parts = [which]
    for key, label in (("expected", "forventet"), ("difference", "differanse")):
        if _int(details.get(key)) is not None:
            parts.append(f"{label} {kroner(details[key])}")
    if details.get("approved_by"):
        parts.append(f"godkjent av {facts.person(details['approved_by'])}")
    note = str(details.get("note") or "").strip()
    if note:
        parts.append(f"merknad: {note}")
    return ", ".join(parts)


def _report(kind: str) -> _Describer:
    def describe(details: Mapping[str, Any], facts: _Facts) -> str:
        report = details.get("report") or {}
        number = report.get("z_number") if kind == "Z" else None
        title = f"Z-rapport nr. {number}" if number is not None else f"{kind}-rapport"
        day = report.get("date")
        return title + (f" for {_day(day)}" if day else "") + " (beløpet er netto salg)"

    return describe


def _suspended(details: Mapping[str, Any], facts: _Facts) -> str:
    lines = details.get("lines")
    text = "Salg parkert" + (f", {lines} linje(r)" if lines else "")
    paid = _int(details.get("paid"))
    return text + (f", betalt {kroner(paid)}" if paid else "")


def _given_back(details: Mapping[str, Any], facts: _Facts) -> str:
    method = str(details.get("method", ""))
    voucher = details.get("voucher")
    text = f"Betaling gitt tilbake ({METHODS.get(method, method)})"
    return text + (f", tilgodelapp …{str(voucher)[-4:]}" if voucher else "")


def _pos_start(details: Mapping[str, Any], facts: _Facts) -> str:
    version = details.get("version")
    return "BruktPOS startet" + (f", versjon {version}" if version else "")


def _pos_stop(details: Mapping[str, Any], facts: _Facts) -> str:
    left = len(details.get("unprinted_sales") or ()) + len(details.get("unprinted_vouchers") or ())
    return "BruktPOS avsluttet" + (f", {left} kvittering(er) ikke skrevet ut" if left else "")


def _setup(details: Mapping[str, Any], facts: _Facts) -> str:
    return (
        f"Butikken satt opp: {details.get('shop', '')}, org.nr. {details.get('org_number', '')}, "
        f"kasse {details.get('register', '')}"
    )


def _export(title: str) -> _Describer:
    def describe(details: Mapping[str, Any], facts: _Facts) -> str:
        period = f" for {_day(details.get('from'))}–{_day(details.get('to'))}" if details.get("from") else ""
        register = f", kasse {details['register']}" if details.get("register") else ""
        file = f": {details['file']}" if details.get("file") else ""
        return f"{title}{period}{register}{file}"

    return describe


def _off_shelf(details: Mapping[str, Any], facts: _Facts) -> str:
    items = details.get("items") or ()
    status = str(details.get("status", ""))
    return f"{len(items)} vare(r) tatt ut av butikken, {ITEM_STATUS.get(status, status)}"


def _goods_received(details: Mapping[str, Any], facts: _Facts) -> str:
    return (
        f"Varemottak: {details.get('product', '')}, {details.get('received')} stk "
        f"(lager fra {details.get('from')} til {details.get('to')})"
    )


def _donation_corrected(details: Mapping[str, Any], facts: _Facts) -> str:
    def kilos(lines: Any) -> str:
        grams = sum(int(line.get("grams", 0)) for line in lines or ())
        return f"{grams // 1000},{grams % 1000:03d} kg"

    reason = f" ({details['reason']})" if details.get("reason") else ""
    return (
        f"Gave nr. {details.get('donation')} rettet: {kilos(details.get('from'))} "
        f"→ {kilos(details.get('to'))}{reason}"
    )


def _catalogue(what: str, key: str) -> _Describer:
    def describe(details: Mapping[str, Any], facts: _Facts) -> str:
        action = str(details.get("action", ""))
        return f"{what} «{details.get(key, '')}» {CATALOGUE_ACTIONS.get(action, action)}"

    return describe


def _register_added(details: Mapping[str, Any], facts: _Facts) -> str:
    return f"Ny kasse {details.get('register', '')} ({details.get('name', '')})"


def _shop_changed(details: Mapping[str, Any], facts: _Facts) -> str:
    old, new = _value("from", details.get("from"), facts), _value("to", details.get("to"), facts)
    return f"Butikkens opplysninger: {details.get('field', '')} endret fra {old} til {new}"


def _fixed(text: str) -> _Describer:
    return lambda _details, _facts: text


_DESCRIBERS: dict[str, _Describer] = {
    "sale": _sale,
    "training_sale": _training_sale,
    "return": _return,
    "receipt_printed": _receipt_printed,
    "receipt_failed": _receipt_failed,
    "receipt_copy": _fixed("Kopi av kvittering skrevet ut (KOPI)"),
    "voucher_copy": lambda d, f: f"Kopi av tilgodelapp …{str(d.get('voucher', ''))[-4:]} skrevet ut",
    "no_receipt": _fixed("Salg fullført uten kvittering"),
    "drawer_opened": _drawer_opened,
    "line_void": _line_void,
    "discount": _discount,
    "price_override": _price_override,
    "price_change": _price_change,
    "training_on": _training(True),
    "training_off": _training(False),
    "login": _fixed("Logget inn"),
    "logout": _fixed("Logget ut"),
    "login_failed": _login_failed,
    "user_locked": _user_locked,
    "user_changed": _user_changed,
    "settings_changed": _settings_changed,
    "day_opened": _day_opened,
    "cash_in": _cash_movement,
    "cash_out": _cash_movement,
    "drawer_counted": _drawer_counted,
    "x_report": _report("X"),
    "z_report": _report("Z"),
    "sale_suspended": _suspended,
    "sale_resumed": _fixed("Parkert salg hentet fram igjen"),
    "payment_given_back": _given_back,
    "pos_start": _pos_start,
    "pos_stop": _pos_stop,
    "setup": _setup,
    "backup": _export("Sikkerhetskopi tatt"),
    "saft_export": _export("SAF-T-fil til Skatteetaten lagret"),
    "journal_printed": _export("Elektronisk journal skrevet ut"),
    "journal_exported": _export("Elektronisk journal lagret"),
    "items_off_shelf": _off_shelf,
    "goods_received": _goods_received,
    "donation_corrected": _donation_corrected,
    "category_changed": _catalogue("Varegruppe", "category"),
    "product_changed": _catalogue("Produkt", "product"),
    "register_added": _register_added,
    "shop_changed": _shop_changed,
}
