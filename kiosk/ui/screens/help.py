"""Get help: the hotline largest, with QR codes to call and text; other lines a tap away."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import usage
from kiosk.content.help import Contact, HelpContent, HelpLine
from kiosk.ui.context import Context
from kiosk.ui.qr import QrCode
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.factors import Card, TouchScroll, themed_icon
from kiosk.ui.widgets import Button, label

CALLING = "calling"
"""The id of the "what happens when you call" page."""
ICONS = {"call": "phone", "text": "message", "tty": "keyboard"}


def contact_caption(context: Context, contact: Contact) -> str:
    """What a visitor does with ``contact``: "Call 1-888-373-7888", "Text BeFree to 233733"."""
    if contact.kind == "text":
        if contact.message:
            return context.tr("help_text_message", message=contact.message, number=contact.number)
        return context.tr("help_text", number=contact.number)
    if contact.kind == "tty":
        return context.tr("help_tty", number=contact.number)
    return context.tr("help_call", number=contact.number)


def checked_text(context: Context, day: datetime.date) -> str:
    """ "Numbers last checked: November 25, 2026", in the visitor's language."""
    locale = context.locale()
    written = locale.toString(QDate(day.year, day.month, day.day), context.tr("date_format"))
    return context.tr("help_checked", date=written)


class QrBlock(QWidget):
    """One way to reach help: what to do, a note, and its QR code."""

    def __init__(self) -> None:
        super().__init__()
        self.caption = label(name="Strong")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.note = label(name="Muted")
        self.note.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.code = QrCode()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.caption)
        self._column.addWidget(self.note)
        self._column.addStretch(1)
        self._column.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_contact(self, context: Context, contact: Contact, symbol_px: int) -> None:
        """Show ``contact`` with a code about ``symbol_px`` wide."""
        caption = contact_caption(context, contact)
        self.caption.setText(caption)
        self.note.setText(contact.note)
        self.note.setVisible(bool(contact.note))
        self.code.set_link(contact.link)
        self.code.set_symbol_size(symbol_px)
        self.code.setAccessibleName(context.tr("help_qr", action=caption))
        width = max(self.code.width(), context.theme.text() * 11)
        self.caption.setFixedWidth(width)
        self.note.setFixedWidth(width)
        self.setFixedWidth(width)
        spacing = max(0, self._column.spacing())
        height = self.caption.heightForWidth(width) + spacing + self.code.height()
        if contact.note:
            height += self.note.heightForWidth(width) + spacing
        self.setMinimumHeight(height)

    def spoken_text(self) -> str:
        """The caption and note."""
        return " ".join(t for t in (self.caption.text(), self.note.text()) if t)


class QrRow(QWidget):
    """QR blocks side by side, one for each contact given."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[QrBlock] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)

    def show_contacts(
        self, context: Context, contacts: tuple[Contact, ...], symbol_px: int
    ) -> None:
        """One block per contact, each code about ``symbol_px`` wide."""
        while len(self.blocks) < len(contacts):
            block = QrBlock()
            self.blocks.append(block)
            self._row.insertWidget(len(self.blocks) - 1, block)
        for block, contact in zip(self.blocks, contacts, strict=False):
            block.show_contact(context, contact, symbol_px)
            block.show()
        for block in self.blocks[len(contacts) :]:
            block.hide()
        self._row.setSpacing(context.theme.gap(2))
        self.setVisible(bool(contacts))

    def codes(self) -> list[QrCode]:
        """The QR codes on show."""
        return [b.code for b in self.blocks if not b.isHidden()]

    def spoken_text(self) -> str:
        """Each block's caption."""
        return ". ".join(b.spoken_text() for b in self.blocks if not b.isHidden())


class HelpDetail(QWidget):
    """One line (or what happens when you call) opened in place: codes, text and Close.

    Codes and text scroll together under a finger, so the page fits the smallest screen.
    """

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.heading = label(name="Heading")
        self.close_button = Button(name="Primary")
        self.text = label()
        self.text.setTextFormat(Qt.TextFormat.MarkdownText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.qr_row = QrRow()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.text, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.qr_row, 0, Qt.AlignmentFlag.AlignTop)
        self.page = TouchScroll(page)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(top)
        self.column.addWidget(self.page, 1)

    def show_page(
        self, title: str, markdown: str, contacts: tuple[Contact, ...], symbol_px: int
    ) -> None:
        """Show a page, scrolled to the top."""
        self.heading.setText(title)
        self.close_button.setText(self.context.tr("close"))
        self.qr_row.show_contacts(self.context, contacts, symbol_px)
        self.text.setText(markdown)
        self.arrange()
        self.page.to_top()

    def arrange(self) -> None:
        """Codes beside the text when there is room, above it when not."""
        gap = self.context.theme.gap()
        self.column.setSpacing(gap)
        self.body.setSpacing(gap * 2)
        wide = self.qr_row.sizeHint().width() <= self.width() * 0.55
        direction = QBoxLayout.Direction.LeftToRight
        if not wide:
            direction = QBoxLayout.Direction.BottomToTop
        if self.body.direction() != direction:
            self.body.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def spoken_text(self) -> str:
        """Heading, the ways in, and the text."""
        words = re.sub(r"[*_#>]", "", self.text.text())
        words = " ".join(words.split())
        return f"{self.heading.text()}. {self.qr_row.spoken_text()}. {words}"


class HelpScreen(Screen):
    """The hotline in a panel with its codes; other lines and the calling page as cards.

    Panel and cards scroll as one page, so a small screen never splits them into two
    cramped scrolling boxes.
    """

    screen_id = "help"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.open_id = ""
        self.cards: dict[str, Card] = {}
        self._name = label(name="Heading")
        self.featured_codes = QrRow()
        self._scan = label(name="Muted")
        self._checked = label(name="Strong")
        self._facts = label()
        self._notes = label()
        self._tty = label()
        self._purpose = label()
        self.panel = QFrame()
        self.panel.setObjectName("Panel")
        self._panel_column = QVBoxLayout(self.panel)
        for widget in (self._name, self.featured_codes, self._scan, self._checked):
            self._panel_column.addWidget(widget)
        for widget in (self._facts, self._notes, self._tty, self._purpose):
            self._panel_column.addWidget(widget)
        self._panel_column.addStretch(1)
        self._panel_column.setAlignment(self.featured_codes, Qt.AlignmentFlag.AlignHCenter)
        self._more = label(name="Heading")
        self.calling_card = Card()
        self.calling_card.clicked.connect(lambda: self.tap_page(CALLING))
        self.side = QWidget()
        self._side_column = QVBoxLayout(self.side)
        self._side_column.setContentsMargins(0, 0, 0, 0)
        self._side_column.addWidget(self.calling_card)
        self._side_column.addWidget(self._more)
        self._cards_column = QVBoxLayout()
        self._cards_column.setContentsMargins(0, 0, 0, 0)
        self._side_column.addLayout(self._cards_column)
        self._side_column.addStretch(1)
        self.main = QWidget()
        self._main = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.main)
        self._main.setContentsMargins(0, 0, 0, 0)
        self._main.addWidget(self.panel, 3)
        self._main.addWidget(self.side, 2)
        self.page = TouchScroll(self.main)
        self.detail = HelpDetail(context)
        self.detail.close_button.clicked.connect(self.close_detail)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.detail)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.stack)
        self.refresh()

    @property
    def content(self) -> HelpContent | None:
        """The help content in the visitor's language, or the first language that has it."""
        return self.context.in_any_language(lambda language: language.help)

    def other_lines(self) -> tuple[HelpLine, ...]:
        """Every line but the featured one, in file order."""
        help_content = self.content
        return help_content.lines[1:] if help_content else ()

    def title(self) -> str:
        return self.context.tr("tile_help")

    def _featured_px(self) -> int:
        return self.context.theme.body_px * 8

    def _detail_px(self) -> int:
        return self.context.theme.body_px * 7

    def tap_page(self, page_id: str) -> None:
        """A visitor opened a help entry: count it (anonymously, per day) and show it."""
        usage.record("help", page_id)
        self.open_page(page_id)

    def open_page(self, page_id: str) -> None:
        """Open the calling page or the line ``page_id`` in place."""
        help_content = self.content
        if help_content is None:
            return
        if page_id == CALLING:
            featured = help_content.featured
            markdown = f"{help_content.calling}\n\n*{self.context.tr('source')}: {featured.source}*"
            contacts = featured.contacts_of("call", "text")
            self.detail.show_page(
                self.context.tr("help_calling"), markdown, contacts, self._detail_px()
            )
        else:
            line = help_content.line(page_id)
            if line is None:
                return
            self.detail.show_page(
                line.name, self._line_markdown(line), line.contacts, self._detail_px()
            )
        self.open_id = page_id
        self.stack.setCurrentWidget(self.detail)
        self.detail.close_button.setFocus()

    def _line_markdown(self, line: HelpLine) -> str:
        parts = [line.purpose]
        if line.hours:
            parts.append(self.context.tr("help_hours", hours=line.hours))
        if line.languages:
            parts.append(self.context.tr("help_languages", languages=line.languages))
        if line.notes:
            parts.append(line.notes)
        parts.append(f"*{self.context.tr('source')}: {line.source}*")
        return "\n\n".join(parts)

    def close_detail(self) -> bool:
        """Close an open page; return whether one was open."""
        was_open = bool(self.open_id)
        self.open_id = ""
        self.detail.page.to_top()
        self.stack.setCurrentWidget(self.page)
        return was_open

    def refresh(self) -> None:
        theme = self.context.theme
        gap = theme.gap()
        self._layout.setContentsMargins(gap * 2, gap, gap * 2, gap)
        self._main.setSpacing(gap * 2)
        self._panel_column.setSpacing(gap)
        self._side_column.setSpacing(gap)
        self._cards_column.setSpacing(gap)
        icon_px = theme.text(1.8)
        help_content = self.content
        self.main.setVisible(help_content is not None)
        if help_content is None:
            return
        featured = help_content.featured
        self._name.setText(featured.name)
        self.featured_codes.show_contacts(
            self.context, featured.contacts_of("call", "text"), self._featured_px()
        )
        self._scan.setText(self.context.tr("help_scan"))
        checked = help_content.checked
        self._checked.setText(checked_text(self.context, checked) if checked else "")
        self._checked.setVisible(checked is not None)
        self.calling_card.setVisible(bool(help_content.calling))
        facts = []
        if featured.hours:
            facts.append(self.context.tr("help_hours", hours=featured.hours))
        if featured.languages:
            facts.append(self.context.tr("help_languages", languages=featured.languages))
        self._facts.setText("\n".join(facts))
        self._facts.setVisible(bool(facts))
        self._notes.setText(featured.notes)
        self._notes.setVisible(bool(featured.notes))
        tty = [
            f"{contact_caption(self.context, c)}" + (f": {c.note}" if c.note else "")
            for c in featured.contacts_of("tty")
        ]
        self._tty.setText("\n".join(tty))
        self._tty.setVisible(bool(tty))
        self._purpose.setText(featured.purpose)
        self._more.setText(self.context.tr("help_more"))
        self._fill_cards(help_content)
        self.calling_card.setIcon(themed_icon("info", theme.palette.text, icon_px))
        self.calling_card.setIconSize(QSize(icon_px, icon_px))
        self.calling_card.set_label(self.context.tr("help_calling"))
        self._arrange(force=True)
        if self.open_id:
            self.open_page(self.open_id)

    def _fill_cards(self, help_content: HelpContent) -> None:
        lines = help_content.lines[1:]
        if [line.id for line in lines] != list(self.cards):
            for card in self.cards.values():
                self._cards_column.removeWidget(card)
                card.deleteLater()
            self.cards = {}
            for line in lines:
                card = Card()
                card.clicked.connect(lambda _=False, i=line.id: self.tap_page(i))
                self._cards_column.addWidget(card)
                self.cards[line.id] = card
        icon_px = self.context.theme.text(1.8)
        for line in lines:
            card = self.cards[line.id]
            ways = " · ".join(contact_caption(self.context, c) for c in line.contacts)
            card.set_label(f"{line.name}\n{ways}")
            kind = line.contacts[0].kind if line.contacts else "call"
            card.setIcon(
                themed_icon(ICONS.get(kind, "phone"), self.context.theme.palette.text, icon_px)
            )
            card.setIconSize(QSize(icon_px, icon_px))

    def _arrange(self, force: bool = False) -> None:
        """Panel beside the list in a wide window; above it in a tall or small one."""
        landscape = self.width() >= max(self.height(), 32 * self.context.theme.text())
        direction = (
            QBoxLayout.Direction.LeftToRight if landscape else QBoxLayout.Direction.TopToBottom
        )
        if self._main.direction() != direction or force:
            self._main.setDirection(direction)
            self._main.setStretch(0, 3 if landscape else 0)
            self._main.setStretch(1, 2 if landscape else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def entered(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.close_detail()
        self.page.to_top()

    def codes(self) -> list[QrCode]:
        """Every QR code on show now."""
        if self.open_id:
            return self.detail.qr_row.codes()
        return self.featured_codes.codes()

    def spoken_text(self) -> str:
        if self.open_id:
            return self.detail.spoken_text()
        parts = [
            self._name.text(),
            self.featured_codes.spoken_text(),
            self._checked.text(),
            self._facts.text().replace("\n", ". "),
            self._notes.text(),
            self._tty.text(),
            self._purpose.text(),
            self.calling_card.label(),
            self._more.text(),
        ]
        parts += [card.label().replace("\n", ". ") for card in self.cards.values()]
        return " ".join(p if p.endswith(".") else f"{p}." for p in parts if p)
