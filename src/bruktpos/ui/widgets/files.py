"""Qt's own file dialogs, never the platform's: only Qt's speak bokmål from ``qtbase_nb.ts``.

A native (GTK, Windows) dialog follows the desktop's language, not the till's, so every file the
app asks for goes through these helpers, which always pass ``DontUseNativeDialog``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def _options(confirm_overwrite: bool = True) -> QFileDialog.Option:
    options = QFileDialog.Option.DontUseNativeDialog
    if not confirm_overwrite:
        options |= QFileDialog.Option.DontConfirmOverwrite
    return options


def save_file_dialog(
    parent: QWidget | None, title: str, suggested: Path, file_filter: str, *, confirm_overwrite: bool = True
) -> QFileDialog:
    """A Qt save dialog, not yet shown, suggesting ``suggested`` (and its suffix when none is typed)."""
    dialog = QFileDialog(parent, title, str(suggested), file_filter)
    dialog.setOptions(_options(confirm_overwrite))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if suggested.suffix:
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.selectFile(str(suggested))
    return dialog


def save_file_name(
    parent: QWidget | None,
    title: str,
    suggested: str | Path,
    file_filter: str = "",
    *,
    confirm_overwrite: bool = True,
) -> Path | None:
    """Ask where to save (Qt's own dialog); ``None`` when cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), file_filter, options=_options(confirm_overwrite)
    )
    return Path(name) if name else None


def open_file_name(
    parent: QWidget | None, title: str, folder: str | Path, file_filter: str = ""
) -> Path | None:
    """Ask which file to open (Qt's own dialog); ``None`` when cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter, options=_options())
    return Path(name) if name else None
