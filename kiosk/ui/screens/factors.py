"""Factors: geography, economy and culture as cards; a tap opens the full explanation in place."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import paths
from kiosk.content.model import Section
from kiosk.ui.context import Context
from kiosk.ui.screens.article import reading_view, show_markdown
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import Button, label

SHORT_SCREEN = 420
"""Below this height the introduction line gives its room to the caveat."""
CAVEAT_ID = "caveat"
"""The factor file shown as a note on the screen itself rather than as a card."""


@functools.lru_cache(maxsize=64)
def themed_icon(name: str, colour: str, pixels: int) -> QIcon:
    """The icon ``assets/icons/<name>.svg`` drawn in ``colour``; an empty icon if there is none.

    Kept once made: a new icon at every refresh would fill Qt's pixmap cache all day.
    """
    path = paths.assets() / "icons" / f"{name}.svg"
    if not name or not path.is_file():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return QIcon(pixmap)


class Card(Button):
    """A large touch card whose label wraps at spaces to the width it is given."""

    def __init__(self, text: str = "", name: str = "Card") -> None:
        super().__init__(text, name)
        self._label = text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_label(self, text: str) -> None:
        """Set the whole label; line breaks are added to fit the card."""
        self._label = text
        self.setText(text)
        self._wrap()

    def label(self) -> str:
        """The label as written, without the added line breaks."""
        return self._label

    def minimumSizeHint(self) -> QSize:
        return QSize(self.iconSize().width() + 48, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        self.ensurePolished()
        metrics = QFontMetrics(self.font())
        current = self.text().split("\n")
        extra = super().sizeHint().width() - max(metrics.horizontalAdvance(s) for s in current)
        room = max(48, self.width() - extra - 2)
        lines: list[str] = []
        for paragraph in self._label.split("\n"):
            line = ""
            for word in paragraph.split():
                trial = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(trial) > room:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        wrapped = "\n".join(lines)
        if wrapped != self.text():
            self.setText(wrapped)
            self.updateGeometry()


class TouchScroll(QScrollArea):
    """A vertical page a finger scrolls; never sideways."""

    def __init__(self, body: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not body.objectName():
            body.setObjectName("Screen")
        self.setWidget(body)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def to_top(self) -> None:
        """Stop any fling and scroll back to the top."""
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)


class Detail(QWidget):
    """An explanation opened in place: a heading, a Close button and scrolling text."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.heading = label(name="Heading")
        self.close_button = Button(name="Primary")
        self.view = reading_view()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(top)
        self.column.addWidget(self.view, 1)

    def show_text(self, title: str, markdown: str) -> None:
        """Show ``title`` and ``markdown``, scrolled to the top."""
        self.heading.setText(title)
        self.close_button.setText(self.context.tr("close"))
        show_markdown(self.view, self.context, markdown)
        QScroller.scroller(self.view.viewport()).stop()

    def spoken_text(self) -> str:
        """The heading and the text."""
        return f"{self.heading.text()}. {self.view.toPlainText()}"


class FactorsScreen(Screen):
    """Three factor cards, the closing card and the article's caveat; a tap opens one."""

    screen_id = "factors"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.cards: dict[str, Card] = {}
        self.open_id = ""
        self._landscape: bool | None = None
        self._intro = label(name="Subtitle")
        self._grid = QGridLayout()
        self._caveat_icon = QLabel()
        self._caveat_heading = label(name="Strong")
        self._caveat_text = label()
        self._caveat_text.setTextFormat(Qt.TextFormat.PlainText)
        caveat_words = QVBoxLayout()
        caveat_words.setContentsMargins(0, 0, 0, 0)
        caveat_words.addWidget(self._caveat_heading)
        caveat_words.addWidget(self._caveat_text)
        self.caveat = QFrame()
        self.caveat.setObjectName("Panel")
        caveat_row = QHBoxLayout(self.caveat)
        caveat_row.addWidget(self._caveat_icon, 0, Qt.AlignmentFlag.AlignTop)
        caveat_row.addLayout(caveat_words, 1)
        body = QWidget()
        self._column = QVBoxLayout(body)
        self._column.addWidget(self._intro)
        self._column.addLayout(self._grid)
        self._column.addStretch(1)
        self.overview = TouchScroll(body)
        self.detail = Detail(context)
        self.detail.close_button.clicked.connect(self.close_detail)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.detail)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.stack)
        self.refresh()

    @property
    def factors(self) -> tuple[Section, ...]:
        """The factor files in the visitor's language, or in the first language that has them."""
        return self.context.in_any_language(lambda language: language.factors)

    def caveat_section(self) -> Section | None:
        """The article's caveat, shown on the screen itself."""
        return next((s for s in self.factors if s.id == CAVEAT_ID), None)

    def card_sections(self) -> tuple[Section, ...]:
        """Every factor shown as a card, in file order; the last is the closing card."""
        return tuple(s for s in self.factors if s.id != CAVEAT_ID)

    def title(self) -> str:
        return self.context.tr("tile_factors")

    def open_factor(self, factor_id: str) -> None:
        """Open the full explanation of ``factor_id`` in place."""
        section = next((s for s in self.card_sections() if s.id == factor_id), None)
        if section is None:
            return
        self.open_id = factor_id
        self.detail.show_text(section.title, section.body)
        self.stack.setCurrentWidget(self.detail)
        self.detail.close_button.setFocus()

    def close_detail(self) -> bool:
        """Close an open explanation; return whether one was open."""
        was_open = bool(self.open_id)
        self.open_id = ""
        QScroller.scroller(self.detail.view.viewport()).stop()
        self.stack.setCurrentWidget(self.overview)
        return was_open

    def refresh(self) -> None:
        theme = self.context.theme
        palette = theme.palette
        gap = theme.gap()
        self._layout.setContentsMargins(gap * 2, gap, gap * 2, gap)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(gap)
        self._grid.setSpacing(gap)
        self.detail.column.setSpacing(gap)
        self._intro.setText(self.context.tr("factors_intro"))
        icon_px = theme.text(2.2)
        sections = self.card_sections()
        if [s.id for s in sections] != list(self.cards):
            self._make_cards(sections)
        for section in sections:
            card = self.cards[section.id]
            card.setIcon(themed_icon(section.icon, palette.text, icon_px))
            card.setIconSize(QSize(icon_px, icon_px))
            card.set_label(
                f"{section.title}\n{section.summary}" if section.summary else section.title
            )
        caveat = self.caveat_section()
        self.caveat.setVisible(caveat is not None)
        if caveat is not None:
            self._caveat_heading.setText(caveat.title)
            self._caveat_text.setText(_plain(caveat.body))
            self._caveat_icon.setPixmap(
                themed_icon(caveat.icon, palette.text, icon_px).pixmap(icon_px)
            )
        self._place_cards(force=True)
        if self.open_id:
            self.open_factor(self.open_id)

    def _make_cards(self, sections: tuple[Section, ...]) -> None:
        for card in self.cards.values():
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = {}
        for section in sections:
            card = Card()
            card.clicked.connect(lambda _=False, s=section.id: self.open_factor(s))
            self.cards[section.id] = card

    def _place_cards(self, force: bool = False) -> None:
        """Factors side by side in a wide window, one above another in a tall one."""
        landscape = self.width() >= max(self.height(), 32 * self.context.theme.text())
        if landscape == self._landscape and not force:
            return
        self._landscape = landscape
        cards = list(self.cards.values())
        for widget in [*cards, self.caveat]:
            self._grid.removeWidget(widget)
        factors, closing = cards[:-1] or cards, cards[-1:] if len(cards) > 1 else []
        columns = max(1, len(factors)) if landscape else 1
        for index, card in enumerate(factors):
            self._grid.addWidget(card, index // columns, index % columns)
        rows = -(-len(factors) // columns)
        self._grid.addWidget(self.caveat, rows, 0, 1, columns)
        for card in closing:
            self._grid.addWidget(card, rows + 1, 0, 1, columns)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards()
        # On a small screen the cards and the caveat matter more than the line about them.
        self._intro.setVisible(self.height() >= SHORT_SCREEN)

    def entered(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.close_detail()
        self.overview.to_top()

    def spoken_text(self) -> str:
        if self.open_id:
            return self.detail.spoken_text()
        parts = [self._intro.text()]
        parts += [card.label().replace("\n", ". ") for card in self.cards.values()]
        if self.caveat.isVisibleTo(self):
            parts += [self._caveat_heading.text(), self._caveat_text.text()]
        return " ".join(p if p.endswith(".") else f"{p}." for p in parts if p)


def _plain(markdown: str) -> str:
    """Markdown of a short note as plain text: paragraphs kept, line breaks joined."""
    paragraphs = [" ".join(p.split()) for p in markdown.strip().split("\n\n")]
    return "\n\n".join(p.replace("**", "") for p in paragraphs if p)
