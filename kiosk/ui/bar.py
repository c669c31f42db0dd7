"""The bar on every screen: Home, Back, the screen's name, the language switch and Quick exit."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from kiosk.ui.context import Context
from kiosk.ui.widgets import Button, label


class Bar(QWidget):
    """Always the same controls in the same places."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("Bar")
        self.home_button = Button(name="Home")
        self.back_button = Button(name="Back")
        self.title = label(name="BarTitle", wrap=False)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.language_button = Button(name="Language")
        self.quick_exit_button = Button(name="QuickExit")
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.home_button)
        self._layout.addWidget(self.back_button)
        self._layout.addWidget(self.title, 1)
        self._layout.addWidget(self.language_button)
        self._layout.addWidget(self.quick_exit_button)
        self.refresh("")

    def refresh(self, title: str) -> None:
        """Set every label in the visitor's language."""
        gap = self.context.theme.gap()
        self._layout.setContentsMargins(gap, gap // 2, gap, gap // 2)
        self._layout.setSpacing(gap)
        self.home_button.setText(self.context.tr("home"))
        self.back_button.setText(self.context.tr("back"))
        self.quick_exit_button.setText(self.context.tr("quick_exit"))
        self.language_button.setText(self.context.tr("language_switch"))
        self.language_button.setVisible(len(self.context.content.languages) > 1)
        self.title.setText(title)
