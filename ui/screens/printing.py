"""Screenshots of the print screens: the guides list, a guide being read, the card dialog, a preview.

`SCREENS` maps a screen name to a builder `build(lang) -> QWidget` that returns a shown widget ready
to grab; `ui/screens/capture.py` imports this module and calls `save_screens`. Run on its own
(under `xvfb-run -s "-screen 0 1366x768x24"`) it writes `docs/screenshots/<screen>-<lang>.png`.
Only synthetic data appears: invented names and a made-up A-number.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSize
from PySide6.QtWidgets import QApplication, QWidget

from content import guides as guides_mod
from content.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]

READING_GUIDE = "ice-at-the-door"
WINDOW = QSize(1280, 720)


def settle(milliseconds: int = 600) -> None:
    """Let Qt lay out and paint (layouts and paint events are queued)."""
    from PySide6.QtTest import QTest

    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < milliseconds:
        QTest.qWait(25)


def _show(widget: QWidget, size: QSize = WINDOW) -> QWidget:
    widget.setWindowTitle("Amparo")
    widget.resize(size)
    widget.show()
    settle(300)
    return widget


def build_guides(lang: str) -> QWidget:
    """The guides list as it first opens: titles and summaries, nothing open yet."""
    from ui.guides.view import GuidesView

    set_language(lang)
    view = GuidesView()
    _show(view)
    return view


def build_guide_reading(lang: str) -> QWidget:
    """A guide open in the reader, text one step larger."""
    from ui.guides.view import GuidesView

    set_language(lang)
    view = GuidesView()
    view.open_guide(READING_GUIDE)
    view.larger_text()
    _show(view)
    return view


def build_card_dialog(lang: str) -> QWidget:
    """The card dialog with invented personal lines and the A-number box ticked (its warning shown)."""
    from ui.guides.card_dialog import CardDialog

    set_language(lang)
    dialog = CardDialog()
    dialog._attorney_name.setText("Lic. Ana Inventada")
    dialog._attorney_phone.setText("(202) 555-0143")
    dialog._emergency_name.setText("Pedro Ejemplo" if lang == "es" else "Peter Example")
    dialog._emergency_phone.setText("(202) 555-0199")
    dialog._a_check.setChecked(True)
    dialog._a_number.setText("A-012-345-678")
    dialog.rebuild()
    _show(dialog, QSize(1300, 740))
    settle(600)
    return dialog


def build_pdf_preview(lang: str) -> QWidget:
    """The print preview of a rights guide, built in memory."""
    from ui.guides.view import default_guide_pdf
    from ui.printing.preview import PdfPreviewDialog

    set_language(lang)
    guide = guides_mod.get_guide(lang, READING_GUIDE)
    if guide is None:
        raise SystemExit(f"guide {READING_GUIDE!r} is missing for {lang}")
    dialog = PdfPreviewDialog(default_guide_pdf(guide, lang), "rights-guide")
    _show(dialog, QSize(900, 740))
    dialog.preview.whole_page()
    settle(800)
    return dialog


SCREENS: dict[str, Callable[[str], QWidget]] = {
    "guides": build_guides,
    "guide-reading": build_guide_reading,
    "card-dialog": build_card_dialog,
    "pdf-preview": build_pdf_preview,
}


def save_screens(out_dir: Path, langs: tuple[str, ...] = ("es", "en")) -> list[Path]:
    """Build every screen in every language and save `<screen>-<lang>.png` in `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    for lang in langs:
        for name, build in SCREENS.items():
            widget = build(lang)
            path = out_dir / f"{name}-{lang}.png"
            if not widget.grab().save(str(path)):
                raise SystemExit(f"could not save {path}")
            saved.append(path)
            widget.close()
            widget.deleteLater()
            settle(50)
    return saved


def main() -> int:
    """Write the print screens' PNGs to docs/screenshots/."""
    app = QApplication.instance() or QApplication(sys.argv)
    for path in save_screens(ROOT / "docs" / "screenshots"):
        print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
