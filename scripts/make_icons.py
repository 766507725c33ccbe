"""Draw Amparo's icon files from ui/icons/amparo.svg with ImageMagick: PNGs for the window and the Linux
menu, a multi-size .ico for the Windows build.

    python scripts/make_icons.py

The outputs are committed, so building or installing Amparo needs no ImageMagick. (Qt is not used
here: scripts stay free of Qt, which belongs to ui/.) Every shape in the SVG says `stroke="none"`:
ImageMagick's own SVG reader would otherwise outline it in black.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "ui" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    convert = shutil.which("convert")
    if convert is None:
        print("ImageMagick's convert is needed to draw the icons", file=sys.stderr)
        return 1
    svg = ICONS / "amparo.svg"
    pngs = []
    for size in SIZES:
        png = ICONS / f"amparo-{size}.png"
        subprocess.run([convert, "-background", "none", "-density", "384", str(svg), "-resize",
                        f"{size}x{size}", "-depth", "8", f"PNG32:{png}"], check=True)
        pngs.append(str(png))
    subprocess.run([convert, *pngs, str(ICONS / "amparo.ico")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
