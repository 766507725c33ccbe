"""What every editor dialog shares: a scrolling form sized to the screen, errors under fields,
Save and Cancel last in the Tab order, and the focus in the first field when it opens.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from domain.validation import Valid, ValidationError
from ui.accessibility.hints import mark_required
from ui.editors.checks import FormChecks, Parser, date_parser
from ui.notices.write_refused import tell_write_refused
from ui.wording.formatting import date_full, date_hint, date_input_text


class _FormScroll(QScrollArea):
    """The scroll area around an editor's form, whose size hint is the whole form.

    QScrollArea caps its hint at about 24 text lines, which would make a long form scroll even on a
    big screen; the dialog itself clamps its size to the screen instead (see `EditorBase.fit`).
    """

    def sizeHint(self) -> QSize:
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        frame = 2 * self.frameWidth()
        # Room for the vertical scroll bar too, so a form that does scroll never needs a horizontal one.
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


# Room left for the window manager's title bar and borders when a dialog is sized to the screen.
_FRAME_ALLOWANCE = QSize(32, 64)


class EditorBase(QDialog):
    """A form dialog: fields in a QFormLayout, errors under fields, Save / Cancel buttons.

    The form sits in a scroll area and the buttons below it, so on a small screen or with large
    fonts the dialog is as tall as the screen allows, the form scrolls and Save / Cancel stay visible.
    """

    def __init__(self, session: Any, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle("Amparo")
        self.setModal(True)
        self.saved_id: int | None = None
        self.checks = FormChecks()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(_("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(_("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(_("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(_("Cancel"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.form_area = QWidget(self)
        self.form_area.setLayout(self.form)
        self.scroll = _FormScroll(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.form_area)
        # A message appearing under a field makes the form taller: grow the dialog to match.
        self.form_area.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._fitted = False
        self._focused = False

    def _room(self) -> QSize:
        """The largest size the dialog may take on its screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().size() - _FRAME_ALLOWANCE

    def fit(self) -> None:
        """Size the dialog to its content (the whole form, if the screen has room for it)."""
        self._fitted = True
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint, room = self.sizeHint(), self._room()
        width = min(max(hint.width(), self.minimumWidth()), room.width())
        self.resize(width, min(hint.height(), room.height()))

    def adjustSize(self) -> None:
        """Like `fit` (QWidget.adjustSize would cap a window at two thirds of the screen)."""
        self.fit()

    def exec(self) -> int:
        """Run modally, keeping keys typed while the dialog is still opening (see `ui.editors.typeahead`)."""
        from ui.editors.typeahead import run_modal

        return run_modal(self)

    def first_field(self) -> QWidget | None:
        """The field that takes the focus when the editor opens: the first one of the form."""
        for widget in self.form_area.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                return widget
        return None

    def _focus_first_field(self) -> None:
        """Put the focus on the first field and Save / Cancel last in the Tab order.

        The buttons are built before the fields, so Qt's focus chain would start on Save; the focus
        is set before the window shows, so the first key typed lands in the field.
        """
        field = self.first_field()
        if field is None:
            return
        chain: list[QWidget] = []
        widget = field
        while widget is not None and widget not in chain and self.form_area.isAncestorOf(widget):
            chain.append(widget)
            widget = widget.nextInFocusChain()
        if chain:
            QWidget.setTabOrder(chain[-1], self.save_button)
            QWidget.setTabOrder(self.save_button, self.cancel_button)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def setVisible(self, visible: bool) -> None:
        # Sized before showing so that QDialog centres the final size over its parent.
        if visible and not self._fitted:
            self.fit()
        if visible and not self._focused:
            self._focused = True
            self._focus_first_field()
        super().setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.form_area and event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            QTimer.singleShot(0, self, self._grow)
        return super().eventFilter(watched, event)

    def _grow(self) -> None:
        """Make room for a form that got taller, never shrinking what the user has chosen."""
        wanted = self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), min(wanted, self._room().height()))

    # field builders: each returns the input widget, labelled and accessible
    def _line(self, label: str, name: str, parse: Parser | None = None, required: bool = False,
              hint: str = "", text: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setText(text)
        if hint:
            edit.setPlaceholderText(hint)
        self._add_field(label, name, edit, edit, parse, required, hint)
        return edit

    def _add_field(self, label: str, name: str, widget: QWidget, edit: QLineEdit, parse: Parser | None = None,
                   required: bool = False, hint: str = "") -> None:
        """Add a labelled row holding `widget` (which contains `edit`), with its message under it."""
        edit.setAccessibleName(label)
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        if hint:
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            hint_label = QLabel(hint, box)
            hint_label.setStyleSheet("color: #555;")
            row.addWidget(hint_label)
            v.addLayout(row)
        else:
            v.addWidget(widget)
        if parse is not None:
            error = QLabel(box)
            v.addWidget(error)
            self.checks.add(name, edit, error, parse, required)
        if required:
            mark_required(edit)
        shown = label + (" *" if required else "")
        field_label = QLabel(shown, self)
        field_label.setAccessibleName(label)  # the star is for the eyes; the field says "Required"
        field_label.setBuddy(edit)
        self.form.addRow(field_label, box)

    def _date(self, label: str, name: str, value: date | None, required: bool = False) -> QLineEdit:
        lang, parse = language(), date_parser(name)
        edit = self._line(label, name, parse, required,
                          hint=_("Format: {format}").format(format=date_hint(lang)),
                          text=date_input_text(value, lang))
        # The date understood, in words, under the field: 04/12/2026 is April or December depending on
        # the language, and a shared laptop switches languages. A misreading shows before saving.
        understood = QLabel(edit.parentWidget())
        understood.setObjectName(f"{name}_understood")
        understood.setStyleSheet("color: #1b5e20;")
        understood.setWordWrap(True)
        box_layout = edit.parentWidget().layout()
        assert isinstance(box_layout, QVBoxLayout)
        box_layout.insertWidget(1, understood)

        def show_understood() -> None:
            result = parse(edit.text())
            text = ""
            if edit.text().strip() and isinstance(result, Valid) and result.value is not None:
                text = _("= {date}").format(date=date_full(result.value, language()))
            understood.setText(text)
            understood.setVisible(bool(text))

        edit.textChanged.connect(show_understood)
        show_understood()
        return edit

    def _text_area(self, label: str, text: str) -> QPlainTextEdit:
        area = QPlainTextEdit(self)
        area.setPlainText(text)
        area.setTabChangesFocus(True)
        area.setAccessibleName(label)
        # Four lines of text in the current font (a fixed pixel height cuts text at large fonts).
        margins = 2 * (area.frameWidth() + int(area.document().documentMargin()))
        area.setFixedHeight(4 * area.fontMetrics().lineSpacing() + margins)
        field_label = QLabel(label, self)
        field_label.setBuddy(area)
        self.form.addRow(field_label, area)
        return area

    def _combo(self, label: str, items: list[tuple[str, Any]], current: Any) -> QComboBox:
        combo = QComboBox(self)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.setAccessibleName(label)
        field_label = QLabel(label, self)
        field_label.setBuddy(combo)
        self.form.addRow(field_label, combo)
        return combo

    def _check(self, label: str, checked: bool) -> QCheckBox:
        box = QCheckBox(label, self)
        box.setChecked(checked)
        box.setAccessibleName(label)
        self.form.addRow("", box)
        return box

    def save(self) -> bool:
        """Check, save, close. Returns False (and saves nothing) when something is invalid."""
        if not self.checks.check_all():
            return False
        try:
            saved = self._save()
        except ValidationError as error:
            for problem in error.problems:
                if problem.field in self.checks.names():
                    self.checks.show_problem(problem.field, problem)
            return False
        except Exception as error:  # a read-only or full disk is said as such; the form keeps what was typed
            if not tell_write_refused(self, error):
                raise
            return False
        if not saved:
            return False
        self.session.notify_changed()
        self.accept()
        return True

    def _save(self) -> bool:
        raise NotImplementedError
