"""A screen still being prepared: says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout

from kiosk.ui.context import Context
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets import label


class PlaceholderScreen(Screen):
    """Shows the part's name and that it is coming."""

    def __init__(self, context: Context, screen_id: str, title_key: str) -> None:
        super().__init__(context)
        self.screen_id = screen_id
        self._title_key = title_key
        self._heading = label(name="Title")
        self._text = label()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self._heading, self._text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.refresh()

    def title(self) -> str:
        return self.context.tr(self._title_key)

    def refresh(self) -> None:
        self._heading.setText(self.title())
        self._text.setText(self.context.tr("coming_soon"))
