"""The rights guides reader: a searchable list, a reading pane, larger text and printing.

Works without a vault (it is reachable from the start screen). The reading pane is a QTextBrowser
that never fetches anything: guide HTML comes from `content.guides.render_html` (already stripped
of images and unsafe links), `loadResource` answers nothing, and links are handled here —
`guide:<id>` opens that guide, `#anchor` scrolls, and any web address is only shown, never opened,
so reading a guide leaves no trace in a browser's history.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from content import guides as guides_mod
from content.active import ContentUnverified
from content.guides import Guide, GuideError
from content.i18n import _, language
from content.staleness import DEFAULT_MONTHS, Staleness, check_staleness
from domain.clock import Clock, SystemClock
from storage.pack_store import PackStore
from ui.cli.pack_import import unverified_message
from ui.guides.drawing import DETAIL_ROLE, ID_ROLE, GuideBrowser, GuideItemDelegate
from ui.guides.packs import RightsInfoBox
from ui.guides.reading_size import FONT_DEFAULT, ReadingSize

GuidePdfBuilder = Callable[[Guide, str], bytes]


def review_date_words(day: date, lang: str) -> str:
    """A review date in words ("22 de noviembre de 2026", "November 22, 2026")."""
    from babel.dates import format_date  # babel is slow to import; only needed once a guide opens

    return format_date(day, format="long", locale="es_US" if lang == "es" else "en_US")


def default_guide_pdf(guide: Guide, lang: str) -> bytes:
    """The printable PDF of `guide`, built in memory by `reports.guide_print`."""
    from reports.guide_print import guide_pdf

    return guide_pdf(
        guide.title, guide.summary, guide.reviewed, list(guide.sources), guide.body, lang, "letter"
    )


class GuidesView(ReadingSize, QWidget):
    """Read the rights guides of the current language; no vault needed.

    `guides_dir(lang)` chooses where guides are read from (tests pass a temporary folder);
    by default the installed `content/<lang>/`. `guide_pdf` builds the printable PDF of a guide.
    `clock` and `review_months()` decide when the screen says the guides may be out of date;
    `update_content`, when given, is what the notice's button does (import an update file).
    """

    guide_opened = Signal(str)  # the id of the guide now shown

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        guides_dir: Callable[[str], Path] | None = None,
        guide_pdf: GuidePdfBuilder | None = None,
        clock: Clock | None = None,
        review_months: Callable[[], int] | None = None,
        update_content: Callable[[], object] | None = None,
        pack_store: PackStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock: Clock = clock or SystemClock()
        self._review_months = review_months or (lambda: DEFAULT_MONTHS)
        self._update_content = update_content
        self._guides_dir = guides_dir
        self._guide_pdf = guide_pdf or default_guide_pdf
        self._lang = language()
        self._guides: dict[str, Guide] = {}
        self._load_error = False
        self._unverified = False
        self._current: str | None = None
        self._history: list[str] = []
        self._font_size = FONT_DEFAULT

        self._search = QLineEdit(self)
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._refill_list)
        self._list = QListWidget(self)
        self._list.setItemDelegate(GuideItemDelegate(self._list))
        self._list.setWordWrap(True)
        self._list.setUniformItemSizes(False)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.itemClicked.connect(self._on_item)
        self._list.itemActivated.connect(self._on_item)
        self._list.installEventFilter(self)
        self._no_match = QLabel(self)
        self._no_match.setWordWrap(True)
        self._no_match.hide()
        self._search.returnPressed.connect(self._open_first_result)

        self._back = QPushButton(self)
        self._back.clicked.connect(self.back)
        self._smaller = QPushButton("A−", self)
        self._smaller.clicked.connect(self.smaller_text)
        self._larger = QPushButton("A+", self)
        self._larger.clicked.connect(self.larger_text)
        self._print = QPushButton(self)
        self._print.clicked.connect(self.print_guide)
        # The wallet card from here too: inside a vault, the start screen's card button is out of reach.
        self._card = QPushButton(self)
        self._card.clicked.connect(self.open_card)
        self.card_dialog: QWidget | None = None
        self._banner = QLabel(self)
        self._banner.setWordWrap(True)
        self._banner.setTextFormat(Qt.TextFormat.PlainText)
        self._banner.setStyleSheet(
            "QLabel { background: #eef3fb; border: 1px solid #9fb3d1; border-radius: 4px; padding: 6px; }"
        )
        # Above everything: rights information past its review limit may no longer be true.
        self._stale = QLabel(self)
        self._stale.setObjectName("stale_notice")
        self._stale.setWordWrap(True)
        self._stale.setTextFormat(Qt.TextFormat.PlainText)
        self._stale.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._stale.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #b7791f; border-radius: 4px; padding: 8px; }"
        )
        self._stale_button = QPushButton(self)
        self._stale_button.clicked.connect(self._on_update_content)
        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._notice.hide()
        self._browser = GuideBrowser(self)
        self._browser.setOpenLinks(False)
        self._browser.setOpenExternalLinks(False)
        self._browser.anchorClicked.connect(self._on_link)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._search)
        left_layout.addWidget(self._no_match)
        left_layout.addWidget(self._list, 1)
        left_layout.addWidget(self._card)  # under the list: the reading pane's tool row is full at 150 %
        # Correcting the rights information needs no vault: it sits with the guides.
        self.rights_box: RightsInfoBox | None = None
        if pack_store is not None:
            self.rights_box = RightsInfoBox(pack_store, left)
            self.rights_box.content_changed.connect(self.reload_content)
            left_layout.addWidget(self.rights_box)
        right = QWidget(self)
        tools = QHBoxLayout()
        tools.addWidget(self._back)
        tools.addStretch(1)
        tools.addWidget(self._smaller)
        tools.addWidget(self._larger)
        tools.addWidget(self._print)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self._banner)
        right_layout.addWidget(self._notice)
        right_layout.addWidget(self._browser, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        # The button goes under the words: beside them its long name left the notice a narrow column.
        layout = QVBoxLayout(self)
        layout.addWidget(self._stale)
        layout.addWidget(self._stale_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(splitter, 1)  # the notice takes only the height its words need

        for seq, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.larger_text),
            (QKeySequence("Ctrl+="), self.larger_text),
            (QKeySequence.StandardKey.ZoomOut, self.smaller_text),
            (QKeySequence.StandardKey.Back, self.back),
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.Print, self.print_guide),
        ):
            shortcut = QShortcut(seq, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setTabOrder(self._stale_button, self._search)
        self.setTabOrder(self._search, self._list)
        self.setTabOrder(self._list, self._back)
        self.setTabOrder(self._back, self._smaller)
        self.setTabOrder(self._smaller, self._larger)
        self.setTabOrder(self._larger, self._print)
        self.setTabOrder(self._print, self._browser)

        self._apply_font()
        self._load()
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------------

    def _load(self) -> None:
        self._lang = language()
        directory = self._guides_dir(self._lang) if self._guides_dir is not None else None
        try:
            loaded = guides_mod.load_guides(self._lang, directory)
        except (GuideError, ContentUnverified) as exc:
            # A broken installation: say so plainly; the details are for developers' tests.
            loaded = []
            self._load_error = True
            self._unverified = isinstance(exc, ContentUnverified)
        else:
            self._load_error = self._unverified = False
        self._guides = {g.id: g for g in loaded}

    # -- staleness ---------------------------------------------------------------------------------

    def staleness(self) -> Staleness | None:
        """How far the guides shown are past their review limit, or None while they are within it."""
        return check_staleness((g.reviewed for g in self._guides.values()), self._clock.today(),
                               self._review_months())

    def refresh_staleness(self) -> None:
        """Say again whether the guides are too old (after the limit changes in Settings, or a new day)."""
        found = self.staleness()
        self._stale.setVisible(found is not None)
        self._stale_button.setVisible(found is not None and self._update_action() is not None)
        if found is None:
            self._stale.clear()
            return
        update = _("Update rights information from a file…")
        self._stale.setText(
            _("The rights information in this Amparo was last reviewed on {date}, more than {months} months "
              "ago. The law may have changed since then. To get newer information, install a newer Amparo, "
              "or use “{update}” with an update file from someone you trust.").format(
                date=review_date_words(found.reviewed, self._lang), months=found.limit_months, update=update)
        )
        self._stale.setAccessibleName(_("The rights information may be out of date"))
        self._stale_button.setText(update)

    def stale_text(self) -> str:
        """The notice that the guides may be out of date ("" when hidden)."""
        return "" if self._stale.isHidden() else self._stale.text()

    def _update_action(self) -> Callable[[], object] | None:
        """What the notice's button does: the given action, else the rights box's "Update … from a file…"."""
        if self._update_content is not None:
            return self._update_content
        return self.rights_box.update_from_file if self.rights_box is not None else None

    def _on_update_content(self) -> None:
        action = self._update_action()
        if action is not None:
            action()

    def showEvent(self, event: QShowEvent) -> None:
        """The day may have changed since the screen was built (a laptop left open for weeks)."""
        self.refresh_staleness()
        super().showEvent(event)

    def _load_error_text(self) -> str:
        if self._unverified:
            return unverified_message(_)
        return _("The guides could not be loaded. Reinstalling Amparo may fix this.")

    def reload_content(self) -> None:
        """Read the guides again (after a pack was imported or restored), keeping the open guide."""
        self._load()
        if self._current not in self._guides:
            self._current = None
        self._refill_list()
        self._show_current()
        self.refresh_staleness()  # an imported pack brings its own review dates

    def guides(self) -> list[Guide]:
        """The guides shown, in their reading order."""
        return list(self._guides.values())

    def current_guide(self) -> Guide | None:
        """The guide in the reading pane, if any."""
        return self._guides.get(self._current) if self._current else None

    # -- list and search ---------------------------------------------------------------------------

    def _refill_list(self) -> None:
        text = self._search.text()
        if text.strip():
            directory = self._guides_dir(self._lang) if self._guides_dir is not None else None
            try:
                results = guides_mod.search(self._lang, text, directory)
            except (GuideError, ContentUnverified):
                results = []
        else:
            results = [(g, g.summary) for g in self._guides.values()]
        self._list.clear()
        for guide, detail in results:
            item = QListWidgetItem(guide.title)
            item.setData(ID_ROLE, guide.id)
            item.setData(DETAIL_ROLE, detail)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{guide.title}. {detail}")
            item.setToolTip(guide.summary)
            self._list.addItem(item)
            if guide.id == self._current:
                item.setSelected(True)
        if self._load_error:
            self._no_match.setText(self._load_error_text())
            self._no_match.show()
        elif not results and text.strip():
            self._no_match.setText(_("No guide matches “{text}”.").format(text=text.strip()))
            self._no_match.show()
        else:
            self._no_match.hide()

    def listed_ids(self) -> list[str]:
        """The ids in the list, top to bottom (after any search)."""
        return [str(self._list.item(i).data(ID_ROLE)) for i in range(self._list.count())]

    def set_search_text(self, text: str) -> None:
        """Type `text` in the search box."""
        self._search.setText(text)

    def _on_item(self, item: QListWidgetItem) -> None:
        self.open_guide(str(item.data(ID_ROLE)))

    def _open_first_result(self) -> None:
        if self._list.count():
            self._on_item(self._list.item(0))

    def _focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-wrap the two-line list items when the list changes width."""
        if watched is self._list and event.type() == QEvent.Type.Resize:
            self._list.doItemsLayout()
        return super().eventFilter(watched, event)

    # -- reading -----------------------------------------------------------------------------------

    def open_guide(self, guide_id: str, *, remember: bool = True) -> bool:
        """Show guide `guide_id`; False (and a short notice) if there is no such guide."""
        guide = self._guides.get(guide_id)
        if guide is None:
            self._show_notice(_("That guide is not available in this version of Amparo."))
            return False
        if remember and self._current is not None and self._current != guide_id:
            self._history.append(self._current)
        self._current = guide_id
        self._notice.hide()
        self._show_current()
        for i in range(self._list.count()):
            item = self._list.item(i)
            item.setSelected(item.data(ID_ROLE) == guide_id)
        self.guide_opened.emit(guide_id)
        return True

    def _show_current(self) -> None:
        guide = self.current_guide()
        self._print.setEnabled(guide is not None)
        self._back.setEnabled(bool(self._history))
        if guide is None:
            self._banner.hide()
            if self._load_error:
                text = self._load_error_text()
            else:
                text = _("Choose a guide from the list to read it. You do not need a vault or a "
                         "passphrase to read the guides.")
            self._browser.setPlainText(text)
            self._browser.setAccessibleName(_("Guide text"))
            return
        self._banner.setText(
            _("Last reviewed: {date}. This is general information, not legal advice.").format(
                date=review_date_words(guide.reviewed, self._lang)
            )
        )
        self._banner.show()
        self._browser.setHtml(guides_mod.render_html(guide, self._lang))
        self._browser.setAccessibleName(_("Guide: {title}").format(title=guide.title))
        self._browser.verticalScrollBar().setValue(0)

    def back(self) -> None:
        """Return to the guide read before the last link was followed."""
        while self._history:
            previous = self._history.pop()
            if previous in self._guides:
                self.open_guide(previous, remember=False)
                return
        self._back.setEnabled(False)

    def can_go_back(self) -> bool:
        """Whether Back has somewhere to go."""
        return bool(self._history)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "guide":
            self.open_guide(url.path() or url.toString().removeprefix("guide:"))
        elif not url.scheme() and url.hasFragment():
            self._browser.scrollToAnchor(url.fragment())
        else:
            # Amparo stays offline: the address is shown so the reader can decide to visit it
            # elsewhere, and the browser history of this laptop never hears of it.
            self._show_notice(
                _("Amparo does not open web pages. The address is: {address}").format(address=url.toString())
            )

    def _show_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.show()

    def notice_text(self) -> str:
        """The notice shown above the guide ("" when none)."""
        return "" if self._notice.isHidden() else self._notice.text()

    # -- text size ---------------------------------------------------------------------------------

    # -- printing ----------------------------------------------------------------------------------

    def print_guide(self) -> QWidget | None:
        """Build the open guide's PDF in memory and show it in the print preview."""
        guide = self.current_guide()
        if guide is None:
            return None
        from ui.printing.actions import preview_built_pdf

        return preview_built_pdf(self, lambda: self._guide_pdf(guide, self._lang), _("rights-guide"))

    # -- language ----------------------------------------------------------------------------------

    def open_card(self) -> QWidget:
        """The wallet rights card dialog (no vault needed; it never reads the vault)."""
        from ui.guides.card_dialog import CardDialog  # ReportLab loads on first use

        dialog = CardDialog(self)
        dialog.setWindowTitle("Amparo")
        dialog.finished.connect(dialog.deleteLater)
        self.card_dialog = dialog
        dialog.open()
        return dialog

    def retranslate(self) -> None:
        """Switch to the current language: reload the guides and keep the same guide open."""
        if language() != self._lang:
            self._load()
            if self._current not in self._guides:
                self._current = None
            self._history = [g for g in self._history if g in self._guides]
            self._notice.hide()
        self._search.setPlaceholderText(_("Search the guides"))
        self._search.setAccessibleName(_("Search the guides"))
        self._search.setToolTip(_("Type a word; accents and capitals do not matter (Ctrl+F)"))
        self._list.setAccessibleName(_("Guides"))
        self._back.setText(_("← Back"))
        self._back.setAccessibleName(_("Back to the previous guide"))
        self._back.setToolTip(_("Back to the previous guide (Alt+Left)"))
        self._smaller.setAccessibleName(_("Smaller text"))
        self._smaller.setToolTip(_("Smaller text (Ctrl+−)"))
        self._larger.setAccessibleName(_("Larger text"))
        self._larger.setToolTip(_("Larger text (Ctrl++)"))
        self._print.setText(_("Print this guide…"))
        self._print.setAccessibleName(_("Print this guide"))
        self._card.setText(_("Rights card…"))
        self._card.setAccessibleName(_("Print a rights card"))
        self._banner.setAccessibleName(_("Review date and notice"))
        if self.rights_box is not None:
            self.rights_box.retranslate()
        self._refill_list()
        self._show_current()
        self.refresh_staleness()

