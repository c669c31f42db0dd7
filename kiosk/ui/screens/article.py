"""The article: one section a page, with Previous and Next, swipes and kinetic scrolling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QScroller, QTextBrowser, QVBoxLayout

from kiosk.content.model import Section
from kiosk.content.render import to_html
from kiosk.ui.context import Context
from kiosk.ui.screens.base import Screen
from kiosk.ui.swipe import SwipeDetector
from kiosk.ui.theme import FONT_FAMILY
from kiosk.ui.widgets import Button, label


def reading_view() -> QTextBrowser:
    """A text view a finger scrolls but never selects in, and that opens no link."""
    view = QTextBrowser()
    view.setOpenLinks(False)
    view.setOpenExternalLinks(False)
    view.setUndoRedoEnabled(False)
    view.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return view


def show_markdown(view: QTextBrowser, context: Context, markdown: str) -> None:
    """Render ``markdown`` into ``view`` in the theme's font and colours, scrolled to the top."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(context.theme.text())
    view.document().setDefaultFont(font)
    view.document().setDefaultStyleSheet(context.theme.document_css())
    view.setHtml(to_html(markdown))
    view.verticalScrollBar().setValue(0)


class ArticleScreen(Screen):
    """Shows ``sections[index]``; swipes and buttons move between them."""

    screen_id = "article"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.index = 0
        self._heading = label(name="Heading")
        self._position = label(name="Muted")
        self.view = reading_view()
        self._credit = label(name="Credit")
        self.previous_button = Button(name="Previous")
        self.next_button = Button(name="Primary")
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.swipes = SwipeDetector(self.view)
        self.swipes.swiped.connect(lambda d: self.next() if d < 0 else self.previous())
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self._position)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self._heading)
        reading = QHBoxLayout()
        reading.addStretch(0)
        reading.addWidget(self.view, 1)
        reading.addStretch(0)
        self._layout.addLayout(reading, 1)
        self._layout.addWidget(self._credit)
        self._layout.addLayout(nav)
        self.refresh()

    @property
    def sections(self) -> tuple[Section, ...]:
        """The sections in the visitor's language."""
        return self.context.language.sections

    def title(self) -> str:
        return self.context.tr("tile_article")

    def next(self) -> None:
        """Show the next section, if there is one."""
        self.show_section(self.index + 1)

    def previous(self) -> None:
        """Show the previous section, if there is one."""
        self.show_section(self.index - 1)

    def show_section(self, index: int) -> None:
        """Show section ``index``, kept within the article."""
        if self.sections and 0 <= index < len(self.sections) and index != self.index:
            self.index = index
            self.refresh()

    def refresh(self) -> None:
        gap = self.context.theme.gap()
        # About 70 letters a line: longer lines are hard to follow on a wide screen.
        self.view.setMaximumWidth(self.context.theme.text() * 36)
        self._layout.setContentsMargins(gap * 2, gap, gap * 2, gap)
        self._layout.setSpacing(gap)
        sections = self.sections
        self.previous_button.setText(self.context.tr("previous"))
        self.next_button.setText(self.context.tr("next"))
        self._credit.setText(self.context.language.source.credit)
        if not sections:
            self._heading.setText("")
            self.view.clear()
            return
        self.index = min(self.index, len(sections) - 1)
        section = sections[self.index]
        self._heading.setText(section.title)
        self._position.setText(self.context.tr("page_of", n=self.index + 1, total=len(sections)))
        compact = self._compact()
        self._credit.setVisible(not compact)
        credit = f"\n\n*{self.context.language.source.credit}*" if compact else ""
        show_markdown(self.view, self.context, section.body + credit)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(sections) - 1)

    def _compact(self) -> bool:
        """On a short screen the credit goes to the end of the text, leaving room to read."""
        return 0 < self.height() < 14 * self.context.theme.text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._credit.isVisible() == self._compact():
            self.refresh()
        super().resizeEvent(event)

    def entered(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.index = 0
        QScroller.scroller(self.view.viewport()).stop()
        self.refresh()

    def spoken_text(self) -> str:
        if not self.sections:
            return ""
        section = self.sections[self.index]
        return f"{section.title}. {self.view.toPlainText()}"
