"""Who may do what at the till."""

from __future__ import annotations

from enum import StrEnum

from bruktpos.domain.errors import PermissionDenied


class Role(StrEnum):
    CASHIER = "cashier"  # sells
    LEADER = "leader"  # approves cash differences, refunds, overrides, prices
    ADMIN = "admin"  # all a leader may, plus users and devices

    @property
    def rank(self) -> int:
        return {"cashier": 0, "leader": 1, "admin": 2}[self.value]


class Action(StrEnum):
    SELL = "sell"
    REFUND = "refund"
    PRICE_OVERRIDE = "price_override"
    VOID_AFTER_PAYMENT = "void_after_payment"
    DRAWER_WITHOUT_SALE = "drawer_without_sale"
    SETTINGS = "settings"
    MANAGE_USERS = "manage_users"  # adding, changing or switching off an administrator
    TRAINING_MODE = "training_mode"
    OPEN_DAY = "open_day"
    CLOSE_DAY = "close_day"
    X_REPORT = "x_report"
    CASH_IN = "cash_in"  # a pay-in
    CASH_OUT = "cash_out"  # a pay-out or a bank deposit
    # Counting the drawer again after the till showed what it expected (issue 13).
    CORRECT_COUNT = "correct_count"
    VIEW_REPORTS = "view_reports"  # the leaders' reports screen (sales, kilos, sell-through)
    # Discarding, recycling or moving items that are not yet due to come off
    # the shelf (items on the "to pull" list may be taken down by anyone).
    TAKE_OFF_SHELF = "take_off_shelf"
    RECEIVE_GOODS = "receive_goods"  # café and new goods delivered: the stock count goes up
    # A registered donation's weights put right (new, reversing lines; never an edit).
    CORRECT_DONATION = "correct_donation"
    # The "Folk" screen: add people, change roles, new PINs, unlock, switch off
    # and on again (anything that touches an administrator also needs MANAGE_USERS).
    MANAGE_PEOPLE = "manage_people"
    # Categories and café/new-goods products: names, prices, tax codes, order, retiring.
    MANAGE_CATALOGUE = "manage_catalogue"
    # The shop's own facts (name, organisation number, address, VAT registration,
    # receipt texts) and its registers: what receipts, reports and SAF-T carry.
    SHOP_DETAILS = "shop_details"
    # The SAF-T Cash Register file for the tax office: every sale, return and
    # journal event of a period, of every register.
    EXPORT_SAFT = "export_saft"
    # The electronic journal of a period, readable by a person: printed on the
    # receipt printer or saved as a PDF or CSV file.
    VIEW_JOURNAL = "view_journal"
    # A discount beyond the cashier's limit (the shop's settings), or a line at kr 0.
    DISCOUNT = "discount"
    # A cash difference at close above the shop's limit: a leader answers for it.
    CASH_DIFFERENCE = "cash_difference"
    # Closing the till program itself (the menu's "Quit", or the window's ×).
    QUIT_TILL = "quit_till"


# The least role each action needs.
_NEEDS: dict[Action, Role] = {
    Action.SELL: Role.CASHIER,
    Action.REFUND: Role.LEADER,
    Action.PRICE_OVERRIDE: Role.LEADER,
    Action.VOID_AFTER_PAYMENT: Role.LEADER,
    Action.DRAWER_WITHOUT_SALE: Role.LEADER,
    Action.SETTINGS: Role.LEADER,
    Action.MANAGE_USERS: Role.ADMIN,
    # A leader switches a till to training and back, so that practice sales
    # can never be used to take real money off the books.
    Action.TRAINING_MODE: Role.LEADER,
    # The business day: whoever is at the till counts the float in the morning,
    # may put change into the drawer and counts the drawer for the Z at close;
    # money out, and a cash difference above the shop's limit, need a leader.
    Action.OPEN_DAY: Role.CASHIER,
    Action.X_REPORT: Role.CASHIER,
    Action.CASH_IN: Role.CASHIER,
    Action.CASH_OUT: Role.LEADER,
    Action.CLOSE_DAY: Role.CASHIER,
    # Whoever counts the drawer counts it blind; a count changed after the
    # expected amount was seen is a correction a leader answers for.
    Action.CORRECT_COUNT: Role.LEADER,
    Action.VIEW_REPORTS: Role.LEADER,
    # The back room: a volunteer pulls what the categories' rules say is due
    # (the "to pull" list) and counts deliveries in; taking anything else off
    # the shelf is a leader's decision, since it takes sellable goods away.
    Action.TAKE_OFF_SHELF: Role.LEADER,
    Action.RECEIVE_GOODS: Role.CASHIER,
    # The kilos are what the chapter reports to funders: a leader answers for a change.
    Action.CORRECT_DONATION: Role.LEADER,
    # A shop leader looks after the cashiers and leaders (a new volunteer, a
    # forgotten PIN, a lockout on a Saturday); only an administrator may make
    # someone an administrator or change one, so a leader cannot give
    # themselves or anyone else more than a leader's rights.
    Action.MANAGE_PEOPLE: Role.LEADER,
    # A shop leader sets up what the shop sells and at what price …
    Action.MANAGE_CATALOGUE: Role.LEADER,
    # … and an administrator what the tax office sees: the shop's identity and its registers.
    Action.SHOP_DETAILS: Role.ADMIN,
    # The tax office asks the shop for its SAF-T file; a shop leader hands it over.
    Action.EXPORT_SAFT: Role.LEADER,
    # The journal names who did what at the till: the shop leader reads it, not every volunteer.
    Action.VIEW_JOURNAL: Role.LEADER,
    # A cashier gives a discount or a new price within the shop's limit on
    # their own; beyond it a leader approves (domain/discounts.py).
    Action.DISCOUNT: Role.LEADER,
    Action.CASH_DIFFERENCE: Role.LEADER,
    # A closed till sells nothing, and a participant who closed it by mistake
    # would stand in front of a desktop: a leader closes it at the end of the day.
    Action.QUIT_TILL: Role.LEADER,
}


def may(role: Role | str, action: Action) -> bool:
    return Role(role).rank >= _NEEDS[action].rank


def require(role: Role | str, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless ``role`` may do ``action``."""
    if not may(role, action):
        raise PermissionDenied(action.value, Role(role).value)


def require_over(by: Role | str, target: Role | str) -> None:
    """Raise :class:`PermissionDenied` unless ``by`` may manage a person who is (or becomes) ``target``.

    Managing people needs :attr:`Action.MANAGE_PEOPLE`; when the person is or
    becomes an administrator it needs :attr:`Action.MANAGE_USERS` as well.
    """
    require(by, Action.MANAGE_PEOPLE)
    if Role(target) is Role.ADMIN:
        require(by, Action.MANAGE_USERS)
