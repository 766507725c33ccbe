"""The first screen: language, open or create a vault, and the rights guides and card (no passphrase)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from content.i18n import _, language
from ui.accessibility.text_size import scaled_font


class _ActionCard(QPushButton):
    """A large button with a title and one line saying what it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(90)
        self._title = QLabel(self)
        self._title.setFont(scaled_font(self, 1.35, bold=True))
        self._detail = QLabel(self)
        self._detail.setWordWrap(True)
        for label in (self._title, self._detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        layout.addStretch(1)

    def set_texts(self, title: str, detail: str) -> None:
        self._title.setText(title)
        self._detail.setText(detail)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setToolTip(detail)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()


class StartScreen(QWidget):
    """Language switch on top, then four big choices; nothing here needs a vault."""

    language_chosen = Signal(str)
    open_requested = Signal()
    create_requested = Signal()
    guides_requested = Signal()
    card_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spanish_button = QPushButton("Español", self)
        self.english_button = QPushButton("English", self)
        self._languages = QButtonGroup(self)
        self._languages.setExclusive(True)
        for button, lang in ((self.spanish_button, "es"), (self.english_button, "en")):
            button.setCheckable(True)
            button.setFont(scaled_font(button, 1.3, bold=True))
            button.setMinimumHeight(44)
            button.setMinimumWidth(150)
            button.setLocale(QLocale(lang))
            self._languages.addButton(button)
            # `toggled`, not `clicked`: a screen reader's "toggle" action on a checkable button
            # toggles it without a click (QAccessibleButton), and should switch the language too.
            button.toggled.connect(lambda checked, code=lang: self._language_toggled(code, checked))

        self.title = QLabel("Amparo", self)
        self.title.setFont(scaled_font(self, 2.4, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setFont(scaled_font(self, 1.15))

        self.open_button = _ActionCard(self)
        self.create_button = _ActionCard(self)
        self.guides_button = _ActionCard(self)
        self.card_button = _ActionCard(self)
        self.open_button.clicked.connect(self.open_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.guides_button.clicked.connect(self.guides_requested)
        self.card_button.clicked.connect(self.card_requested)

        self.vault_heading = QLabel(self)
        self.vault_heading.setFont(scaled_font(self, 1.1, bold=True))
        self.rights_heading = QLabel(self)
        self.rights_heading.setFont(scaled_font(self, 1.1, bold=True))
        self.footer = QLabel(self)
        self.footer.setWordWrap(True)

        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        lang_row.addWidget(self.spanish_button)
        lang_row.addWidget(self.english_button)
        lang_row.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(12)
        grid.addWidget(self.vault_heading, 0, 0)
        grid.addWidget(self.rights_heading, 0, 1)
        grid.addWidget(self.open_button, 1, 0)
        grid.addWidget(self.guides_button, 1, 1)
        grid.addWidget(self.create_button, 2, 0)
        grid.addWidget(self.card_button, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)

        column = QVBoxLayout()
        column.addLayout(lang_row)
        column.addSpacing(12)
        column.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.subtitle)
        column.addSpacing(8)
        column.addWidget(line)
        column.addSpacing(8)
        column.addLayout(grid)
        column.addStretch(1)
        column.addWidget(self.footer)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.footer.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.setTabOrder(self.spanish_button, self.english_button)
        self.setTabOrder(self.english_button, self.open_button)
        self.setTabOrder(self.open_button, self.create_button)
        self.setTabOrder(self.create_button, self.guides_button)
        self.setTabOrder(self.guides_button, self.card_button)
        self.retranslate()

    def _language_toggled(self, code: str, checked: bool) -> None:
        # retranslate() also checks the current language's button; that is no new choice.
        if checked and code != language():
            self.language_chosen.emit(code)

    def retranslate(self) -> None:
        lang = language()
        self.spanish_button.setChecked(lang == "es")
        self.english_button.setChecked(lang == "en")
        # The two language names stay in their own language so anyone can find theirs.
        self.spanish_button.setAccessibleName("Español")
        self.english_button.setAccessibleName("English")
        self.subtitle.setText(_("Keep your case dates and papers safe, locked on this computer. "
                                "Know your rights."))
        self.vault_heading.setText(_("Your information (needs your passphrase)"))
        self.rights_heading.setText(_("Your rights (no passphrase needed)"))
        self.open_button.set_texts(_("Open a vault"),
                                   _("Unlock the information you keep in Amparo."))
        self.create_button.set_texts(_("Create a new vault"),
                                     _("Start a new locked place for a family's or a client's information."))
        self.guides_button.set_texts(_("Read the rights guides"),
                                     _("What to do if immigration agents come to your door, if you are "
                                       "stopped, and more."))
        self.card_button.setAccessibleName(_("Print a rights card"))
        self.card_button.set_texts(_("Print a rights card"),
                                   _("A wallet card to carry with you and show if you are questioned."))
        self.footer.setText(_("Amparo works without the internet. It gives general information, "
                              "not legal advice."))
