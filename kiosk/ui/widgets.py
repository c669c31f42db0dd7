"""Small widgets every screen uses: buttons whose accessible name is their label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget


class Button(QPushButton):
    """A touch button; its accessible name always equals its visible label."""

    def __init__(self, text: str = "", name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Set the label and the accessible name together."""
        super().setText(text)
        self.setAccessibleName(text.replace("\n", " "))


class Tile(Button):
    """A large home-screen tile."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, "Tile", parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


def label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    """A label with an object name for the theme, wrapping by default."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget
