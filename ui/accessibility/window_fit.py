"""Windows that fit the screen at any text size.

Sizes are in Qt's scaled pixels: at 150 % text a 1366×768 screen offers about 910×512 of them, so a
window or dialog opened at a fixed 1200×720 would reach past the screen's edges with its buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = QSize(16, 48)  # window-manager borders and title bar, outside the client area


def fit_window(window: QWidget, preferred: QSize, screen: QScreen | None = None) -> None:
    """Size `window` to `preferred`, or to the free area of its screen where that is smaller, centred.

    Sizes are in Qt's scaled pixels: at 150 % a 1366×768 screen offers about 910×512, and a fixed
    1200×720 window would open 1800×1080 real pixels, past the screen's edges.
    """
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return
    room = screen.availableGeometry()
    # The title bar and borders are drawn outside the size set here: leave them room too.
    width = max(1, min(preferred.width(), room.width() - FRAME_ALLOWANCE.width()))
    height = max(1, min(preferred.height(), room.height() - FRAME_ALLOWANCE.height()))
    window.resize(width, height)
    window.move(room.x() + (room.width() - width - FRAME_ALLOWANCE.width()) // 2,
                room.y() + (room.height() - height - FRAME_ALLOWANCE.height()) // 2)
