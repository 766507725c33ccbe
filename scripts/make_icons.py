"""Draw Amparo's icon files from ui/icons/amparo.svg: PNGs for the window and Linux, an .ico for Windows.

    QT_QPA_PLATFORM=offscreen python scripts/make_icons.py

PNGs are drawn with Qt's SVG renderer; the multi-size .ico is put together by ImageMagick's
`convert`. The outputs are committed, so building Amparo needs neither.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "ui" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "amparo.svg"))
    if not renderer.isValid():
        print("ui/icons/amparo.svg could not be read", file=sys.stderr)
        return 1
    pngs = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = ICONS / f"amparo-{size}.png"
        image.save(str(path))
        pngs.append(path)
    convert = shutil.which("convert")
    if convert is None:
        print("ImageMagick's convert is missing: amparo.ico was not rebuilt", file=sys.stderr)
        return 1
    subprocess.run([convert, *map(str, pngs), str(ICONS / "amparo.ico")], check=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
