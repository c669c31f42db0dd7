"""The bar below every screen: text size, high contrast and read-aloud, one tap each."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.session import TEXT_SCALES
from kiosk.ui.context import Context
from kiosk.ui.widgets import Button


class AccessBar(QWidget):
    """Controls that change how the kiosk shows and reads its text."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("Bar")
        self.text_size_button = Button(name="TextSize")
        self.contrast_button = Button(name="Contrast")
        self.contrast_button.setCheckable(True)
        self.read_button = Button(name="ReadAloud")
        self.read_button.setCheckable(True)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.text_size_button)
        self._layout.addWidget(self.contrast_button)
        self._layout.addStretch(1)
        self._layout.addWidget(self.read_button)

    def refresh(self, speaking: bool) -> None:
        """Set every label for the visitor's language and choices."""
        gap = self.context.theme.gap()
        self._layout.setContentsMargins(gap, gap // 2, gap, gap // 2)
        self._layout.setSpacing(gap)
        visit = self.context.visit
        percent = round(TEXT_SCALES[visit.text_step] * 100)
        self.text_size_button.setText(self.context.tr("text_size", percent=percent))
        self.contrast_button.setText(self.context.tr("high_contrast"))
        self.contrast_button.setChecked(visit.high_contrast)
        self.read_button.setText(self.context.tr("stop_reading" if speaking else "read_aloud"))
        self.read_button.setChecked(speaking)
