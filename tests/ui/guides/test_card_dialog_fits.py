"""The card dialog and the print preview fit a 1366×768 screen at 150 % scale, buttons included.

At `QT_SCALE_FACTOR=1.5` such a screen offers 911×512 of Qt's logical pixels, and sizes are logical, so
a minimum size within that room (less the window frame) fits at any scale. The card dialog's choices
once made it 523 high, past the bottom of the screen with Print, Save and Close.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from ui.accessibility.window_fit import FRAME_ALLOWANCE
from ui.guides.card_dialog import CardDialog
from ui.printing.preview import PdfPreviewDialog

ROOM_AT_150 = QSize(911, 512) - FRAME_ALLOWANCE


@pytest.mark.parametrize("lang", ["es", "en"])
def test_card_dialog_and_preview_fit_at_150_percent(qtbot, lang: str) -> None:  # type: ignore[no-untyped-def]
    from content.i18n import set_language

    set_language(lang)
    try:
        card = CardDialog()
        qtbot.addWidget(card)
        preview = PdfPreviewDialog(b"%PDF-1.4", "x")
        qtbot.addWidget(preview)
        for dialog in (card, preview):
            need = dialog.minimumSizeHint()
            assert need.width() <= ROOM_AT_150.width() and need.height() <= ROOM_AT_150.height(), need
    finally:
        set_language("en")


def test_the_guides_screen_opens_the_card_so_an_open_vault_need_not_be_locked(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.guides.view import GuidesView

    guides = GuidesView()
    qtbot.addWidget(guides)
    guides.show()
    qtbot.mouseClick(guides._card, Qt.MouseButton.LeftButton)
    assert isinstance(guides.card_dialog, CardDialog) and guides.card_dialog.isVisible()
    guides.card_dialog.close()
