"""What assistive technology is told beyond a control's name: that a field is required, and text
without the decorative glyphs ("⚠", "✔") that a screen reader would otherwise read out as words.

Qt offers no way to set the accessible "required" state of a standard widget from Python, so a
required field says so in its accessible description; a field showing a problem describes the
problem instead (for an empty required field the problem says it is required).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from content.i18n import _

REQUIRED_PROPERTY = "amparo_required"
"""Dynamic property set on required fields (tests and the accessible-tree check read it)."""


def is_required(widget: QWidget) -> bool:
    return bool(widget.property(REQUIRED_PROPERTY))


def mark_required(widget: QWidget) -> None:
    """Mark `widget` as required and say so to assistive technology (call `describe` on retranslate)."""
    widget.setProperty(REQUIRED_PROPERTY, True)
    describe(widget)


def describe(widget: QWidget, problem: str = "") -> None:
    """The accessible description: the problem shown under the field, else "Required" when it is."""
    widget.setAccessibleDescription(problem or (_("Required") if is_required(widget) else ""))


def set_glyph_text(label: QLabel, glyph: str, text: str) -> None:
    """Show `glyph` before `text`, but give assistive technology the text alone."""
    label.setText(f"{glyph} {text}" if text else "")
    label.setAccessibleName(text)


DECORATIVE_GLYPHS = frozenset("⚠◆◇○●✔✘✓✗•★")
"""Symbols Amparo draws next to words that already say the same (a screen reader reads them aloud)."""


def without_glyphs(text: str) -> str:
    """`text` with the decorative glyphs removed, for an item's accessible text."""
    kept = "".join(c for c in text if c not in DECORATIVE_GLYPHS)
    # Keep line breaks (an action with its place below) but not the spaces left around a glyph.
    return "\n".join(" ".join(line.split()) for line in kept.strip().splitlines())
