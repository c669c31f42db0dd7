"""The "Still there?" notice: covers the screen, counts down, and any touch dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.context import Context
from kiosk.ui.widgets import Button, label


class IdleNotice(QWidget):
    """An overlay over the whole window with a card in its middle."""

    def __init__(self, context: Context, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.card = QWidget(self)
        self.card.setObjectName("Notice")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.heading = label(name="Title")
        self.countdown = label(name="Countdown")
        self.message = label()
        self.stay_button = Button(name="Primary")
        layout = QVBoxLayout(self.card)
        for widget in (self.heading, self.countdown, self.message):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.stay_button)
        self.stay_button.clicked.connect(self.hide)
        self.hide()

    def show_seconds(self, seconds: int) -> None:
        """Show the notice with ``seconds`` left."""
        self.heading.setText(self.context.tr("still_there"))
        self.countdown.setText(str(seconds))
        self.message.setText(self.context.tr("starting_over", seconds=seconds))
        self.stay_button.setText(self.context.tr("still_here"))
        parent = self.parentWidget()
        if not self.isVisible() and parent is not None:
            self.setGeometry(parent.rect())
            self.show()
            self.raise_()
        self._place_card()

    def _place_card(self) -> None:
        width = min(self.width() - 2 * self.context.theme.gap(), max(360, self.width() // 2))
        self.card.setFixedWidth(width)
        self.card.adjustSize()
        self.card.move((self.width() - width) // 2, (self.height() - self.card.height()) // 2)

    def resizeEvent(self, event: object) -> None:
        self._place_card()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scrim = QColor(self.context.theme.palette.scrim)
        scrim.setAlpha(190)
        painter.fillRect(self.rect(), scrim)
