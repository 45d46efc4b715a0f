"""Choosing a parked sale to resume."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from bruktpos.domain.formatting import format_money, format_time
from bruktpos.services.checkout import ParkedInfo
from bruktpos.ui.till.sizes import keep_wrapped_whole, prefer_width, set_size


class ParkedDialog(QDialog):
    def __init__(self, parked: list[ParkedInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parked sales"))
        self.setModal(True)
        prefer_width(self, 560, parent)
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Which sale do you want to resume?"), self)
        heading.setObjectName("dialog_title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.buttons: list[QPushButton] = []
        for sale in parked:
            text = (
                self.tr("Parked at %1 — %2")
                .replace("%1", format_time(sale.parked_at))
                .replace("%2", format_money(sale.total))
            )
            if sale.label:
                text += f" — {sale.label}"
            if sale.paid:
                text += " — " + self.tr("%1 already paid").replace("%1", format_money(sale.paid))
            button = QPushButton(text, self)
            set_size(button, "row")
            button.clicked.connect(lambda _=False, parked_id=sale.id: self._choose(parked_id))
            layout.addWidget(button)
            self.buttons.append(button)
        cancel = QPushButton(self.tr("Cancel"), self)
        set_size(cancel, "row")
        cancel.clicked.connect(self.reject)
        layout.addWidget(cancel)
        keep_wrapped_whole(self)

    def _choose(self, parked_id: int) -> None:
        self.chosen = parked_id
        self.accept()
