"""Choosing where a transfer or calendar file goes, and reading one back, with no dialog history kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.printing.preview import documents_folder, forget_file_dialog_history


def choose_save_path(parent: QWidget, title: str, suggested: str, filter_text: str, suffix: str) -> Path | None:
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / suggested),
                                                    filter_text, "", options=QFileDialog.Option.DontUseNativeDialog)
    forget_file_dialog_history()
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(suffix)


def choose_open_path(parent: QWidget, title: str, filter_text: str) -> Path | None:
    chosen, _selected = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filter_text, "",
                                                    options=QFileDialog.Option.DontUseNativeDialog)
    forget_file_dialog_history()
    return Path(chosen) if chosen else None
