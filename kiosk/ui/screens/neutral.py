"""Where quick exit lands: a calm page that says nothing about trafficking."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.context import Context
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import label


class NeutralScreen(Screen):
    """A greeting and today's date. Touching it does nothing; the idle timer moves on."""

    screen_id = "neutral"
    shows_bar = False

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self._heading = label(name="Title")
        self._text = label(name="Subtitle")
        self._date = label(name="Muted")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self._heading, self._text, self._date):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self._heading.setText(self.context.tr("neutral_title"))
        self._text.setText(self.context.tr("neutral_text"))
        locale = self.context.locale()
        self._date.setText(locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
