"""Days between Python and Qt, and the till's date field (one place, for every screen that picks days)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

TOUCH = 48  # a finger's target


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def day_edit(day: date, parent: QWidget) -> QDateEdit:
    """A date field as the till shows one: 01.12.2026, a calendar to tap, a finger's height."""
    edit = QDateEdit(qdate(day), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    edit.setMinimumHeight(TOUCH)
    return edit
