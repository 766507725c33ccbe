"""Print a wallet rights card: choose language, size, layout and paper, add optional lines, preview.

Needs no vault. The sheet is rebuilt in memory by `reports.card.card_pdf` on every change and shown
in the same preview used everywhere else, so what is printed or saved is exactly what is on screen.
The A-number is left off unless the user ticks the box, and then the warning from
`reports.card.card_warnings` stays visible next to it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from content.active import ContentUnverified
from content.i18n import _, language, language_name, languages
from domain.validation import Invalid, parse_a_number
from reports.card import CardPersonal, card_pdf, card_reviewed, card_warnings
from reports.document import ReportError
from reports.i18n import reviewed_words
from ui.accessibility.window_fit import fit_window
from ui.cli.pack_import import unverified_message
from ui.printing.preview import PdfPreview, print_with_dialog, save_pdf_as

CardBuilder = Callable[..., bytes]

REBUILD_DELAY_MS = 250
"""Typing pauses this long before the sheet is rebuilt (a rebuild takes ~50 ms)."""

_SIZES = ("business", "id1")
_LAYOUTS = ("foldover", "duplex")
_PAPERS = ("letter", "a4")
_FIELD_MAX = 60


class CardDialog(QDialog):
    """Choose the options of the wallet rights card, see the sheet, print or save it."""

    preview_updated = Signal()  # a new sheet is shown (or an error replaced it)

    def __init__(self, parent: QWidget | None = None, *, build: CardBuilder | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Amparo")
        self._build = build or card_pdf
        self._pdf = b""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)

        self._lang = QComboBox(self)
        self._size = QComboBox(self)
        self._layout = QComboBox(self)
        self._paper = QComboBox(self)
        # Every language Amparo has files for can be the front: adding a language is adding files.
        self._langs = languages()
        for combo, count in ((self._lang, len(self._langs)), (self._size, 2), (self._layout, 2), (self._paper, 2)):
            for _i in range(count):
                combo.addItem("")
            # Choices like "Para doblar (imprimir de un solo lado)" must be readable whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._lang.setCurrentIndex(self._langs.index(language()) if language() in self._langs else 0)
        self._back_note = QLabel(self)
        self._back_note.setWordWrap(True)
        self._reviewed = QLabel(self)
        self._reviewed.setObjectName("card_reviewed")
        self._reviewed.setWordWrap(True)

        self._attorney_name = QLineEdit(self)
        self._attorney_phone = QLineEdit(self)
        self._emergency_name = QLineEdit(self)
        self._emergency_phone = QLineEdit(self)
        self._a_check = QCheckBox(self)
        self._a_number = QLineEdit(self)
        self._a_number.setEnabled(False)
        self._a_problem = QLabel(self)
        self._a_problem.setWordWrap(True)
        self._a_problem.setStyleSheet("color: #b00020;")
        self._a_problem.hide()
        self._warning = QLabel(self)
        self._warning.setWordWrap(True)
        self._warning.setTextFormat(Qt.TextFormat.PlainText)
        self._warning.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #b7791f; border-radius: 4px; padding: 6px; }"
        )
        self._warning.hide()
        for edit in (self._attorney_name, self._attorney_phone, self._emergency_name,
                     self._emergency_phone, self._a_number):
            edit.setMaxLength(_FIELD_MAX)
            edit.textChanged.connect(self._schedule)
        self._a_check.toggled.connect(self._on_a_check)

        self._error = QLabel(self)
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #b00020; font-weight: bold;")
        self._error.hide()
        self.preview = PdfPreview(self)
        self.preview.loaded.connect(self._on_loaded)

        self._print = QPushButton(self)
        self._save = QPushButton(self)
        self._close = QPushButton(self)
        self._print.clicked.connect(self.print_)
        self._save.clicked.connect(self.save_as)
        self._close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self).activated.connect(self.print_)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save_as)

        self._options_box = QGroupBox(self)
        self._options_form = QFormLayout(self._options_box)
        # Labels above the choices: each combo box gets the whole width of the pane for its text.
        self._options_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._options_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each field gets its own QLabel (addRow("") would make none), so retranslate can set
        # the text and the label stays the field's buddy for its mnemonic.
        self._labels: dict[QWidget, QLabel] = {}

        def row(form: QFormLayout, field: QWidget) -> None:
            label = QLabel(self)
            label.setBuddy(field)
            self._labels[field] = label
            form.addRow(label, field)

        row(self._options_form, self._lang)
        self._options_form.addRow(self._back_note)
        self._options_form.addRow(self._reviewed)
        row(self._options_form, self._size)
        row(self._options_form, self._layout)
        row(self._options_form, self._paper)
        self._personal_box = QGroupBox(self)
        self._personal_form = QFormLayout(self._personal_box)
        row(self._personal_form, self._attorney_name)
        row(self._personal_form, self._attorney_phone)
        row(self._personal_form, self._emergency_name)
        row(self._personal_form, self._emergency_phone)
        self._personal_form.addRow(self._a_check)
        row(self._personal_form, self._a_number)
        self._personal_form.addRow(self._a_problem)
        self._personal_form.addRow(self._warning)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._options_box)
        left_layout.addWidget(self._personal_box)
        left_layout.addWidget(self._error)
        left_layout.addStretch(1)
        # The choices scroll when the screen is short (150 % text on a laptop), so the buttons below
        # stay on the screen.
        scroll = QScrollArea(self)
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._print)
        buttons.addWidget(self._save)
        buttons.addWidget(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        order = [self._lang, self._size, self._layout, self._paper, self._attorney_name,
                 self._attorney_phone, self._emergency_name, self._emergency_phone, self._a_check,
                 self._a_number, self.preview.view(), self._print, self._save, self._close]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        fit_window(self, QSize(1100, 720), parent.screen() if parent is not None else None)
        self.retranslate()
        # As wide as its choices need in this language, so only the height ever scrolls.
        scroll.setMinimumWidth(left.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        for combo in (self._lang, self._size, self._layout, self._paper):
            combo.currentIndexChanged.connect(self.rebuild)
        self._lang.currentIndexChanged.connect(self._show_reviewed)
        self.rebuild()

    # -- options -----------------------------------------------------------------------------------

    def options(self) -> dict[str, str]:
        """The chosen front language, size, layout and paper."""
        return {
            "lang": self._langs[max(0, self._lang.currentIndex())],
            "size": _SIZES[max(0, self._size.currentIndex())],
            "layout": _LAYOUTS[max(0, self._layout.currentIndex())],
            "paper": _PAPERS[max(0, self._paper.currentIndex())],
        }

    def set_options(self, *, lang: str | None = None, size: str | None = None,
                    layout: str | None = None, paper: str | None = None) -> None:
        """Choose options as a user would in the lists (each change rebuilds the sheet)."""
        for combo, values, value in ((self._lang, self._langs, lang), (self._size, _SIZES, size),
                                     (self._layout, _LAYOUTS, layout), (self._paper, _PAPERS, paper)):
            if value is not None:
                combo.setCurrentIndex(values.index(value))

    def _a_number_digits(self) -> tuple[str | None, str]:
        """The valid A-number digits to print (or None) and a problem to show ("" when none)."""
        if not self._a_check.isChecked():
            return None, ""
        text = self._a_number.text()
        if not text.strip():
            return None, ""
        result = parse_a_number(text)
        if isinstance(result, Invalid):
            return None, result.render(language())
        return result.value, ""

    def personal(self) -> CardPersonal | None:
        """The personal lines typed, or None when there are none."""
        digits, _problem = self._a_number_digits()
        fields = [e.text().strip() for e in (self._attorney_name, self._attorney_phone,
                                              self._emergency_name, self._emergency_phone)]
        if not any(fields) and digits is None:
            return None
        return CardPersonal(*fields, a_number=digits)

    def warnings(self) -> list[str]:
        """The warnings shown for the current choices, in the interface language."""
        if not self._a_check.isChecked():
            return []
        digits, _problem = self._a_number_digits()
        # The warning is shown from the moment the box is ticked, before a number is typed, so it
        # is read before the number goes in.
        probe = CardPersonal(a_number=digits or "A")
        return [w.get(language()) for w in card_warnings(probe)]

    def _show_reviewed(self) -> None:
        """When the chosen front's words were last reviewed, in the interface language."""
        front = self.options()["lang"]
        try:
            reviewed = card_reviewed(front)
        except (ReportError, ContentUnverified):
            # No verified card text: the error under the options says so, and there is no date to give.
            self._reviewed.clear()
            self._reviewed.hide()
            return
        self._reviewed.setText(reviewed_words(reviewed, language()))
        self._reviewed.show()

    def reviewed_text(self) -> str:
        """The "Last reviewed: …" line shown with the options."""
        return self._reviewed.text()

    def _on_a_check(self, checked: bool) -> None:
        self._a_number.setEnabled(checked)
        if checked:
            self._a_number.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_warnings()
        self.rebuild()

    def _update_warnings(self) -> None:
        warnings = self.warnings()
        self._warning.setText("\n".join(warnings))
        self._warning.setVisible(bool(warnings))
        _digits, problem = self._a_number_digits()
        self._a_problem.setText(problem)
        self._a_problem.setVisible(bool(problem))

    def warning_text(self) -> str:
        """The warning shown ("" when hidden)."""
        return "" if self._warning.isHidden() else self._warning.text()

    def error_text(self) -> str:
        """The error shown when the sheet cannot be made ("" when none)."""
        return "" if self._error.isHidden() else self._error.text()

    # -- building ----------------------------------------------------------------------------------

    def _schedule(self) -> None:
        self._update_warnings()
        self._timer.start()

    def rebuild(self) -> None:
        """Build the sheet for the current choices and show it."""
        self._timer.stop()
        self._update_warnings()
        opts = self.options()
        try:
            data = self._build(opts["lang"], size=opts["size"], layout=opts["layout"],
                               paper=opts["paper"], personal=self.personal())
        except (ReportError, ContentUnverified) as exc:
            message = getattr(exc, "message", None)
            self._error.setText(unverified_message(_) if isinstance(exc, ContentUnverified) else
                                message.get(language()) if message is not None else
                                _("The card could not be made with these choices."))
            self._error.show()
            self._set_actions(False)
            self.preview_updated.emit()
            return
        self._error.hide()
        self._pdf = data
        self.preview.set_pdf(data)

    def _on_loaded(self, pages: int) -> None:
        self._set_actions(pages > 0)
        self.preview_updated.emit()

    def _set_actions(self, enabled: bool) -> None:
        self._print.setEnabled(enabled)
        self._save.setEnabled(enabled)

    def pdf_bytes(self) -> bytes:
        """The sheet being shown."""
        return self._pdf

    def print_(self) -> bool:
        """Print the sheet shown (rebuilding first if typing is pending)."""
        if self._timer.isActive():
            self.rebuild()
        if self.error_text() or not self.preview.is_ready():
            return False
        return print_with_dialog(self, self.preview.document())

    def save_as(self) -> object:
        """Save the sheet shown where the user chooses."""
        if self._timer.isActive():
            self.rebuild()
        if self.error_text() or not self._pdf:
            return None
        return save_pdf_as(self, self._pdf, _("rights-card"))

    def done(self, result: int) -> None:
        """Forget the typed lines and the sheet as the dialog closes."""
        self._timer.stop()
        self.preview.clear()
        self._pdf = b""
        super().done(result)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Re-set every text in the current language."""
        self._options_box.setTitle(_("Card"))
        self._personal_box.setTitle(_("Optional lines on the card"))
        labels: tuple[tuple[QWidget, str], ...] = (
            (self._lang, _("&Front language:")),
            (self._size, _("Si&ze:")),
            (self._layout, _("La&yout:")),
            (self._paper, _("Pape&r:")),
            (self._attorney_name, _("&Lawyer’s name:")),
            (self._attorney_phone, _("Lawyer’s p&hone:")),
            (self._emergency_name, _("&Emergency contact:")),
            (self._emergency_phone, _("Emer&gency phone:")),
            (self._a_number, _("A-n&umber:")),
        )
        for field, text in labels:
            self._labels[field].setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        names = {"es": _("Spanish"), "en": _("English")}
        for index, code in enumerate(self._langs):
            self._lang.setItemText(index, names.get(code) or language_name(code))
        self._back_note.setText(_("The back is always in English, for the officer."))
        self._show_reviewed()
        self._size.setItemText(0, _("Business card (3.5 × 2 in)"))
        self._size.setItemText(1, _("ID card (85.6 × 54 mm)"))
        self._layout.setItemText(0, _("Fold-over (one-sided printing)"))
        self._layout.setItemText(1, _("Two-sided (duplex printing)"))
        self._paper.setItemText(0, _("Letter (US)"))
        self._paper.setItemText(1, _("A4"))
        self._attorney_name.setPlaceholderText(_("Optional"))
        self._emergency_name.setPlaceholderText(_("Optional"))
        self._a_check.setText(_("Add my &A-number to the card"))
        self._a_check.setAccessibleName(_("Add my A-number to the card"))
        self._warning.setAccessibleName(_("Warning"))
        self._print.setText(_("&Print…"))
        self._print.setAccessibleName(_("Print"))
        self._save.setText(_("&Save as…"))
        self._save.setAccessibleName(_("Save as PDF"))
        self._close.setText(_("&Close"))
        self._close.setAccessibleName(_("Close"))
        self.preview.retranslate()
        self._update_warnings()
        if self.error_text():
            self.rebuild()  # the error message is in the interface language
