"""The app's Save as… (previews and the rights card) creates the PDF 0600, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.ui.printing.test_print_preview import make_pdf, wait_ready
from ui.printing.preview import PdfPreviewDialog


def test_save_as_creates_an_owner_only_file(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "case-summary.pdf"
    target.write_bytes(b"an older, world-readable file")
    target.chmod(0o644)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    old = os.umask(0o022)
    try:
        dialog = PdfPreviewDialog(make_pdf(1), "case-summary")
        qtbot.addWidget(dialog)
        wait_ready(qtbot, dialog.preview)
        assert dialog.save_as() == target
    finally:
        os.umask(old)
    assert target.read_bytes() == make_pdf(1)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["case-summary.pdf"]
