"""The main window. For now it shows the shop's state; the till comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from bruktpos.services.shop import ShopOverview


class MainWindow(QMainWindow):
    def __init__(self, overview: ShopOverview) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("BruktPOS"))
        self.setMinimumSize(1024, 768)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(24)

        title = QLabel(overview.shop_name or self.tr("No shop is set up in this database yet."), central)
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)

        self.status = QLabel(
            self.tr("The database is ready: %1 items on the shelves, %2 sales recorded.")
            .replace("%1", str(overview.items_in_stock))
            .replace("%2", str(overview.sales)),
            central,
        )
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        note = QLabel(
            self.tr(
                "The till screen comes in the next version. For now, this window shows that all is well."
            ),
            central,
        )
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setWordWrap(True)
        layout.addWidget(note)

        close = QPushButton(self.tr("Close"), central)
        close.setObjectName("primary")
        close.clicked.connect(self.close)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(central)
