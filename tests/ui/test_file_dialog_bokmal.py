"""Qt's own dialogs (file chooser, message box) speak bokmål: no English word of Qt's is left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from bruktpos.ui.app import install_translators
from bruktpos.ui.widgets.files import save_file_dialog

# "Type" is left out: it is the bokmål word too (the column says "Type" in both).
ENGLISH = {
    "Look in:",
    "Look in",
    "File name:",
    "File &name:",
    "File name",
    "File &name",
    "Files of type:",
    "Files of type",
    "Save",
    "&Save",
    "Cancel",
    "Open",
    "&Open",
    "Detail View",
    "List View",
    "Back",
    "Forward",
    "Parent Directory",
    "Create New Folder",
    "Name",
    "Size",
    "Date Modified",
    "Kind",
    "Yes",
    "&Yes",
    "No",
    "&No",
    "OK",
    "Close",
    "&Choose",
    "Choose",
    "All Files (*)",
    "My Computer",
    "Computer",
    "Recent Places",
    "New Folder",
    "&Delete",
    "&Rename",
    "Show &hidden files",
}


@pytest.fixture
def bokmal(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    translators = install_translators(qapp, "nb")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def texts(widget: QWidget) -> list[str]:
    """Every text a person can see on ``widget``'s labels, buttons, tips, lists, headers and menus."""
    seen: list[str] = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QPushButton, QToolButton)):
            seen.append(child.text())
        if isinstance(child, QToolButton):
            seen.append(child.toolTip())
        if isinstance(child, QComboBox):
            seen.extend(child.itemText(i) for i in range(child.count()))
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            seen.extend(
                str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())
            )
    seen.extend(action.text() for action in widget.findChildren(QAction))  # the right-click menu
    return [text.strip() for text in seen if text and text.strip()]


def english_in(found: list[str]) -> set[str]:
    return {text for text in found if text in ENGLISH or text.rstrip(":") in ENGLISH}


def test_the_save_dialog_speaks_bokmal(qtbot, bokmal: None, tmp_path: Path) -> None:
    dialog = save_file_dialog(None, "Lagre rapporten", tmp_path / "rapport.pdf", "PDF-filer (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = texts(dialog)
    assert "Lagre" in found or "&Lagre" in found
    assert english_in(found) == set()


def test_a_message_box_speaks_bokmal(qtbot, bokmal: None) -> None:
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Close
    )
    box = QMessageBox(QMessageBox.Icon.Question, "Spørsmål", "Vil du lagre?", buttons)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    found = texts(box)
    assert {"&Ja", "Avbryt"} <= set(found)
    assert english_in(found) == set()


def test_a_number_box_menu_speaks_bokmal(qtbot, bokmal: None) -> None:
    box = QSpinBox()
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    seen: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read_menu)
            return
        seen.extend(action.text().split("\t")[0] for action in menu.actions() if action.text())
        menu.close()

    QTimer.singleShot(10, read_menu)
    QApplication.sendEvent(
        box,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, box.rect().center(), box.mapToGlobal(box.rect().center())
        ),
    )
    assert {"&Merk alt", "&Opp ett trinn", "&Ned ett trinn", "&Kopier"} <= set(seen)
    assert not {"&Select All", "&Step up", "Step &down", "&Copy", "&Paste"} & set(seen)


def test_saving_over_a_file_asks_in_bokmal(qtbot, bokmal: None, tmp_path: Path) -> None:
    existing = tmp_path / "rapport.pdf"
    existing.write_bytes(b"%PDF-1.4\n")
    dialog = save_file_dialog(None, "Lagre rapporten", existing, "PDF-filer (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer_no)
            return
        asked.append(box.text())
        asked.extend(texts(box))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(10, answer_no)
    dialog.accept()  # as Lagre does: Qt asks first, since the file is there
    assert asked and asked[0] == f"{existing.name} finnes allerede.\nVil du erstatte den?"
    assert {"&Ja", "&Nei"} <= set(asked)
    assert english_in(asked) == set()
    assert dialog.isVisible()  # "Nei" keeps the chooser open: nothing chosen yet
    assert dialog.result() != QFileDialog.DialogCode.Accepted
